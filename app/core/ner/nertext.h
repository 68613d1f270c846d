// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace Crosscheck::Core::Ner {

/// One token as the name tagger sees it: UTF-16 offsets into the text (end exclusive).
struct Token
{
    int32_t start = 0;
    int32_t end = 0;
    QString text;
};

using Sentence = std::vector<Token>;

/// Splits \a text into sentences of tokens the way the training corpora (Universal
/// Dependencies, CoNLL) tokenise: punctuation and hyphens are tokens of their own, the
/// clitics 's, ’s and n't are split off ("Trump's" → "Trump" "'s"), abbreviations and initials
/// keep their period ("U.S.", "Mr.", "J."), numbers keep their separators ("3,400", "2.5").
/// A sentence ends after . ! ? … before a capital, a digit or a quotation mark, and at a line
/// break before a capital or after a blank line; sentences longer than 150 tokens are cut.
std::vector<Sentence> sentencesOf(const QString &text);

} // namespace Crosscheck::Core::Ner
