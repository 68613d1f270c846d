// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairaligner.h"
#include "seedchain.h"
#include "worddiff.h"

#include <algorithm>
#include <unordered_map>

namespace Crosscheck::Core::Analysis {

using namespace SeedChain;
using Text::Token;

std::vector<PassagePair> PairAligner::align(const AnalyzedDocument &a,
                                            const AnalyzedDocument &b) const
{
    const AlignerOptions &o = m_options;
    std::vector<PassagePair> result;
    const auto seeds = findSeeds(a, b, o.seedLength, o.maxSeedsPerGram);
    std::vector<Range> ranges = chainSeeds(seeds, o.seedLength, o.maxGap);
    for (Range &r : ranges)
        extend(r, a, b);
    ranges = mergeRanges(std::move(ranges), o.maxGap);

    std::vector<Range> accepted;
    for (const Range &r : ranges) {
        const uint32_t la = r.a1 - r.a0, lb = r.b1 - r.b0;
        if (la < uint32_t(o.minWords) || lb < uint32_t(o.minWords))
            continue;
        const size_t common = commonLength(&a.wordNorm[r.a0], la, &b.wordNorm[r.b0], lb);
        const double score = 2.0 * double(common) / double(la + lb);
        const double needed = std::min(la, lb) < 16 ? o.minScoreShort : o.minScore;
        if (score < needed || common < size_t(o.minWords))
            continue;
        PassagePair p;
        p.a = a.id;
        p.b = b.id;
        p.spanA = charSpan(a, r.a0, r.a1);
        p.spanB = charSpan(b, r.b0, r.b1);
        p.score = score;
        const bool same = common == la && la == lb;
        if (quoteShare(a, r.a0, r.a1) >= 0.8 && quoteShare(b, r.b0, r.b1) >= 0.8)
            p.kind = PassageKind::Quote;
        else
            p.kind = same ? PassageKind::Verbatim : PassageKind::Edited;
        result.push_back(p);
        accepted.push_back(r);
    }

    // Moved passages: those outside the longest run that keeps the same order in both texts.
    if (accepted.size() > 1) {
        std::vector<size_t> order(accepted.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](size_t x, size_t y) { return accepted[x].a0 < accepted[y].a0; });
        std::vector<uint32_t> bStarts(order.size());
        for (size_t u = 0; u < order.size(); ++u)
            bStarts[u] = accepted[order[u]].b0;
        std::vector<bool> inOrder(order.size());
        for (size_t u : longestIncreasing(bStarts))
            inOrder[u] = true;
        for (size_t u = 0; u < order.size(); ++u)
            result[order[u]].moved = !inOrder[u];
    }

    // Shared quotations: a quote whose wording drifted is still the same quote when most words
    // of the shorter one come back, in order, in the other (short quotes count too).
    const auto quotations = [](const AnalyzedDocument &d) {
        std::vector<Range> qs;
        for (uint32_t w = 0; w < d.wordCount();) {
            if (!d.wordIs(w, Token::InQuote)) {
                ++w;
                continue;
            }
            uint32_t e = w;
            while (e < d.wordCount() && d.wordIs(e, Token::InQuote))
                ++e;
            if (e - w >= 4 && e - w <= 80) // longer: an unclosed quote mark, not a quotation
                qs.push_back({w, e, 0, 0});
            w = e;
        }
        return qs;
    };
    const std::vector<Range> qa = quotations(a), qb = quotations(b);
    const auto wordSet = [](const AnalyzedDocument &d, const Range &q) {
        std::vector<uint64_t> v(d.wordNorm.begin() + q.a0, d.wordNorm.begin() + q.a1);
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        return v;
    };
    std::vector<std::vector<uint64_t>> setsB;
    if (qa.size() * qb.size() <= 4096)
        for (const Range &q : qb)
            setsB.push_back(wordSet(b, q));
    const auto insideAccepted = [&accepted](const Range &q, bool sideA) {
        for (const Range &r : accepted) {
            const uint32_t lo = sideA ? r.a0 : r.b0, hi = sideA ? r.a1 : r.b1;
            const uint32_t ov = std::min(hi, q.a1) > std::max(lo, q.a0)
                                    ? std::min(hi, q.a1) - std::max(lo, q.a0)
                                    : 0;
            if (ov * 2 >= q.a1 - q.a0)
                return true;
        }
        return false;
    };
    std::vector<bool> quoteUsedB(qb.size());
    for (const Range &x : (setsB.empty() ? std::vector<Range>() : qa)) {
        if (insideAccepted(x, true))
            continue;
        const std::vector<uint64_t> setA = wordSet(a, x);
        double best = 0;
        size_t bestJ = SIZE_MAX;
        for (size_t j = 0; j < qb.size(); ++j) {
            if (quoteUsedB[j] || insideAccepted(qb[j], false))
                continue;
            // Cheap first: enough shared words at all?
            size_t inter = 0;
            for (size_t i1 = 0, i2 = 0; i1 < setA.size() && i2 < setsB[j].size();) {
                if (setA[i1] == setsB[j][i2]) {
                    ++inter;
                    ++i1;
                    ++i2;
                } else if (setA[i1] < setsB[j][i2]) {
                    ++i1;
                } else {
                    ++i2;
                }
            }
            if (inter < 4 || inter * 10 < std::min(setA.size(), setsB[j].size()) * 6)
                continue;
            const uint32_t la = x.a1 - x.a0, lb = qb[j].a1 - qb[j].a0;
            const size_t common = commonLength(&a.wordNorm[x.a0], la, &b.wordNorm[qb[j].a0], lb);
            const double containment = double(common) / double(std::min(la, lb));
            if (common >= 4 && containment >= 0.6 && containment > best) {
                best = containment;
                bestJ = j;
            }
        }
        if (bestJ == SIZE_MAX)
            continue;
        quoteUsedB[bestJ] = true;
        const Range &y = qb[bestJ];
        PassagePair p;
        p.a = a.id;
        p.b = b.id;
        p.spanA = charSpan(a, x.a0, x.a1);
        p.spanB = charSpan(b, y.a0, y.a1);
        const uint32_t la = x.a1 - x.a0, lb = y.a1 - y.a0;
        p.score = 2.0 * double(commonLength(&a.wordNorm[x.a0], la, &b.wordNorm[y.a0], lb)) /
                  double(la + lb);
        p.kind = PassageKind::Quote;
        result.push_back(p);
        accepted.push_back({x.a0, x.a1, y.a0, y.a1});
    }

    if (!o.paraphrase)
        return result;
    // Paraphrase: sentences linked by their shared stemmed content words, in any order.
    // Sentences, plus each pair of neighbouring sentences: a rewrite often merges two sentences
    // into one or splits one into two.
    std::vector<Sentence> sa = contentSentences(a), sb = contentSentences(b);
    if (sa.empty() || sb.empty())
        return result;
    const size_t singlesA = sa.size(), singlesB = sb.size();
    const auto addWindows = [](std::vector<Sentence> &v) {
        const size_t n = v.size();
        for (size_t i = 0; i + 1 < n; ++i) {
            if (v[i + 1].w0 != v[i].w1)
                continue; // not neighbours (a short sentence between them)
            Sentence w{v[i].w0, v[i + 1].w1, v[i].content};
            w.content.insert(w.content.end(), v[i + 1].content.begin(), v[i + 1].content.end());
            std::sort(w.content.begin(), w.content.end());
            w.content.erase(std::unique(w.content.begin(), w.content.end()), w.content.end());
            v.push_back(std::move(w));
        }
    };
    addWindows(sa);
    addWindows(sb);
    // A sentence mostly inside a lexical passage is aligned word by word already: links that
    // include it would only blur that passage. Smaller copied fragments may sit inside a link.
    std::vector<bool> coveredA(a.wordCount()), coveredB(b.wordCount());
    for (const Range &r : accepted) {
        std::fill(coveredA.begin() + r.a0, coveredA.begin() + r.a1, true);
        std::fill(coveredB.begin() + r.b0, coveredB.begin() + r.b1, true);
    }
    // Per word: does it belong to a sentence that is mostly inside a lexical passage?
    const auto lexicalWords = [](const std::vector<Sentence> &sents, size_t singles,
                                 const std::vector<bool> &covered) {
        std::vector<bool> flag(covered.size());
        for (size_t i = 0; i < singles; ++i) {
            const Sentence &x = sents[i];
            uint32_t c = 0;
            for (uint32_t w = x.w0; w < x.w1; ++w)
                c += covered[w] ? 1 : 0;
            if (c * 2 >= x.w1 - x.w0)
                std::fill(flag.begin() + x.w0, flag.begin() + x.w1, true);
        }
        return flag;
    };
    const std::vector<bool> lexicalA = lexicalWords(sa, singlesA, coveredA);
    const std::vector<bool> lexicalB = lexicalWords(sb, singlesB, coveredB);
    const auto anyFlag = [](const std::vector<bool> &flag, uint32_t w0, uint32_t w1) {
        for (uint32_t w = w0; w < w1; ++w)
            if (flag[w])
                return true;
        return false;
    };
    const auto lexicallyCovered = [&](const Sentence &x, const Sentence &y) {
        return anyFlag(lexicalA, x.w0, x.w1) || anyFlag(lexicalB, y.w0, y.w1);
    };
    std::unordered_map<uint64_t, std::vector<uint32_t>> stemToB;
    for (uint32_t s = 0; s < sb.size(); ++s)
        for (uint64_t st : sb[s].content)
            stemToB[st].push_back(s);
    struct Link
    {
        double score;
        uint32_t sa, sb;
    };
    // Texts that share a copied passage are related: their rewritten sentences may drift
    // further from each other before a link is doubted.
    const double linkThreshold = accepted.empty() ? o.minParaphrase : o.minRelatedParaphrase;
    std::vector<Link> links;
    std::vector<uint32_t> shared(sb.size(), 0);
    for (uint32_t s = 0; s < sa.size(); ++s) {
        std::vector<uint32_t> touched;
        for (uint64_t st : sa[s].content) {
            const auto it = stemToB.find(st);
            if (it == stemToB.end() || it->second.size() > 50)
                continue;
            for (uint32_t t : it->second) {
                if (shared[t]++ == 0)
                    touched.push_back(t);
            }
        }
        for (uint32_t t : touched) {
            if (s >= singlesA && t >= singlesB) { // two windows: no evidence beyond their parts
                shared[t] = 0;
                continue;
            }
            const double dice =
                2.0 * shared[t] / double(sa[s].content.size() + sb[t].content.size());
            if (shared[t] >= 3 && dice >= linkThreshold && !lexicallyCovered(sa[s], sb[t]))
                links.push_back({dice, s, t});
            shared[t] = 0;
        }
    }
    std::sort(links.begin(), links.end(),
              [](const Link &x, const Link &y) { return x.score > y.score; });
    // Best links first; a sentence takes part in one link only (a window uses both of its
    // sentences).
    std::vector<bool> usedWordsA(a.wordCount()), usedWordsB(b.wordCount());
    const auto freeRange = [](const std::vector<bool> &used, uint32_t w0, uint32_t w1) {
        for (uint32_t w = w0; w < w1; ++w)
            if (used[w])
                return false;
        return true;
    };
    std::vector<Link> chosen;
    for (const Link &l : links) {
        const Sentence &x = sa[l.sa], &y = sb[l.sb];
        if (!freeRange(usedWordsA, x.w0, x.w1) || !freeRange(usedWordsB, y.w0, y.w1))
            continue;
        std::fill(usedWordsA.begin() + x.w0, usedWordsA.begin() + x.w1, true);
        std::fill(usedWordsB.begin() + y.w0, usedWordsB.begin() + y.w1, true);
        chosen.push_back(l);
    }
    std::sort(chosen.begin(), chosen.end(),
              [&](const Link &x, const Link &y) { return sa[x.sa].w0 < sa[y.sa].w0; });
    std::vector<bool> absorbed(result.size());
    const auto containsLexical = [&](uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1,
                                     bool absorb) {
        bool any = false;
        for (size_t r = 0; r < accepted.size(); ++r) {
            const Range &x = accepted[r];
            const uint32_t ia = std::min(x.a1, a1) > std::max(x.a0, a0)
                                    ? std::min(x.a1, a1) - std::max(x.a0, a0)
                                    : 0;
            const uint32_t ib = std::min(x.b1, b1) > std::max(x.b0, b0)
                                    ? std::min(x.b1, b1) - std::max(x.b0, b0)
                                    : 0;
            if (ia * 2 >= x.a1 - x.a0 && ib * 2 >= x.b1 - x.b0) {
                any = true;
                if (absorb)
                    absorbed[r] = true;
            }
        }
        return any;
    };
    // Neighbouring links (the next sentence or the one after on both sides) form one group.
    struct Group
    {
        uint32_t a0, a1, b0, b1;
        double sum, best;
        size_t links;
    };
    std::vector<Group> groups;
    for (size_t i = 0; i < chosen.size();) {
        Group g{sa[chosen[i].sa].w0,
                sa[chosen[i].sa].w1,
                sb[chosen[i].sb].w0,
                sb[chosen[i].sb].w1,
                chosen[i].score,
                chosen[i].score,
                1};
        size_t j = i + 1;
        // Next link starts within about one sentence after the previous one on A, and near it
        // on B (either direction: rewrites reorder sentences locally).
        const auto nearA = [&](const Link &prev, const Link &next) {
            return sa[next.sa].w0 <= sa[prev.sa].w1 + 40;
        };
        const auto nearB = [&](const Link &prev, const Link &next) {
            const Sentence &p = sb[prev.sb], &n = sb[next.sb];
            return n.w0 <= p.w1 + 60 && p.w0 <= n.w1 + 60;
        };
        while (j < chosen.size() && nearA(chosen[j - 1], chosen[j]) &&
               nearB(chosen[j - 1], chosen[j])) {
            g.a1 = sa[chosen[j].sa].w1;
            g.b0 = std::min(g.b0, sb[chosen[j].sb].w0);
            g.b1 = std::max(g.b1, sb[chosen[j].sb].w1);
            g.sum += chosen[j].score;
            g.best = std::max(g.best, chosen[j].score);
            ++g.links;
            ++j;
        }
        groups.push_back(g);
        i = j;
    }
    // A lone rewritten sentence must share most of its content words, unless the two texts are
    // already known to be related (they share a copied passage or a run of rewritten
    // sentences) or a copied fragment inside it backs the link.
    bool related = !accepted.empty();
    for (const Group &g : groups)
        related |= g.links >= 2;
    for (const Group &g : groups) {
        const bool evidence = g.links >= 2 || g.best >= o.minLoneParaphrase || related ||
                              containsLexical(g.a0, g.a1, g.b0, g.b1, false);
        if (!evidence || g.a1 - g.a0 < uint32_t(o.minWords) || g.b1 - g.b0 < uint32_t(o.minWords))
            continue;
        containsLexical(g.a0, g.a1, g.b0, g.b1, true); // copied fragments inside become part of it
        PassagePair p;
        p.a = a.id;
        p.b = b.id;
        p.spanA = charSpan(a, g.a0, g.a1);
        p.spanB = charSpan(b, g.b0, g.b1);
        p.score = g.sum / double(g.links);
        p.kind = PassageKind::Paraphrase;
        result.push_back(p);
    }
    // Drop the fragments a paraphrase passage absorbed, widening it to cover them.
    std::vector<PassagePair> kept;
    for (size_t r = 0; r < result.size(); ++r) {
        if (r < absorbed.size() && absorbed[r]) {
            for (size_t q = absorbed.size(); q < result.size(); ++q) {
                PassagePair &para = result[q];
                if (para.spanA.start <= result[r].spanA.end &&
                    result[r].spanA.start <= para.spanA.end &&
                    para.spanB.start <= result[r].spanB.end &&
                    result[r].spanB.start <= para.spanB.end) {
                    para.spanA = {std::min(para.spanA.start, result[r].spanA.start),
                                  std::max(para.spanA.end, result[r].spanA.end)};
                    para.spanB = {std::min(para.spanB.start, result[r].spanB.start),
                                  std::max(para.spanB.end, result[r].spanB.end)};
                    break;
                }
            }
            continue;
        }
        kept.push_back(result[r]);
    }
    result = std::move(kept);
    std::sort(result.begin(), result.end(), [](const PassagePair &x, const PassagePair &y) {
        return x.spanA.start < y.spanA.start;
    });
    return result;
}

} // namespace Crosscheck::Core::Analysis
