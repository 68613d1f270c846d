// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/projectsearch.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace Crosscheck::Core {

class Project;

/// The search panel's results: one top-level row per source with its number of hits, under it
/// one row per hit in its context (a line either side). Rows arrive while the search runs.
class SearchResultModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, HitsColumn, EntityColumn, ColumnCount };
    enum Roles {
        SourceRole = Qt::UserRole + 1,
        SpanStartRole,
        SpanEndRole,
        EntityRole,
        TaggedRole,
        BeforeRole, ///< the context before the hit
        HitRole,    ///< the hit's text
        AfterRole,  ///< the context after the hit
        SortRole
    };
    explicit SearchResultModel(QObject *parent = nullptr);

    void clear(const Project *project);
    /// Adds the hits of more sources (as a SearchRun hands them out).
    void append(std::vector<Search::SourceHits> sources);
    int sourceCount() const { return int(m_sources.size()); }
    int hitCount() const { return m_hitCount; }
    /// Every hit, in the order shown before any sorting: by source, then by position.
    std::vector<Search::SearchHit> hits() const;
    /// The hit of a hit row (nullptr for a source row).
    const Search::SearchHit *hitAt(const QModelIndex &index) const;
    /// The results as a table (source, start, end, hit, context, entity, tagged), tab-separated
    /// with a header row; offsets in code points.
    QString toTsv() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Search::SearchHit hit;
        Search::HitContext context;
    };
    struct SourceRows
    {
        SourceId source = 0;
        int order = 0; ///< the source's row in the source list
        QString label;
        std::vector<Row> hits;
    };
    QVariant sourceData(const SourceRows &s, int column, int role) const;
    QVariant hitData(const Row &r, int column, int role) const;
    QString entityText(const Search::SearchHit &hit) const;

    QPointer<const Project> m_project;
    std::vector<SourceRows> m_sources;
    int m_hitCount = 0;
};

} // namespace Crosscheck::Core
