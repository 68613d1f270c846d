// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "swatch.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace Crosscheck::Ui {

QIcon colorSwatch(const QString &color)
{
    QPixmap pm(14, 14);
    pm.fill(QColor(color));
    QPainter p(&pm);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawRect(0, 0, 13, 13);
    return QIcon(pm);
}

} // namespace Crosscheck::Ui
