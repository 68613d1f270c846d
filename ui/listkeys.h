// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;
class QLineEdit;

namespace Crosscheck::Ui {

/// Lets a filter field drive a list: Up, Down, Page Up and Page Down move the list's current
/// row while the typing stays in the field (the source chooser, the tag popup, the palette).
void forwardListKeys(QLineEdit *field, QAbstractItemView *list);

} // namespace Crosscheck::Ui
