// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/tokenizer.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace Crosscheck::Core::Analysis {

/// A document prepared for comparison as contiguous per-word arrays (no strings, no token
/// objects): what the index and the aligner work on, about 30 bytes a word.
struct AnalyzedDocument
{
    int64_t id = 0;
    std::vector<int32_t> wordStart; ///< UTF-16 offset of every word
    std::vector<int32_t> wordTail;  ///< end including punctuation attached after it ("word,\"")
    std::vector<uint64_t> wordNorm; ///< normalised hash
    std::vector<uint8_t> wordFlags; ///< Text::Token flags
    std::vector<uint32_t> sentenceStart; ///< first word of every sentence, plus the word count
    /// Content stems (no stopwords) of every sentence, sorted and unique, one after the other:
    /// sentence s has contentStems[contentStart[s] .. contentStart[s + 1]).
    std::vector<uint64_t> contentStems;
    std::vector<uint32_t> contentStart;

    size_t wordCount() const { return wordNorm.size(); }
    bool wordIs(size_t w, Text::Token::Flag f) const { return wordFlags[w] & f; }

    /// Tokenizes \a text with \a tokenizer and fills the arrays.
    static AnalyzedDocument make(int64_t id, const QString &text, Text::Tokenizer &tokenizer);
};

} // namespace Crosscheck::Core::Analysis
