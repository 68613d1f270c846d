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
        connect(m_project, &Project::sourceInserted, this, [this](int) { endInsertRows(); });
        connect(m_project, &Project::sourceAboutToBeRemoved, this,
                [this](int row) { beginRemoveRows({}, row, row); });
        connect(m_project, &Project::sourceRemoved, this, [this](int) { endRemoveRows(); });
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
        if (index.column() == WordsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SourceIdRole:
        return s.id;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return s.meta.title.toLower();
        case OutletColumn:
            return s.meta.outlet.toLower();
        case DateColumn:
            return s.meta.published;
        case WordsColumn:
            return s.wordCount;
        case LanguageColumn:
            return s.meta.language;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case WordsColumn:
        return tr("Words");
    case LanguageColumn:
        return tr("Language");
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

} // namespace Crosscheck::Core
