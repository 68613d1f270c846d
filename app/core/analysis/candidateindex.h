// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyzeddocument.h"
#include "passage.h"

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace Crosscheck::Core::Analysis {

struct IndexOptions
{
    int shingleLength = 4; ///< words per shingle
    int sampleModulus =
        1; ///< keep shingles whose hash % modulus == 0 (the same ones in every text)
    int maxDocFrequency = 64; ///< fingerprints in more documents are boilerplate: they pair nobody
    int minShared = 2;        ///< fingerprints two documents must share to be compared (large
                              ///< corpora use 4: far fewer chance pairs, same recall)
};

using DocPair = std::pair<uint32_t, uint32_t>; ///< document indices, first < second

/// The fingerprints of a document: sampled word shingles with at least two content words,
/// plus two min-hashes of the stemmed content words of each sentence (so rewritten sentences
/// still meet). Sorted, unique.
std::vector<uint64_t> fingerprints(const AnalyzedDocument &doc, const IndexOptions &options);

/// Candidate pairs without comparing all pairs. A pair's count is the number of fingerprints
/// both documents have whose document frequency (over all documents added) is within the cap;
/// a pair is a candidate when its count reaches minShared. The count does not depend on the
/// order documents come in, so adding documents one by one (incremental) ends in exactly the
/// candidates of a full run (batch()).
class CandidateIndex final
{
public:
    explicit CandidateIndex(IndexOptions options = {})
        : m_options(options)
    {}

    struct Update
    {
        std::vector<DocPair> added; ///< pairs that became candidates
        std::vector<DocPair>
            dropped; ///< pairs that stopped being candidates (a fingerprint saturated)
    };
    /// Adds document \a doc (indices must be new) with its fingerprints.
    Update add(uint32_t doc, const std::vector<uint64_t> &fingerprints);
    std::vector<DocPair> candidates() const; ///< sorted

    /// All candidate pairs of a set of documents at once (sort-based, for large corpora).
    /// Consumes \a fingerprints (emptied as they are indexed). At most 2^20 documents.
    static std::vector<DocPair> batch(std::vector<std::vector<uint64_t>> &fingerprints,
                                      const IndexOptions &options);

private:
    struct Posting
    {
        uint32_t df = 0;
        std::vector<uint32_t> docs; // emptied once df passes the cap
    };
    static uint64_t key(uint32_t x, uint32_t y)
    {
        return x < y ? (uint64_t(x) << 32) | y : (uint64_t(y) << 32) | x;
    }

    IndexOptions m_options;
    std::unordered_map<uint64_t, Posting> m_postings;
    std::unordered_map<uint64_t, uint32_t> m_pairCounts;
};

/// Groups the passages of many pairs into families: spans of one document that overlap by half
/// of the shorter are one occurrence; occurrences linked by passages form a component, and a
/// component that reaches three or more documents is a family.
/// With \a familyOfPair, also the family index of every pair (-1 for pairs in no family).
std::vector<Family> buildFamilies(const std::vector<PassagePair> &pairs,
                                  std::vector<int> *familyOfPair = nullptr);

} // namespace Crosscheck::Core::Analysis
