// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepairmodel.h"

#include "project/overlapindex.h"

#include <QLocale>

namespace Crosscheck::Core {

namespace {
QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 0) + u'%';
}
} // namespace

SourcePairModel::SourcePairModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourcePairModel::setIndex(std::shared_ptr<const OverlapIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

int SourcePairModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : int(m_index->pairs().size());
}

int SourcePairModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourcePairModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverlapIndex::PairSummary &p = m_index->pairs()[size_t(index.row())];
    const auto title = [this](SourceId id) {
        const Source *s = m_index->source(id);
        return s ? s->meta.title : QString();
    };
    const double share = m_index->pairShare(p);
    switch (role) {
    case SourceARole:
        return qint64(p.a);
    case SourceBRole:
        return qint64(p.b);
    case ShareRole:
        return share;
    case Qt::TextAlignmentRole:
        return index.column() >= PassagesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case Qt::ToolTipRole:
        return tr("%1 of the words of “%2” and %3 of the words of “%4” are in shared passages")
            .arg(percent(m_index->shareOf(p.a, p.b)), title(p.a),
                 percent(m_index->shareOf(p.b, p.a)), title(p.b));
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case SourceAColumn:
        return sort ? QVariant(title(p.a).toCaseFolded()) : QVariant(title(p.a));
    case SourceBColumn:
        return sort ? QVariant(title(p.b).toCaseFolded()) : QVariant(title(p.b));
    case PassagesColumn:
        return sort ? QVariant(int(p.passages.size()))
                    : QVariant(QLocale().toString(int(p.passages.size())));
    case ShareColumn:
        return sort ? QVariant(share) : QVariant(percent(share));
    }
    return {};
}

QVariant SourcePairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceAColumn:
        return tr("Source A");
    case SourceBColumn:
        return tr("Source B");
    case PassagesColumn:
        return tr("Passages");
    case ShareColumn:
        return tr("Shared words");
    }
    return {};
}

SourceMatrixModel::SourceMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceMatrixModel::setIndex(std::shared_ptr<const OverlapIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

int SourceMatrixModel::uniqueColumn() const
{
    return m_index ? int(m_index->sources().size()) : 0;
}

int SourceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : int(m_index->sources().size());
}

int SourceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : int(m_index->sources().size()) + 1;
}

QString SourceMatrixModel::shortLabel(const Source &source)
{
    if (!source.meta.outlet.trimmed().isEmpty())
        return source.meta.outlet.trimmed();
    const QStringList words = source.meta.title.split(u' ', Qt::SkipEmptyParts);
    return words.size() <= 4 ? source.meta.title : words.mid(0, 4).join(u' ') + QChar(0x2026);
}

QVariant SourceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source &row = m_index->sources().at(index.row());
    const bool unique = index.column() == uniqueColumn();
    const Source *col = unique ? nullptr : &m_index->sources().at(index.column());
    const bool diagonal = col && col->id == row.id;
    const OverlapIndex::PairSummary *pair = col ? m_index->pair(row.id, col->id) : nullptr;
    const double share = unique ? m_index->uniqueShare(row.id)
                                : (diagonal ? 0.0 : m_index->shareOf(row.id, col->id));
    switch (role) {
    case RowSourceRole:
        return qint64(row.id);
    case ColumnSourceRole:
        return col ? qint64(col->id) : qint64(0);
    case PassagesRole:
        return pair ? int(pair->passages.size()) : 0;
    case ShareRole:
        return diagonal ? QVariant() : QVariant(share);
    case Qt::DisplayRole:
        if (diagonal)
            return QStringLiteral("—");
        if (!unique && !pair)
            return QString();
        return percent(share);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (diagonal)
            return row.meta.title;
        if (unique)
            return tr("%1 of “%2” is found in no other source").arg(percent(share), row.meta.title);
        return tr("%1 of “%2” is shared with “%3” (%n passage(s))", nullptr,
                  pair ? int(pair->passages.size()) : 0)
            .arg(percent(share), row.meta.title, col->meta.title);
    }
    return {};
}

QVariant SourceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_index || section < 0)
        return {};
    if (orientation == Qt::Horizontal && section == uniqueColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Nowhere else");
        if (role == Qt::ToolTipRole)
            return tr("Share of each source's words found in no other source");
        return {};
    }
    if (section >= int(m_index->sources().size()))
        return {};
    const Source &s = m_index->sources().at(section);
    // Columns carry the row's number only, so that a matrix of many sources stays narrow; the
    // rows say which source each number is.
    if (role == Qt::DisplayRole)
        return orientation == Qt::Horizontal
                   ? QString::number(section + 1)
                   : QStringLiteral("%1  %2").arg(section + 1).arg(shortLabel(s));
    if (role == Qt::ToolTipRole)
        return s.meta.title;
    return {};
}

} // namespace Crosscheck::Core
