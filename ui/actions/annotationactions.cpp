// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationactions.h"
#include "actionids.h"
#include "changednotice.h"

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

#include "readerview.h"

#include <core/project/mentionnavigator.h>
#include <core/project/project.h>
#include <core/suggestions/reviewqueue.h>
#include <core/suggestions/suggestions.h>
#include <core/text/spans.h>

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

namespace Crosscheck::Ui {

AnnotationActions::AnnotationActions(ActionRegistry &actions, ProjectSession &session,
                                     WorkContext &context, Navigator &navigator,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_actions(actions)
    , m_session(session)
    , m_context(context)
    , m_navigator(navigator)
    , m_dialogParent(dialogParent)
{
    using namespace ActionId;
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions.action(id), &QAction::triggered, this, slot);
    };
    on(AnnotateTag, [this] { tagSelection(); });
    on(AnnotateExtendSentence, [this] { extendBySentence(1); });
    on(AnnotateExtendSentenceBack, [this] { extendBySentence(-1); });
    on(AnnotateTagAll, [this] { tagAllOccurrences(); });
    on(AnnotateMarkSpan, [this] { markSpan(); });
    on(AnnotateLink, [this] { linkToMarked(); });
    on(AnnotateNote, [this] { writeNote(); });
    on(AnnotateNextMention, [this] { stepMention(1); });
    on(AnnotatePreviousMention, [this] { stepMention(-1); });
    on(AnnotateEdit, [this] { editSelected(); });
    on(AnnotateDelete, [this] { deleteSelected(); });
    on(AnnotateMerge, [this] { mergeSelected(); });
    on(AnnotateSplit, [this] { splitEntity(); });
    on(AnnotateTypes, [this] {
        if (Core::Project *p = m_session.project()) {
            EntityTypesDialog dialog(*p, m_dialogParent);
            dialog.exec();
        }
    });
    connect(m_context.views().entities, &EntityPanel::entityActivated, this,
            [this] { stepMention(1); });
    connect(&m_session, &ProjectSession::projectChanged, this, &AnnotationActions::updateWritable);
    updateWritable();
}

void AnnotationActions::updateWritable()
{
    // In a read-only project the commands that change it are off, saying why, rather than
    // failing after their dialog.
    using namespace ActionId;
    const Core::Project *p = m_session.project();
    const bool writable = p && !p->isReadOnly();
    const QString why = p && p->isReadOnly()
                            ? tr("The project is read-only (%1).").arg(p->readOnlyReason())
                            : QString();
    for (const char *id :
         {AnnotateTag,    AnnotateTagAll,   AnnotateMarkSpan, AnnotateLink,     AnnotateNote,
          AnnotateEdit,   AnnotateDelete,   AnnotateMerge,    AnnotateSplit,    AnnotateTypes,
          ReviewConfirm,  ReviewDismiss,    ReviewClear,      ReviewEditItem,   ReviewRetype,
          ReviewNoteItem, ReviewAcceptName, ReviewRejectName, ReviewAcceptType, ReviewRejectType})
        m_actions.allow(id, writable || !p, why);
}

void AnnotationActions::report(bool ok, const QString &error)
{
    if (!ok && !error.isEmpty())
        emit statusMessage(error, Severity::Error);
}

void AnnotationActions::tagSelection()
{
    Core::Project *p = m_session.project();
    const WorkContext::Text at = m_context.text();
    if (!p || !at.isValid() || at.selection.length() == 0) {
        emit statusMessage(tr("Select text in the reader or the compare view first "
                              "(Shift+arrows, Ctrl+Shift+arrows by word)."),
                           Severity::Hint);
        return;
    }
    const QString text = p->sourceText(at.source);
    // Part of a word selected means the word; the type proposed is the suggestions' own.
    const Core::Span span = Core::Text::wholeWords(text, at.selection);
    if (!span.isValid() || span.length() == 0)
        return;
    const QString written = text.mid(span.start, span.length());
    const QString typeName = Core::Annotation::Suggester(*p).typeFor(at.source, span);
    TagDialog dialog(*p, written,
                     typeName.isEmpty() ? 0 : Core::Annotation::ReviewQueue::typeId(*p, typeName),
                     m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    qint64 entity = dialog.entity();
    if (entity) {
        if (!p->tagMention(at.source, span, entity, &error))
            entity = 0;
    } else if (dialog.type()) {
        entity = p->tagNewEntity(at.source, span, dialog.name().isEmpty() ? written : dialog.name(),
                                 dialog.type(), &error);
    }
    if (!entity) {
        report(false, error);
        return;
    }
    m_context.setLastTagged(entity);
    const int more = int(p->untaggedOccurrences(entity).size());
    const QString name = p->entity(entity)->name;
    emit statusMessage(
        more ? tr("Tagged as “%1”. %n more occurrence(s) in the project: %2 tags them all.",
                  nullptr, more)
                   .arg(name, m_actions.shortcutText(ActionId::AnnotateTagAll))
             : tr("Tagged as “%1”.").arg(name),
        Severity::Guide);
    at.edit->setFocus(Qt::OtherFocusReason);
}

void AnnotationActions::tagAllOccurrences()
{
    Core::Project *p = m_session.project();
    const bool inEntities = m_context.views().tabs->currentWidget() == m_context.views().entities;
    const qint64 entity =
        inEntities && m_context.chosenEntity() ? m_context.chosenEntity() : m_context.lastTagged();
    if (!p || !entity || !p->entity(entity)) {
        emit statusMessage(tr("Tag a mention first, or choose an entity in the Entities tab."),
                           Severity::Hint);
        return;
    }
    QString error;
    const int n = p->tagAllOccurrences(entity, &error);
    if (n < 0)
        emit statusMessage(error, Severity::Error);
    else
        emit statusMessage(tr("Tagged %n more occurrence(s) of “%1” (one undo step).", nullptr, n)
                               .arg(p->entity(entity)->name),
                           Severity::Result);
}

void AnnotationActions::markSpan()
{
    const WorkContext::Text at = m_context.text();
    if (!at.isValid() || at.selection.length() == 0) {
        emit statusMessage(tr("Select the first passage of the link, then mark it."),
                           Severity::Hint);
        return;
    }
    m_context.setMarked({at.source, at.selection});
    emit statusMessage(
        tr("Marked. Now select the other passage (in this or another source) and press %1.")
            .arg(m_actions.shortcutText(ActionId::AnnotateLink)),
        Severity::Guide);
}

void AnnotationActions::linkToMarked()
{
    Core::Project *p = m_session.project();
    const WorkContext::Marked marked = m_context.marked();
    if (!p || !marked.source) {
        emit statusMessage(tr("Mark the first passage first (%1).")
                               .arg(m_actions.shortcutText(ActionId::AnnotateMarkSpan)),
                           Severity::Hint);
        return;
    }
    const WorkContext::Text at = m_context.text();
    if (!at.isValid() || at.selection.length() == 0) {
        emit statusMessage(tr("Select the second passage of the link."), Severity::Hint);
        return;
    }
    Core::Link l;
    l.sourceA = marked.source;
    l.spanA = marked.span;
    l.sourceB = at.source;
    l.spanB = at.selection;
    LinkDialog dialog(*p, l, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!p->addLink(dialog.link(), &error)) {
        report(false, error);
        return;
    }
    m_context.setMarked({});
    emit statusMessage(tr("Link recorded (see the Links tab, %1).")
                           .arg(m_actions.shortcutText(ActionId::ViewLinks)),
                       Severity::Result);
    at.edit->setFocus(Qt::OtherFocusReason);
}

void AnnotationActions::writeNote()
{
    Core::Project *p = m_session.project();
    if (!p)
        return;
    using Area = WorkContext::Area;
    Core::Note note;
    QString what;
    if (m_context.area() == Area::Entities && m_context.chosenEntity()) {
        note.target = Core::Note::Target::Entity;
        note.entity = m_context.chosenEntity();
        what = p->entity(note.entity)->name;
    } else if (m_context.currentLink()) {
        note.target = Core::Note::Target::Link;
        note.link = m_context.currentLink();
        what = tr("the selected link");
    } else if (m_context.area() == Area::Review) {
        emit noteOnReviewItemRequested();
        return;
    } else {
        const WorkContext::Text at = m_context.text();
        if (!at.source) {
            emit statusMessage(tr("Open a source, an entity or a link to write a note on."),
                               Severity::Hint);
            return;
        }
        note.source = at.source;
        if (at.selection.length() > 0) {
            note.target = Core::Note::Target::Span;
            note.span = at.selection;
            what = QStringLiteral("“%1”").arg(
                at.edit->textCursor().selectedText().simplified().left(60));
        } else {
            note.target = Core::Note::Target::Source;
            what = p->source(at.source).meta.title;
        }
    }
    const Core::Note *existing =
        p->noteOn(note.target, note.source, note.span, note.entity, note.link);
    NoteDialog dialog(what, existing ? existing->text : QString(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    note.text = dialog.text();
    QString error;
    report(p->setNote(note, &error), error);
}

void AnnotationActions::stepMention(int direction)
{
    Core::Project *p = m_session.project();
    if (!p)
        return;
    // The entity chosen in the Entities tab, through all sources; else the mentions of the
    // source being read.
    const qint64 entity = m_context.chosenEntity();
    const WorkContext::Text at = m_context.text();
    if (!entity && !at.source)
        return;
    const ReaderView *reader = m_context.views().reader;
    const auto step = Core::MentionNavigator(*p).step(
        entity ? p->mentionsOf(entity) : p->mentionsIn(at.source), reader->sourceId(),
        reader->textView()->textCursor().selectionStart(), direction);
    if (!step) {
        emit statusMessage(tr("No mentions to step through."), Severity::Info);
        return;
    }
    m_navigator.showSpan(step->mention.source, step->mention.span);
    emit statusMessage(tr("Mention %1 of %2").arg(step->index + 1).arg(step->count),
                       Severity::Info);
}

void AnnotationActions::editSelected()
{
    Core::Project *p = m_session.project();
    if (!p)
        return;
    QString error;
    if (const qint64 link = m_context.currentLink()) {
        const Core::Link shown = *p->link(link);
        LinkDialog dialog(*p, shown, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Core::Link *now = p->link(link);
        if (now && !(*now == shown) && !saveOverNewer(tr("This link")))
            return;
        report(p->editLink(dialog.link(), &error), error);
        return;
    }
    qint64 entity = m_context.chosenEntity();
    if (m_context.area() != WorkContext::Area::Entities) {
        // In a text: the entity of the mention under the caret.
        const WorkContext::Text at = m_context.text();
        const Core::Mention *m = at.edit ? p->mentionAt(at.source, at.caret) : nullptr;
        entity = m ? m->entity : 0;
    }
    if (!entity || !p->entity(entity)) {
        emit statusMessage(tr("Choose an entity (Entities tab, or the caret on a mention) or a "
                              "link to edit."),
                           Severity::Hint);
        return;
    }
    const Core::Entity shown = *p->entity(entity);
    EntityDialog dialog(*p, shown, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Changed while the dialog was open (by someone on the team, or an undo): the user says.
    const Core::Entity *now = p->entity(entity);
    if (now && !(*now == shown) && !saveOverNewer(tr("“%1”").arg(shown.name)))
        return;
    report(p->editEntity(dialog.entity(), &error), error);
}

bool AnnotationActions::saveOverNewer(const QString &what)
{
    if (askSaveOverNewer(m_dialogParent, what))
        return true;
    emit statusMessage(tr("Kept the newer version; your changes were not saved."), Severity::Info);
    return false;
}

void AnnotationActions::deleteSelected()
{
    Core::Project *p = m_session.project();
    if (!p)
        return;
    QString error;
    if (const qint64 link = m_context.currentLink()) {
        report(p->removeLink(link, &error), error);
        return;
    }
    if (m_context.area() == WorkContext::Area::Entities && m_context.chosenEntity()) {
        report(p->removeEntity(m_context.chosenEntity(), &error), error);
        return;
    }
    const WorkContext::Text at = m_context.text();
    const Core::Span around =
        at.selection.length() > 0 ? at.selection : Core::Span{at.caret, at.caret};
    const QVector<qint64> ids =
        at.edit ? p->mentionsOverlapping(at.source, around) : QVector<qint64>{};
    if (ids.isEmpty()) {
        emit statusMessage(tr("Nothing to delete here: put the caret on a mention, or choose an "
                              "entity or a link."),
                           Severity::Hint);
        return;
    }
    report(p->removeMentions(ids, &error), error);
}

void AnnotationActions::mergeSelected()
{
    Core::Project *p = m_session.project();
    EntityPanel *entities = m_context.views().entities;
    const QVector<qint64> ids = entities->selectedEntities();
    if (!p || ids.size() < 2) {
        emit statusMessage(tr("Select two or more entities in the Entities tab "
                              "(Shift+Up/Down or Ctrl+Space) to merge them."),
                           Severity::Hint);
        return;
    }
    QStringList names;
    for (qint64 id : ids)
        names << p->entity(id)->name;
    bool ok = false;
    // One of the names, or a new one typed in: the others (and the old name) become aliases.
    const QString chosen = QInputDialog::getItem(
        m_dialogParent, tr("Merge Entities"),
        tr("Name of the merged entity (choose one, or type a new name; the others become "
           "aliases):"),
        names, 0, true, &ok);
    if (!ok || chosen.trimmed().isEmpty())
        return;
    const qsizetype known = names.indexOf(chosen.trimmed());
    const qint64 keepId = ids.at(known >= 0 ? known : 0);
    QVector<qint64> others = ids;
    others.removeAll(keepId);
    QString error;
    if (p->mergeEntities(keepId, others, &error, known >= 0 ? QString() : chosen.trimmed()))
        entities->selectEntity(keepId);
    else
        report(false, error);
}

void AnnotationActions::splitEntity()
{
    Core::Project *p = m_session.project();
    const qint64 entity = m_context.chosenEntity();
    if (!p || !entity) {
        emit statusMessage(tr("Choose the entity to split in the Entities tab."), Severity::Hint);
        return;
    }
    // The mentions to move: those written one way.
    const QMap<QString, QVector<qint64>> groups = p->mentionGroupsByText(entity);
    QStringList choices;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        choices << tr("“%1” (%n mention(s))", nullptr, int(it.value().size())).arg(it.key());
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_dialogParent, tr("Split Entity"),
                              tr("Move the mentions written as:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const QString written = groups.keys().at(choices.indexOf(chosen));
    const QString name =
        QInputDialog::getText(m_dialogParent, tr("Split Entity"), tr("Name of the new entity:"),
                              QLineEdit::Normal, written, &ok);
    if (!ok)
        return;
    QString error;
    const qint64 created = p->splitEntity(entity, groups.value(written), name, &error);
    if (created)
        m_context.views().entities->selectEntity(created);
    else
        report(false, error);
}

void AnnotationActions::extendBySentence(int direction)
{
    const WorkContext::Text at = m_context.text();
    if (!at.edit)
        return;
    QTextCursor c = at.edit->textCursor();
    const QString text = at.edit->toPlainText();
    const Core::Text::SentenceBreaks sentences;
    const int pos = direction > 0 ? sentences.sentenceEnd(text, c.position())
                                  : sentences.sentenceStart(text, c.position());
    c.setPosition(pos, QTextCursor::KeepAnchor);
    at.edit->setTextCursor(c);
}

} // namespace Crosscheck::Ui
