// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyzeddocument.h"
#include "passage.h"

#include <unordered_map>
#include <vector>

namespace Crosscheck::Core::Analysis {

struct AlignerOptions
{
    int minWords = 8;               ///< shorter passages are not reported
    int seedLength = 3;             ///< words per seed n-gram
    int maxGap = 24;                ///< words of unmatched text a passage may bridge
    double minScore = 0.6;          ///< share of aligned words for a lexical passage ...
    double minScoreShort = 0.8;     ///< ... and for one shorter than 16 words
    bool paraphrase = true;         ///< link rewritten sentences
    double minParaphrase = 0.5;     ///< content-word Dice for a paraphrased sentence pair in a run
    double minLoneParaphrase = 0.7; ///< ... and for a single rewritten sentence
    double minRelatedParaphrase = 0.4; ///< ... in texts that already share a copied passage
    int maxSeedsPerGram = 16;          ///< n-grams repeated more often in one text are boilerplate
};

/// Finds every passage two documents share: seeds of identical word n-grams, chained along
/// both texts across small edits (so an edited passage is one passage), extended to exact
/// boundaries, merged, scored by a word diff; moved passages come out as their own passages
/// wherever they sit. A sentence stage links rewritten sentences by their stemmed content
/// words (order-independent) and merges neighbouring links into paraphrase passages.
class PairAligner final
{
public:
    explicit PairAligner(AlignerOptions options = {})
        : m_options(options)
    {}
    /// The result depends on the two documents only, so analysing a project incrementally
    /// gives what a full analysis gives.
    std::vector<PassagePair> align(const AnalyzedDocument &a, const AnalyzedDocument &b) const;
    const AlignerOptions &options() const { return m_options; }

private:
    AlignerOptions m_options;
};

} // namespace Crosscheck::Core::Analysis
