// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultmodel.h"

#include "project/project.h"
#include "text/codepoints.h"

#include <QFileInfo>

namespace Crosscheck::Core {

namespace {
constexpr quintptr kTop = quintptr(-1); // internal id of a source row
} // namespace

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void SearchResultModel::clear(const Project *project)
{
    beginResetModel();
    m_project = project;
    m_sources.clear();
    m_hitCount = 0;
    endResetModel();
}

void SearchResultModel::append(std::vector<Search::SourceHits> sources)
{
    if (!m_project || sources.empty())
        return;
    const int first = int(m_sources.size());
    beginInsertRows({}, first, first + int(sources.size()) - 1);
    for (Search::SourceHits &sh : sources) {
        SourceRows rows;
        rows.source = sh.source;
        rows.order = m_project->rowOf(sh.source);
        const Source s = m_project->source(sh.source);
        rows.label = tr("%1: %2").arg(rows.order + 1).arg(s.meta.title);
        for (const Search::SearchHit &hit : sh.hits)
            rows.hits.push_back({hit, Search::contextOf(sh.text, hit.span)});
        m_hitCount += int(rows.hits.size());
        m_sources.push_back(std::move(rows));
    }
    endInsertRows();
}

std::vector<Search::SearchHit> SearchResultModel::hits() const
{
    std::vector<Search::SearchHit> out;
    for (const SourceRows &s : m_sources) {
        for (const Row &r : s.hits)
            out.push_back(r.hit);
    }
    return out;
}

const Search::SearchHit *SearchResultModel::hitAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kTop)
        return nullptr;
    const size_t source = size_t(index.internalId());
    if (source >= m_sources.size() || size_t(index.row()) >= m_sources[source].hits.size())
        return nullptr;
    return &m_sources[source].hits[size_t(index.row())].hit;
}

QString SearchResultModel::entityText(const Search::SearchHit &hit) const
{
    const Entity *e = m_project ? m_project->entity(hit.entity) : nullptr;
    if (!e)
        return {};
    return hit.tagged ? tr("%1 (tagged)").arg(e->name) : tr("%1 (untagged)").arg(e->name);
}

QString SearchResultModel::toTsv() const
{
    const auto cell = [](QString s) { return s.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList lines{tr("source\tstart\tend\thit\tcontext\tentity\ttagged")};
    for (const SourceRows &s : m_sources) {
        const Text::CodePoints cps(m_project ? m_project->sourceText(s.source) : QString());
        for (const Row &r : s.hits) {
            const Entity *e = m_project ? m_project->entity(r.hit.entity) : nullptr;
            lines << QStringList{cell(s.label),
                                 QString::number(cps.at(r.hit.span.start)),
                                 QString::number(cps.at(r.hit.span.end)),
                                 cell(r.context.hit),
                                 cell(r.context.joined()),
                                 e ? cell(e->name) : QString(),
                                 e ? (r.hit.tagged ? tr("yes") : tr("no")) : QString()}
                         .join(u'\t');
        }
    }
    return lines.join(u'\n') + u'\n';
}

QModelIndex SearchResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_sources.size()) ? createIndex(row, column, kTop) : QModelIndex();
    if (parent.internalId() != kTop || parent.row() >= int(m_sources.size()))
        return {};
    if (row >= int(m_sources[size_t(parent.row())].hits.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex SearchResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId()), 0, kTop);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sources.size());
    if (parent.internalId() != kTop || parent.column() != 0 ||
        parent.row() >= int(m_sources.size()))
        return 0;
    return int(m_sources[size_t(parent.row())].hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SearchResultModel::sourceData(const SourceRows &s, int column, int role) const
{
    if (role == SourceRole)
        return qlonglong(s.source);
    if (role == SortRole)
        return column == HitsColumn ? QVariant(int(s.hits.size())) : QVariant(s.order);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case TextColumn:
        return s.label;
    case HitsColumn:
        return tr("%n hit(s)", nullptr, int(s.hits.size()));
    default:
        return {};
    }
}

QVariant SearchResultModel::hitData(const Row &r, int column, int role) const
{
    switch (role) {
    case SourceRole:
        return qlonglong(r.hit.source);
    case SpanStartRole:
        return r.hit.span.start;
    case SpanEndRole:
        return r.hit.span.end;
    case EntityRole:
        return qlonglong(r.hit.entity);
    case TaggedRole:
        return r.hit.tagged;
    case BeforeRole:
        return r.context.before;
    case HitRole:
        return r.context.hit;
    case AfterRole:
        return r.context.after;
    case SortRole:
        return r.hit.span.start;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == TextColumn)
            return r.context.joined();
        if (column == EntityColumn)
            return entityText(r.hit);
        return {};
    default:
        return {};
    }
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == kTop) {
        if (index.row() >= int(m_sources.size()))
            return {};
        return sourceData(m_sources[size_t(index.row())], index.column(), role);
    }
    const size_t source = size_t(index.internalId());
    if (source >= m_sources.size() || size_t(index.row()) >= m_sources[source].hits.size())
        return {};
    return hitData(m_sources[source].hits[size_t(index.row())], index.column(), role);
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Source and hit in context");
    case HitsColumn:
        return tr("Hits");
    case EntityColumn:
        return tr("Entity");
    }
    return {};
}

} // namespace Crosscheck::Core
