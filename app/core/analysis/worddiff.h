// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passage.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace Crosscheck::Core::Text {
class Tokenizer;
}

namespace Crosscheck::Core::Analysis {

/// An edit script step over two token sequences: [aFrom, aTo) and [bFrom, bTo).
struct SequenceOp
{
    enum Kind : uint8_t { Equal, Insert, Delete };
    Kind kind;
    uint32_t aFrom, aTo, bFrom, bTo;
};

/// Diff of two hash sequences: trims common ends, anchors on tokens unique in both
/// (patience), and runs Myers' O(ND) algorithm between anchors (a stretch whose edit distance
/// exceeds \a maxD is reported as delete + insert). Near-linear on long similar texts.
std::vector<SequenceOp> diffSequences(const uint64_t *a, size_t n, const uint64_t *b, size_t m,
                                      int maxD = 2000);
/// Indices (ascending) of a longest strictly increasing subsequence of \a values (patience
/// sorting, O(n log n)): the anchors of a diff, the passages that keep their order.
std::vector<size_t> longestIncreasing(const std::vector<uint32_t> &values);
/// Number of tokens in Equal runs of diffSequences().
size_t commonLength(const uint64_t *a, size_t n, const uint64_t *b, size_t m);

/// One run of a word diff, with character spans on both sides (UTF-16 offsets).
struct DiffRun
{
    enum class Kind : uint8_t { Equal, Insert, Delete, Replace };
    Kind kind = Kind::Equal;
    Span a;          ///< empty (start == end, at the position) for insertions
    Span b;          ///< empty for deletions
    int moveId = -1; ///< the same id on the Delete run and the Insert run of a moved block
};

/// Word-level diff of two passages: words and punctuation are tokens, runs break on whole
/// tokens only; a deleted block that reappears elsewhere (also lightly edited) is a move.
struct WordDiff
{
    std::vector<DiffRun> runs;
    int moves = 0;
    double similarity = 0; ///< 2 * equal tokens / (tokens A + tokens B)

    static WordDiff compute(const QString &textA, Span spanA, const QString &textB, Span spanB,
                            Text::Tokenizer &tokenizer);
    static QString kindName(DiffRun::Kind kind);
};

} // namespace Crosscheck::Core::Analysis
