// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutoverlay.h"

#include "actionregistry.h"
#include <algorithm>

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace Crosscheck::Ui {

ShortcutOverlay::ShortcutOverlay(const ActionRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_StyledBackground, false);
    m_label->setTextFormat(Qt::RichText);
    m_label->setAutoFillBackground(true);
    m_label->setMargin(18);
    QPalette pal = m_label->palette();
    pal.setColor(QPalette::Window, palette().color(QPalette::Base));
    pal.setColor(QPalette::WindowText, palette().color(QPalette::Text));
    m_label->setPalette(pal);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label, 0, Qt::AlignCenter);
    parent->installEventFilter(this);
    hide();
}

QString ShortcutOverlay::contentText() const
{
    return m_label->text();
}

void ShortcutOverlay::showOverlay()
{
    QMap<QString, QStringList> rowsByCategory;
    QStringList order;
    // One mark per place where scoped shortcuts work (the compare view, review mode), each
    // explained below the table.
    QStringList scopes;
    static const QString marks[] = {QStringLiteral("*"), QStringLiteral("†"), QStringLiteral("‡"),
                                    QStringLiteral("§")};
    const auto markOf = [&](const QString &id) -> QString {
        const QString scope = m_registry->scopeText(id);
        if (scope.isEmpty())
            return QString();
        if (!scopes.contains(scope))
            scopes << scope;
        return QStringLiteral(" ") + marks[std::min<qsizetype>(scopes.indexOf(scope), 3)];
    };
    for (const QString &id : m_registry->ids()) {
        const QString category = m_registry->category(id);
        if (!order.contains(category))
            order << category;
        const QString keys =
            ActionRegistry::format(m_registry->shortcuts(id), QKeySequence::NativeText);
        rowsByCategory[category] << QStringLiteral("<tr><td style='padding-right:24px'>%1</td>"
                                                   "<td><b>%2</b></td></tr>")
                                        .arg(m_registry->text(id).toHtmlEscaped() + markOf(id),
                                             keys.isEmpty() ? QStringLiteral("—")
                                                            : keys.toHtmlEscaped());
    }
    QString html =
        QStringLiteral("<h2>%1</h2><table><tr>").arg(tr("Keyboard shortcuts").toHtmlEscaped());
    // Three columns of categories keep the overlay within a laptop screen.
    int column = 0;
    for (const QString &category : order) {
        if (column++ % 3 == 0 && column > 1)
            html += QStringLiteral("</tr><tr>");
        html += QStringLiteral(
                    "<td valign='top' style='padding-right:36px'><h3>%1</h3><table>%2</table></td>")
                    .arg(category.toHtmlEscaped(), rowsByCategory.value(category).join(QString()));
    }
    html += QStringLiteral("</tr></table>");
    for (qsizetype i = 0; i < scopes.size(); ++i)
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(marks[std::min<qsizetype>(i, 3)],
                         tr("only %1, so that typing elsewhere is never taken for a command")
                             .arg(scopes.at(i))
                             .toHtmlEscaped());
    html +=
        QStringLiteral("<p><i>%1</i></p>")
            .arg(tr("Change shortcuts in Preferences. Press any key to close.").toHtmlEscaped());
    m_label->setText(html);
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus(Qt::ShortcutFocusReason);
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0, 0, 0, 140));
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    hide();
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    hide();
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace Crosscheck::Ui
