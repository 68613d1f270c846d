// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectorband.h"
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

ConnectorBand::ConnectorBand(ComparePane *left, ComparePane *right, QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
{
    setMinimumWidth(36);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    connect(left, &ComparePane::viewChanged, this, qOverload<>(&QWidget::update));
    connect(right, &ComparePane::viewChanged, this, qOverload<>(&QWidget::update));
    connect(&ThemeManager::instance(), &ThemeManager::changed, this, qOverload<>(&QWidget::update));
}

void ConnectorBand::setLinks(std::vector<Link> links)
{
    m_links = std::move(links);
    m_current = -1;
    update();
}

void ConnectorBand::setCurrent(int passage)
{
    m_current = passage;
    update();
}

std::vector<ConnectorBand::Ribbon> ConnectorBand::ribbons() const
{
    std::vector<Ribbon> out;
    const auto &ls = m_left->passageSpans();
    const auto &rs = m_right->passageSpans();
    const int offL =
        m_left->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
    const int offR =
        m_right->viewport()->mapTo(window(), QPoint(0, 0)).y() - mapTo(window(), QPoint(0, 0)).y();
    const int hl = m_left->viewport()->height(), hr = m_right->viewport()->height();
    for (size_t i = 0; i < std::min({ls.size(), rs.size(), m_links.size()}); ++i) {
        const int lt = m_left->yOf(ls[i].start, false), lb = m_left->yOf(ls[i].end, true);
        const int rt = m_right->yOf(rs[i].start, false), rb = m_right->yOf(rs[i].end, true);
        const bool leftOff = lb < 0 || lt > hl;
        const bool rightOff = rb < 0 || rt > hr;
        if (leftOff && rightOff)
            continue;
        out.push_back({int(i), std::clamp(lt, -20, hl + 20) + offL,
                       std::clamp(lb, -20, hl + 20) + offL, std::clamp(rt, -20, hr + 20) + offR,
                       std::clamp(rb, -20, hr + 20) + offR});
    }
    return out;
}

void ConnectorBand::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    // The band continues the panes' page (the theme's), so ribbons read the same in a dark
    // theme; outlines keep 3:1 against it.
    const Theme &theme = ThemeManager::instance().theme();
    p.fillRect(rect(), theme.background());
    const std::vector<Ribbon> rs = ribbons();
    m_drawn = int(rs.size());
    const qreal w = width();
    // Others first, the current passage on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Ribbon &r : rs) {
            const bool current = r.passage == m_current;
            if (current != (pass == 1))
                continue;
            const Link &link = m_links[size_t(r.passage)];
            QPainterPath path;
            path.moveTo(0, r.lt);
            path.cubicTo(w / 2, r.lt, w / 2, r.rt, w, r.rt);
            path.lineTo(w, std::max(r.rb, r.rt + 2));
            path.cubicTo(w / 2, std::max(r.rb, r.rt + 2), w / 2, std::max(r.lb, r.lt + 2), 0,
                         std::max(r.lb, r.lt + 2));
            path.closeSubpath();
            // Without antialiasing except the current ribbon's edge: tall antialiased paths cost
            // more than the rest of a scroll frame.
            QColor fill = CompareStyle::kindColor(link.kind);
            fill.setAlpha(current ? 150 : 60);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.fillPath(path, fill);
            const QColor edge = theme.outline(CompareStyle::kindColor(link.kind));
            QPen pen(current ? theme.outline(theme.isDark() ? edge.lighter(140) : edge.darker(150))
                             : edge);
            pen.setWidthF(current ? 2.0 : 1.0);
            if (link.moved)
                pen.setStyle(Qt::DashLine);
            p.setRenderHint(QPainter::Antialiasing, current);
            p.strokePath(path, pen);
        }
    }
}

void ConnectorBand::mousePressEvent(QMouseEvent *event)
{
    const int y = int(event->position().y());
    const qreal x = event->position().x() / std::max(1, width());
    for (const Ribbon &r : ribbons()) {
        const qreal top = r.lt + (r.rt - r.lt) * x, bottom = r.lb + (r.rb - r.lb) * x;
        if (y >= top && y <= bottom) {
            emit linkClicked(r.passage);
            return;
        }
    }
}

} // namespace Crosscheck::Ui
