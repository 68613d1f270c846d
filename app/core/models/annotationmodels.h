// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "project/annotationset.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace Crosscheck::Core {

class Project;

/// The entity registry: one row per entity with its type, aliases, mention count and the
/// count per source ("1: 2 · 3: 1", by the sources' row numbers).
class EntityListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        TypeColumn,
        AliasesColumn,
        MentionsColumn,
        BySourceColumn,
        ColumnCount
    };
    enum Roles { EntityRole = Qt::UserRole + 1, TypeColorRole, SortRole };
    explicit EntityListModel(QObject *parent = nullptr);
    void setProject(Project *project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QModelIndex indexOfEntity(qint64 id) const;

private:
    void reload();
    /// Moves, inserts, removes and refreshes the rows of the entities \a change names.
    void update(const AnnotationChange &change);
    bool less(qint64 a, qint64 b) const;
    QPointer<Project> m_project;
    std::vector<qint64> m_ids;      // by name, then id
    QHash<qint64, QString> m_names; // the name each row was sorted by
    QHash<qint64, QHash<SourceId, int>> m_counts;
};

/// Recorded contradictions and corroborations, one row each, with both quotes.
class LinkListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RelationColumn,
        TypeColumn,
        SeverityColumn,
        StatusColumn,
        SourceAColumn, ///< "3 · Outlet": the source's number and its outlet (or title)
        QuoteAColumn,
        SourceBColumn,
        QuoteBColumn,
        NoteColumn,
        AuthorColumn,
        ModifiedColumn,
        ColumnCount
    };
    enum Roles { LinkRole = Qt::UserRole + 1, RelationRole, TypeRole, StatusRole, SortRole };
    explicit LinkListModel(QObject *parent = nullptr);
    void setProject(Project *project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString relationLabel(Link::Relation r);
    static QString typeLabel(const QString &type);
    static QString statusLabel(Link::Status s);
    static QString severityLabel(int severity);
    /// "3 · Outlet" (the title when there is no outlet), numbered as the matrix numbers.
    QString sourceLabel(SourceId source) const;

private:
    QString quote(SourceId source, Span span) const;
    void reload();
    /// Inserts, removes and refreshes the rows of the links \a change names.
    void update(const AnnotationChange &change);
    QPointer<Project> m_project;
    std::vector<qint64> m_ids; // by id, as the project keeps them
};

/// Filters links by relation, type and status ("" / -1: any).
class LinkFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LinkFilterModel(QObject *parent = nullptr);
    void setRelation(int relation); ///< -1 any, else Link::Relation
    void setType(const QString &type);
    void setStatus(int status); ///< -1 any, else Link::Status

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_relation = -1;
    QString m_type;
    int m_status = -1;
};

} // namespace Crosscheck::Core
