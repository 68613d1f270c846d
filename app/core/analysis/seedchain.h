// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyzeddocument.h"
#include "passage.h"

#include <cstdint>
#include <utility>
#include <vector>

/// The lexical steps of PairAligner::align: seeds of identical word n-grams, chains of seeds,
/// exact extension of their ends, merging, and the sentences the paraphrase stage compares.
namespace Crosscheck::Core::Analysis::SeedChain {

struct Range
{
    uint32_t a0, a1, b0, b1; // word ranges [a0, a1) and [b0, b1)
};

struct Sentence
{
    uint32_t w0, w1;
    std::vector<uint64_t> content; // sorted unique content stems
};

inline uint64_t gramHash(const uint64_t *w, int k)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < k; ++i)
        h = (h ^ w[i]) * 0xff51afd7ed558ccdULL + (h >> 29);
    return h;
}

/// Seeds: positions (i, j) where the same k-gram of words starts in both texts.
std::vector<std::pair<uint32_t, uint32_t>>
findSeeds(const AnalyzedDocument &a, const AnalyzedDocument &b, int k, int maxPerGram);

/// Greedy chaining: a seed continues the chain that ends just before it on both texts
/// (within maxGap words), preferring the one whose diagonal it keeps best.
std::vector<Range> chainSeeds(const std::vector<std::pair<uint32_t, uint32_t>> &seeds, int k,
                              int maxGap);

/// True when a sentence ends at one of the words [from, to).
bool crossesSentence(const AnalyzedDocument &d, uint32_t from, uint32_t to);

/// Extension of both ends: exactly while the words agree, then across a small edit (up to three
/// words skipped on either side) when a content word, or two words in a row, agree beyond it —
/// so "…, the coastguard said." and "…, officials said." end at the same place.
void extend(Range &r, const AnalyzedDocument &a, const AnalyzedDocument &b);

/// Merges ranges that overlap or follow each other closely on both texts; drops ranges
/// contained in another on both sides (repetitive text yields many such).
std::vector<Range> mergeRanges(std::vector<Range> ranges, int maxGap);

/// Character span of words [w0, w1), with punctuation attached to the last word (".", ",\"").
Span charSpan(const AnalyzedDocument &d, uint32_t w0, uint32_t w1);

/// Share of the words [w0, w1) that sit inside quotation marks.
double quoteShare(const AnalyzedDocument &d, uint32_t w0, uint32_t w1);

/// The sentences of d with at least four content words, each with its sorted content stems.
std::vector<Sentence> contentSentences(const AnalyzedDocument &d);

} // namespace Crosscheck::Core::Analysis::SeedChain
