// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workcontext.h"
#include "compareview.h"
#include "entitypanel.h"
#include "familyview.h"
#include "linkspanel.h"
#include "overlapspanel.h"
#include "readerview.h"
#include "reviewpanel.h"
#include "sourcelistpanel.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace Crosscheck::Ui {

WorkContext::WorkContext(const Views &views, QWidget *window)
    : QObject(window)
    , m_views(views)
    , m_window(window)
{
    // The one place that follows the focus.
    m_focusHook = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && m_window && m_window->isAncestorOf(now)) {
            m_lastArea = areaOf(now);
            emit changed();
        }
    });
    connect(m_views.tabs, &QTabWidget::currentChanged, this, &WorkContext::changed);
}

QWidget *WorkContext::focusWidget()
{
    return QApplication::focusWidget();
}

WorkContext::Area WorkContext::areaOf(const QWidget *w) const
{
    const Views &v = m_views;
    if (!w)
        return Area::None;
    if (w == v.reader->textView())
        return Area::Reader;
    if (w == v.compare->leftPane())
        return Area::LeftPane;
    if (w == v.compare->rightPane())
        return Area::RightPane;
    const std::pair<QWidget *, Area> parents[] = {
        {v.sources, Area::Sources}, {v.entities, Area::Entities}, {v.links, Area::Links},
        {v.review, Area::Review},   {v.overlaps, Area::Overlaps}, {v.families, Area::Families},
    };
    for (const auto &[parent, area] : parents) {
        if (parent->isAncestorOf(w))
            return area;
    }
    return Area::Other;
}

WorkContext::Area WorkContext::area() const
{
    const QWidget *focus = focusWidget();
    if (focus && m_window && m_window->isAncestorOf(focus))
        return areaOf(focus);
    return focus ? m_lastArea : Area::None;
}

WorkContext::Text WorkContext::text() const
{
    const Views &v = m_views;
    Text t;
    const QWidget *tab = v.tabs->currentWidget();
    switch (area()) {
    case Area::Reader:
        t.source = v.reader->sourceId();
        t.edit = v.reader->textView();
        break;
    case Area::LeftPane:
        t.source = v.compare->leftSource();
        t.edit = v.compare->leftPane();
        break;
    case Area::RightPane:
        t.source = v.compare->rightSource();
        t.edit = v.compare->rightPane();
        break;
    default:
        if (tab == v.reader) {
            t.source = v.reader->sourceId();
            t.edit = v.reader->textView();
        } else if (tab == v.compare && v.compare->leftSource()) {
            t.source = v.compare->leftSource();
            t.edit = v.compare->leftPane();
        }
        break;
    }
    if (t.edit) {
        const QTextCursor c = t.edit->textCursor();
        t.caret = c.position();
        if (c.hasSelection())
            t.selection = {c.selectionStart(), c.selectionEnd()};
    }
    return t;
}

Core::SourceIds WorkContext::selectedSources() const
{
    return m_views.sources->selectedIds();
}

Core::SourceId WorkContext::currentSource() const
{
    return m_views.sources->currentId();
}

qint64 WorkContext::chosenEntity() const
{
    return m_views.entities->currentEntity();
}

qint64 WorkContext::currentLink() const
{
    return area() == Area::Links ? m_views.links->currentLink() : 0;
}

const Core::Annotation::ReviewItem *WorkContext::currentReviewItem() const
{
    return m_views.review->current();
}

int WorkContext::currentPassage() const
{
    if (area() == Area::Overlaps)
        return m_views.overlaps->currentPassage();
    const int local = m_views.compare->currentPassage();
    return local >= 0 ? m_views.compare->passages()[size_t(local)].global : -1;
}

void WorkContext::detach()
{
    disconnect(m_focusHook);
    disconnect(m_views.tabs, nullptr, this, nullptr);
}

void WorkContext::setMarked(const Marked &marked)
{
    m_marked = marked;
    emit changed();
}

void WorkContext::reset()
{
    m_marked = {};
    m_lastTagged = 0;
    emit changed();
}

} // namespace Crosscheck::Ui
