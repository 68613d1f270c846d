// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace Crosscheck::Core::Text {

/// One token of a source text. Offsets are UTF-16 indices into the text (end exclusive);
/// hashes identify the normalised form and the stem, so comparisons never touch strings.
struct Token
{
    enum Flag : uint8_t {
        Word = 1,        ///< letters or digits (a word of any script)
        Number = 2,      ///< a word made of digits ("3,400" is one)
        Punct = 4,       ///< punctuation or a symbol, one token per character
        Stopword = 8,    ///< a function word of the text's language
        InQuote = 16,    ///< inside quotation marks
        SentenceEnd = 32 ///< the last token of a sentence
    };
    int32_t start = 0;
    int32_t end = 0;
    uint64_t norm = 0; ///< hash of the normalised form (case-folded, NFKC, quotes unified)
    uint64_t stem = 0; ///< hash of the stem (equals norm where there is no stemmer)
    uint8_t flags = 0;

    bool is(Flag f) const { return flags & f; }
};

struct TokenizerOptions
{
    QString language;            ///< BCP 47 primary tag; picks the stemmer and stopwords
    bool foldDiacritics = false; ///< "Zelenskyy" == "Zelenskyý", "café" == "cafe"
};

/// Unicode word segmentation with offsets: letters, digits and combining marks of spaced
/// scripts form words directly; runs of scripts written without spaces (Han, kana, Thai, Lao,
/// Khmer, Myanmar) are segmented with ICU's dictionary break iterator. Words are normalised
/// (NFKC, case folding, apostrophes/quotes/dashes unified, optionally diacritics folded),
/// stemmed with Snowball in the given language and marked as stopwords.
/// Not thread-safe (it caches stems): use one per thread.
class Tokenizer final
{
public:
    explicit Tokenizer(TokenizerOptions options = {});
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    std::vector<Token> tokenize(const QString &text);

    /// The normalised form of one word, as hashed into Token::norm.
    QString normalize(const QString &word) const;
    /// The stem of a normalised word (the word itself when no stemmer exists for the language).
    QString stem(const QString &normalizedWord) const;
    bool isStopword(const QString &normalizedWord) const;
    bool hasStemmer() const;
    QString language() const;

    static uint64_t hash(const QChar *data, qsizetype size);
    static uint64_t hash(const QString &s) { return hash(s.constData(), s.size()); }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Crosscheck::Core::Text
