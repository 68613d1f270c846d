// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "familyalignment.h"
#include "worddiff.h"

#include "text/tokenizer.h"

#include <algorithm>
#include <cmath>

namespace Crosscheck::Core::Analysis {

namespace {
struct Words
{
    std::vector<uint64_t> hashes;
    std::vector<Span> spans;
};

Words wordsOf(const QString &text, Span span, Text::Tokenizer &tokenizer, int maxWords)
{
    Words w;
    const QString part = text.mid(span.start, span.length());
    for (const Text::Token &t : tokenizer.tokenize(part)) {
        if (!t.is(Text::Token::Word))
            continue;
        w.hashes.push_back(t.norm);
        w.spans.push_back({span.start + t.start, span.start + t.end});
        if (int(w.hashes.size()) >= maxWords)
            break;
    }
    return w;
}

// How much of the others' words each member also carries (1 for a family of one).
std::vector<double> containmentOf(const std::vector<Words> &words)
{
    const size_t n = words.size();
    std::vector<double> containment(n, 0.0);
    for (size_t i = 0; i < n; ++i) {
        double sum = 0;
        for (size_t j = 0; j < n; ++j) {
            if (i == j || words[j].hashes.empty())
                continue;
            sum += double(commonLength(words[j].hashes.data(), words[j].hashes.size(),
                                       words[i].hashes.data(), words[i].hashes.size())) /
                   double(words[j].hashes.size());
        }
        containment[i] = n > 1 ? sum / double(n - 1) : 1.0;
    }
    return containment;
}

// The member that contains most of the others' words; the longer one on a tie.
size_t pivotOf(const std::vector<double> &containment, const std::vector<Words> &words)
{
    size_t pivot = 0;
    for (size_t i = 1; i < containment.size(); ++i) {
        if (containment[i] > containment[pivot] + 1e-9 ||
            (std::abs(containment[i] - containment[pivot]) <= 1e-9 &&
             words[i].hashes.size() > words[pivot].hashes.size()))
            pivot = i;
    }
    return pivot;
}

// For each pivot word, the member word aligned to it (or none), and the words the member has
// in each gap before pivot word g (g == pivot size: after the last).
struct Placement
{
    std::vector<int> atPivot;            // member word index, -1 when missing
    std::vector<std::vector<int>> inGap; // member word indices per gap
};

Placement placementOf(const Words &pw, const Words &mw)
{
    const size_t pn = pw.hashes.size();
    Placement pl;
    pl.atPivot.assign(pn, -1);
    pl.inGap.assign(pn + 1, {});
    const std::vector<SequenceOp> ops =
        diffSequences(pw.hashes.data(), pn, mw.hashes.data(), mw.hashes.size());
    for (size_t k = 0; k < ops.size(); ++k) {
        const SequenceOp &op = ops[k];
        if (op.kind == SequenceOp::Equal) {
            for (uint32_t x = 0; x < op.aTo - op.aFrom; ++x)
                pl.atPivot[op.aFrom + x] = int(op.bFrom + x);
        } else if (op.kind == SequenceOp::Delete) {
            // A delete followed by an insert is a replacement: pair the words up.
            if (k + 1 < ops.size() && ops[k + 1].kind == SequenceOp::Insert) {
                const SequenceOp &ins = ops[k + 1];
                const uint32_t paired = std::min(op.aTo - op.aFrom, ins.bTo - ins.bFrom);
                for (uint32_t x = 0; x < paired; ++x)
                    pl.atPivot[op.aFrom + x] = int(ins.bFrom + x);
                for (uint32_t y = ins.bFrom + paired; y < ins.bTo; ++y)
                    pl.inGap[op.aTo].push_back(int(y));
                ++k;
            }
        } else {
            for (uint32_t y = op.bFrom; y < op.bTo; ++y)
                pl.inGap[op.aFrom].push_back(int(y));
        }
    }
    return pl;
}

// One member's cells: each gap as wide as the widest member's, then the pivot word's column.
std::vector<FamilyAlignment::Cell> cellsOf(const Words &mw, const QString &t, const Placement &pl,
                                           const Words &pw, const QString &pivotText,
                                           const std::vector<size_t> &gapWidth, int columns)
{
    using Cell = FamilyAlignment::Cell;
    const size_t pn = pw.hashes.size();
    std::vector<Cell> cells(static_cast<size_t>(columns));
    const auto cellOf = [&](int w, Cell::Kind kind) {
        const Span s = mw.spans[size_t(w)];
        return Cell{kind, t.mid(s.start, s.length()), s};
    };
    size_t col = 0;
    for (size_t g = 0; g <= pn; ++g) {
        const std::vector<int> &gap = pl.inGap[g];
        for (size_t x = 0; x < gapWidth[g]; ++x, ++col) {
            if (x < gap.size())
                cells[col] = cellOf(gap[x], Cell::Extra);
        }
        if (g == pn)
            break;
        const int w = pl.atPivot[g];
        if (w < 0) {
            const Span ps = pw.spans[g];
            cells[col] = Cell{Cell::Missing, pivotText.mid(ps.start, ps.length()), Span{}};
        } else {
            cells[col] =
                cellOf(w, mw.hashes[size_t(w)] == pw.hashes[g] ? Cell::Same : Cell::Changed);
        }
        ++col;
    }
    return cells;
}
} // namespace

std::vector<int> FamilyAlignment::differingColumns() const
{
    std::vector<int> out;
    for (int c = 0; c < columns; ++c) {
        for (const Row &r : rows) {
            const Cell::Kind k = r.cells[size_t(c)].kind;
            if (k == Cell::Changed || k == Cell::Extra || k == Cell::Missing) {
                out.push_back(c);
                break;
            }
        }
    }
    return out;
}

std::vector<FamilyAlignment::Segment> FamilyAlignment::segments() const
{
    std::vector<Segment> out;
    const std::vector<int> differing = differingColumns();
    std::vector<bool> varies(size_t(columns), false);
    for (int c : differing)
        varies[size_t(c)] = true;
    for (int c = 0; c < columns; ++c) {
        const bool agreement = !varies[size_t(c)];
        if (!out.empty() && out.back().agreement == agreement && out.back().last == c - 1)
            out.back().last = c;
        else
            out.push_back({c, c, agreement});
    }
    return out;
}

FamilyAlignment FamilyAlignment::compute(const Family &family,
                                         const std::function<QString(int64_t)> &text,
                                         Text::Tokenizer &tokenizer, int maxWords)
{
    FamilyAlignment out;
    const size_t n = family.members.size();
    if (n == 0)
        return out;
    std::vector<QString> texts;
    std::vector<Words> words;
    for (const Family::Member &m : family.members) {
        texts.push_back(text(m.doc));
        words.push_back(wordsOf(texts.back(), m.span, tokenizer, maxWords));
    }
    const std::vector<double> containment = containmentOf(words);
    const size_t pivot = pivotOf(containment, words);
    const Words &pw = words[pivot];
    const size_t pn = pw.hashes.size();

    std::vector<Placement> placements(n);
    std::vector<size_t> gapWidth(pn + 1, 0);
    for (size_t m = 0; m < n; ++m) {
        if (m == pivot) {
            placements[m].inGap.assign(pn + 1, {});
            for (size_t g = 0; g < pn; ++g)
                placements[m].atPivot.push_back(int(g));
            continue;
        }
        placements[m] = placementOf(pw, words[m]);
        for (size_t g = 0; g <= pn; ++g)
            gapWidth[g] = std::max(gapWidth[g], placements[m].inGap[g].size());
    }

    int columns = 0;
    for (size_t g = 0; g <= pn; ++g)
        columns += int(gapWidth[g]) + (g < pn ? 1 : 0);
    out.columns = columns;
    out.pivot = int(pivot);
    for (size_t m = 0; m < n; ++m) {
        Row row;
        row.doc = family.members[m].doc;
        row.span = family.members[m].span;
        row.words = int(words[m].hashes.size());
        row.containment = containment[m];
        row.cells = cellsOf(words[m], texts[m], placements[m], pw, texts[pivot], gapWidth, columns);
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace Crosscheck::Core::Analysis
