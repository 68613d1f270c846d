// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparepane.h"
#include "theme.h"

#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

namespace Crosscheck::Ui {

using Core::Analysis::Span;

ComparePane::ComparePane(bool left, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_left(left)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    QFont body = font();
    body.setPointSizeF(body.pointSizeF() * 1.1);
    setFont(body);
    document()->setDocumentMargin(8); // room for the current passage's bar
    // The theme's page, text and selection colours; the selection is the same in the inactive
    // group, so the counterpart's selection stays visible while the other pane has the focus.
    ThemeManager::instance().theme().applyTo(this);
    connect(&ThemeManager::instance(), &ThemeManager::changed, this, [this] {
        ThemeManager::instance().theme().applyTo(this);
        refreshHighlights();
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        refreshHighlights();
        emit viewChanged();
    });
}

void ComparePane::setContent(const QString &text, std::vector<Span> passages, RunProvider runs)
{
    m_spans = std::move(passages);
    m_runs = std::move(runs);
    m_current = -1;
    setExtraSelections({});
    setPlainText(text);
    refreshHighlights();
}

void ComparePane::setCurrentPassage(int passage)
{
    m_current = passage;
    refreshHighlights();
}

int ComparePane::passageAt(int pos) const
{
    // The current passage wins where passages overlap.
    if (m_current >= 0 && size_t(m_current) < m_spans.size() &&
        m_spans[size_t(m_current)].start <= pos && pos < m_spans[size_t(m_current)].end)
        return m_current;
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (m_spans[i].start <= pos && pos < m_spans[i].end)
            return int(i);
    }
    return -1;
}

std::pair<int, int> ComparePane::computeVisibleRange() const
{
    const QTextBlock first = firstVisibleBlock();
    const int from = first.isValid() ? first.position() : 0;
    const QRect r = viewport()->rect();
    const QTextCursor last = cursorForPosition(QPoint(r.right(), r.bottom()));
    const QTextBlock lastBlock = last.block();
    const int to = lastBlock.isValid() ? lastBlock.position() + lastBlock.length() : from;
    return {from, to};
}

std::vector<int> ComparePane::visiblePassages() const
{
    const auto [from, to] = visibleRange();
    std::vector<int> out;
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (m_spans[i].start < to && m_spans[i].end > from)
            out.push_back(int(i));
    }
    return out;
}

int ComparePane::yOf(int pos, bool bottom) const
{
    const auto [from, to] = visibleRange();
    if (pos < from)
        return -20;
    if (pos > to)
        return viewport()->height() + 20;
    QTextCursor c(document());
    c.setPosition(std::clamp(pos, 0, document()->characterCount() - 1));
    const QRect r = cursorRect(c);
    return bottom ? r.bottom() : r.top();
}

void ComparePane::scrollToPosition(int pos, double fraction)
{
    const QTextBlock block = document()->findBlock(pos);
    if (!block.isValid())
        return;
    int line = block.firstLineNumber();
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 0) {
        const QTextLine l = layout->lineForTextPosition(pos - block.position());
        if (l.isValid())
            line += l.lineNumber();
    }
    const int lineHeight = std::max(1, fontMetrics().lineSpacing());
    const int visibleLines = viewport()->height() / lineHeight;
    verticalScrollBar()->setValue(line - int(visibleLines * fraction));
}

int ComparePane::centerPosition() const
{
    return cursorForPosition(QPoint(viewport()->width() / 2, viewport()->height() / 2)).position();
}

void ComparePane::placeCaret(int pos)
{
    QTextCursor c(document());
    c.setPosition(std::clamp(pos, 0, document()->characterCount() - 1));
    const QSignalBlocker block(this);
    setTextCursor(c);
}

void ComparePane::setFocusSpan(Span span)
{
    m_focus = span;
    viewport()->update();
}

std::vector<QRectF> ComparePane::spanRects(Span span) const
{
    std::vector<QRectF> out;
    const auto [from, to] = visibleRange();
    if (span.end < from || span.start > to)
        return out;
    const QPointF offset = contentOffset();
    for (QTextBlock block = document()->findBlock(std::max<int>(span.start, from));
         block.isValid() && block.position() <= std::min<int>(span.end, to); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const QPointF origin = blockBoundingGeometry(block).translated(offset).topLeft();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = block.position() + line.textStart();
            const int lineEnd = lineStart + line.textLength();
            const int a = std::max<int>(span.start, lineStart),
                      b = std::min<int>(span.end, lineEnd);
            if (span.isValid() ? a >= b : (span.start < lineStart || span.start > lineEnd))
                continue;
            const qreal x1 = line.cursorToX(a - block.position());
            const qreal x2 = line.cursorToX(b - block.position());
            out.emplace_back(origin.x() + x1, origin.y() + line.y(), std::max<qreal>(x2 - x1, 0),
                             line.height());
            if (!span.isValid())
                return out; // an insertion point is on one line
        }
    }
    return out;
}

double ComparePane::fractionOf(int pos) const
{
    const QTextBlock block = document()->findBlock(pos);
    const int lines = std::max(1, document()->lastBlock().firstLineNumber() +
                                      std::max(1, document()->lastBlock().lineCount()));
    return block.isValid() ? double(block.firstLineNumber()) / lines : 0.0;
}

void ComparePane::refreshHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    m_boxes.clear();
    m_visible = computeVisibleRange();
    const auto [from, to] = m_visible;
    const auto add = [&](Span s, const QTextCharFormat &f) {
        // Only the part on screen: a 50,000-word passage costs no more than a short one.
        const int a = std::max<int>(s.start, from), b = std::min<int>(s.end, to);
        if (b <= a)
            return;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(a);
        sel.cursor.setPosition(b, QTextCursor::KeepAnchor);
        sel.format = f;
        selections << sel;
    };
    const Theme &theme = ThemeManager::instance().theme();
    const QTextCharFormat normal = theme.passageFormat(false);
    const QTextCharFormat current = theme.passageFormat(true);
    const std::vector<int> onScreen = visiblePassages();
    for (int i : onScreen)
        add(m_spans[size_t(i)], i == m_current ? current : normal);
    for (int i : onScreen) {
        if (!m_runs)
            break;
        for (const RunMark &r : m_runs(i)) {
            if (!r.span.isValid() || r.span.end <= from || r.span.start >= to)
                continue;
            add(r.span, theme.runFormat(r.kind, r.moved, m_left));
            if (r.moved) {
                for (const QRectF &box : spanRects(r.span))
                    m_boxes.push_back(box);
            }
        }
    }
    // Mentions: corner brackets around the name (painted below), never a line or a tint,
    // which here mean a difference between the sources; the selected entity's also bold.
    m_brackets.clear();
    for (const auto *list : {&m_mentions, &m_strongMentions}) {
        const bool strong = list == &m_strongMentions;
        for (const Span &m : *list) {
            if (m.end <= from || m.start >= to)
                continue;
            const std::vector<QRectF> rects = spanRects(m);
            if (!rects.empty())
                m_brackets.push_back({rects.front(), rects.back(), strong});
        }
    }
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (const Span &m : m_strongMentions)
        add(m, bold);
    setExtraSelections(selections);
    viewport()->update();
}

void ComparePane::setMentions(std::vector<Span> mentions, std::vector<Span> strong)
{
    m_mentions = std::move(mentions);
    m_strongMentions = std::move(strong);
    refreshHighlights();
}

void ComparePane::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(ThemeManager::instance().theme().movedBox());
    pen.setStyle(Qt::DashLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    for (const QRectF &r : m_boxes)
        p.drawRect(r.adjusted(-1, 0, 1, -1));
    // Mention brackets: ⌜ at the name's start, ⌟ at its end.
    const QColor ink = ThemeManager::instance().theme().mentionInk();
    for (const Bracket &b : m_brackets) {
        QPen bracket(ink, b.strong ? 2.2 : 1.5);
        p.setPen(bracket);
        const qreal tick = std::max<qreal>(4, b.first.height() / 3);
        const QPointF tl = b.first.topLeft() + QPointF(-1, 1);
        p.drawLine(tl, tl + QPointF(tick, 0));
        p.drawLine(tl, tl + QPointF(0, tick));
        const QPointF br = b.last.bottomRight() + QPointF(1, -1);
        p.drawLine(br, br - QPointF(tick, 0));
        p.drawLine(br, br - QPointF(0, tick));
    }
    // The current passage: a bar in the left margin along its lines.
    if (m_current >= 0 && size_t(m_current) < m_spans.size()) {
        const std::vector<QRectF> lines = spanRects(m_spans[size_t(m_current)]);
        if (!lines.empty()) {
            const QColor bar = palette().color(QPalette::Highlight);
            p.fillRect(
                QRectF(0, lines.front().top(), 3, lines.back().bottom() - lines.front().top()),
                bar);
        }
    }
    // The current difference: a solid frame (a bar where this side has nothing).
    if (m_focus.start >= 0) {
        QPen frame(palette().color(QPalette::Text));
        frame.setWidthF(1.6);
        p.setPen(frame);
        for (const QRectF &r : spanRects(m_focus)) {
            if (m_focus.isValid())
                p.drawRect(r.adjusted(-2, -1, 2, 0));
            else
                p.fillRect(QRectF(r.left() - 1.5, r.top(), 3, r.height()),
                           palette().color(QPalette::Text));
        }
    }
}

void ComparePane::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    refreshHighlights();
    emit viewChanged();
}

void ComparePane::userMovedCaret()
{
    const int passage = passageAt(textCursor().position());
    if (passage >= 0 && passage != m_current)
        emit passageActivated(passage);
}

void ComparePane::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (!textCursor().hasSelection())
        userMovedCaret();
}

void ComparePane::keyReleaseEvent(QKeyEvent *event)
{
    QPlainTextEdit::keyReleaseEvent(event);
    // Caret keys without Shift (Shift extends a selection, which stays the user's).
    if (!textCursor().hasSelection())
        userMovedCaret();
}

} // namespace Crosscheck::Ui
