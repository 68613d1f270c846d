// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nertext.h"

#include <QDataStream>
#include <QHash>

#include <cstdint>
#include <vector>

namespace Crosscheck::Core::Ner {

/// The feature ids (hashes) of every token of one sentence.
using SentenceFeatures = std::vector<std::vector<uint64_t>>;

/// What the whole document says about its words: which occur in lower case ("the white house"
/// makes "White" in a headline less of a name) and which occur capitalised inside a sentence.
class DocumentContext
{
public:
    explicit DocumentContext(const std::vector<Sentence> &sentences);
    bool seenLower(uint64_t folded) const;
    bool seenCapitalMidSentence(uint64_t folded) const;

private:
    std::vector<uint64_t> m_lower;
    std::vector<uint64_t> m_capital;
};

/// Names known to be people, places or organisations (bit 1 << class), by their folded
/// words joined with spaces; matched longest first over up to six tokens.
class Gazetteer
{
public:
    void add(const QString &phrase, uint8_t classes);
    /// Per token: the classes of the match covering it (bits 0-3) and 0x80 where it starts.
    std::vector<uint8_t> match(const Sentence &sentence) const;
    size_t size() const { return m_entries.size(); }
    void save(QDataStream &out) const;
    void load(QDataStream &in);

private:
    QHash<uint64_t, uint8_t> m_entries;
};

/// Features for news names: the word, its neighbours and bigrams, word shape and case (with
/// Title Case headlines and ALL CAPS lines marked as such), prefixes and suffixes, the
/// gazetteer of countries and cities, titles before names ("President", "spokesman"),
/// organisation endings ("Ministry", "Inc"), date words, the sentence position and what the
/// document says about the word's case elsewhere.
/// Each token's first kLexicalFeatures features name its word (alone, with a neighbour, with
/// the sentence's case): the ones a project's adaptation changes.
constexpr size_t kLexicalFeatures = 4;
SentenceFeatures featuresOf(const Sentence &sentence, const DocumentContext &context,
                            const Gazetteer *gazetteer = nullptr);

/// The case-folded word's hash, as DocumentContext keys it.
uint64_t foldedHash(const QString &word);

} // namespace Crosscheck::Core::Ner
