// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/familyalignment.h"
#include "model/source.h"

#include <QAbstractTableModel>

#include <memory>

namespace Crosscheck::Core {

class OverlapIndex;

/// The passage families of a project (passages carried by three or more sources).
class FamilyListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FamilyColumn, SourcesColumn, EarliestColumn, WordsColumn, ColumnCount };
    enum Roles { FamilyRole = Qt::UserRole + 1, SortRole };
    explicit FamilyListModel(QObject *parent = nullptr);
    void setIndex(std::shared_ptr<const OverlapIndex> index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The member published first (by the date in its metadata), or 0 when no member has a date
    /// or two share the earliest one.
    static SourceId earliestMember(const OverlapIndex &index, int family);

private:
    std::shared_ptr<const OverlapIndex> m_index;
};

/// One family as an N-way alignment, read top to bottom: a column per member (its outlet and
/// date in the header), a row per segment of the text. Agreement rows hold words every member
/// has; variation rows show each member's wording where they differ from the reference member.
class FamilyAlignmentModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum CellKind { Same, Changed, Extra, Missing, Absent };
    enum Roles {
        CellKindRole = Qt::UserRole + 1, ///< int (CellKind)
        SourceRole,                      ///< qint64: the column's source
        AgreementRole,                   ///< bool: every member agrees in this row
    };
    explicit FamilyAlignmentModel(QObject *parent = nullptr);
    void setAlignment(std::shared_ptr<const OverlapIndex> index, Analysis::FamilyAlignment a);
    const Analysis::FamilyAlignment &alignment() const { return m_alignment; }
    /// Rows where some member differs.
    std::vector<int> variationRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Outlet · date" for a member.
    QString memberLabel(int member) const;
    static QString cellKindLabel(CellKind kind);

private:
    struct Cell
    {
        QString text;
        CellKind kind = Same;
    };
    std::shared_ptr<const OverlapIndex> m_index;
    Analysis::FamilyAlignment m_alignment;
    std::vector<Analysis::FamilyAlignment::Segment> m_segments;
    std::vector<std::vector<Cell>> m_cells; // [segment][member]
};

} // namespace Crosscheck::Core
