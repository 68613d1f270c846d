// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace Crosscheck::Core {

class Project;

/// The project's sources as a table (number, title, outlet, date, words, language), kept in
/// step with the project row by row. The number is the source's place in the project (1, 2,
/// …), as the matrix, the Entities view and the report number sources.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The number is the last column (a view shows it first): column 0 stays the row's
    /// identity, while the numbers of the rows after an insertion or removal change.
    enum Column {
        TitleColumn,
        OutletColumn,
        DateColumn,
        WordsColumn,
        LanguageColumn,
        NumberColumn,
        ColumnCount
    };
    enum Roles {
        SourceIdRole = Qt::UserRole + 1, ///< qint64 id of the row's source
        SortRole,                        ///< a value that sorts naturally (numbers as numbers)
    };

    explicit SourceListModel(QObject *parent = nullptr);
    void setProject(Project *project);
    Project *project() const { return m_project; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfSource(qint64 id) const;
    /// Whether no source has anything in \a column (no outlet, no date): a view may hide it.
    bool isColumnEmpty(int column) const;
    /// Whether every source has the same in \a column (one language for all), or nothing.
    bool isColumnUniform(int column) const;

private:
    /// The rows from \a row on have new numbers.
    void renumberFrom(int row);
    Project *m_project = nullptr;
};

} // namespace Crosscheck::Core
