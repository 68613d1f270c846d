// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CompareView: stepping through the passages and differences of the pair, and the panes.
#include "compareview.h"
#include "overviewruler.h"

#include <core/project/overlapindex.h>
#include <core/project/project.h>

#include <QScrollBar>

#include <algorithm>

namespace Crosscheck::Ui {

using Core::Analysis::DiffRun;

void CompareView::goToPassage(int passage)
{
    setCurrent(passage, nullptr);
}

void CompareView::nextPassage()
{
    if (m_passages.empty()) {
        emit statusMessage(tr("These two sources share no passages."));
        return;
    }
    if (m_current + 1 >= int(m_passages.size())) {
        emit statusMessage(tr("Last passage of this pair."));
        return;
    }
    goToPassage(m_current + 1);
}

void CompareView::previousPassage()
{
    if (m_passages.empty()) {
        emit statusMessage(tr("These two sources share no passages."));
        return;
    }
    if (m_current <= 0) {
        emit statusMessage(tr("First passage of this pair."));
        return;
    }
    goToPassage(m_current - 1);
}

void CompareView::selectDifference()
{
    const DiffRun &run = diffOf(m_current).differences[size_t(m_diff)];
    m_syncing = true;
    m_leftPane->placeCaret(run.a.start);
    m_rightPane->placeCaret(run.b.start);
    m_leftPane->setFocusSpan(run.a);
    m_rightPane->setFocusSpan(run.b);
    m_leftPane->scrollToPosition(run.a.start, 0.35);
    m_rightPane->scrollToPosition(run.b.start, 0.35);
    m_leftPane->refreshHighlights();
    m_rightPane->refreshHighlights();
    m_syncing = false;
    updateStatus();
}

void CompareView::nextDifference()
{
    if (m_passages.empty())
        return;
    int passage = std::max(0, m_current), diff = m_current < 0 ? -1 : m_diff;
    // On to the next passage that has a difference.
    while (diff + 1 >= int(diffOf(passage).differences.size())) {
        if (passage + 1 >= int(m_passages.size())) {
            emit statusMessage(tr("No further difference in this pair."));
            return;
        }
        ++passage;
        diff = -1;
    }
    if (passage != m_current)
        setCurrent(passage, nullptr);
    m_diff = diff + 1;
    selectDifference();
}

void CompareView::previousDifference()
{
    if (m_passages.empty() || m_current < 0)
        return;
    int passage = m_current, diff = m_diff < 0 ? int(diffOf(passage).differences.size()) : m_diff;
    while (diff - 1 < 0) {
        if (passage == 0) {
            emit statusMessage(tr("No earlier difference in this pair."));
            return;
        }
        --passage;
        diff = int(diffOf(passage).differences.size());
    }
    if (passage != m_current)
        setCurrent(passage, nullptr);
    m_diff = diff - 1;
    selectDifference();
}

void CompareView::swapPanes()
{
    if (!m_left)
        return;
    const int global = m_current >= 0 ? m_passages[size_t(m_current)].global : -1;
    const bool rightFocused = m_rightPane->hasFocus();
    setPair(m_right, m_left, global);
    (rightFocused ? m_leftPane : m_rightPane)->setFocus(Qt::OtherFocusReason);
    if (!rightFocused)
        m_leftPane->setFocus(Qt::OtherFocusReason);
}

void CompareView::focusOtherPane()
{
    (m_leftPane->hasFocus() ? m_rightPane : m_leftPane)->setFocus(Qt::ShortcutFocusReason);
}

} // namespace Crosscheck::Ui
