// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The annotation and review handlers driven through the registry's actions against a
// WorkContext over bare views: no MainWindow. Dialogs are answered as a user would.
#include "actionregistry.h"
#include "actions/actionids.h"
#include "actions/annotationactions.h"
#include "actions/reviewactions.h"
#include "appsettings.h"
#include "compareview.h"
#include "entitydialog.h"
#include "entitypanel.h"
#include "entitytypesdialog.h"
#include "familyview.h"
#include "isolatedsettings.h"
#include "linkdialog.h"
#include "linkspanel.h"
#include "navigator.h"
#include "notedialog.h"
#include "overlapspanel.h"
#include "projectsession.h"
#include "readerview.h"
#include "reviewpanel.h"
#include "sourcedetailsdialog.h"
#include "sourcelistpanel.h"
#include "sourcematrixview.h"
#include "tagdialog.h"
#include "workcontext.h"

#include <core/models/sourcelistmodel.h>
#include <core/project/project.h>
#include <core/project/undostack.h>
#include <core/suggestions/reviewqueue.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Crosscheck;
using namespace Crosscheck::Ui;

class TestAnnotationActions : public QObject
{
    Q_OBJECT
private:
    TestData::IsolatedSettings m_settings;
    std::unique_ptr<QWidget> m_window;
    ActionRegistry *m_actions = nullptr;
    ProjectSession *m_session = nullptr;
    WorkContext *m_context = nullptr;
    Views m_views;
    QStringList m_messages;

    void trigger(const char *id) { m_actions->action(id)->trigger(); }

    /// Answers the next modal dialog of type D with \a act.
    template<typename D>
    void answer(const std::function<void(D *)> &act)
    {
        QTimer::singleShot(0, this, [act] {
            auto *d = qobject_cast<D *>(QApplication::activeModalWidget());
            QVERIFY(d);
            act(d);
        });
    }

    /// Selects \a phrase (its \a nth occurrence) in the reader, which gets the keyboard.
    Core::Span select(const QString &phrase, int nth = 0)
    {
        QPlainTextEdit *edit = m_views.reader->textView();
        const QString text = edit->toPlainText();
        qsizetype at = -1;
        for (int i = 0; i <= nth; ++i)
            at = text.indexOf(phrase, at + 1);
        QTextCursor c = edit->textCursor();
        c.setPosition(int(at));
        c.setPosition(int(at + phrase.size()), QTextCursor::KeepAnchor);
        edit->setTextCursor(c);
        edit->setFocus();
        return {int(at), int(at + phrase.size())};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("CrosscheckActionsTest"));
        QFile::remove(ProjectSession::samplePath());
        m_window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(m_window.get());
        auto *model = new Core::SourceListModel(m_window.get());
        m_views.sources = new SourceListPanel(model, m_window.get());
        m_views.tabs = new QTabWidget(m_window.get());
        m_views.reader = new ReaderView(m_views.tabs);
        m_views.compare = new CompareView(m_views.tabs);
        m_views.overlaps = new OverlapsPanel(m_views.tabs);
        m_views.families = new FamilyView(m_views.tabs);
        m_views.matrix = new SourceMatrixView(m_views.tabs);
        m_views.entities = new EntityPanel(m_views.tabs);
        m_views.links = new LinksPanel(m_views.tabs);
        m_views.review = new ReviewPanel(m_views.tabs);
        for (QWidget *w :
             {static_cast<QWidget *>(m_views.reader), static_cast<QWidget *>(m_views.compare),
              static_cast<QWidget *>(m_views.overlaps), static_cast<QWidget *>(m_views.families),
              static_cast<QWidget *>(m_views.matrix), static_cast<QWidget *>(m_views.entities),
              static_cast<QWidget *>(m_views.links), static_cast<QWidget *>(m_views.review)})
            m_views.tabs->addTab(w, QString::fromLatin1(w->metaObject()->className()));
        layout->addWidget(m_views.sources);
        layout->addWidget(m_views.tabs);
        m_actions = new ActionRegistry(m_window.get());
        m_session = new ProjectSession(m_window.get());
        m_context = new WorkContext(m_views, m_window.get());
        auto *navigator = new Navigator(*m_actions, *m_session, *m_context, m_window.get());
        auto *annotations =
            new AnnotationActions(*m_actions, *m_session, *m_context, *navigator, m_window.get());
        auto *review =
            new ReviewActions(*m_actions, *m_session, *m_context, *navigator, m_window.get());
        connect(annotations, &AnnotationActions::noteOnReviewItemRequested, review,
                &ReviewActions::noteOnItem);
        for (QObject *o : {static_cast<QObject *>(annotations), static_cast<QObject *>(review)})
            connect(o, SIGNAL(statusMessage(QString, Crosscheck::Ui::Severity)), this,
                    SLOT(onStatus(QString)));
        connect(m_session, &ProjectSession::projectChanged, this, [this](Core::Project *p) {
            m_views.reader->setProject(p);
            m_views.entities->setProject(p);
            m_views.links->setProject(p);
            m_views.review->setProject(p);
        });
        m_window->resize(1200, 700);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        Core::Storage::OpenStatus status;
        QVERIFY(m_session->createSample(&status, nullptr));
        m_views.reader->showSource(m_session->project()->sourceAt(0).id);
        m_views.tabs->setCurrentWidget(m_views.reader);
    }

    void onStatus(const QString &text) { m_messages << text; }

    void cleanupTestCase()
    {
        m_context->detach();
        m_window.reset();
    }

    void tagTrimsTheSelectionAndOffersTagAll()
    {
        Core::Project *p = m_session->project();
        const Core::Span span = select(QStringLiteral(" Ingrid Solberg "));
        answer<TagDialog>([](TagDialog *d) {
            d->list()->setCurrentRow(d->list()->count() - 1); // a type: a new entity
            d->accept();
        });
        trigger(ActionId::AnnotateTag);
        QCOMPARE(p->mentions().size(), size_t(1));
        const Core::Mention m = p->mentions().front();
        QCOMPARE(p->sourceText(m.source).mid(m.span.start, m.span.length()),
                 QStringLiteral("Ingrid Solberg")); // the space and comma trimmed
        QVERIFY(m.span.start == span.start + 1);
        QVERIFY(m_messages.last().contains(QLatin1String("more occurrence")));
        QCOMPARE(m_context->lastTagged(), m.entity);
        trigger(ActionId::AnnotateTagAll);
        QVERIFY(p->mentionsOf(m.entity).size() > 1);
    }

    void tagPopupTakesWholeWordsAndTheSuggestedType()
    {
        Core::Project *p = m_session->project();
        // Part of a name selected ("omas Ber"): the whole name is tagged.
        const Core::Span part = select(QStringLiteral("omas Ber"));
        qint64 proposed = -1;
        answer<TagDialog>([&proposed](TagDialog *d) {
            QVERIFY(!d->entity()); // no entity of that name yet: a new one, of the proposed type
            proposed = d->type();
            d->accept();
        });
        trigger(ActionId::AnnotateTag);
        const qint64 person = Core::Annotation::ReviewQueue::typeId(*p, QStringLiteral("Person"));
        QCOMPARE(proposed, person);
        const Core::Mention *m = p->mentionAt(m_views.reader->sourceId(), part.start);
        QVERIFY(m);
        QCOMPARE(p->sourceText(m->source).mid(m->span.start, m->span.length()),
                 QStringLiteral("Tomas Berg"));
        // A month is proposed as a date, not as a new person.
        select(QStringLiteral("March"));
        answer<TagDialog>([&proposed](TagDialog *d) {
            proposed = d->type();
            d->reject();
        });
        trigger(ActionId::AnnotateTag);
        QCOMPARE(proposed, Core::Annotation::ReviewQueue::typeId(*p, QStringLiteral("Date/Time")));
        QVERIFY(proposed != person);
    }

    void mergeTakesANewName()
    {
        Core::Project *p = m_session->project();
        QString error;
        const Core::SourceId wire = p->sourceAt(0).id;
        const qint64 person = Core::Annotation::ReviewQueue::typeId(*p, QStringLiteral("Person"));
        const auto spanOf = [&](const QString &word) {
            const int at = int(p->sourceText(wire).indexOf(word));
            return Core::Span{at, at + int(word.size())};
        };
        const qint64 a = p->tagNewEntity(wire, spanOf(QStringLiteral("Corvina")),
                                         QStringLiteral("Corvina"), person, &error);
        const qint64 b = p->tagNewEntity(wire, spanOf(QStringLiteral("Skarv")),
                                         QStringLiteral("Skarv"), person, &error);
        QVERIFY2(a && b, qPrintable(error));
        EntityPanel *panel = m_views.entities;
        panel->selectEntity(a);
        const QModelIndex other = [&] {
            for (int r = 0; r < panel->view()->model()->rowCount(); ++r) {
                const QModelIndex i = panel->view()->model()->index(r, 0);
                if (i.data().toString() == QLatin1String("Skarv"))
                    return i;
            }
            return QModelIndex();
        }();
        QVERIFY(other.isValid());
        panel->view()->selectionModel()->select(other, QItemSelectionModel::Select |
                                                           QItemSelectionModel::Rows);
        QCOMPARE(panel->selectedEntities().size(), 2);
        answer<QInputDialog>([](QInputDialog *d) {
            d->setTextValue(QStringLiteral("MT Corvina"));
            d->accept();
        });
        trigger(ActionId::AnnotateMerge);
        QCOMPARE(p->entity(a)->name, QStringLiteral("MT Corvina"));
        QVERIFY(!p->entity(b));
        QVERIFY(p->entity(a)->aliases.contains(QStringLiteral("Corvina")));
        QVERIFY(p->entity(a)->aliases.contains(QStringLiteral("Skarv")));
    }

    void stepsMentionsAndDeletesTheOneUnderTheCaret()
    {
        Core::Project *p = m_session->project();
        m_views.entities->selectEntity(m_context->lastTagged());
        const size_t before = p->mentions().size();
        QVERIFY(before > 1);
        select(QStringLiteral("Solberg"));
        trigger(ActionId::AnnotateNextMention);
        QVERIFY(m_messages.last().startsWith(QLatin1String("Mention ")));
        // The reader shows the mention; delete the one under the caret.
        QPlainTextEdit *edit = m_views.reader->textView();
        edit->setFocus();
        const Core::Mention *under =
            p->mentionAt(m_views.reader->sourceId(), edit->textCursor().selectionStart());
        QVERIFY(under);
        trigger(ActionId::AnnotateDelete);
        QCOMPARE(p->mentions().size(), before - 1);
        QVERIFY(p->undoStack()->undo());
        QCOMPARE(p->mentions().size(), before);
    }

    void anEntityChangedWhileItsDialogIsOpenIsNotOverwrittenUnasked()
    {
        Core::Project *p = m_session->project();
        const qint64 id = m_context->lastTagged();
        QVERIFY(p->entity(id));
        for (const bool saveMine : {false, true}) {
            // The caret on one of its mentions in the reader.
            const Core::Mention m = p->mentionsOf(id).front();
            m_views.tabs->setCurrentWidget(m_views.reader);
            m_views.reader->showSource(m.source);
            QPlainTextEdit *edit = m_views.reader->textView();
            QTextCursor c = edit->textCursor();
            c.setPosition(m.span.start + 1);
            edit->setTextCursor(c);
            edit->setFocus();
            const QString theirs = saveMine ? QStringLiteral("Solberg (harbour master)")
                                            : QStringLiteral("I. Solberg");
            const QString mine =
                saveMine ? QStringLiteral("Harbour master Solberg") : QStringLiteral("Ingrid S.");
            // While the dialog is open the entity changes (as another analyst's edit would).
            answer<EntityDialog>([p, id, theirs, mine, saveMine](EntityDialog *d) {
                auto *notice = d->findChild<QLabel *>(QStringLiteral("changedNotice"));
                QVERIFY(notice && notice->isHidden());
                d->findChild<QLineEdit *>()->setText(mine);
                Core::Entity e = *p->entity(id);
                e.name = theirs;
                QVERIFY(p->editEntity(e));
                // The dialog says so at once, and what was typed stays.
                QVERIFY(!notice->isHidden());
                QVERIFY(notice->text().contains(theirs));
                QCOMPARE(d->findChild<QLineEdit *>()->text(), mine);
                QTimer::singleShot(0, [saveMine] {
                    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                    QVERIFY(box);
                    QVERIFY(box->text().contains(QStringLiteral("changed while you were editing")));
                    for (QAbstractButton *b : box->buttons()) {
                        if (b->text().contains(saveMine ? QStringLiteral("Mine")
                                                        : QStringLiteral("Theirs")))
                            b->click();
                    }
                });
                d->accept();
            });
            trigger(ActionId::AnnotateEdit);
            QCOMPARE(p->entity(id)->name, saveMine ? mine : theirs);
        }
    }

    void ctrlReturnSavesTheEntityDialogFromAnyField()
    {
        Core::Project *p = m_session->project();
        QVERIFY(!p->entities().empty());
        EntityDialog d(*p, p->entities().first());
        d.show();
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        auto *aliases = d.findChild<QPlainTextEdit *>();
        aliases->setFocus();
        QTest::keyClick(aliases, Qt::Key_Return); // a new line, not a save
        QVERIFY(d.isVisible());
        QTest::keyClick(aliases, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        // Source details are wide enough for a headline.
        SourceDetailsDialog details(p->sourceAt(0), nullptr, p);
        QVERIFY(details.minimumWidth() >= 560);
    }

    void sourceDetailsSayWhenTheSourceChangesUnderThem()
    {
        Core::Project *p = m_session->project();
        const Core::Source shown = p->sourceAt(0);
        SourceDetailsDialog d(shown, nullptr, p);
        auto *notice = d.findChild<QLabel *>(QStringLiteral("changedNotice"));
        QVERIFY(notice && notice->isHidden());
        auto *title = d.findChild<QLineEdit *>();
        title->setText(QStringLiteral("My title"));
        Core::SourceMetadata meta = shown.meta;
        meta.title = QStringLiteral("Their title");
        QVERIFY(p->setSourceMetadata(shown.id, meta));
        QVERIFY(!notice->isHidden());
        QVERIFY(notice->text().contains(QStringLiteral("Their title")));
        QCOMPARE(title->text(), QStringLiteral("My title"));
        QVERIFY(p->undoStack()->undo());
        QVERIFY(notice->isHidden());
    }

    void markAndLinkTwoSpans()
    {
        Core::Project *p = m_session->project();
        select(QStringLiteral("120 tonnes"));
        trigger(ActionId::AnnotateLink); // nothing marked yet: a hint, no link
        QVERIFY(p->links().empty());
        trigger(ActionId::AnnotateMarkSpan);
        QCOMPARE(m_context->marked().source, m_views.reader->sourceId());
        select(QStringLiteral("heavy fuel oil"));
        answer<LinkDialog>([](LinkDialog *d) { d->accept(); });
        trigger(ActionId::AnnotateLink);
        QCOMPARE(p->links().size(), size_t(1));
        QCOMPARE(m_context->marked().source, Core::SourceId(0)); // used up
    }

    void noteOnASelection()
    {
        Core::Project *p = m_session->project();
        const Core::Span span = select(QStringLiteral("coastguard"));
        answer<NoteDialog>([](NoteDialog *d) {
            d->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("Which coastguard?"));
            d->accept();
        });
        trigger(ActionId::AnnotateNote);
        const Core::Note *n =
            p->noteOn(Core::Note::Target::Span, m_views.reader->sourceId(), span, 0, 0);
        QVERIFY(n);
        QCOMPARE(n->text, QStringLiteral("Which coastguard?"));
    }

    void retypingAContradictionInReviewModeIsDecided()
    {
        Core::Project *p = m_session->project();
        m_views.review->rebuild();
        m_views.tabs->setCurrentWidget(m_views.review);
        m_views.review->setFocus();
        const Core::Annotation::ReviewItem *item = m_views.review->current();
        QVERIFY(item);
        QCOMPARE(item->kind, Core::Annotation::ReviewItem::Kind::Contradiction);
        const QString key = item->contradiction.key();
        const size_t links = p->links().size();
        answer<QDialog>([](QDialog *d) { d->accept(); }); // the type chooser, as offered
        trigger(ActionId::ReviewRetype);
        QCOMPARE(p->links().size(), links + 1);
        QCOMPARE(p->suggestionDecision(key), QStringLiteral("accepted"));
        m_views.review->rebuild(); // F5: the decided candidate does not come back
        for (int i = 0; i < m_views.review->count(); ++i, m_views.review->next())
            QVERIFY(m_views.review->current()->kind !=
                        Core::Annotation::ReviewItem::Kind::Contradiction ||
                    m_views.review->current()->contradiction.key() != key);
    }

    void authorChangeReachesTheOpenProject()
    {
        Core::Project *p = m_session->project();
        m_views.tabs->setCurrentWidget(m_views.reader);
        AppSettings::instance().setAuthor(QStringLiteral("Desk Editor"));
        QCOMPARE(p->author(), QStringLiteral("Desk Editor"));
        select(QStringLiteral("Lindhaven"));
        trigger(ActionId::AnnotateMarkSpan);
        select(QStringLiteral("Skarv"));
        answer<LinkDialog>([](LinkDialog *d) { d->accept(); });
        trigger(ActionId::AnnotateLink);
        QCOMPARE(p->links().back().author, QStringLiteral("Desk Editor"));
        AppSettings::instance().setAuthor(QString());
        QVERIFY(p->author() != QStringLiteral("Desk Editor")); // the login name again
    }

    void sentenceExtensionSkipsInitialisms()
    {
        QPlainTextEdit *edit = m_views.reader->textView();
        edit->setPlainText(QStringLiteral("The U.S. Navy sent a ship. It arrived."));
        QTextCursor c = edit->textCursor();
        c.setPosition(0);
        edit->setTextCursor(c);
        edit->setFocus();
        trigger(ActionId::AnnotateExtendSentence);
        QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("The U.S. Navy sent a ship."));
        trigger(ActionId::AnnotateExtendSentenceBack);
        QVERIFY(!edit->textCursor().hasSelection());
    }
};

QTEST_MAIN(TestAnnotationActions)
#include "tst_annotationactions.moc"
