// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"
#include "model/source.h"

#include <QHash>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Crosscheck::Core {

class Project;

/// Derived figures over a project's passages, for the overlaps panel, the source matrix and the
/// family view: families (3+ sources), the words each passage covers, and per source and per
/// source pair the share of words found in other sources. Built once per analysis result; it
/// reads each source text once and keeps only counts.
class OverlapIndex final
{
public:
    struct PairSummary
    {
        SourceId a = 0; ///< the smaller id
        SourceId b = 0;
        std::vector<int> passages; ///< indices into passages()
        int coveredA = 0;          ///< words of a inside passages shared with b
        int coveredB = 0;
    };

    /// \a text loads a source text (Project::sourceText); \a progress, if set, is told how many
    /// sources are done and may return false to cancel (then an empty index is returned).
    static std::shared_ptr<const OverlapIndex>
    build(const Project &project, const std::function<bool(int, int)> &progress = {});
    /// For tests and tools: passages over texts given directly.
    static std::shared_ptr<const OverlapIndex> build(const QVector<Source> &sources,
                                                     std::vector<Analysis::PassagePair> passages,
                                                     const std::function<QString(SourceId)> &text);

    const QVector<Source> &sources() const { return m_sources; }
    const std::vector<Analysis::PassagePair> &passages() const { return m_passages; }
    const std::vector<Analysis::Family> &families() const { return m_families; }
    /// Family index of passage \a i, or -1.
    int familyOf(int passage) const { return m_familyOfPair.at(size_t(passage)); }
    /// Words of side A and side B of passage \a i.
    int wordsA(int passage) const { return m_passageWords.at(size_t(passage)).first; }
    int wordsB(int passage) const { return m_passageWords.at(size_t(passage)).second; }

    const Source *source(SourceId id) const;
    int words(SourceId id) const;
    /// Words of \a id inside a passage shared with any other source.
    int sharedWords(SourceId id) const;
    /// Share (0..1) of the words of \a id found nowhere else in the project.
    double uniqueShare(SourceId id) const;

    const std::vector<PairSummary> &pairs() const { return m_pairs; }
    const PairSummary *pair(SourceId a, SourceId b) const;
    /// Share (0..1) of the words of \a of that are inside passages shared with \a with.
    double shareOf(SourceId of, SourceId with) const;
    /// Share (0..1) of the two sources' words inside their shared passages.
    double pairShare(const PairSummary &pair) const;
    /// Passages between \a a and \a b, as indices, ordered by their position in \a a.
    std::vector<int> passagesBetween(SourceId a, SourceId b) const;
    /// The source that \a id shares most with: the most of \a id's words inside passages
    /// shared with it (then the most passages, then the first); 0 when it shares nothing.
    SourceId closestTo(SourceId id) const;

private:
    void compute(const std::function<QString(SourceId)> &text,
                 const std::function<bool(int, int)> &progress);

    QVector<Source> m_sources;
    QHash<SourceId, int> m_row;
    std::vector<Analysis::PassagePair> m_passages;
    std::vector<Analysis::Family> m_families;
    std::vector<int> m_familyOfPair;
    std::vector<std::pair<int, int>> m_passageWords;
    std::vector<int> m_words;  // by source row
    std::vector<int> m_shared; // by source row
    std::vector<PairSummary> m_pairs;
    QHash<QPair<SourceId, SourceId>, int> m_pairIndex;
};

} // namespace Crosscheck::Core
