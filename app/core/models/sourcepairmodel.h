// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"

#include <QAbstractTableModel>

#include <memory>

namespace Crosscheck::Core {

class OverlapIndex;

/// One row per pair of sources that share passages: how many, and what share of the two
/// sources' words they cover.
class SourcePairModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SourceAColumn, SourceBColumn, PassagesColumn, ShareColumn, ColumnCount };
    enum Roles {
        SourceARole = Qt::UserRole + 1, ///< qint64
        SourceBRole,                    ///< qint64
        ShareRole,                      ///< double 0..1
        SortRole,
    };
    explicit SourcePairModel(QObject *parent = nullptr);
    void setIndex(std::shared_ptr<const OverlapIndex> index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const OverlapIndex> m_index;
};

/// The source matrix: cell (row r, column c) is the share of source r's words found in passages
/// shared with source c; the last column is the share of r's words found nowhere else. Rows are
/// headed "1  Outlet", columns by the same numbers.
class SourceMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        ShareRole = Qt::UserRole + 1, ///< double 0..1, or invalid on the diagonal
        RowSourceRole,                ///< qint64
        ColumnSourceRole,             ///< qint64, 0 for the "nowhere else" column
        PassagesRole,                 ///< int: passages between the two sources
    };
    explicit SourceMatrixModel(QObject *parent = nullptr);
    void setIndex(std::shared_ptr<const OverlapIndex> index);
    /// Column of the "found nowhere else" share.
    int uniqueColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// A short label for a source: its outlet, or its title cut to a few words.
    static QString shortLabel(const Source &source);

private:
    std::shared_ptr<const OverlapIndex> m_index;
};

} // namespace Crosscheck::Core
