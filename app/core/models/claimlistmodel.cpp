// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimlistmodel.h"
#include "annotationmodels.h"

#include "project/project.h"

#include <QFileInfo>

namespace Crosscheck::Core {

namespace {
/// Internal ids: 0 for a top-level row, row + 1 of the parent for a source row.
constexpr quintptr kTop = 0;
} // namespace

ClaimListModel::ClaimListModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ClaimListModel::setCandidates(const Project *project,
                                   std::vector<Annotation::ContradictionCandidate> candidates)
{
    beginResetModel();
    m_project = project;
    m_items = std::move(candidates);
    endResetModel();
}

const Annotation::ContradictionCandidate *
ClaimListModel::candidateAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const size_t row = index.internalId() == kTop ? size_t(index.row()) : index.internalId() - 1;
    return row < m_items.size() ? &m_items[row] : nullptr;
}

QModelIndex ClaimListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : kTop);
}

QModelIndex ClaimListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTop);
}

int ClaimListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_items.size());
    if (parent.internalId() != kTop || parent.column() != 0 ||
        size_t(parent.row()) >= m_items.size())
        return 0;
    return int(m_items[size_t(parent.row())].sides.size());
}

int ClaimListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ClaimListModel::sourceLabel(SourceId id) const
{
    if (!m_project)
        return {};
    const int row = m_project->rowOf(id);
    const Source s = m_project->source(id);
    const QString name = !s.meta.outlet.isEmpty() ? s.meta.outlet
                         : !s.fileName.isEmpty()  ? QFileInfo(s.fileName).completeBaseName()
                                                  : s.meta.title;
    return tr("%1: %2").arg(row + 1).arg(name);
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    const Annotation::ContradictionCandidate *c = candidateAt(index);
    if (!c)
        return {};
    const bool corroboration = c->relation == Link::Relation::Corroborates;
    if (index.internalId() == kTop) {
        if (role == SortRole && index.column() == ConfidenceColumn)
            return c->confidence;
        if (role == Qt::ToolTipRole)
            return c->reason;
        if (role != Qt::DisplayRole && role != SortRole)
            return {};
        switch (index.column()) {
        case WhatColumn: {
            const QString what = c->reason.section(QStringLiteral(" — "), 0, 0);
            return corroboration ? tr("corroboration: %1").arg(what)
                                 : tr("%1: %2").arg(LinkListModel::typeLabel(c->type), what);
        }
        case ValueColumn: {
            QStringList values;
            for (const Annotation::ContradictionCandidate::Side &s : c->sides) {
                const QString v = s.value.simplified();
                if (!v.isEmpty() && !values.contains(tr("“%1”").arg(v)) && values.size() < 3)
                    values << tr("“%1”").arg(v);
            }
            return values.join(QStringLiteral(" · "));
        }
        case SentenceColumn:
            return tr("%n source(s)", nullptr, int(c->sides.size()));
        case ConfidenceColumn:
            return QStringLiteral("%1 %").arg(qRound(c->confidence * 100));
        }
        return {};
    }
    const size_t side = size_t(index.row());
    if (side >= c->sides.size())
        return {};
    const Annotation::ContradictionCandidate::Side &s = c->sides[side];
    switch (role) {
    case SourceRole:
        return qlonglong(s.source);
    case SpanStartRole:
        return s.span.start;
    case SpanEndRole:
        return s.span.end;
    case Qt::ToolTipRole:
        return s.text;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case WhatColumn:
            return sourceLabel(s.source);
        case ValueColumn:
            return s.value.simplified();
        case SentenceColumn:
            return s.text.simplified();
        }
    }
    return {};
}

QVariant ClaimListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        return tr("Claim / source");
    case ValueColumn:
        return tr("What it says");
    case SentenceColumn:
        return tr("Sentence");
    case ConfidenceColumn:
        return tr("Confidence");
    }
    return {};
}

} // namespace Crosscheck::Core
