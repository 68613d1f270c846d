// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "familymodels.h"
#include "sourcepairmodel.h"

#include "project/overlapindex.h"

#include <QDate>
#include <QLocale>

namespace Crosscheck::Core {

namespace {
QDate publishedDate(const Source &s)
{
    const QString p = s.meta.published.left(10);
    return QDate::fromString(p, Qt::ISODate);
}
} // namespace

FamilyListModel::FamilyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FamilyListModel::setIndex(std::shared_ptr<const OverlapIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    endResetModel();
}

int FamilyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_index ? 0 : int(m_index->families().size());
}

int FamilyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

SourceId FamilyListModel::earliestMember(const OverlapIndex &index, int family)
{
    SourceId best = 0;
    QDateTime bestDate;
    bool tie = false;
    for (const Analysis::Family::Member &m : index.families()[size_t(family)].members) {
        const Source *s = index.source(m.doc);
        if (!s)
            continue;
        // Full timestamps where there are any; else the date alone.
        QDateTime when = QDateTime::fromString(s->meta.published, Qt::ISODate);
        if (!when.isValid() && publishedDate(*s).isValid())
            when = publishedDate(*s).startOfDay(Qt::UTC);
        if (!when.isValid())
            continue;
        if (!bestDate.isValid() || when < bestDate) {
            best = m.doc;
            bestDate = when;
            tie = false;
        } else if (when == bestDate) {
            tie = true;
        }
    }
    return tie ? 0 : best;
}

QVariant FamilyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int f = index.row();
    const Analysis::Family &family = m_index->families()[size_t(f)];
    if (role == FamilyRole)
        return f;
    if (role == Qt::ToolTipRole) {
        QStringList titles;
        for (const Analysis::Family::Member &m : family.members) {
            if (const Source *s = m_index->source(m.doc))
                titles << s->meta.title;
        }
        return titles.join(u'\n');
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case FamilyColumn:
        return sort ? QVariant(f) : QVariant(tr("F%1").arg(f + 1));
    case SourcesColumn:
        return int(family.members.size());
    case EarliestColumn: {
        const Source *s = m_index->source(earliestMember(*m_index, f));
        if (!s)
            return sort ? QVariant(QString()) : QVariant(tr("unknown"));
        return sort ? QVariant(s->meta.published)
                    : QVariant(tr("%1 (%2)").arg(SourceMatrixModel::shortLabel(*s),
                                                 s->meta.published.left(10)));
    }
    case WordsColumn: {
        int words = 0;
        for (size_t i = 0; i < m_index->passages().size(); ++i) {
            if (m_index->familyOf(int(i)) == f)
                words = std::max({words, m_index->wordsA(int(i)), m_index->wordsB(int(i))});
        }
        return words;
    }
    }
    return {};
}

QVariant FamilyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FamilyColumn:
        return tr("Family");
    case SourcesColumn:
        return tr("Sources");
    case EarliestColumn:
        return tr("Published first");
    case WordsColumn:
        return tr("Words");
    }
    return {};
}

FamilyAlignmentModel::FamilyAlignmentModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FamilyAlignmentModel::setAlignment(std::shared_ptr<const OverlapIndex> index,
                                        Analysis::FamilyAlignment a)
{
    using ACell = Analysis::FamilyAlignment::Cell;
    beginResetModel();
    m_index = std::move(index);
    m_alignment = std::move(a);
    m_segments = m_alignment.segments();
    m_cells.assign(m_segments.size(), {});
    const size_t members = m_alignment.rows.size();
    for (size_t s = 0; s < m_segments.size(); ++s) {
        const auto &seg = m_segments[s];
        std::vector<QStringList> words(members), pivotWords(members);
        std::vector<bool> anyMissing(members, false);
        QStringList reference;
        for (int c = seg.first; c <= seg.last; ++c) {
            for (size_t m = 0; m < members; ++m) {
                const ACell &cell = m_alignment.rows[m].cells[size_t(c)];
                if (cell.kind == ACell::Same || cell.kind == ACell::Changed ||
                    cell.kind == ACell::Extra)
                    words[m] << cell.text;
                if (cell.kind == ACell::Missing) {
                    anyMissing[m] = true;
                    pivotWords[m] << cell.text;
                }
            }
        }
        const int pivot = m_alignment.pivot;
        if (pivot >= 0)
            reference = words[size_t(pivot)];
        for (size_t m = 0; m < members; ++m) {
            Cell cell;
            cell.text = words[m].join(u' ');
            if (seg.agreement || int(m) == pivot)
                cell.kind = Same;
            else if (words[m].isEmpty())
                cell.kind = anyMissing[m] ? Missing : Absent;
            else if (reference.isEmpty())
                cell.kind = Extra;
            else if (cell.text.compare(reference.join(u' '), Qt::CaseInsensitive) == 0)
                cell.kind = Same;
            else
                cell.kind = Changed;
            if (cell.kind == Missing)
                cell.text = pivotWords[m].join(u' ');
            m_cells[s].push_back(cell);
        }
    }
    endResetModel();
}

std::vector<int> FamilyAlignmentModel::variationRows() const
{
    std::vector<int> out;
    for (size_t s = 0; s < m_segments.size(); ++s) {
        if (!m_segments[s].agreement)
            out.push_back(int(s));
    }
    return out;
}

int FamilyAlignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int FamilyAlignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alignment.rows.size());
}

QString FamilyAlignmentModel::cellKindLabel(CellKind kind)
{
    switch (kind) {
    case Same:
        return tr("same as the reference");
    case Changed:
        return tr("worded differently");
    case Extra:
        return tr("added: the reference does not have it");
    case Missing:
        return tr("missing here");
    case Absent:
        break;
    }
    return {};
}

QString FamilyAlignmentModel::memberLabel(int member) const
{
    const Analysis::FamilyAlignment::Row &r = m_alignment.rows.at(size_t(member));
    const Source *s = m_index ? m_index->source(r.doc) : nullptr;
    if (!s)
        return {};
    QString label = SourceMatrixModel::shortLabel(*s);
    if (!s->meta.published.isEmpty())
        label += QStringLiteral(" · ") + s->meta.published.left(10);
    return label;
}

QVariant FamilyAlignmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &c = m_cells[size_t(index.row())][size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case CellKindRole:
        return int(c.kind);
    case SourceRole:
        return qint64(m_alignment.rows[size_t(index.column())].doc);
    case AgreementRole:
        return m_segments[size_t(index.row())].agreement;
    case Qt::ToolTipRole:
        return c.kind == Absent || c.text.isEmpty()
                   ? QVariant()
                   : QVariant(memberLabel(index.column()) + QStringLiteral(": ") +
                              cellKindLabel(c.kind));
    }
    return {};
}

QVariant FamilyAlignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section >= columnCount())
            return {};
        const Analysis::FamilyAlignment::Row &r = m_alignment.rows[size_t(section)];
        const Source *s = m_index ? m_index->source(r.doc) : nullptr;
        if (role == Qt::DisplayRole)
            return QString(
                (section == m_alignment.pivot ? QStringLiteral("★ ") : QString()) +
                memberLabel(section).replace(QStringLiteral(" · "), QStringLiteral("\n")));
        if (role == Qt::ToolTipRole && s)
            return tr("%1\nContains %2% of the words the other members carry")
                .arg(s->meta.title)
                .arg(qRound(r.containment * 100));
        return {};
    }
    if (role == Qt::DisplayRole && section < rowCount())
        return section + 1;
    return {};
}

} // namespace Crosscheck::Core
