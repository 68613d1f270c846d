// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedchain.h"

#include <algorithm>
#include <unordered_map>

namespace Crosscheck::Core::Analysis::SeedChain {

using Text::Token;

std::vector<std::pair<uint32_t, uint32_t>>
findSeeds(const AnalyzedDocument &a, const AnalyzedDocument &b, int k, int maxPerGram)
{
    std::vector<std::pair<uint32_t, uint32_t>> seeds;
    const size_t na = a.wordCount(), nb = b.wordCount();
    if (na < size_t(k) || nb < size_t(k))
        return seeds;
    size_t cap = 16;
    while (cap < (na - k + 1) * 2)
        cap <<= 1;
    std::vector<uint32_t> head(cap, UINT32_MAX), next(na - k + 1, UINT32_MAX);
    std::vector<uint64_t> gram(na - k + 1);
    for (size_t i = 0; i + k <= na; ++i) {
        gram[i] = gramHash(&a.wordNorm[i], k);
        const size_t slot = gram[i] & (cap - 1);
        next[i] = head[slot];
        head[slot] = uint32_t(i);
    }
    const size_t maxSeeds = 20'000'000;
    std::vector<std::pair<uint32_t, uint32_t>> hits;
    for (size_t j = 0; j + k <= nb; ++j) {
        const uint64_t g = gramHash(&b.wordNorm[j], k);
        hits.clear();
        for (uint32_t i = head[g & (cap - 1)]; i != UINT32_MAX; i = next[i]) {
            if (gram[i] == g)
                hits.emplace_back(i, uint32_t(j));
        }
        // An n-gram repeated more often in A is boilerplate, not evidence.
        if (hits.size() <= size_t(maxPerGram))
            seeds.insert(seeds.end(), hits.begin(), hits.end());
        if (seeds.size() > maxSeeds)
            break;
    }
    std::sort(seeds.begin(), seeds.end());
    return seeds;
}

std::vector<Range> chainSeeds(const std::vector<std::pair<uint32_t, uint32_t>> &seeds, int k,
                              int maxGap)
{
    struct Chain
    {
        uint32_t a0, b0, lastA, lastB, seeds;
    };
    std::vector<Chain> open, done;
    for (const auto &seed : seeds) {
        // Not a structured binding: lambdas below use i, which C++17 does not let them capture.
        const auto i = seed.first;
        const auto j = seed.second;
        int best = -1;
        long bestSkew = 0;
        for (size_t c = 0; c < open.size(); ++c) {
            const Chain &ch = open[c];
            if (i <= ch.lastA || j <= ch.lastB)
                continue;
            const long da = long(i - ch.lastA), db = long(j - ch.lastB);
            if (da > maxGap + k || db > maxGap + k)
                continue;
            const long skew = std::labs(da - db);
            if (best < 0 || skew < bestSkew) {
                best = int(c);
                bestSkew = skew;
            }
        }
        if (best >= 0) {
            open[size_t(best)].lastA = i;
            open[size_t(best)].lastB = j;
            ++open[size_t(best)].seeds;
        } else {
            open.push_back({i, j, i, j, 1});
        }
        // Retire chains that can no longer grow.
        if (open.size() > 64 || (open.size() > 1 && (i & 15) == 0)) {
            auto keep = std::partition(open.begin(), open.end(), [&](const Chain &ch) {
                return ch.lastA + uint32_t(maxGap + k) >= i;
            });
            done.insert(done.end(), keep, open.end());
            open.erase(keep, open.end());
        }
    }
    done.insert(done.end(), open.begin(), open.end());
    std::vector<Range> ranges;
    ranges.reserve(done.size());
    for (const Chain &ch : done)
        ranges.push_back({ch.a0, ch.lastA + uint32_t(k), ch.b0, ch.lastB + uint32_t(k)});
    return ranges;
}

bool crossesSentence(const AnalyzedDocument &d, uint32_t from, uint32_t to)
{
    for (uint32_t w = from; w < to && w < d.wordCount(); ++w)
        if (d.wordIs(w, Text::Token::SentenceEnd))
            return true;
    return false;
}

void extend(Range &r, const AnalyzedDocument &a, const AnalyzedDocument &b)
{
    const auto same = [&](uint32_t i, uint32_t j) { return a.wordNorm[i] == b.wordNorm[j]; };
    const auto strong = [&](uint32_t i, uint32_t j, int dir) {
        if (!same(i, j))
            return false;
        if (!a.wordIs(i, Text::Token::Stopword))
            return true;
        const int64_t i2 = int64_t(i) + dir, j2 = int64_t(j) + dir;
        return i2 >= 0 && j2 >= 0 && i2 < int64_t(a.wordCount()) && j2 < int64_t(b.wordCount()) &&
               same(uint32_t(i2), uint32_t(j2));
    };
    for (int round = 0; round < 8; ++round) {
        while (r.a0 > 0 && r.b0 > 0 && same(r.a0 - 1, r.b0 - 1)) {
            --r.a0;
            --r.b0;
        }
        while (r.a1 < a.wordCount() && r.b1 < b.wordCount() && same(r.a1, r.b1)) {
            ++r.a1;
            ++r.b1;
        }
        bool grew = false;
        // Forward across a small edit, staying within the sentence on both sides.
        for (uint32_t da = 0; da <= 3 && !grew; ++da)
            for (uint32_t db = 0; db <= 3 && !grew; ++db) {
                if (da + db == 0 || r.a1 + da >= a.wordCount() || r.b1 + db >= b.wordCount())
                    continue;
                if (crossesSentence(a, r.a1 > 0 ? r.a1 - 1 : 0, r.a1 + da) ||
                    crossesSentence(b, r.b1 > 0 ? r.b1 - 1 : 0, r.b1 + db))
                    continue;
                if (strong(r.a1 + da, r.b1 + db, +1)) {
                    r.a1 += da + 1;
                    r.b1 += db + 1;
                    grew = true;
                }
            }
        // Backward likewise.
        for (uint32_t da = 1; da <= 4 && !grew; ++da)
            for (uint32_t db = 1; db <= 4 && !grew; ++db) {
                if ((da == 1 && db == 1) || r.a0 < da || r.b0 < db)
                    continue;
                if (crossesSentence(a, r.a0 - da, r.a0) || crossesSentence(b, r.b0 - db, r.b0))
                    continue;
                if (strong(r.a0 - da, r.b0 - db, -1)) {
                    r.a0 -= da;
                    r.b0 -= db;
                    grew = true;
                }
            }
        if (!grew)
            break;
    }
}

std::vector<Range> mergeRanges(std::vector<Range> ranges, int maxGap)
{
    std::sort(ranges.begin(), ranges.end(), [](const Range &x, const Range &y) {
        return x.a0 != y.a0 ? x.a0 < y.a0 : x.b0 < y.b0;
    });
    bool changed = true;
    while (changed) {
        changed = false;
        std::vector<Range> out;
        for (const Range &r : ranges) {
            bool mergedInto = false;
            for (auto it = out.rbegin(); it != out.rend() && it - out.rbegin() < 8; ++it) {
                Range &m = *it;
                const bool nearA =
                    r.a0 <= m.a1 + uint32_t(maxGap) && r.a1 + uint32_t(maxGap) >= m.a0;
                const bool nearB =
                    r.b0 <= m.b1 + uint32_t(maxGap) && r.b1 + uint32_t(maxGap) >= m.b0;
                // Same order on both sides (a move is a separate passage), or containment.
                const bool sameOrder = (r.a0 >= m.a0) == (r.b0 >= m.b0);
                const bool contained = r.a0 >= m.a0 && r.a1 <= m.a1 && r.b0 >= m.b0 && r.b1 <= m.b1;
                if (contained || (nearA && nearB && sameOrder)) {
                    m.a0 = std::min(m.a0, r.a0);
                    m.a1 = std::max(m.a1, r.a1);
                    m.b0 = std::min(m.b0, r.b0);
                    m.b1 = std::max(m.b1, r.b1);
                    mergedInto = true;
                    changed |= !contained;
                    break;
                }
            }
            if (!mergedInto)
                out.push_back(r);
        }
        ranges = std::move(out);
    }
    return ranges;
}

Span charSpan(const AnalyzedDocument &d, uint32_t w0, uint32_t w1)
{
    return Span{d.wordStart[w0], d.wordTail[w1 - 1]};
}

double quoteShare(const AnalyzedDocument &d, uint32_t w0, uint32_t w1)
{
    uint32_t q = 0;
    for (uint32_t w = w0; w < w1; ++w)
        q += d.wordIs(w, Token::InQuote) ? 1 : 0;
    return w1 > w0 ? double(q) / double(w1 - w0) : 0;
}

std::vector<Sentence> contentSentences(const AnalyzedDocument &d)
{
    std::vector<Sentence> out;
    for (size_t s = 0; s + 1 < d.sentenceStart.size(); ++s) {
        const uint32_t c0 = d.contentStart[s], c1 = d.contentStart[s + 1];
        if (c1 - c0 >= 4)
            out.push_back(
                {d.sentenceStart[s], d.sentenceStart[s + 1],
                 std::vector<uint64_t>(d.contentStems.begin() + c0, d.contentStems.begin() + c1)});
    }
    return out;
}

} // namespace Crosscheck::Core::Analysis::SeedChain
