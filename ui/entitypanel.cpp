// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"
#include "widgets/tableview.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <core/models/annotationmodels.h>
#include <core/models/overlaplistmodel.h>
#include <core/project/project.h>

namespace Crosscheck::Ui {

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Core::EntityListModel(this))
    , m_view(makeTableView(this, QStringLiteral("entities")))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Core::EntityListModel::SortRole);
    m_view->setModel(proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(Core::EntityListModel::NameColumn, Qt::AscendingOrder);
    auto *hint = new QLabel(
        tr("Select an entity to highlight its mentions; F3 / Shift+F3 step through them. Ctrl+E "
           "edits it (name, type, aliases), Ctrl+Shift+M merges the selected entities, "
           "Ctrl+Shift+T tags all its occurrences."),
        this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    setFocusProxy(m_view);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentEntityChanged(currentEntity()); });
    connect(m_view, &QAbstractItemView::activated, this,
            [this] { emit entityActivated(currentEntity()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        for (int c = 0; c < Core::EntityListModel::ColumnCount - 1; ++c)
            m_view->setColumnWidth(c, std::clamp(m_view->columnWidth(c), 60, 280));
        emit currentEntityChanged(currentEntity());
    });
}

void EntityPanel::setProject(Core::Project *project)
{
    m_model->setProject(project);
    m_view->resizeColumnsToContents();
}

qint64 EntityPanel::currentEntity() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(Core::EntityListModel::EntityRole).toLongLong() : 0;
}

QVector<qint64> EntityPanel::selectedEntities() const
{
    QVector<qint64> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        ids << i.data(Core::EntityListModel::EntityRole).toLongLong();
    return ids;
}

void EntityPanel::selectEntity(qint64 id)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_view->model());
    const QModelIndex i = proxy->mapFromSource(m_model->indexOfEntity(id));
    if (i.isValid())
        m_view->setCurrentIndex(i);
}

} // namespace Crosscheck::Ui
