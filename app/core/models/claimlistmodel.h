// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggestions/suggestions.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace Crosscheck::Core {

class Project;

/// The Claims view: one top-level row per disagreement (or agreement) between sources, the
/// strongest contradictions first, then corroborations; under it one row per source with the
/// words that disagree beside the sentence they are in.
class ClaimListModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { WhatColumn, ValueColumn, SentenceColumn, ConfidenceColumn, ColumnCount };
    enum Roles { SourceRole = Qt::UserRole + 1, SpanStartRole, SpanEndRole, SortRole };
    explicit ClaimListModel(QObject *parent = nullptr);

    /// \a candidates as Annotation::Suggester::contradictions() returns them, for \a project.
    void setCandidates(const Project *project,
                       std::vector<Annotation::ContradictionCandidate> candidates);
    const std::vector<Annotation::ContradictionCandidate> &candidates() const { return m_items; }
    /// The candidate of a top-level row or of one of its source rows (nullptr when none).
    const Annotation::ContradictionCandidate *candidateAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString sourceLabel(SourceId id) const;
    QPointer<const Project> m_project;
    std::vector<Annotation::ContradictionCandidate> m_items;
};

} // namespace Crosscheck::Core
