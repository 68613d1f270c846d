// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hitdelegate.h"

#include <core/models/searchresultmodel.h>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QTextDocument>

namespace Crosscheck::Ui {

void HitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    if (!index.parent().isValid() || index.column() != Core::SearchResultModel::TextColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    o.text.clear();
    const QWidget *w = o.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &o, painter, w);
    const QRect r = style->subElementRect(QStyle::SE_ItemViewItemText, &o, w);
    // The hit stays in sight: the context before it is cut from the left to leave room
    // for the hit and some of what follows.
    QFont bold = o.font;
    bold.setBold(true);
    const QString hit = index.data(Core::SearchResultModel::HitRole).toString();
    const QString after = index.data(Core::SearchResultModel::AfterRole).toString();
    const int hitWidth = QFontMetrics(bold).horizontalAdvance(hit);
    const int afterWidth = std::min(QFontMetrics(o.font).horizontalAdvance(after), r.width() / 4);
    const QString before = QFontMetrics(o.font).elidedText(
        index.data(Core::SearchResultModel::BeforeRole).toString(), Qt::ElideLeft,
        std::max(r.width() / 5, r.width() - hitWidth - afterWidth));
    QTextDocument doc;
    doc.setDefaultFont(o.font);
    doc.setDocumentMargin(0);
    doc.setHtml(QStringLiteral("<span>%1<b>%2</b>%3</span>")
                    .arg(before.toHtmlEscaped(), hit.toHtmlEscaped(), after.toHtmlEscaped()));
    painter->save();
    painter->setClipRect(r);
    painter->translate(r.left(), r.top() + (r.height() - doc.size().height()) / 2);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, o.state & QStyle::State_Selected
                                             ? o.palette.color(QPalette::HighlightedText)
                                             : o.palette.color(QPalette::Text));
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

} // namespace Crosscheck::Ui
