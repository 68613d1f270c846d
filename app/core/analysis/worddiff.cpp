// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include "text/tokenizer.h"

#include <algorithm>
#include <unordered_map>

namespace Crosscheck::Core::Analysis {

namespace {

void push(std::vector<SequenceOp> &out, SequenceOp::Kind kind, uint32_t a0, uint32_t a1,
          uint32_t b0, uint32_t b1)
{
    if (a0 == a1 && b0 == b1)
        return;
    if (!out.empty() && out.back().kind == kind && out.back().aTo == a0 && out.back().bTo == b0) {
        out.back().aTo = a1;
        out.back().bTo = b1;
        return;
    }
    out.push_back({kind, a0, a1, b0, b1});
}

// Myers' greedy O((N+M)D) diff with a stored trace; false when D exceeds maxD.
bool myers(const uint64_t *a, uint32_t a0, uint32_t a1, const uint64_t *b, uint32_t b0, uint32_t b1,
           int maxD, std::vector<SequenceOp> &out)
{
    const int n = int(a1 - a0), m = int(b1 - b0);
    const int max = std::min(n + m, maxD);
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)];
            else
                x = v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[a0 + uint32_t(x)] == b[b0 + uint32_t(y)]) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        if (found >= 0)
            break;
    }
    if (found < 0)
        return false;
    // Backtrack from (n, m) through the stored V arrays.
    std::vector<SequenceOp> rev;
    int x = n, y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &pv = trace[size_t(d)];
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && pv[size_t(offset + k - 1)] < pv[size_t(offset + k + 1)]))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = pv[size_t(offset + prevK)];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            rev.push_back({SequenceOp::Equal, a0 + uint32_t(x), a0 + uint32_t(x) + 1,
                           b0 + uint32_t(y), b0 + uint32_t(y) + 1});
        }
        if (x == prevX) {
            --y; // insertion of b[y]
            rev.push_back({SequenceOp::Insert, a0 + uint32_t(x), a0 + uint32_t(x), b0 + uint32_t(y),
                           b0 + uint32_t(y) + 1});
        } else {
            --x;
            rev.push_back({SequenceOp::Delete, a0 + uint32_t(x), a0 + uint32_t(x) + 1,
                           b0 + uint32_t(y), b0 + uint32_t(y)});
        }
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        rev.push_back({SequenceOp::Equal, a0 + uint32_t(x), a0 + uint32_t(x) + 1, b0 + uint32_t(y),
                       b0 + uint32_t(y) + 1});
    }
    for (auto it = rev.rbegin(); it != rev.rend(); ++it)
        push(out, it->kind, it->aFrom, it->aTo, it->bFrom, it->bTo);
    return true;
}

void diffRange(const uint64_t *a, uint32_t a0, uint32_t a1, const uint64_t *b, uint32_t b0,
               uint32_t b1, int maxD, std::vector<SequenceOp> &out, int depth = 0)
{
    // Common prefix and suffix.
    uint32_t p = 0;
    while (a0 + p < a1 && b0 + p < b1 && a[a0 + p] == b[b0 + p])
        ++p;
    push(out, SequenceOp::Equal, a0, a0 + p, b0, b0 + p);
    a0 += p;
    b0 += p;
    uint32_t s = 0;
    while (a1 - s > a0 && b1 - s > b0 && a[a1 - s - 1] == b[b1 - s - 1])
        ++s;
    const uint32_t ea1 = a1 - s, eb1 = b1 - s;
    if (a0 == ea1 || b0 == eb1) {
        push(out, SequenceOp::Delete, a0, ea1, b0, b0);
        push(out, SequenceOp::Insert, ea1, ea1, b0, eb1);
    } else if (uint64_t(ea1 - a0) * (eb1 - b0) <= 4096 || depth > 8) {
        if (!myers(a, a0, ea1, b, b0, eb1, maxD, out)) {
            push(out, SequenceOp::Delete, a0, ea1, b0, b0);
            push(out, SequenceOp::Insert, ea1, ea1, b0, eb1);
        }
    } else {
        // Patience: tokens that occur once on each side, in increasing order on both.
        std::unordered_map<uint64_t, std::pair<int64_t, int64_t>>
            seen; // hash -> (pos in a or -2, pos in b or -2)
        seen.reserve(size_t(ea1 - a0 + eb1 - b0));
        for (uint32_t i = a0; i < ea1; ++i) {
            auto &e = seen.try_emplace(a[i], -1, -1).first->second;
            e.first = e.first == -1 ? int64_t(i) : -2;
        }
        for (uint32_t j = b0; j < eb1; ++j) {
            const auto it = seen.find(b[j]);
            if (it == seen.end())
                continue;
            it->second.second = it->second.second == -1 ? int64_t(j) : -2;
        }
        std::vector<std::pair<uint32_t, uint32_t>> unique;
        for (uint32_t i = a0; i < ea1; ++i) {
            const auto &e = seen[a[i]];
            if (e.first >= 0 && e.second >= 0)
                unique.emplace_back(i, uint32_t(e.second));
        }
        std::vector<uint32_t> bPositions(unique.size());
        for (size_t u = 0; u < unique.size(); ++u)
            bPositions[u] = unique[u].second;
        std::vector<std::pair<uint32_t, uint32_t>> anchors;
        for (size_t u : longestIncreasing(bPositions))
            anchors.push_back(unique[u]);
        // Repetitive text has no token unique on both sides: anchor on unique n-grams instead.
        for (uint32_t k : {4u, 8u}) {
            if (!anchors.empty() || ea1 - a0 < k || eb1 - b0 < k)
                break;
            const auto gram = [k](const uint64_t *s, uint32_t i) {
                uint64_t h = 0x9E3779B97F4A7C15ULL;
                for (uint32_t j = 0; j < k; ++j)
                    h = (h ^ s[i + j]) * 0xff51afd7ed558ccdULL;
                return h;
            };
            std::unordered_map<uint64_t, std::pair<int64_t, int64_t>> grams;
            for (uint32_t i = a0; i + k <= ea1; ++i) {
                auto &e = grams.try_emplace(gram(a, i), -1, -1).first->second;
                e.first = e.first == -1 ? int64_t(i) : -2;
            }
            for (uint32_t j = b0; j + k <= eb1; ++j) {
                const auto it = grams.find(gram(b, j));
                if (it != grams.end())
                    it->second.second = it->second.second == -1 ? int64_t(j) : -2;
            }
            std::vector<std::pair<uint32_t, uint32_t>> cand;
            for (uint32_t i = a0; i + k <= ea1; ++i) {
                const auto &e = grams[gram(a, i)];
                if (e.first >= 0 && e.second >= 0)
                    cand.emplace_back(i, uint32_t(e.second));
            }
            std::vector<uint32_t> candB(cand.size());
            for (size_t u = 0; u < cand.size(); ++u)
                candB[u] = cand[u].second;
            // Anchors must not overlap: each covers only its first token.
            std::vector<std::pair<uint32_t, uint32_t>> chain;
            for (size_t u : longestIncreasing(candB))
                chain.push_back(cand[u]);
            for (const auto &c : chain)
                if (anchors.empty() ||
                    (c.first > anchors.back().first && c.second > anchors.back().second))
                    anchors.push_back(c);
        }
        if (anchors.empty()) {
            if (!myers(a, a0, ea1, b, b0, eb1, maxD, out)) {
                push(out, SequenceOp::Delete, a0, ea1, b0, b0);
                push(out, SequenceOp::Insert, ea1, ea1, b0, eb1);
            }
        } else {
            uint32_t ca = a0, cb = b0;
            for (const auto &[ai, bj] : anchors) {
                diffRange(a, ca, ai, b, cb, bj, maxD, out, depth + 1);
                push(out, SequenceOp::Equal, ai, ai + 1, bj, bj + 1);
                ca = ai + 1;
                cb = bj + 1;
            }
            diffRange(a, ca, ea1, b, cb, eb1, maxD, out, depth + 1);
        }
    }
    push(out, SequenceOp::Equal, ea1, a1, eb1, b1);
}

double dice(const std::vector<uint64_t> &x, const std::vector<uint64_t> &y)
{
    if (x.empty() || y.empty())
        return 0;
    std::vector<uint64_t> sx = x, sy = y;
    std::sort(sx.begin(), sx.end());
    std::sort(sy.begin(), sy.end());
    size_t i = 0, j = 0, common = 0;
    while (i < sx.size() && j < sy.size()) {
        if (sx[i] == sy[j]) {
            ++common;
            ++i;
            ++j;
        } else if (sx[i] < sy[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * double(common) / double(sx.size() + sy.size());
}

} // namespace

std::vector<SequenceOp> diffSequences(const uint64_t *a, size_t n, const uint64_t *b, size_t m,
                                      int maxD)
{
    std::vector<SequenceOp> out;
    diffRange(a, 0, uint32_t(n), b, 0, uint32_t(m), maxD, out);
    return out;
}

std::vector<size_t> longestIncreasing(const std::vector<uint32_t> &values)
{
    std::vector<size_t> tails, prev(values.size(), SIZE_MAX);
    for (size_t u = 0; u < values.size(); ++u) {
        const auto it = std::lower_bound(tails.begin(), tails.end(), values[u],
                                         [&](size_t t, uint32_t v) { return values[t] < v; });
        if (it != tails.begin())
            prev[u] = *(it - 1);
        if (it == tails.end())
            tails.push_back(u);
        else
            *it = u;
    }
    std::vector<size_t> out;
    for (size_t u = tails.empty() ? SIZE_MAX : tails.back(); u != SIZE_MAX; u = prev[u])
        out.push_back(u);
    std::reverse(out.begin(), out.end());
    return out;
}

size_t commonLength(const uint64_t *a, size_t n, const uint64_t *b, size_t m)
{
    size_t equal = 0;
    for (const SequenceOp &op : diffSequences(a, n, b, m))
        if (op.kind == SequenceOp::Equal)
            equal += op.aTo - op.aFrom;
    return equal;
}

QString WordDiff::kindName(DiffRun::Kind kind)
{
    switch (kind) {
    case DiffRun::Kind::Equal:
        return QStringLiteral("equal");
    case DiffRun::Kind::Insert:
        return QStringLiteral("insert");
    case DiffRun::Kind::Delete:
        return QStringLiteral("delete");
    case DiffRun::Kind::Replace:
        return QStringLiteral("replace");
    }
    return {};
}

WordDiff WordDiff::compute(const QString &textA, Span spanA, const QString &textB, Span spanB,
                           Text::Tokenizer &tokenizer)
{
    WordDiff result;
    const QString pa = textA.mid(spanA.start, spanA.length());
    const QString pb = textB.mid(spanB.start, spanB.length());
    const std::vector<Text::Token> ta = tokenizer.tokenize(pa);
    const std::vector<Text::Token> tb = tokenizer.tokenize(pb);
    std::vector<uint64_t> ha(ta.size()), hb(tb.size());
    for (size_t i = 0; i < ta.size(); ++i)
        ha[i] = ta[i].norm;
    for (size_t j = 0; j < tb.size(); ++j)
        hb[j] = tb[j].norm;
    const std::vector<SequenceOp> ops = diffSequences(ha.data(), ha.size(), hb.data(), hb.size());

    // Character spans of token ranges; empty ranges sit where the other side's change is.
    const auto charSpan = [](const std::vector<Text::Token> &t, uint32_t from, uint32_t to,
                             int32_t base, int32_t textLen) {
        if (from < to)
            return Span{base + t[from].start, base + t[to - 1].end};
        const int32_t pos =
            from < t.size() ? t[from].start : (t.empty() ? 0 : std::min(t.back().end, textLen));
        return Span{base + pos, base + pos};
    };
    size_t equalTokens = 0;
    for (const SequenceOp &op : ops) {
        DiffRun run;
        run.kind = op.kind == SequenceOp::Equal    ? DiffRun::Kind::Equal
                   : op.kind == SequenceOp::Insert ? DiffRun::Kind::Insert
                                                   : DiffRun::Kind::Delete;
        run.a = charSpan(ta, op.aFrom, op.aTo, spanA.start, int32_t(pa.size()));
        run.b = charSpan(tb, op.bFrom, op.bTo, spanB.start, int32_t(pb.size()));
        if (op.kind == SequenceOp::Equal)
            equalTokens += op.aTo - op.aFrom;
        result.runs.push_back(run);
    }
    result.similarity =
        ta.empty() && tb.empty() ? 1.0 : 2.0 * double(equalTokens) / double(ta.size() + tb.size());

    // Moves: a deleted block of 3+ words whose words reappear as an inserted block elsewhere.
    struct Block
    {
        size_t run;
        std::vector<uint64_t> words;
    };
    std::vector<Block> deleted, inserted;
    for (size_t r = 0; r < ops.size(); ++r) {
        const SequenceOp &op = ops[r];
        if (op.kind == SequenceOp::Equal)
            continue;
        Block blk{r, {}};
        const auto &toks = op.kind == SequenceOp::Delete ? ta : tb;
        const uint32_t from = op.kind == SequenceOp::Delete ? op.aFrom : op.bFrom;
        const uint32_t to = op.kind == SequenceOp::Delete ? op.aTo : op.bTo;
        for (uint32_t t = from; t < to; ++t)
            if (toks[t].is(Text::Token::Word))
                blk.words.push_back(toks[t].norm);
        if (blk.words.size() >= 3)
            (op.kind == SequenceOp::Delete ? deleted : inserted).push_back(std::move(blk));
    }
    struct Candidate
    {
        double score;
        size_t d, i;
    };
    std::vector<Candidate> candidates;
    for (size_t d = 0; d < deleted.size(); ++d)
        for (size_t i = 0; i < inserted.size(); ++i) {
            // A delete right next to its insert is a replacement, not a move.
            if (inserted[i].run == deleted[d].run + 1 || deleted[d].run == inserted[i].run + 1)
                continue;
            const double s = dice(deleted[d].words, inserted[i].words);
            if (s >= 0.7)
                candidates.push_back({s, d, i});
        }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &x, const Candidate &y) { return x.score > y.score; });
    std::vector<bool> usedD(deleted.size()), usedI(inserted.size());
    for (const Candidate &c : candidates) {
        if (usedD[c.d] || usedI[c.i])
            continue;
        usedD[c.d] = usedI[c.i] = true;
        result.runs[deleted[c.d].run].moveId = result.moves;
        result.runs[inserted[c.i].run].moveId = result.moves;
        ++result.moves;
    }
    // Adjacent delete + insert (not moves) read as one replacement.
    std::vector<DiffRun> merged;
    for (const DiffRun &r : result.runs) {
        if (!merged.empty() && r.moveId < 0 && merged.back().moveId < 0 &&
            ((merged.back().kind == DiffRun::Kind::Delete && r.kind == DiffRun::Kind::Insert) ||
             (merged.back().kind == DiffRun::Kind::Insert && r.kind == DiffRun::Kind::Delete))) {
            DiffRun &m = merged.back();
            const Span a = m.kind == DiffRun::Kind::Delete ? m.a : r.a;
            const Span b = m.kind == DiffRun::Kind::Insert ? m.b : r.b;
            m.kind = DiffRun::Kind::Replace;
            m.a = a;
            m.b = b;
            continue;
        }
        merged.push_back(r);
    }
    result.runs = std::move(merged);
    return result;
}

} // namespace Crosscheck::Core::Analysis
