// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Crosscheck::Ui {

/// A small square of \a color ("#rrggbb") with a dark border, for type lists and menus.
QIcon colorSwatch(const QString &color);

} // namespace Crosscheck::Ui
