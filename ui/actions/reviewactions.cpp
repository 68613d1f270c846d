// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewactions.h"
#include "actionids.h"

#include "actionregistry.h"
#include "entitydialog.h"
#include "entitypanel.h"
#include "entitytypesdialog.h"
#include "linkdialog.h"
#include "linkspanel.h"
#include "navigator.h"
#include "notedialog.h"
#include "projectsession.h"
#include "reviewpanel.h"
#include "tagdialog.h"
#include "workcontext.h"

#include <core/models/annotationmodels.h>
#include <core/project/overlapindex.h>
#include <core/project/overlapindexcache.h>
#include <core/project/project.h>
#include <core/suggestions/reviewqueue.h>

#include <QAction>
#include <QInputDialog>

namespace Crosscheck::Ui {

using Core::Annotation::ReviewItem;
using Core::Annotation::ReviewQueue;

ReviewActions::ReviewActions(ActionRegistry &actions, ProjectSession &session, WorkContext &context,
                             Navigator &navigator, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_actions(actions)
    , m_session(session)
    , m_context(context)
    , m_navigator(navigator)
    , m_dialogParent(dialogParent)
{
    using namespace ActionId;
    ReviewPanel *review = m_context.views().review;
    m_actions.attachScope("review", review);
    m_actions.attachScope("queue", review);
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions.action(id), &QAction::triggered, this, slot);
    };
    on(ReviewConfirm, [this] { setVerdict(Verdict::Confirm); });
    on(ReviewDismiss, [this] { setVerdict(Verdict::Dismiss); });
    on(ReviewClear, [this] { setVerdict(Verdict::Clear); });
    on(ViewReview, [this, review] {
        if (!m_session.project())
            return;
        if (review->count() == 0)
            review->rebuild();
        m_navigator.showTab(review);
    });
    on(ReviewNextItem, [review] { review->next(); });
    on(ReviewPreviousItem, [review] { review->previous(); });
    on(ReviewSkip, [review] { review->skip(); });
    on(ReviewAcceptName, [review] { review->decideName(true); });
    on(ReviewRejectName, [review] { review->decideName(false); });
    on(ReviewToggleGroup, [review] { review->toggleGroup(); });
    on(ReviewAcceptType, [review] { review->decideType(true); });
    on(ReviewRejectType, [review] { review->decideType(false); });
    on(ReviewRebuild, [review] { review->rebuild(); });
    on(ReviewEditItem, [this] { editItem(false); });
    on(ReviewRetype, [this] { editItem(true); });
    on(ReviewNoteItem, [this] { noteOnItem(); });
    connect(review, &ReviewPanel::statusMessage, this,
            [this](const QString &text) { emit statusMessage(text, Severity::Hint); });
}

void ReviewActions::setVerdict(Verdict verdict)
{
    // In review mode the same keys accept or reject the current item.
    if (m_context.area() == WorkContext::Area::Review) {
        if (verdict == Verdict::Confirm)
            m_context.views().review->accept();
        else if (verdict == Verdict::Dismiss)
            m_context.views().review->reject();
        return;
    }
    Core::Project *p = m_session.project();
    const auto index = m_session.overlaps()->cached();
    const int passage = m_context.currentPassage();
    if (!p || !index || passage < 0 || size_t(passage) >= index->passages().size()) {
        emit statusMessage(tr("No passage is selected."), Severity::Info);
        return;
    }
    using Status = Core::Analysis::ReviewStatus;
    const Status status = verdict == Verdict::Confirm   ? Status::Confirmed
                          : verdict == Verdict::Dismiss ? Status::Dismissed
                                                        : Status::Unreviewed;
    QString error;
    if (!p->setReviewStatus({Core::Analysis::keyOf(index->passages()[size_t(passage)])}, status,
                            &error))
        emit statusMessage(error, Severity::Error);
}

bool ReviewActions::editEntityItem(bool retypeOnly)
{
    Core::Project *p = m_session.project();
    const ReviewItem item = *m_context.currentReviewItem();
    const Core::Annotation::EntitySuggestion &s = item.entity;
    Core::Annotation::ReviewEdit edit;
    edit.type = ReviewQueue::typeId(*p, s.typeName);
    if (retypeOnly) {
        QStringList types;
        for (const Core::EntityType &t : p->entityTypes())
            types << t.name;
        bool ok = false;
        const QString chosen =
            QInputDialog::getItem(m_dialogParent, tr("Retype"), tr("Type of “%1”:").arg(s.text),
                                  types, std::max(0, int(types.indexOf(s.typeName))), false, &ok);
        if (!ok)
            return false;
        edit.type = ReviewQueue::typeId(*p, chosen);
    } else {
        TagDialog dialog(*p, s.text, ReviewQueue::typeId(*p, s.typeName), m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        edit.entity = dialog.entity();
        edit.type = dialog.type();
        edit.name = dialog.name();
    }
    QString error;
    if (ReviewQueue::acceptEdited(*p, item, edit, &error))
        return true;
    emit statusMessage(error, Severity::Error);
    return false;
}

bool ReviewActions::editContradictionItem(bool retypeOnly)
{
    Core::Project *p = m_session.project();
    const ReviewItem item = *m_context.currentReviewItem();
    Core::Annotation::ReviewEdit edit;
    edit.link = item.contradiction.toLink();
    if (retypeOnly) {
        const QStringList names = Core::Link::typeNames();
        QStringList labels;
        for (const QString &t : names)
            labels << Core::LinkListModel::typeLabel(t);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            m_dialogParent, tr("Retype"), tr("Type of contradiction:"), labels,
            std::max(0, int(names.indexOf(edit.link.type))), false, &ok);
        if (!ok)
            return false;
        edit.link.type = names.at(labels.indexOf(chosen));
    } else {
        LinkDialog dialog(*p, edit.link, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        edit.link = dialog.link();
    }
    QString error;
    if (ReviewQueue::acceptEdited(*p, item, edit, &error))
        return true;
    emit statusMessage(error, Severity::Error);
    return false;
}

void ReviewActions::editItem(bool retypeOnly)
{
    const ReviewItem *item = m_context.currentReviewItem();
    if (!m_session.project() || !item)
        return;
    switch (item->kind) {
    case ReviewItem::Kind::Entity:
        if (editEntityItem(retypeOnly))
            m_context.views().review->dropCurrent();
        return;
    case ReviewItem::Kind::Contradiction:
        if (editContradictionItem(retypeOnly))
            m_context.views().review->dropCurrent();
        return;
    case ReviewItem::Kind::Passage:
        m_navigator.showProjectPassage(item->passage);
        return;
    case ReviewItem::Kind::Merge: {
        EntityPanel *entities = m_context.views().entities;
        m_navigator.showTab(entities);
        if (!item->merge.entities.empty())
            entities->selectEntity(item->merge.entities.front());
        entities->setFocus(Qt::OtherFocusReason);
        return;
    }
    }
}

void ReviewActions::noteOnItem()
{
    Core::Project *p = m_session.project();
    const ReviewItem *item = m_context.currentReviewItem();
    if (!p || !item)
        return;
    Core::Note note = ReviewQueue::noteTarget(*p, *item);
    const Core::Note *existing = p->noteOn(note.target, note.source, note.span, note.entity, 0);
    NoteDialog dialog(tr("this item"), existing ? existing->text : QString(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    note.text = dialog.text();
    QString error;
    if (!p->setNote(note, &error))
        emit statusMessage(error, Severity::Error);
}

} // namespace Crosscheck::Ui
