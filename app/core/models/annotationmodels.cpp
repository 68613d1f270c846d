// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationmodels.h"

#include "project/project.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace Crosscheck::Core {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

namespace {
/// Edits that touch more rows than this reset the models: cheaper than row-by-row moves.
constexpr int kMostRowsUpdated = 500;
} // namespace

void EntityListModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::annotationsChanged, this, &EntityListModel::update);
        // The "By source" column numbers sources by row.
        connect(m_project, &Project::sourceInserted, this, &EntityListModel::reload);
        connect(m_project, &Project::sourceRemoved, this, &EntityListModel::reload);
    }
    reload();
}

bool EntityListModel::less(qint64 a, qint64 b) const
{
    const int order = m_project->entity(a)->name.localeAwareCompare(m_project->entity(b)->name);
    return order != 0 ? order < 0 : a < b;
}

void EntityListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_names.clear();
    m_counts.clear();
    if (m_project) {
        for (const Entity &e : m_project->entities()) {
            m_ids.push_back(e.id);
            m_names.insert(e.id, e.name);
        }
        std::sort(m_ids.begin(), m_ids.end(), [this](qint64 a, qint64 b) { return less(a, b); });
        for (const Mention &m : m_project->mentions())
            ++m_counts[m.entity][m.source];
    }
    endResetModel();
}

void EntityListModel::update(const AnnotationChange &change)
{
    if (change.entities.size() > kMostRowsUpdated)
        return reload();
    if (change.has(AnnotationChange::Types) && rowCount() > 0) // type names and colours
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    if (change.entities.isEmpty())
        return;
    QHash<qint64, QHash<SourceId, int>> counts;
    for (const Mention &m : m_project->mentions()) {
        if (change.entities.contains(m.entity))
            ++counts[m.entity][m.source];
    }
    // Rows of entities gone or renamed leave; the others stay sorted.
    for (qint64 id : change.entities) {
        const Entity *e = m_project->entity(id);
        const auto it = std::find(m_ids.begin(), m_ids.end(), id);
        if (it == m_ids.end() || (e && e->name == m_names.value(id)))
            continue;
        const int row = int(it - m_ids.begin());
        beginRemoveRows({}, row, row);
        m_ids.erase(it);
        m_names.remove(id);
        m_counts.remove(id);
        endRemoveRows();
    }
    for (qint64 id : change.entities) {
        const Entity *e = m_project->entity(id);
        if (!e)
            continue;
        m_counts.insert(id, counts.value(id));
        const auto it = std::find(m_ids.begin(), m_ids.end(), id);
        if (it != m_ids.end()) {
            const int row = int(it - m_ids.begin());
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        const auto at = std::lower_bound(m_ids.begin(), m_ids.end(), id,
                                         [this](qint64 a, qint64 b) { return less(a, b); });
        const int row = int(at - m_ids.begin());
        beginInsertRows({}, row, row);
        m_ids.insert(at, id);
        m_names.insert(id, e->name);
        endInsertRows();
    }
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex EntityListModel::indexOfEntity(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? QModelIndex() : index(int(it - m_ids.begin()), 0);
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_project)
        return {};
    const Entity *e = m_project->entity(m_ids[size_t(index.row())]);
    if (!e)
        return {};
    const EntityType *t = m_project->entityType(e->type);
    const QHash<SourceId, int> counts = m_counts.value(e->id);
    int total = 0;
    for (int c : counts)
        total += c;
    switch (role) {
    case EntityRole:
        return e->id;
    case TypeColorRole:
        return t ? QColor(t->color) : QColor();
    case Qt::ToolTipRole: {
        QStringList lines;
        for (int r = 0; r < m_project->sourceCount(); ++r) {
            const Source &s = m_project->sourceAt(r);
            if (counts.value(s.id))
                lines << tr("%1. %2: %n mention(s)", nullptr, counts.value(s.id))
                             .arg(r + 1)
                             .arg(s.meta.title);
        }
        return lines.join(u'\n');
    }
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        return sort ? QVariant(e->name.toCaseFolded()) : QVariant(e->name);
    case TypeColumn:
        return t ? t->name : QString();
    case AliasesColumn:
        return e->aliases.join(QStringLiteral(", "));
    case MentionsColumn:
        return total;
    case BySourceColumn: {
        QStringList parts;
        for (int r = 0; r < m_project->sourceCount(); ++r) {
            if (const int n = counts.value(m_project->sourceAt(r).id))
                parts << QStringLiteral("%1: %2").arg(r + 1).arg(n);
        }
        return sort ? QVariant(int(counts.size())) : QVariant(parts.join(QStringLiteral(" · ")));
    }
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case TypeColumn:
        return tr("Type");
    case AliasesColumn:
        return tr("Aliases");
    case MentionsColumn:
        return tr("Mentions");
    case BySourceColumn:
        return tr("By source");
    }
    return {};
}

LinkListModel::LinkListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LinkListModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::annotationsChanged, this, &LinkListModel::update);
        connect(m_project, &Project::sourceChanged, this, [this] { // outlets and titles
            if (rowCount() > 0)
                emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        });
    }
    reload();
}

void LinkListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    if (m_project) {
        for (const Link &l : m_project->links())
            m_ids.push_back(l.id);
    }
    endResetModel();
}

void LinkListModel::update(const AnnotationChange &change)
{
    if (change.links.size() > kMostRowsUpdated)
        return reload();
    for (qint64 id : change.links) {
        const auto it = std::lower_bound(m_ids.begin(), m_ids.end(), id);
        const bool shown = it != m_ids.end() && *it == id;
        const int row = int(it - m_ids.begin());
        if (shown && m_project->link(id)) {
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (shown) {
            beginRemoveRows({}, row, row);
            m_ids.erase(it);
            endRemoveRows();
        } else if (m_project->link(id)) {
            beginInsertRows({}, row, row);
            m_ids.insert(it, id);
            endInsertRows();
        }
    }
}

int LinkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LinkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LinkListModel::relationLabel(Link::Relation r)
{
    return r == Link::Relation::Corroborates ? tr("corroborates") : tr("contradicts");
}

QString LinkListModel::typeLabel(const QString &type)
{
    if (type == QLatin1String("number"))
        return tr("number");
    if (type == QLatin1String("datetime"))
        return tr("date/time");
    if (type == QLatin1String("place"))
        return tr("place");
    if (type == QLatin1String("attribution"))
        return tr("attribution");
    if (type == QLatin1String("quote"))
        return tr("quotation drift");
    if (type == QLatin1String("polarity"))
        return tr("polarity");
    if (type == QLatin1String("certainty"))
        return tr("certainty/sourcing");
    if (type == QLatin1String("role"))
        return tr("title/role");
    if (type == QLatin1String("framing"))
        return tr("framing");
    return tr("other");
}

QString LinkListModel::statusLabel(Link::Status s)
{
    switch (s) {
    case Link::Status::Confirmed:
        return tr("confirmed");
    case Link::Status::Resolved:
        return tr("resolved");
    case Link::Status::Dismissed:
        return tr("dismissed");
    case Link::Status::Open:
        break;
    }
    return tr("open");
}

QString LinkListModel::severityLabel(int severity)
{
    switch (severity) {
    case 1:
        return tr("minor");
    case 3:
        return tr("major");
    default:
        return tr("notable");
    }
}

QString LinkListModel::sourceLabel(SourceId source) const
{
    const Source s = m_project->source(source);
    return QStringLiteral("%1 · %2")
        .arg(m_project->rowOf(source) + 1)
        .arg(s.meta.outlet.isEmpty() ? s.meta.title : s.meta.outlet);
}

QString LinkListModel::quote(SourceId source, Span span) const
{
    const QString text = m_project->sourceText(source).mid(span.start, span.length()).simplified();
    const Source s = m_project->source(source);
    return QStringLiteral("%1 — %2").arg(text,
                                         s.meta.outlet.isEmpty() ? s.meta.title : s.meta.outlet);
}

QVariant LinkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_project)
        return {};
    const Link *found = m_project->link(m_ids[size_t(index.row())]);
    if (!found)
        return {};
    const Link &l = *found;
    switch (role) {
    case LinkRole:
        return l.id;
    case RelationRole:
        return int(l.relation);
    case TypeRole:
        return l.type;
    case StatusRole:
        return int(l.status);
    case Qt::ToolTipRole:
        if (index.column() == QuoteAColumn || index.column() == SourceAColumn)
            return QString(quote(l.sourceA, l.spanA) + u'\n' +
                           m_project->source(l.sourceA).meta.title);
        if (index.column() == QuoteBColumn || index.column() == SourceBColumn)
            return QString(quote(l.sourceB, l.spanB) + u'\n' +
                           m_project->source(l.sourceB).meta.title);
        if (index.column() == NoteColumn)
            return l.note;
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case RelationColumn:
        return relationLabel(l.relation);
    case TypeColumn:
        return typeLabel(l.type);
    case SeverityColumn:
        return sort ? QVariant(l.severity) : QVariant(severityLabel(l.severity));
    case StatusColumn:
        return sort ? QVariant(int(l.status)) : QVariant(statusLabel(l.status));
    case SourceAColumn:
        return sort ? QVariant(m_project->rowOf(l.sourceA)) : QVariant(sourceLabel(l.sourceA));
    case QuoteAColumn:
        return m_project->sourceText(l.sourceA).mid(l.spanA.start, l.spanA.length()).simplified();
    case SourceBColumn:
        return sort ? QVariant(m_project->rowOf(l.sourceB)) : QVariant(sourceLabel(l.sourceB));
    case QuoteBColumn:
        return m_project->sourceText(l.sourceB).mid(l.spanB.start, l.spanB.length()).simplified();
    case NoteColumn:
        return l.note.simplified();
    case AuthorColumn:
        return l.author;
    case ModifiedColumn: {
        if (sort)
            return l.modified;
        const QDateTime t = QDateTime::fromString(l.modified, Qt::ISODateWithMs);
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : l.modified;
    }
    }
    return {};
}

QVariant LinkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RelationColumn:
        return tr("Relation");
    case TypeColumn:
        return tr("Type");
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case SourceAColumn:
        return tr("Source A");
    case QuoteAColumn:
        return tr("Passage A");
    case SourceBColumn:
        return tr("Source B");
    case QuoteBColumn:
        return tr("Passage B");
    case NoteColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("Author");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

LinkFilterModel::LinkFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LinkListModel::SortRole);
    setDynamicSortFilter(true);
}

void LinkFilterModel::setRelation(int relation)
{
    m_relation = relation;
    invalidateFilter();
}

void LinkFilterModel::setType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void LinkFilterModel::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}

bool LinkFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_relation >= 0 && i.data(LinkListModel::RelationRole).toInt() != m_relation)
        return false;
    if (!m_type.isEmpty() && i.data(LinkListModel::TypeRole).toString() != m_type)
        return false;
    if (m_status >= 0 && i.data(LinkListModel::StatusRole).toInt() != m_status)
        return false;
    return true;
}

} // namespace Crosscheck::Core
