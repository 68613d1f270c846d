// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passage.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace Crosscheck::Core::Text {
class Tokenizer;
}

namespace Crosscheck::Core::Analysis {

/// An N-way alignment of one family: one row per member, aligned columns of words. Members are
/// aligned to a pivot (the member that contains most of the others' words, the likely origin
/// when dates do not say otherwise); words the pivot lacks get columns of their own.
struct FamilyAlignment
{
    struct Cell
    {
        enum Kind : uint8_t {
            Empty,   ///< nothing in this member at this column
            Same,    ///< the pivot's word, unchanged
            Changed, ///< a different word where the pivot has one
            Extra,   ///< a word the pivot does not have
            Missing  ///< the pivot's word, absent here
        };
        Kind kind = Empty;
        QString text;
        Span span; ///< in the member's source text (empty for Empty/Missing)
    };
    struct Row
    {
        int64_t doc = 0;
        Span span;
        int words = 0;
        double containment = 0; ///< share of the other members' words this member also has
        std::vector<Cell> cells;
    };
    std::vector<Row> rows; ///< in the family's member order
    int pivot = -1;        ///< row aligned against
    int columns = 0;
    /// Columns where at least one member differs from the pivot.
    std::vector<int> differingColumns() const;

    /// A run of columns where every member agrees with the pivot, or a run where some differ.
    struct Segment
    {
        int first = 0; ///< first column
        int last = 0;  ///< last column (inclusive)
        bool agreement = true;
    };
    /// The columns cut into alternating agreement and variation segments, for a reading view.
    std::vector<Segment> segments() const;

    /// \a text returns a member's source text. Members beyond \a maxWords words are cut there.
    static FamilyAlignment compute(const Family &family,
                                   const std::function<QString(int64_t)> &text,
                                   Text::Tokenizer &tokenizer, int maxWords = 2000);
};

} // namespace Crosscheck::Core::Analysis
