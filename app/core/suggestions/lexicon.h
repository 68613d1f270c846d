// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace Crosscheck::Core::Annotation::Lexicon {

/// The English word lists the suggesters read, in one place (folded to lower case).
/// Countries (Qt's locale database, English names) and cities (ICU's time zone exemplar
/// cities).
const QSet<QString> &gazetteer();
/// Words before a name that make it a person ("President", "spokesman").
const QSet<QString> &titleWords();
/// Words that make a capitalised sequence an organisation ("Ministry", "Inc").
const QSet<QString> &organisationWords();
/// Organisations named by a building, alone ("the Kremlin said"), folded.
const QSet<QString> &organisationMetonyms();
/// Month and weekday names and other date words.
const QSet<QString> &dateWords();
/// Words that negate a claim ("not", "denied").
const QSet<QString> &negations();
/// Verbs that attribute a claim to someone ("said", "told").
const QSet<QString> &attributionVerbs();
/// Lower-case words inside names ("of", "van", "bin").
const QSet<QString> &nameConnectors();

} // namespace Crosscheck::Core::Annotation::Lexicon
