// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlaplistmodel.h"

#include "project/overlapindex.h"
#include "project/project.h"

#include <QLocale>

namespace Crosscheck::Core {

OverlapListModel::OverlapListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OverlapListModel::setData(Project *project, std::shared_ptr<const OverlapIndex> index)
{
    beginResetModel();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_index = std::move(index);
    m_rowOfKey.clear();
    m_excerpts.clear();
    if (m_index) {
        for (size_t i = 0; i < m_index->passages().size(); ++i)
            m_rowOfKey.insert(Analysis::keyOf(m_index->passages()[i]), int(i));
    }
    if (m_project)
        connect(m_project, &Project::reviewsChanged, this, &OverlapListModel::onReviewsChanged);
    endResetModel();
}

void OverlapListModel::onReviewsChanged(const QVector<Analysis::PassageKey> &keys)
{
    for (const Analysis::PassageKey &k : keys) {
        const auto it = m_rowOfKey.constFind(k);
        if (it == m_rowOfKey.cend())
            continue;
        const QModelIndex i = index(*it, StatusColumn);
        emit dataChanged(i, i);
    }
}

int OverlapListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : int(m_index->passages().size());
}

int OverlapListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverlapListModel::kindLabel(Analysis::PassageKind kind, bool moved)
{
    QString label;
    switch (kind) {
    case Analysis::PassageKind::Verbatim:
        label = tr("verbatim");
        break;
    case Analysis::PassageKind::Edited:
        label = tr("edited");
        break;
    case Analysis::PassageKind::Paraphrase:
        label = tr("paraphrase");
        break;
    case Analysis::PassageKind::Quote:
        label = tr("quote");
        break;
    }
    return moved ? tr("%1, moved").arg(label) : label;
}

QString OverlapListModel::statusLabel(Analysis::ReviewStatus status)
{
    switch (status) {
    case Analysis::ReviewStatus::Confirmed:
        return tr("confirmed");
    case Analysis::ReviewStatus::Dismissed:
        return tr("dismissed");
    case Analysis::ReviewStatus::Unreviewed:
        break;
    }
    return tr("to review");
}

QString OverlapListModel::excerpt(int passage) const
{
    const auto it = m_excerpts.constFind(passage);
    if (it != m_excerpts.cend())
        return *it;
    QString text;
    if (m_project) {
        const Analysis::PassagePair &p = m_index->passages()[size_t(passage)];
        text = m_project->sourceText(p.a)
                   .mid(p.spanA.start, std::min(p.spanA.length(), 160))
                   .simplified();
        if (p.spanA.length() > 160)
            text += QChar(0x2026);
    }
    m_excerpts.insert(passage, text);
    return text;
}

QVariant OverlapListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int i = index.row();
    const Analysis::PassagePair &p = m_index->passages()[size_t(i)];
    const Analysis::ReviewStatus status = m_project ? m_project->reviewStatus(Analysis::keyOf(p))
                                                    : Analysis::ReviewStatus::Unreviewed;
    const auto title = [this](SourceId id) {
        const Source *s = m_index->source(id);
        return s ? s->meta.title : QString();
    };
    switch (role) {
    case PassageRole:
        return i;
    case SourceARole:
        return qint64(p.a);
    case SourceBRole:
        return qint64(p.b);
    case KindRole:
        return Analysis::kindName(p.kind);
    case MovedRole:
        return p.moved;
    case ScoreRole:
        return p.score;
    case FamilyRole:
        return m_index->familyOf(i);
    case StatusRole:
        return int(status);
    case Qt::ToolTipRole:
        if (index.column() == ExcerptColumn)
            return excerpt(i);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn || index.column() == WordsColumn ||
            index.column() == FamilyColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
    case Qt::DisplayRole:
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
    case KindColumn:
        return kindLabel(p.kind, p.moved);
    case ScoreColumn:
        return sort ? QVariant(p.score)
                    : QVariant(QLocale().toString(p.score * 100, 'f', 0) + u'%');
    case WordsColumn: {
        const int words = std::max(m_index->wordsA(i), m_index->wordsB(i));
        return sort ? QVariant(words) : QVariant(QLocale().toString(words));
    }
    case FamilyColumn: {
        const int f = m_index->familyOf(i);
        if (sort)
            return f;
        return f < 0 ? QString()
                     : tr("F%1 (%n sources)", nullptr,
                          int(m_index->families()[size_t(f)].members.size()))
                           .arg(f + 1);
    }
    case StatusColumn:
        return sort ? QVariant(int(status)) : QVariant(statusLabel(status));
    case ExcerptColumn:
        return excerpt(i);
    }
    return {};
}

QVariant OverlapListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceAColumn:
        return tr("Source A");
    case SourceBColumn:
        return tr("Source B");
    case KindColumn:
        return tr("Kind");
    case ScoreColumn:
        return tr("Score");
    case WordsColumn:
        return tr("Words");
    case FamilyColumn:
        return tr("Family");
    case StatusColumn:
        return tr("Verdict");
    case ExcerptColumn:
        return tr("Passage");
    }
    return {};
}

OverlapFilterModel::OverlapFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OverlapListModel::SortRole);
    setDynamicSortFilter(true);
}

void OverlapFilterModel::refilter()
{
    invalidateFilter();
}

void OverlapFilterModel::setSourceFilter(SourceId id)
{
    m_source = id;
    refilter();
}

void OverlapFilterModel::setPairFilter(SourceId a, SourceId b)
{
    m_pairA = a;
    m_pairB = b;
    refilter();
}

void OverlapFilterModel::setKindFilter(const QString &kind)
{
    m_kind = kind;
    refilter();
}

void OverlapFilterModel::setMinimumScore(double score)
{
    m_minScore = score;
    refilter();
}

void OverlapFilterModel::setStatusFilter(int status)
{
    m_status = status;
    refilter();
}

bool OverlapFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const SourceId a = i.data(OverlapListModel::SourceARole).toLongLong();
    const SourceId b = i.data(OverlapListModel::SourceBRole).toLongLong();
    if (m_source && a != m_source && b != m_source)
        return false;
    if (m_pairA && !((a == m_pairA && b == m_pairB) || (a == m_pairB && b == m_pairA)))
        return false;
    if (!m_kind.isEmpty()) {
        if (m_kind == QLatin1String("moved")) {
            if (!i.data(OverlapListModel::MovedRole).toBool())
                return false;
        } else if (i.data(OverlapListModel::KindRole).toString() != m_kind) {
            return false;
        }
    }
    if (i.data(OverlapListModel::ScoreRole).toDouble() + 1e-9 < m_minScore)
        return false;
    if (m_status >= 0 && i.data(OverlapListModel::StatusRole).toInt() != m_status)
        return false;
    return true;
}

} // namespace Crosscheck::Core
