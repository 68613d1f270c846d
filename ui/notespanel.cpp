// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespanel.h"

#include <core/models/notelistmodel.h>
#include <core/project/project.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Core::NoteListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Core::NoteListModel::SortRole);
    m_filter->setObjectName(QStringLiteral("notesFilter"));
    m_filter->setPlaceholderText(tr("Filter notes by any word of their text, target or author"));
    m_filter->setAccessibleName(tr("Filter notes"));
    m_filter->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("notes"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Core::NoteListModel::ModifiedColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Notes"));
    m_view->horizontalHeader()->setSectionResizeMode(Core::NoteListModel::TextColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnWidth(Core::NoteListModel::TargetColumn, 320);
    m_view->setColumnWidth(Core::NoteListModel::AuthorColumn, 110);
    m_view->setColumnWidth(Core::NoteListModel::ModifiedColumn, 150);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    auto *hint = new QLabel(tr("Enter goes to the note's source, passage, entity or link. Notes "
                               "are written with Ctrl+Shift+N on what you have selected."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    setFocusProxy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit noteActivated(index.data(Core::NoteListModel::NoteRole).toLongLong());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &NotesPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NotesPanel::updateCount);
    setProject(nullptr);
}

void NotesPanel::setProject(Core::Project *project)
{
    m_project = project;
    m_model->setProject(project);
    m_filter->setEnabled(project != nullptr);
    updateCount();
}

void NotesPanel::updateCount()
{
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("%n note(s)", nullptr, m_model->rowCount())
                         : tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

} // namespace Crosscheck::Ui
