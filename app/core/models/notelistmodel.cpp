// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notelistmodel.h"

#include "project/project.h"

#include <QDateTime>
#include <QLocale>

namespace Crosscheck::Core {

NoteListModel::NoteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NoteListModel::setProject(const Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    beginResetModel();
    m_project = project;
    m_ids.clear();
    if (project) {
        for (const Note &n : project->notes())
            m_ids.push_back(n.id);
        connect(project, &Project::annotationsChanged, this, &NoteListModel::onAnnotationsChanged);
        connect(project, &Project::sourceChanged, this, [this] {
            if (!m_ids.empty())
                emit dataChanged(index(0, TargetColumn), index(rowCount() - 1, TargetColumn));
        });
    }
    endResetModel();
}

void NoteListModel::onAnnotationsChanged(const AnnotationChange &change)
{
    if (!m_project)
        return;
    if (change.has(AnnotationChange::Notes)) {
        // Rows by id: the ones gone are removed, the new ones inserted, the others refreshed.
        std::vector<qint64> now;
        for (const Note &n : m_project->notes())
            now.push_back(n.id);
        for (int row = int(m_ids.size()) - 1; row >= 0; --row) {
            if (!std::binary_search(now.begin(), now.end(), m_ids[size_t(row)])) {
                beginRemoveRows({}, row, row);
                m_ids.erase(m_ids.begin() + row);
                endRemoveRows();
            }
        }
        for (size_t i = 0; i < now.size(); ++i) {
            if (i < m_ids.size() && m_ids[i] == now[i])
                continue;
            beginInsertRows({}, int(i), int(i));
            m_ids.insert(m_ids.begin() + qsizetype(i), now[i]);
            endInsertRows();
        }
    }
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Note *NoteListModel::noteAt(int row) const
{
    if (!m_project || row < 0 || row >= int(m_ids.size()))
        return nullptr;
    return m_project->note(m_ids[size_t(row)]);
}

QString NoteListModel::sourceLabel(SourceId id) const
{
    const int row = m_project->rowOf(id);
    return row < 0 ? tr("a removed source")
                   : tr("%1: %2").arg(row + 1).arg(m_project->sourceAt(row).meta.title);
}

QString NoteListModel::targetText(const Note &note) const
{
    if (!m_project)
        return {};
    switch (note.target) {
    case Note::Target::Source:
        return tr("Source %1").arg(sourceLabel(note.source));
    case Note::Target::Span: {
        QString excerpt = m_project->sourceText(note.source)
                              .mid(note.span.start, note.span.length())
                              .simplified();
        if (excerpt.size() > 60)
            excerpt = excerpt.left(59) + QChar(0x2026);
        return tr("%1 — “%2”").arg(sourceLabel(note.source), excerpt);
    }
    case Note::Target::Entity: {
        const Entity *e = m_project->entity(note.entity);
        return tr("Entity %1").arg(e ? e->name : tr("(removed)"));
    }
    case Note::Target::Link: {
        const Link *l = m_project->link(note.link);
        return l ? tr("Link %1 ↔ %2").arg(sourceLabel(l->sourceA), sourceLabel(l->sourceB))
                 : tr("Link (removed)");
    }
    }
    return {};
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int NoteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    const Note *n = index.isValid() ? noteAt(index.row()) : nullptr;
    if (!n)
        return {};
    if (role == NoteRole)
        return n->id;
    if (role == TargetKindRole)
        return Note::targetName(n->target);
    if (role == SortRole && index.column() == ModifiedColumn)
        return n->modified;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case TargetColumn:
        return targetText(*n);
    case TextColumn:
        return role == Qt::DisplayRole ? n->text.simplified() : n->text;
    case AuthorColumn:
        return n->author;
    case ModifiedColumn: {
        const QDateTime at = QDateTime::fromString(n->modified, Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                            : n->modified;
    }
    }
    return {};
}

QVariant NoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TargetColumn:
        return tr("On");
    case TextColumn:
        return tr("Note");
    case AuthorColumn:
        return tr("Author");
    case ModifiedColumn:
        return tr("Changed");
    }
    return {};
}

} // namespace Crosscheck::Core
