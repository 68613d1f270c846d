// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidateindex.h"
#include "passage.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <thread>

#include <QtGlobal>

namespace Crosscheck::Core::Analysis {

namespace {
inline uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}
} // namespace

std::vector<uint64_t> fingerprints(const AnalyzedDocument &doc, const IndexOptions &o)
{
    std::vector<uint64_t> fps;
    const size_t n = doc.wordCount();
    const size_t k = size_t(o.shingleLength);
    fps.reserve(n / size_t(std::max(1, o.sampleModulus)) + 16);
    for (size_t i = 0; i + k <= n; ++i) {
        uint64_t h = 0x2545F4914F6CDD1DULL;
        int content = 0;
        for (size_t j = 0; j < k; ++j) {
            h = mix(h ^ doc.wordNorm[i + j]);
            content += doc.wordIs(i + j, Text::Token::Stopword) ? 0 : 1;
        }
        if (content >= 2 && h % uint64_t(o.sampleModulus) == 0)
            fps.push_back(h & ~1ULL); // even: shingles
    }
    // Two min-hashes per sentence over its content stems (odd: sentence signatures).
    for (size_t s = 0; s + 1 < doc.sentenceStart.size(); ++s) {
        uint64_t m1 = UINT64_MAX, m2 = UINT64_MAX;
        int content = 0;
        for (uint32_t c = doc.contentStart[s]; c < doc.contentStart[s + 1]; ++c) {
            ++content;
            m1 = std::min(m1, mix(doc.contentStems[c] ^ 0x1234567ULL));
            m2 = std::min(m2, mix(doc.contentStems[c] ^ 0x89abcdefULL));
        }
        // Both min-hashes in one fingerprint: two sentences meet with probability ~J^2,
        // which keeps chance meetings of unrelated sentences rare.
        if (content >= 6)
            fps.push_back(mix(m1 ^ (m2 * 31)) | 1ULL);
    }
    std::sort(fps.begin(), fps.end());
    fps.erase(std::unique(fps.begin(), fps.end()), fps.end());
    return fps;
}

CandidateIndex::Update CandidateIndex::add(uint32_t doc, const std::vector<uint64_t> &fps)
{
    Update update;
    const uint32_t cap = uint32_t(m_options.maxDocFrequency);
    const uint32_t need = uint32_t(m_options.minShared);
    std::vector<uint32_t> partners;
    for (uint64_t fp : fps) {
        Posting &p = m_postings[fp];
        if (p.df < cap) {
            for (uint32_t e : p.docs) {
                if (++m_pairCounts[key(e, doc)] == need)
                    partners.push_back(e);
            }
            p.docs.push_back(doc);
        } else if (p.df == cap) {
            // The fingerprint turns out to be boilerplate: take back what it counted.
            for (size_t x = 0; x < p.docs.size(); ++x)
                for (size_t y = x + 1; y < p.docs.size(); ++y) {
                    const uint64_t k = key(p.docs[x], p.docs[y]);
                    auto it = m_pairCounts.find(k);
                    if (it == m_pairCounts.end())
                        continue;
                    if (it->second-- == need)
                        update.dropped.emplace_back(std::min(p.docs[x], p.docs[y]),
                                                    std::max(p.docs[x], p.docs[y]));
                    if (it->second == 0)
                        m_pairCounts.erase(it);
                }
            std::vector<uint32_t>().swap(p.docs);
        }
        ++p.df;
    }
    for (uint32_t e : partners) {
        // A pair may have reached the threshold and lost it again within this document.
        const auto it = m_pairCounts.find(key(e, doc));
        if (it != m_pairCounts.end() && it->second >= need)
            update.added.emplace_back(std::min(e, doc), std::max(e, doc));
    }
    // Pairs dropped and re-added within one call cancel out.
    std::sort(update.dropped.begin(), update.dropped.end());
    update.dropped.erase(std::unique(update.dropped.begin(), update.dropped.end()),
                         update.dropped.end());
    return update;
}

std::vector<DocPair> CandidateIndex::candidates() const
{
    std::vector<DocPair> out;
    for (const auto &[k, count] : m_pairCounts)
        if (count >= uint32_t(m_options.minShared))
            out.emplace_back(uint32_t(k >> 32), uint32_t(k & 0xffffffffu));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<DocPair> CandidateIndex::batch(std::vector<std::vector<uint64_t>> &fps,
                                           const IndexOptions &o)
{
    // One 64-bit key per (fingerprint, document): 44 bits of the fingerprint above 20 bits of
    // the document index. Two unrelated fingerprints share 44 bits about twice in ten million:
    // a chance the minShared threshold absorbs.
    constexpr int kDocBits = 20;
    constexpr uint64_t kDocMask = (uint64_t(1) << kDocBits) - 1;
    size_t total = 0;
    for (const auto &f : fps)
        total += f.size();
    std::vector<uint64_t> entries;
    entries.reserve(total);
    for (uint32_t d = 0; d < fps.size() && d <= kDocMask; ++d) {
        for (uint64_t fp : fps[d])
            entries.push_back((fp & ~kDocMask) | d);
        std::vector<uint64_t>().swap(fps[d]);
    }
    // Two halves sorted on two threads, then merged: the sort is most of this step.
    {
        const auto mid = entries.begin() + qsizetype(entries.size() / 2);
        std::thread half([&] { std::sort(entries.begin(), mid); });
        std::sort(mid, entries.end());
        half.join();
        std::inplace_merge(entries.begin(), mid, entries.end());
    }
    std::vector<uint64_t> pairKeys;
    for (size_t i = 0; i < entries.size();) {
        const uint64_t fp = entries[i] & ~kDocMask;
        size_t j = i + 1;
        while (j < entries.size() && (entries[j] & ~kDocMask) == fp)
            ++j;
        const size_t df = j - i;
        if (df >= 2 && df <= size_t(o.maxDocFrequency))
            for (size_t x = i; x < j; ++x)
                for (size_t y = x + 1; y < j; ++y) {
                    const uint32_t dx = uint32_t(entries[x] & kDocMask);
                    const uint32_t dy = uint32_t(entries[y] & kDocMask);
                    // Two fingerprints of one document can share their 44 kept bits: no pair.
                    if (dx != dy)
                        pairKeys.push_back(key(dx, dy));
                }
        i = j;
    }
    std::vector<uint64_t>().swap(entries);
    std::sort(pairKeys.begin(), pairKeys.end());
    std::vector<DocPair> out;
    for (size_t i = 0; i < pairKeys.size();) {
        size_t j = i + 1;
        while (j < pairKeys.size() && pairKeys[j] == pairKeys[i])
            ++j;
        if (j - i >= size_t(o.minShared))
            out.emplace_back(uint32_t(pairKeys[i] >> 32), uint32_t(pairKeys[i] & 0xffffffffu));
        i = j;
    }
    return out;
}

std::vector<Family> buildFamilies(const std::vector<PassagePair> &pairs,
                                  std::vector<int> *familyOfPair)
{
    // Occurrence nodes: two per passage pair.
    struct Node
    {
        int64_t doc;
        Span span;
    };
    std::vector<Node> nodes;
    nodes.reserve(pairs.size() * 2);
    for (const PassagePair &p : pairs) {
        nodes.push_back({p.a, p.spanA});
        nodes.push_back({p.b, p.spanB});
    }
    std::vector<size_t> parent(nodes.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](size_t x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    const auto unite = [&](size_t x, size_t y) { parent[find(x)] = find(y); };
    for (size_t i = 0; i < pairs.size(); ++i)
        unite(2 * i, 2 * i + 1);
    // Overlapping spans in the same document are the same occurrence.
    std::vector<size_t> order(nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        return nodes[x].doc != nodes[y].doc ? nodes[x].doc < nodes[y].doc
                                            : nodes[x].span.start < nodes[y].span.start;
    });
    for (size_t i = 0; i < order.size(); ++i) {
        const Node &x = nodes[order[i]];
        for (size_t j = i + 1; j < order.size() && nodes[order[j]].doc == x.doc &&
                               nodes[order[j]].span.start < x.span.end;
             ++j) {
            const Node &y = nodes[order[j]];
            const int32_t overlap = std::min(x.span.end, y.span.end) - y.span.start;
            if (overlap * 2 >= std::min(x.span.length(), y.span.length()))
                unite(order[i], order[j]);
        }
    }
    std::map<size_t, std::map<int64_t, Span>> components;
    for (size_t i = 0; i < nodes.size(); ++i) {
        auto &members = components[find(i)];
        auto it = members.find(nodes[i].doc);
        if (it == members.end())
            members.emplace(nodes[i].doc, nodes[i].span);
        else
            it->second = {std::min(it->second.start, nodes[i].span.start),
                          std::max(it->second.end, nodes[i].span.end)};
    }
    std::vector<Family> families;
    std::map<size_t, int> familyOfRoot;
    for (const auto &[root, members] : components) {
        if (members.size() < 3)
            continue;
        Family f;
        for (const auto &[doc, span] : members)
            f.members.push_back({doc, span});
        familyOfRoot.emplace(root, int(families.size()));
        families.push_back(std::move(f));
    }
    if (familyOfPair) {
        familyOfPair->assign(pairs.size(), -1);
        for (size_t i = 0; i < pairs.size(); ++i) {
            const auto it = familyOfRoot.find(find(2 * i));
            if (it != familyOfRoot.end())
                (*familyOfPair)[i] = it->second;
        }
    }
    return families;
}

} // namespace Crosscheck::Core::Analysis
