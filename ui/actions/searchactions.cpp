// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchactions.h"

#include "actionids.h"
#include "actionregistry.h"
#include "compareview.h"
#include "entitypanel.h"
#include "findbar.h"
#include "navigator.h"
#include "notespanel.h"
#include "projectsession.h"
#include "readerview.h"
#include "searchpanel.h"
#include "workcontext.h"

#include <core/formats/quotation.h>
#include <core/project/project.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QMimeData>
#include <QTabWidget>

namespace Crosscheck::Ui {

SearchActions::SearchActions(ActionRegistry &actions, ProjectSession &session, WorkContext &context,
                             Navigator &navigator, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_session(session)
    , m_context(context)
    , m_navigator(navigator)
{
    using namespace ActionId;
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions.action(id), &QAction::triggered, this, slot);
    };
    on(SearchFindInSource, [this] { findInSource(); });
    on(SearchAll, [this] { searchAll(); });
    on(SearchNext, [this] { step(false); });
    on(SearchPrevious, [this] { step(true); });
    on(EditCopyQuotation, [this] { copyQuotation(); });
    on(ViewNotes, [this] { m_navigator.showTab(m_context.views().notes); });
    const Views &v = m_context.views();
    v.search->setSelectionProvider([this] { return m_context.selectedSources(); });
    connect(v.search, &SearchPanel::hitActivated, this, &SearchActions::openHit);
    connect(v.search, &SearchPanel::markRequested, this,
            [this](Core::SourceId source, Core::Analysis::Span span) {
                m_context.setMarked({source, span});
                emit statusMessage(tr("Hit marked. Select the other passage and press %1.")
                                       .arg(m_actions.shortcutText(AnnotateLink)),
                                   Severity::Guide);
            });
    connect(v.search, &SearchPanel::statusMessage, this,
            [this](const QString &text) { emit statusMessage(text, Severity::Result); });
    connect(v.notes, &NotesPanel::noteActivated, this, &SearchActions::openNote);
}

void SearchActions::findInSource()
{
    const Views &v = m_context.views();
    if (!m_session.project())
        return;
    if (v.tabs->currentWidget() != v.reader) {
        // From a compare pane: that source in the reader.
        const WorkContext::Text at = m_context.text();
        if (at.isValid() && at.source != v.reader->sourceId())
            v.reader->showSource(at.source);
        m_navigator.showTab(v.reader);
    }
    v.reader->findBar()->open();
}

void SearchActions::searchAll()
{
    const Views &v = m_context.views();
    const WorkContext::Text at = m_context.text();
    if (v.tabs->currentWidget() != v.search)
        m_fromCompare = v.tabs->currentWidget() == v.compare;
    m_navigator.showTab(v.search);
    if (at.isValid() && at.selection.length() > 0 && at.selection.length() < 200) {
        const QString selected = at.edit->textCursor().selectedText().simplified();
        v.search->queryField()->setEditText(
            selected.contains(u' ') ? u'"' + QString(selected).remove(u'"') + u'"' : selected);
    }
    v.search->focusQuery();
}

void SearchActions::step(bool backward)
{
    const Views &v = m_context.views();
    FindBar *bar = v.reader->findBar();
    // The reader's find bar, while it is open on the reader; else the hits across sources.
    if (bar->isVisible() && !bar->field()->text().isEmpty() &&
        v.tabs->currentWidget() == v.reader) {
        bar->find(backward);
        return;
    }
    if (!v.search->step(backward ? -1 : 1))
        emit statusMessage(tr("No hits to step through: search all sources (%1) or find in this "
                              "source (%2) first.")
                               .arg(m_actions.shortcutText(ActionId::SearchAll),
                                    m_actions.shortcutText(ActionId::SearchFindInSource)),
                           Severity::Hint);
}

void SearchActions::openHit(Core::SourceId source, Core::Analysis::Span span)
{
    const Views &v = m_context.views();
    const bool inCompare = m_fromCompare || v.tabs->currentWidget() == v.compare;
    if (inCompare && (source == v.compare->leftSource() || source == v.compare->rightSource())) {
        v.tabs->setCurrentWidget(v.compare);
        v.compare->revealSpan(source, span);
        return;
    }
    m_navigator.showSpan(source, span);
}

void SearchActions::openNote(qint64 id)
{
    const Core::Project *p = m_session.project();
    if (!p)
        return;
    const Core::Note *note = p->note(id);
    if (!note)
        return;
    const Views &v = m_context.views();
    switch (note->target) {
    case Core::Note::Target::Source:
        m_navigator.showSpan(note->source, {0, 0});
        break;
    case Core::Note::Target::Span:
        m_navigator.showSpan(note->source, note->span);
        break;
    case Core::Note::Target::Entity:
        m_navigator.showTab(v.entities);
        v.entities->selectEntity(note->entity);
        break;
    case Core::Note::Target::Link:
        m_navigator.revealLink(note->link);
        break;
    }
}

void SearchActions::copyQuotation()
{
    const Core::Project *p = m_session.project();
    const WorkContext::Text at = m_context.text();
    if (!p || !at.isValid() || at.selection.length() == 0) {
        emit statusMessage(tr("Select the words to quote in the reader or a compare pane first."),
                           Severity::Hint);
        return;
    }
    const Core::Quotation q =
        Core::Quotation::of(p->source(at.source), p->sourceText(at.source), at.selection);
    auto *mime = new QMimeData;
    mime->setText(q.plainText);
    mime->setHtml(q.html);
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied as a quotation with its source."), Severity::Result);
}

} // namespace Crosscheck::Ui
