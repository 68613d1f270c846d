// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimspanel.h"

#include <core/models/claimlistmodel.h>
#include <core/project/project.h>
#include <core/suggestions/suggestions.h>

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

ClaimsPanel::ClaimsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Core::ClaimListModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_find(new QPushButton(tr("F&ind Claims"), this))
{
    m_view->setObjectName(QStringLiteral("claims"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAccessibleName(tr("Claims that disagree"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(Core::ClaimListModel::SentenceColumn,
                                           QHeaderView::Stretch);
    m_view->setColumnWidth(Core::ClaimListModel::WhatColumn, 260);
    m_view->setColumnWidth(Core::ClaimListModel::ValueColumn, 300);
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_find);
    auto *hint = new QLabel(tr("Right or + opens an item's sources; Enter on a source opens its "
                               "sentence in the reader. Review mode (Ctrl+9) accepts or rejects "
                               "them."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    setFocusProxy(m_view);
    connect(m_find, &QPushButton::clicked, this, &ClaimsPanel::refresh);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid()) {
            m_view->setExpanded(index.siblingAtColumn(0),
                                !m_view->isExpanded(index.siblingAtColumn(0)));
            return;
        }
        const Core::SourceId source = index.data(Core::ClaimListModel::SourceRole).toLongLong();
        const Core::Analysis::Span span{index.data(Core::ClaimListModel::SpanStartRole).toInt(),
                                        index.data(Core::ClaimListModel::SpanEndRole).toInt()};
        emit spanActivated(source, span);
    });
    setProject(nullptr);
}

void ClaimsPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_model->setCandidates(project, {});
    m_stale = true;
    m_find->setEnabled(project != nullptr);
    m_summary->setText(project ? tr("Find Claims compares every sentence of every source.")
                               : tr("No project is open."));
    if (!project)
        return;
    const auto stale = [this] {
        m_stale = true;
        if (!m_model->candidates().empty())
            m_summary->setText(tr("The project has changed: Find Claims again to update."));
    };
    connect(project, &Core::Project::annotationsChanged, this, stale);
    connect(project, &Core::Project::passagesChanged, this, stale);
    connect(project, &Core::Project::sourceInserted, this, stale);
    connect(project, &Core::Project::sourceRemoved, this, stale);
    if (isVisible())
        refresh();
}

void ClaimsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_project && m_model->candidates().empty())
        refresh();
}

void ClaimsPanel::refresh()
{
    if (!m_project)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::vector<Core::Annotation::ContradictionCandidate> found =
        Core::Annotation::Suggester(*m_project).contradictions();
    QApplication::restoreOverrideCursor();
    int contradictions = 0;
    for (const auto &c : found)
        contradictions += c.relation == Core::Link::Relation::Contradicts ? 1 : 0;
    const int corroborations = int(found.size()) - contradictions;
    m_model->setCandidates(m_project, std::move(found));
    m_stale = false;
    m_summary->setText(tr("%n possible contradiction(s)", nullptr, contradictions) +
                       QStringLiteral(" · ") +
                       tr("%n possible corroboration(s)", nullptr, corroborations) +
                       QStringLiteral(" · ") + tr("strongest first"));
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(0, 0));
        m_view->expand(m_model->index(0, 0));
    }
}

} // namespace Crosscheck::Ui
