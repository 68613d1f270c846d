// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableview.h"

#include <QHeaderView>
#include <QTableView>

namespace Crosscheck::Ui {

QTableView *makeTableView(QWidget *parent, const QString &objectName,
                          QAbstractItemView::SelectionMode mode)
{
    auto *t = new QTableView(parent);
    t->setObjectName(objectName);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(mode);
    t->setSortingEnabled(true);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

} // namespace Crosscheck::Ui
