// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator.h"
#include "actions/actionids.h"

#include "actionregistry.h"
#include "claimspanel.h"
#include "compareview.h"
#include "entitypanel.h"
#include "familyview.h"
#include "highlighting.h"
#include "linkspanel.h"
#include "overlapspanel.h"
#include "projectsession.h"
#include "readerview.h"
#include "reviewpanel.h"
#include "sourcelistpanel.h"
#include "sourcematrixview.h"

#include <core/project/overlapindex.h>
#include <core/project/overlapindexcache.h>
#include <core/project/project.h>

#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

namespace Crosscheck::Ui {

Navigator::Navigator(ActionRegistry &actions, ProjectSession &session, WorkContext &context,
                     QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_session(session)
    , m_context(context)
    , m_views(context.views())
{
    m_actions.attachScope("review", m_views.compare);
    m_actions.attachScope("review", m_views.overlaps->passageView());
    connectViewActions();
    connectCompareActions();
    connectViews();
    connect(&m_session, &ProjectSession::projectChanged, this, &Navigator::onProjectChanged);
    // A burst of changes has settled: a view showing overlaps follows now, hidden ones when
    // they are next shown.
    connect(m_session.overlaps(), &Core::OverlapIndexCache::settled, this, [this] {
        if (showsOverlaps() || !m_session.project())
            refreshOverlapViews();
    });
    connect(m_views.tabs, &QTabWidget::currentChanged, this, [this] {
        if (showsOverlaps())
            refreshOverlapViews();
    });
}

void Navigator::onProjectChanged(Core::Project *project)
{
    // No view may keep the project that is about to go.
    m_views.compare->setContext(project, nullptr);
    m_views.overlaps->setContext(project, nullptr);
    m_views.families->setContext(project, nullptr);
    m_views.matrix->setIndex(nullptr);
    m_shown.reset();
}

bool Navigator::showsOverlaps() const
{
    const QWidget *tab = m_views.tabs->currentWidget();
    return tab == m_views.compare || tab == m_views.overlaps || tab == m_views.families ||
           tab == m_views.matrix;
}

std::shared_ptr<const Core::OverlapIndex> Navigator::overlapIndex()
{
    Core::OverlapIndexCache *cache = m_session.overlaps();
    if (!cache->isStale())
        return cache->cached();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto index = cache->index();
    QApplication::restoreOverrideCursor();
    return index;
}

void Navigator::refreshOverlapViews()
{
    Core::OverlapIndexCache *cache = m_session.overlaps();
    if (!cache->isStale() && cache->cached() == m_shown)
        return;
    const auto index = overlapIndex();
    Core::Project *p = m_session.project();
    m_views.compare->setContext(p, index);
    m_views.overlaps->setContext(p, index);
    m_views.families->setContext(p, index);
    m_views.matrix->setIndex(index);
    m_shown = index;
}

void Navigator::showTab(QWidget *tab)
{
    if (!m_session.project())
        return;
    m_views.tabs->setCurrentWidget(tab);
    tab->setFocus(Qt::ShortcutFocusReason);
}

void Navigator::showSpan(Core::SourceId source, Core::Analysis::Span span)
{
    m_views.sources->selectSource(source);
    m_views.reader->showSource(source);
    m_views.reader->selectSpan(span);
    m_views.tabs->setCurrentWidget(m_views.reader);
    m_views.reader->textView()->setFocus(Qt::ShortcutFocusReason);
}

void Navigator::showPassage(int passage)
{
    refreshOverlapViews();
    m_views.tabs->setCurrentWidget(m_views.compare);
    m_views.compare->showPassage(passage);
    m_views.compare->setFocus(Qt::OtherFocusReason);
}

void Navigator::showProjectPassage(int projectPassage)
{
    const Core::Project *p = m_session.project();
    const auto index = overlapIndex();
    if (!p || !index || projectPassage < 0 || size_t(projectPassage) >= p->passages().size())
        return;
    const Core::Analysis::PassageKey key =
        Core::Analysis::keyOf(p->passages()[size_t(projectPassage)]);
    for (size_t i = 0; i < index->passages().size(); ++i) {
        if (Core::Analysis::keyOf(index->passages()[i]) == key) {
            showPassage(int(i));
            return;
        }
    }
}

void Navigator::showPair(Core::SourceId a, Core::SourceId b)
{
    m_views.tabs->setCurrentWidget(m_views.compare);
    m_views.compare->setPair(a, b);
    m_views.compare->setFocus(Qt::OtherFocusReason);
}

void Navigator::showFamily(int family)
{
    m_views.tabs->setCurrentWidget(m_views.families);
    m_views.families->showFamily(family);
    m_views.families->alignmentView()->setFocus(Qt::ShortcutFocusReason);
}

void Navigator::revealLink(qint64 id)
{
    const Core::Project *p = m_session.project();
    const Core::Link *l = p ? p->link(id) : nullptr;
    if (!l)
        return;
    if (l->sourceA == l->sourceB) {
        m_views.reader->showSource(l->sourceA);
        m_views.reader->selectSpan(l->spanA);
        showTab(m_views.reader);
        return;
    }
    refreshOverlapViews();
    m_views.tabs->setCurrentWidget(m_views.compare);
    m_views.compare->revealSpans(l->sourceA, l->spanA, l->sourceB, l->spanB);
    m_views.compare->leftPane()->setFocus(Qt::OtherFocusReason);
}

void Navigator::connectViewActions()
{
    using namespace ActionId;
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions.action(id), &QAction::triggered, this, slot);
    };
    on(ViewFilterSources, [this] { m_views.sources->focusFilter(); });
    on(ViewFocusSources, [this] { m_views.sources->focusList(); });
    on(ViewFocusReader, [this] { showTab(m_views.reader); });
    on(ViewCompare, [this] {
        // The source selected in the list is compared, with the one it shares most with,
        // unless the view already shows it.
        if (!m_session.project())
            return;
        refreshOverlapViews();
        m_views.compare->showClosestTo(m_views.sources->currentId());
        showTab(m_views.compare);
    });
    on(ViewOverlaps, [this] { showTab(m_views.overlaps); });
    on(ViewFamilies, [this] { showTab(m_views.families); });
    on(ViewMatrix, [this] { showTab(m_views.matrix); });
    on(ViewEntities, [this] { showTab(m_views.entities); });
    on(ViewLinks, [this] { showTab(m_views.links); });
    on(ViewClaims, [this] { showTab(m_views.claims); });
    QAction *lens = m_actions.action(ViewReadingLens);
    lens->setCheckable(true);
    connect(lens, &QAction::toggled, this, [this](bool enabled) {
        m_views.reader->setLensEnabled(enabled);
        showTab(m_views.reader);
        emit statusMessage(enabled ? tr("Reading lens on: quotes, numbers, dates, attribution and "
                                        "entity names (%1)")
                                         .arg(Highlighting::instance().backend())
                                   : tr("Reading lens off"),
                           Severity::Info);
    });
    QAction *markup = m_actions.action(ViewOriginalMarkup);
    markup->setCheckable(true);
    markup->setEnabled(false);
    connect(markup, &QAction::triggered, this, [this](bool shown) {
        m_views.reader->setMarkupShown(shown);
        showTab(m_views.reader);
        m_views.reader->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_views.reader, &ReaderView::markupStateChanged, this, [this, markup] {
        markup->setEnabled(m_views.reader->hasMarkup());
        markup->setChecked(m_views.reader->isMarkupShown());
    });
}

// Stepping works from anywhere: it brings the compare view up, opening the passage chosen in
// the overlaps list (or the first one) when no pair is shown yet.
bool Navigator::prepareStep()
{
    CompareView *compare = m_views.compare;
    if (!m_session.project())
        return false;
    refreshOverlapViews();
    if (m_views.tabs->currentWidget() != compare) {
        const int chosen = m_views.overlaps->currentPassage();
        m_views.tabs->setCurrentWidget(compare);
        compare->setFocus(Qt::ShortcutFocusReason);
        if (chosen >= 0 && !compare->leftSource()) {
            compare->showPassage(chosen);
            return false;
        }
    }
    if (compare->leftSource())
        return true;
    const auto index = m_session.overlaps()->cached();
    if (index && !index->passages().empty())
        compare->showPassage(0);
    else
        emit statusMessage(tr("No overlaps to step through: run Find Overlaps first."),
                           Severity::Info);
    return false;
}

void Navigator::connectCompareActions()
{
    using namespace ActionId;
    CompareView *compare = m_views.compare;
    FamilyView *families = m_views.families;
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions.action(id), &QAction::triggered, this, slot);
    };
    const auto step = [this, compare](void (CompareView::*move)()) {
        if (prepareStep())
            (compare->*move)();
    };
    on(CompareNextOverlap, [step] { step(&CompareView::nextPassage); });
    on(ComparePreviousOverlap, [step] { step(&CompareView::previousPassage); });
    on(CompareNextDifference, [this, step, families] {
        if (m_views.tabs->currentWidget() == families)
            families->nextDifference();
        else
            step(&CompareView::nextDifference);
    });
    on(ComparePreviousDifference, [this, step, families] {
        if (m_views.tabs->currentWidget() == families)
            families->previousDifference();
        else
            step(&CompareView::previousDifference);
    });
    on(CompareSwapPanes, [compare] { compare->swapPanes(); });
    on(CompareOtherPane, [this, compare] {
        if (m_views.tabs->currentWidget() != compare)
            showTab(compare);
        else
            compare->focusOtherPane();
    });
    on(CompareChooseSource, [this, compare] {
        if (!m_session.project())
            return;
        refreshOverlapViews();
        m_views.tabs->setCurrentWidget(compare);
        compare->chooseOtherSource(m_views.sources->currentId());
    });
    on(CompareOpenFamily, [this, compare] {
        if (m_context.area() != WorkContext::Area::Overlaps) {
            compare->openFamily();
            return;
        }
        const int passage = m_views.overlaps->currentPassage();
        const auto index = m_session.overlaps()->cached();
        const int family = passage >= 0 && index ? index->familyOf(passage) : -1;
        if (family < 0)
            emit statusMessage(tr("This passage has no family."), Severity::Info);
        else
            showFamily(family);
    });
}

void Navigator::connectViews()
{
    connect(m_views.sources, &SourceListPanel::currentSourceChanged, m_views.reader,
            &ReaderView::showSource);
    connect(m_views.compare, &CompareView::statusMessage, this,
            [this](const QString &text) { emit statusMessage(text, Severity::Info); });
    connect(m_views.compare, &CompareView::familyRequested, this, &Navigator::showFamily);
    connect(m_views.overlaps, &OverlapsPanel::pairActivated, this, &Navigator::showPair);
    connect(m_views.matrix, &SourceMatrixView::pairActivated, this, &Navigator::showPair);
    connect(m_views.overlaps, &OverlapsPanel::passageActivated, this, &Navigator::showPassage);
    connect(m_views.links, &LinksPanel::linkActivated, this, &Navigator::revealLink);
    connect(m_views.claims, &ClaimsPanel::spanActivated, this, &Navigator::showSpan);
    connect(m_views.entities, &EntityPanel::currentEntityChanged, m_views.reader,
            &ReaderView::setHighlightedEntity);
    connect(m_views.entities, &EntityPanel::currentEntityChanged, m_views.compare,
            &CompareView::setHighlightedEntity);
}

} // namespace Crosscheck::Ui
