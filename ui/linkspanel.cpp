// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkspanel.h"
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

LinksPanel::LinksPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Core::LinkListModel(this))
    , m_filter(new Core::LinkFilterModel(this))
    , m_view(makeTableView(this, QStringLiteral("links")))
    , m_relation(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_relation->addItem(tr("Any relation"), -1);
    m_relation->addItem(Core::LinkListModel::relationLabel(Core::Link::Relation::Contradicts),
                        int(Core::Link::Relation::Contradicts));
    m_relation->addItem(Core::LinkListModel::relationLabel(Core::Link::Relation::Corroborates),
                        int(Core::Link::Relation::Corroborates));
    m_type->addItem(tr("Any type"), QString());
    for (const QString &t : Core::Link::typeNames())
        m_type->addItem(Core::LinkListModel::typeLabel(t), t);
    m_status->addItem(tr("Any status"), -1);
    for (auto s : {Core::Link::Status::Open, Core::Link::Status::Confirmed,
                   Core::Link::Status::Resolved, Core::Link::Status::Dismissed})
        m_status->addItem(Core::LinkListModel::statusLabel(s), int(s));
    auto *filters = new QHBoxLayout;
    for (const auto &[label, box] :
         {std::make_pair(tr("Re&lation:"), m_relation), std::make_pair(tr("T&ype:"), m_type),
          std::make_pair(tr("Stat&us:"), m_status)}) {
        auto *l = new QLabel(label, this);
        l->setBuddy(box);
        filters->addWidget(l);
        filters->addWidget(box);
    }
    filters->addStretch(1);
    auto *hint = new QLabel(tr("Enter opens both passages side by side; Ctrl+Shift+N writes a note "
                               "on the selected link; Ctrl+L with two marked spans records a new "
                               "one."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);
    setFocusProxy(m_view);
    connect(m_relation, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setRelation(m_relation->currentData().toInt()); });
    connect(m_type, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setType(m_type->currentData().toString()); });
    connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_filter->setStatus(m_status->currentData().toInt()); });
    connect(m_view, &QAbstractItemView::activated, this,
            [this] { emit linkActivated(currentLink()); });
}

void LinksPanel::setProject(Core::Project *project)
{
    m_model->setProject(project);
    for (int c = 0; c < Core::LinkListModel::ColumnCount - 1; ++c)
        m_view->setColumnWidth(
            c, c == Core::LinkListModel::QuoteAColumn || c == Core::LinkListModel::QuoteBColumn
                   ? 240
               : c == Core::LinkListModel::SourceAColumn || c == Core::LinkListModel::SourceBColumn
                   ? 130
                   : 100);
}

qint64 LinksPanel::currentLink() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(Core::LinkListModel::LinkRole).toLongLong() : 0;
}

} // namespace Crosscheck::Ui
