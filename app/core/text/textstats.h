// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace Crosscheck::Core::Text {

/// Number of words (ICU word-break segments containing a letter, digit or ideograph): the one
/// counting rule of the source list, the report and the shares of shared text.
int countWords(const QString &text);
/// The UTF-16 offsets where those words start (countWords() of them).
std::vector<int32_t> wordStarts(const QString &text);

/// Converts a UTF-16 index into \a text to a Unicode code point index and back. Exchange
/// formats (W3C, brat, CLI JSON) count code points; QString counts UTF-16 units.
int utf16ToCodePoint(const QString &text, int utf16Index);
int codePointToUtf16(const QString &text, int codePointIndex);

/// Best guess of the BCP 47 language of \a text ("en", "de", "uk", "zh", ...), empty if unsure.
QString guessLanguage(const QString &text);

/// The first sentence of \a paragraph shortened to at most \a maxChars at a word boundary,
/// with an ellipsis when shortened.
QString shortenedSentence(const QString &paragraph, int maxChars = 80);

} // namespace Crosscheck::Core::Text
