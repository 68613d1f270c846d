// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewruler.h"
#include "comparepane.h"
#include "comparestyle.h"
#include "theme.h"
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <core/util/colors.h>

namespace Crosscheck::Ui {

OverviewRuler::OverviewRuler(ComparePane *pane, QWidget *parent)
    : QWidget(parent)
    , m_pane(pane)
{
    setFixedWidth(16);
    setFocusPolicy(Qt::StrongFocus); // Tab reaches it; Up/Down/Home/End jump between marks
    setCursor(Qt::PointingHandCursor);
    connect(pane, &ComparePane::viewChanged, this, qOverload<>(&QWidget::update));
    connect(&ThemeManager::instance(), &ThemeManager::changed, this, qOverload<>(&QWidget::update));
}

void OverviewRuler::setKinds(std::vector<ConnectorBand::Link> kinds)
{
    m_kinds = std::move(kinds);
    m_current = -1;
    update();
}

void OverviewRuler::setCurrent(int passage)
{
    m_current = passage;
    update();
}

int OverviewRuler::markY(int passage) const
{
    const auto &spans = m_pane->passageSpans();
    return int(m_pane->fractionOf(spans[size_t(passage)].start) * (height() - 4)) + 2;
}

int OverviewRuler::passageNear(int y) const
{
    int best = -1, bestDistance = 1 << 30;
    for (size_t i = 0; i < m_pane->passageSpans().size(); ++i) {
        const int d = std::abs(markY(int(i)) - y);
        if (d < bestDistance) {
            best = int(i);
            bestDistance = d;
        }
    }
    return best;
}

void OverviewRuler::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const Theme &theme = ThemeManager::instance().theme();
    p.fillRect(rect(), theme.highlight(theme.text(), 0.06));
    // The part of the document on screen.
    const QScrollBar *sb = m_pane->verticalScrollBar();
    const double total = std::max(1, sb->maximum() + sb->pageStep());
    const int top = int(sb->value() / total * height());
    const int h = std::max(6, int(sb->pageStep() / total * height()));
    // A mid-tone frame (3:1 on the page) around the part on screen.
    p.setPen(theme.outline(Core::Colors::blend(theme.background(), theme.text(), 0.3)));
    p.setBrush(theme.highlight(theme.text(), 0.16));
    p.drawRect(0, top, width() - 1, h);
    const auto &spans = m_pane->passageSpans();
    for (size_t i = 0; i < spans.size() && i < m_kinds.size(); ++i) {
        const int y = markY(int(i));
        const bool current = int(i) == m_current;
        const QColor c = CompareStyle::kindColor(m_kinds[i].kind);
        p.fillRect(QRect(2, y - (current ? 2 : 1), width() - 4, current ? 5 : 3),
                   current ? (theme.isDark() ? c.lighter(160) : c.darker(170)) : c);
    }
    if (hasFocus()) {
        p.setPen(theme.outline(theme.selection()));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void OverviewRuler::mousePressEvent(QMouseEvent *event)
{
    const int passage = passageNear(int(event->position().y()));
    if (passage >= 0)
        emit jumpRequested(passage);
}

void OverviewRuler::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_pane->passageSpans().size());
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Down:
        emit jumpRequested(std::min(n - 1, m_current + 1));
        return;
    case Qt::Key_Up:
        emit jumpRequested(std::max(0, m_current - 1));
        return;
    case Qt::Key_Home:
        emit jumpRequested(0);
        return;
    case Qt::Key_End:
        emit jumpRequested(n - 1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Crosscheck::Ui
