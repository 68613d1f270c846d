// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace Crosscheck::Core::Text {

/// Abbreviations and initialisms of news copy, known alike to the tokenizer, the word diff
/// and the sentence breaks: "U.S.", "U.K.", "e.g.", "J." and "Mr.", "Gen.", "Jan." are one word
/// each, and their full stop ends no sentence.
namespace Abbreviations {

/// A word that takes a full stop and comes before a name or a number ("Mr", "Gen", "Jan",
/// "No"), given without its full stop; case matters ("No" is one, "no" is not).
bool isTitle(QStringView word);
/// Letters each followed by a full stop: "U.S.", "D.C.", "e.g.", "a.m." (two letters or more),
/// or one capital's initial ("F.").
bool isInitialism(QStringView word);
/// A word that starts a sentence after an initialism that ended one ("… in the U.S. The").
bool startsSentence(QStringView word);
/// The end of the abbreviation that starts at \a start, where a word of letters ends at
/// \a wordEnd: past the full stops of an initialism ("U.S.") or a title's full stop ("Mr."),
/// or \a wordEnd itself when no abbreviation starts there.
qsizetype end(QStringView text, qsizetype start, qsizetype wordEnd);

} // namespace Abbreviations
} // namespace Crosscheck::Core::Text
