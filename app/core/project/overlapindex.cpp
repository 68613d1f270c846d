// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlapindex.h"
#include "project.h"

#include "analysis/candidateindex.h"
#include "text/textstats.h"

#include <algorithm>

namespace Crosscheck::Core {

namespace {
int wordsIn(const std::vector<int32_t> &starts, Analysis::Span span)
{
    const auto from = std::lower_bound(starts.begin(), starts.end(), span.start);
    const auto to = std::lower_bound(starts.begin(), starts.end(), span.end);
    return int(to - from);
}

/// Words covered by the union of \a spans (sorted in place).
int coveredWords(const std::vector<int32_t> &starts, std::vector<Analysis::Span> &spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Analysis::Span &x, const Analysis::Span &y) { return x.start < y.start; });
    int total = 0;
    Analysis::Span run{-1, -1};
    for (const Analysis::Span &s : spans) {
        if (s.start > run.end) {
            if (run.isValid())
                total += wordsIn(starts, run);
            run = s;
        } else {
            run.end = std::max(run.end, s.end);
        }
    }
    if (run.isValid())
        total += wordsIn(starts, run);
    return total;
}
} // namespace

std::shared_ptr<const OverlapIndex>
OverlapIndex::build(const Project &project, const std::function<bool(int, int)> &progress)
{
    auto index = std::make_shared<OverlapIndex>();
    index->m_sources = project.sources();
    index->m_passages = project.passages();
    index->compute([&project](SourceId id) { return project.sourceText(id); }, progress);
    if (progress && index->m_words.size() != size_t(index->m_sources.size()))
        return std::make_shared<OverlapIndex>();
    return index;
}

std::shared_ptr<const OverlapIndex>
OverlapIndex::build(const QVector<Source> &sources, std::vector<Analysis::PassagePair> passages,
                    const std::function<QString(SourceId)> &text)
{
    auto index = std::make_shared<OverlapIndex>();
    index->m_sources = sources;
    index->m_passages = std::move(passages);
    index->compute(text, {});
    return index;
}

void OverlapIndex::compute(const std::function<QString(SourceId)> &text,
                           const std::function<bool(int, int)> &progress)
{
    for (int i = 0; i < m_sources.size(); ++i)
        m_row.insert(m_sources.at(i).id, i);
    // Passages of sources that are gone (a removal racing an analysis) are left out.
    m_passages.erase(std::remove_if(m_passages.begin(), m_passages.end(),
                                    [this](const Analysis::PassagePair &p) {
                                        return !m_row.contains(p.a) || !m_row.contains(p.b);
                                    }),
                     m_passages.end());
    m_families = Analysis::buildFamilies(m_passages, &m_familyOfPair);
    m_passageWords.assign(m_passages.size(), {0, 0});

    // Which passage sides each source carries, and the pairs.
    std::vector<std::vector<std::pair<int, bool>>> sides(size_t(m_sources.size()));
    for (size_t i = 0; i < m_passages.size(); ++i) {
        const Analysis::PassagePair &p = m_passages[i];
        sides[size_t(m_row.value(p.a))].emplace_back(int(i), true);
        sides[size_t(m_row.value(p.b))].emplace_back(int(i), false);
        const QPair<SourceId, SourceId> key(std::min(p.a, p.b), std::max(p.a, p.b));
        auto it = m_pairIndex.find(key);
        if (it == m_pairIndex.end()) {
            it = m_pairIndex.insert(key, int(m_pairs.size()));
            m_pairs.push_back({key.first, key.second, {}, 0, 0});
        }
        m_pairs[size_t(*it)].passages.push_back(int(i));
    }

    m_words.assign(size_t(m_sources.size()), 0);
    m_shared.assign(size_t(m_sources.size()), 0);
    for (int row = 0; row < m_sources.size(); ++row) {
        if (progress && !progress(row, int(m_sources.size()))) {
            m_words.clear();
            return;
        }
        const SourceId id = m_sources.at(row).id;
        if (sides[size_t(row)].empty()) {
            m_words[size_t(row)] = m_sources.at(row).wordCount;
            continue;
        }
        const std::vector<int32_t> starts = Text::wordStarts(text(id));
        m_words[size_t(row)] = int(starts.size());
        std::vector<Analysis::Span> all;
        QHash<SourceId, std::vector<Analysis::Span>> byPartner;
        for (const auto &[i, isA] : sides[size_t(row)]) {
            const Analysis::PassagePair &p = m_passages[size_t(i)];
            const Analysis::Span span = isA ? p.spanA : p.spanB;
            (isA ? m_passageWords[size_t(i)].first : m_passageWords[size_t(i)].second) =
                wordsIn(starts, span);
            all.push_back(span);
            byPartner[isA ? p.b : p.a].push_back(span);
        }
        m_shared[size_t(row)] = coveredWords(starts, all);
        for (auto it = byPartner.begin(); it != byPartner.end(); ++it) {
            const QPair<SourceId, SourceId> key(std::min(id, it.key()), std::max(id, it.key()));
            PairSummary &pair = m_pairs[size_t(m_pairIndex.value(key))];
            (pair.a == id ? pair.coveredA : pair.coveredB) = coveredWords(starts, it.value());
        }
    }
    if (progress)
        progress(int(m_sources.size()), int(m_sources.size()));
}

const Source *OverlapIndex::source(SourceId id) const
{
    const auto it = m_row.constFind(id);
    return it == m_row.cend() ? nullptr : &m_sources.at(*it);
}

int OverlapIndex::words(SourceId id) const
{
    const auto it = m_row.constFind(id);
    return it == m_row.cend() || m_words.empty() ? 0 : m_words[size_t(*it)];
}

int OverlapIndex::sharedWords(SourceId id) const
{
    const auto it = m_row.constFind(id);
    return it == m_row.cend() || m_shared.empty() ? 0 : m_shared[size_t(*it)];
}

double OverlapIndex::uniqueShare(SourceId id) const
{
    const int shared = sharedWords(id), w = words(id);
    return shared == 0 || w == 0 ? 1.0 : 1.0 - double(shared) / w;
}

const OverlapIndex::PairSummary *OverlapIndex::pair(SourceId a, SourceId b) const
{
    const auto it = m_pairIndex.constFind({std::min(a, b), std::max(a, b)});
    return it == m_pairIndex.cend() ? nullptr : &m_pairs[size_t(*it)];
}

double OverlapIndex::shareOf(SourceId of, SourceId with) const
{
    const PairSummary *p = pair(of, with);
    const int w = words(of);
    if (!p || w == 0)
        return 0;
    return double(p->a == of ? p->coveredA : p->coveredB) / w;
}

double OverlapIndex::pairShare(const PairSummary &pair) const
{
    const int total = words(pair.a) + words(pair.b);
    return total > 0 ? double(pair.coveredA + pair.coveredB) / total : 0.0;
}

std::vector<int> OverlapIndex::passagesBetween(SourceId a, SourceId b) const
{
    const PairSummary *p = pair(a, b);
    if (!p)
        return {};
    std::vector<int> out = p->passages;
    const auto startIn = [this, a](int i) {
        const Analysis::PassagePair &x = m_passages[size_t(i)];
        return x.a == a ? x.spanA.start : x.spanB.start;
    };
    std::stable_sort(out.begin(), out.end(), [&](int x, int y) { return startIn(x) < startIn(y); });
    return out;
}

SourceId OverlapIndex::closestTo(SourceId id) const
{
    SourceId best = 0;
    std::pair<int, int> bestScore{0, 0};
    for (const PairSummary &p : m_pairs) {
        if (p.a != id && p.b != id)
            continue;
        const SourceId other = p.a == id ? p.b : p.a;
        const std::pair<int, int> score{p.a == id ? p.coveredA : p.coveredB,
                                        int(p.passages.size())};
        if (score > bestScore || (score == bestScore && best && other < best)) {
            best = other;
            bestScore = score;
        }
    }
    return best;
}

} // namespace Crosscheck::Core
