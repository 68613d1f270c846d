// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

class QMenu;
class QMenuBar;

namespace Crosscheck::Ui {

class ActionRegistry;

/// Fills \a bar from the menu table (menus.cpp, Kate's kateui.rc as data): every menu entry is
/// an action id, a separator or a submenu. Returns the menus by key ("file", "recent", …) so
/// that their owners can fill dynamic ones (the recent projects).
QHash<QString, QMenu *> buildMenus(QMenuBar *bar, const ActionRegistry &registry);

} // namespace Crosscheck::Ui
