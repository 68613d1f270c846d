// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>

class QTableView;
class QWidget;

namespace Crosscheck::Ui {

/// A read-only table of rows as every list view of the app has it: whole rows selected,
/// sortable, alternating colours, no row header, the last column stretched.
QTableView *
makeTableView(QWidget *parent, const QString &objectName,
              QAbstractItemView::SelectionMode mode = QAbstractItemView::ExtendedSelection);

} // namespace Crosscheck::Ui
