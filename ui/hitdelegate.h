// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Crosscheck::Ui {

/// Paints a search hit row as its context with the hit in bold, the context before it cut from
/// the left so that the hit stays in sight (the text is escaped: plain text, nothing loaded).
class HitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Crosscheck::Ui
