// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelistmodel.h"
#include "project/project.h"

#include <QDate>
#include <QLocale>

namespace Crosscheck::Core {

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceListModel::setProject(Project *project)
{
    beginResetModel();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::sourceAboutToBeInserted, this,
                [this](int row) { beginInsertRows({}, row, row); });
        connect(m_project, &Project::sourceInserted, this, [this](int row) {
            endInsertRows();
            renumberFrom(row + 1);
        });
        connect(m_project, &Project::sourceAboutToBeRemoved, this,
                [this](int row) { beginRemoveRows({}, row, row); });
        connect(m_project, &Project::sourceRemoved, this, [this](int row) {
            endRemoveRows();
            renumberFrom(row);
        });
        connect(m_project, &Project::sourceChanged, this,
                [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    }
    endResetModel();
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_project ? 0 : m_project->sourceCount();
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!m_project || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Source &s = m_project->sourceAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case TitleColumn:
            return s.meta.title;
        case OutletColumn:
            return s.meta.outlet;
        case DateColumn: {
            const QDate d = QDate::fromString(s.meta.published.left(10), Qt::ISODate);
            return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : s.meta.published;
        }
        case WordsColumn:
            return QLocale().toString(s.wordCount);
        case LanguageColumn:
            return s.meta.language;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return s.fileName.isEmpty() ? s.meta.title : s.meta.title + u'\n' + s.fileName;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == WordsColumn || index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SourceIdRole:
        return s.id;
    case SortRole: {
        // Ties (articles without a date or an outlet) keep the sources' order in the project.
        const auto text = [&](const QString &key) -> QString {
            return key + QChar(0x1f) +
                   QStringLiteral("%1").arg(index.row(), 9, 10, QLatin1Char('0'));
        };
        switch (index.column()) {
        case NumberColumn:
            return index.row();
        case TitleColumn:
            return text(s.meta.title.toLower());
        case OutletColumn:
            return text(s.meta.outlet.toLower());
        case DateColumn:
            return text(s.meta.published);
        case WordsColumn:
            return (qint64(s.wordCount) << 32) | qint64(index.row());
        case LanguageColumn:
            return text(s.meta.language);
        }
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole)
        return section == NumberColumn     ? tr("The source's number, as the matrix and the report "
                                                    "number sources")
               : section == LanguageColumn ? tr("Language")
                                           : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case WordsColumn:
        return tr("Words");
    case LanguageColumn:
        return tr("Lang.");
    }
    return {};
}

QHash<int, QByteArray> SourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SourceIdRole, "sourceId");
    names.insert(SortRole, "sortValue");
    return names;
}

QModelIndex SourceListModel::indexOfSource(qint64 id) const
{
    if (!m_project)
        return {};
    const int row = m_project->rowOf(id);
    return row >= 0 ? index(row, 0) : QModelIndex();
}

void SourceListModel::renumberFrom(int row)
{
    if (row < rowCount())
        emit dataChanged(index(row, NumberColumn), index(rowCount() - 1, NumberColumn));
}

bool SourceListModel::isColumnEmpty(int column) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (!index(row, column).data().toString().isEmpty())
            return false;
    return true;
}

bool SourceListModel::isColumnUniform(int column) const
{
    for (int row = 1; row < rowCount(); ++row)
        if (index(row, column).data() != index(0, column).data())
            return false;
    return true;
}

} // namespace Crosscheck::Core
