// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"
#include "model/source.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <memory>

namespace Crosscheck::Core {

class OverlapIndex;
class Project;

/// Every passage pair of the project, one row each: its two sources, kind, score, length,
/// family and the analyst's verdict, with an excerpt.
class OverlapListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SourceAColumn,
        SourceBColumn,
        KindColumn,
        ScoreColumn,
        WordsColumn,
        FamilyColumn,
        StatusColumn,
        ExcerptColumn,
        ColumnCount
    };
    enum Roles {
        PassageRole = Qt::UserRole + 1, ///< int: index into OverlapIndex::passages()
        SourceARole,                    ///< qint64
        SourceBRole,                    ///< qint64
        KindRole,                       ///< "verbatim", "edited", "paraphrase", "quote"
        MovedRole,                      ///< bool
        ScoreRole,                      ///< double 0..1
        FamilyRole,                     ///< int, -1 when in no family
        StatusRole,                     ///< int (Analysis::ReviewStatus)
        SortRole,                       ///< a value that sorts naturally
    };

    explicit OverlapListModel(QObject *parent = nullptr);
    /// \a project gives verdicts and excerpts; \a index the passages and figures.
    void setData(Project *project, std::shared_ptr<const OverlapIndex> index);
    const OverlapIndex *overlapIndex() const { return m_index.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Translated display name of a kind, with "moved" appended for moved passages.
    static QString kindLabel(Analysis::PassageKind kind, bool moved);
    static QString statusLabel(Analysis::ReviewStatus status);

private:
    void onReviewsChanged(const QVector<Analysis::PassageKey> &keys);
    QString excerpt(int passage) const;

    QPointer<Project> m_project;
    std::shared_ptr<const OverlapIndex> m_index;
    QHash<Analysis::PassageKey, int> m_rowOfKey;
    mutable QHash<int, QString> m_excerpts;
};

/// Filters the overlap list by source, source pair, kind (or "moved"), minimum score and
/// verdict; sorts by OverlapListModel::SortRole.
class OverlapFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OverlapFilterModel(QObject *parent = nullptr);

    /// Passages involving \a id (0: any source).
    void setSourceFilter(SourceId id);
    /// Only passages between \a a and \a b (0, 0: any pair).
    void setPairFilter(SourceId a, SourceId b);
    /// "verbatim", "edited", "paraphrase", "quote", "moved", or empty for all.
    void setKindFilter(const QString &kind);
    void setMinimumScore(double score);
    /// -1 for any verdict, else an Analysis::ReviewStatus.
    void setStatusFilter(int status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    SourceId m_source = 0;
    SourceId m_pairA = 0, m_pairB = 0;
    QString m_kind;
    double m_minScore = 0;
    int m_status = -1;
};

} // namespace Crosscheck::Core
