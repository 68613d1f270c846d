// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"

#include <QString>

#include <vector>

namespace Crosscheck::Core::Text {

/// \a span without the spaces and punctuation it caught at its ends (an empty span when
/// nothing but those is in it). Offsets are UTF-16 units, as everywhere in the core.
Analysis::Span trimToWord(const QString &text, Analysis::Span span);
/// trimToWord(), then widened to whole words where an end falls inside one ("olber" in
/// "Solberg" → "Solberg"), as an analyst who selects part of a name means the name.
Analysis::Span wholeWords(const QString &text, Analysis::Span span);

/// Sentence boundaries by Unicode's rules (ICU), with the language's abbreviations
/// ("U.S.", "Mr.", "Dr.") not taken for sentence ends. \a language is a BCP 47 code
/// ("en", "de"); unknown languages get the root rules.
class SentenceBreaks
{
public:
    explicit SentenceBreaks(const QString &language = QStringLiteral("en"));
    /// The end of the sentence \a pos is in, after its closing punctuation, before the spaces
    /// that follow; when \a pos is already at such an end, the end of the next sentence.
    int sentenceEnd(const QString &text, int pos) const;
    /// The start of the sentence \a pos is in; when \a pos is already at a start (or in the
    /// spaces before it), the start of the previous sentence.
    int sentenceStart(const QString &text, int pos) const;
    /// Every sentence of \a text, without the spaces around it; a line break always ends one.
    std::vector<Analysis::Span> sentences(const QString &text) const;

private:
    QString m_language;
};

} // namespace Crosscheck::Core::Text
