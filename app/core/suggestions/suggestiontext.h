// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Crosscheck::Core::Annotation::Detail {

/// A word of a text as the suggesters see it.
struct Word
{
    Analysis::Span span;
    QString text;
    bool capital = false;
    bool sentenceStart = false;
};

/// Words with their positions; a word starts a sentence after . ! ? or a line break.
std::vector<Word> wordsOf(const QString &text);
/// \a span grown by up to three words on each side, not past the sentence or clause, and
/// trimmed to its words.
Analysis::Span widen(const QString &text, Analysis::Span span);
bool hasPunctuationBetween(const QString &text, const Word &a, const Word &b);
/// A name as the registry keeps it: apostrophes made one (’ → '), a possessive ('s, ’s, a
/// final apostrophe) and surrounding punctuation dropped ("Trump’s" → "Trump").
QString canonicalName(const QString &name);
/// A person's \a span without the titles it starts with ("President Trump" → "Trump",
/// "U.S. President Joe Biden" → "Joe Biden"); \a title gets them, or a title just before.
Analysis::Span withoutTitle(const QString &text, Analysis::Span span, QString *title);

/// The words of \a s (letters and digits, with inner commas, points and apostrophes).
QStringList wordsIn(const QString &s);
/// Whether \a pos lies on a Title Case line (a headline), where capitals say nothing.
bool onHeadline(const QString &t, int pos);

} // namespace Crosscheck::Core::Annotation::Detail
