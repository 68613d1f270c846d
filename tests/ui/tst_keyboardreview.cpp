// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sample project reviewed without the mouse: tag an entity and all its occurrences, record a
// contradiction, walk the review queue, use the palette, then check what the project file holds.
#include "actionregistry.h"
#include "annotatedsample.h"
#include "commandpalette.h"
#include "compareview.h"
#include "exportdialog.h"
#include "isolatedsettings.h"
#include "linkdialog.h"
#include "linkspanel.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "projectsession.h"
#include "readerview.h"
#include "reviewpanel.h"
#include "sourcematrixview.h"
#include "tagdialog.h"
#include "theme.h"

#include <core/formats/exporter.h>
#include <core/project/project.h>
#include <core/project/undostack.h>
#include <core/suggestions/reviewqueue.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <core/storage/sourcestore.h>

#include <functional>

using namespace Crosscheck;

class TestKeyboardReview : public QObject
{
    Q_OBJECT
private:
    TestData::IsolatedSettings m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;

    Core::Project *project() const { return m_window->session()->project(); }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        // A closed modal dialog leaves no active window on the offscreen platform; a real
        // window manager gives the main window back its activation, and with it the focus.
        if (!QApplication::focusWidget() && m_window) {
            QApplication::setActiveWindow(m_window.get());
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        }
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(k), mods);
    }
    /// Moves the caret of \a edit to the start of the \a nth occurrence of \a word and selects
    /// \a words words, with the keys a user would press (Ctrl+Home, Ctrl+Right, Ctrl+Shift+Right).
    void selectWords(QPlainTextEdit *edit, const QString &phrase, int words, int nth = 0)
    {
        QVERIFY(edit->hasFocus());
        const QString text = edit->toPlainText();
        int at = -1;
        for (int i = 0; i <= nth; ++i)
            at = int(text.indexOf(phrase, at + 1));
        QVERIFY2(at >= 0, qPrintable(phrase));
        QTest::keyClick(edit, Qt::Key_Home, Qt::ControlModifier);
        // Count the word jumps on a scratch cursor, then press them.
        QTextCursor probe(edit->document());
        int presses = 0;
        while (probe.position() < at && presses < 5000) {
            probe.movePosition(QTextCursor::NextWord);
            ++presses;
        }
        QCOMPARE(probe.position(), at);
        for (int i = 0; i < presses; ++i)
            QTest::keyClick(edit, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(edit->textCursor().position(), at);
        for (int i = 0; i < words; ++i)
            QTest::keyClick(edit, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(edit->textCursor().selectedText().trimmed().startsWith(phrase.section(u' ', 0, 0)));
    }
    /// Runs \a act on the modal dialog of type D that the next key opens.
    template<typename D>
    void onDialog(const std::function<void(D *)> &act, bool *ran)
    {
        QTimer::singleShot(0, this, [act, ran] {
            auto *d = qobject_cast<D *>(QApplication::activeModalWidget());
            QVERIFY(d);
            QApplication::setActiveWindow(d);
            QVERIFY(QTest::qWaitForWindowActive(d));
            act(d);
            *ran = true;
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("CrosscheckReviewTest"));
        m_window = TestData::sampleWindow();
        QVERIFY(m_window);
    }

    void tagAnEntityAndAllItsOccurrences()
    {
        // The first article in the reader, by keyboard.
        key(Qt::Key_1, Qt::ControlModifier);
        key(Qt::Key_Home);
        key(Qt::Key_2, Qt::ControlModifier);
        QPlainTextEdit *reader = m_window->views().reader->textView();
        QCOMPARE(QApplication::focusWidget(), reader);
        const Core::SourceId wire = m_window->views().reader->sourceId();
        QCOMPARE(project()->source(wire).meta.outlet, QStringLiteral("Nordic Wire Service"));
        selectWords(reader, QStringLiteral("Ingrid Solberg"), 2);

        bool ran = false;
        onDialog<Ui::TagDialog>(
            [](Ui::TagDialog *d) {
                QCOMPARE(d->name(), QStringLiteral("Ingrid Solberg"));
                QTest::keyClicks(d->filterEdit(), QStringLiteral("pers"));
                QVERIFY(d->list()->currentItem());
                QVERIFY(d->list()->currentItem()->text().contains(QStringLiteral("Person")));
                QTest::keyClick(d->filterEdit(), Qt::Key_Return);
            },
            &ran);
        key(Qt::Key_T, Qt::ControlModifier);
        QVERIFY(ran);
        QCOMPARE(project()->entities().size(), 1);
        const Core::Entity solberg = *project()->entities().cbegin();
        QCOMPARE(solberg.name, QStringLiteral("Ingrid Solberg"));
        QCOMPARE(project()->entityType(solberg.type)->name, QStringLiteral("Person"));
        QCOMPARE(project()->mentionsOf(solberg.id).size(), size_t(1));
        // Its mention shows in the reader.
        QVERIFY(!reader->extraSelections().isEmpty());

        // The offer: tag the other occurrences, one undoable step.
        const int steps = project()->undoStack()->count();
        key(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(project()->mentionsOf(solberg.id).size(), size_t(4));
        QCOMPARE(project()->undoStack()->count(), steps + 1);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(project()->mentionsOf(solberg.id).size(), size_t(1));
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(project()->mentionsOf(solberg.id).size(), size_t(4));
    }

    void recordAContradictionBetweenTwoSources()
    {
        key(Qt::Key_Down, Qt::AltModifier); // the first pair: the wire and the Courier
        Ui::CompareView *view = m_window->views().compare;
        QVERIFY(view->leftSource() && view->rightSource());
        view->leftPane()->setFocus();
        QApplication::setActiveWindow(m_window.get());
        // Which pane holds the wire's "six months"?
        const bool wireLeft = project()->source(view->leftSource()).meta.outlet ==
                              QLatin1String("Nordic Wire Service");
        Ui::ComparePane *months = wireLeft ? view->leftPane() : view->rightPane();
        if (!wireLeft)
            key(Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), months);
        selectWords(months, QStringLiteral("six months"), 2);
        key(Qt::Key_M, Qt::ControlModifier);
        key(Qt::Key_F6);
        Ui::ComparePane *weeks = wireLeft ? view->rightPane() : view->leftPane();
        QCOMPARE(QApplication::focusWidget(), weeks);
        selectWords(weeks, QStringLiteral("six weeks"), 2);
        bool ran = false;
        onDialog<Ui::LinkDialog>(
            [](Ui::LinkDialog *d) {
                QCOMPARE(QApplication::focusWidget(), d->typeBox());
                // Type a letter to choose "date/time", then Return.
                QTest::keyClick(d->typeBox(), Qt::Key_D);
                QCOMPARE(d->typeBox()->currentData().toString(), QStringLiteral("datetime"));
                QTest::keyClick(d->typeBox(), Qt::Key_Return);
            },
            &ran);
        key(Qt::Key_L, Qt::ControlModifier);
        QVERIFY(ran);
        QCOMPARE(project()->links().size(), size_t(1));
        const Core::Link &l = project()->links().front();
        const auto textOf = [this](Core::SourceId s, Core::Span span) {
            return project()->sourceText(s).mid(span.start, span.length()).trimmed();
        };
        QCOMPARE(textOf(l.sourceA, l.spanA), QStringLiteral("six months"));
        QCOMPARE(textOf(l.sourceB, l.spanB), QStringLiteral("six weeks"));
        QCOMPARE(l.type, QStringLiteral("datetime"));
        QCOMPARE(l.relation, Core::Link::Relation::Contradicts);
        // The Links tab lists it; Enter there opens both passages side by side.
        key(Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_window->views().links->view());
        key(Qt::Key_Down);
        QCOMPARE(m_window->views().links->currentLink(), l.id);
        key(Qt::Key_Return);
        QCOMPARE(m_window->views().tabs->currentWidget(), view);
        QCOMPARE(view->leftPane()->textCursor().selectedText().trimmed().isEmpty(), false);
    }

    void walkTheReviewQueue()
    {
        key(Qt::Key_9, Qt::ControlModifier);
        Ui::ReviewPanel *review = m_window->views().review;
        QCOMPARE(m_window->views().tabs->currentWidget(), review);
        QVERIFY(review->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() == review);
        const int total = review->count();
        QVERIFY(total > 20);
        const QString heading = QStringLiteral("Item 1 of %1").arg(review->itemCount());
        QVERIFY(review->progressText().contains(heading));
        // Contradiction candidates come first; the first is accepted as a link.
        QCOMPARE(review->current()->kind, Core::Annotation::ReviewItem::Kind::Contradiction);
        const size_t links = project()->links().size();
        key(Qt::Key_A);
        QCOMPARE(project()->links().size(), links + 1);
        QCOMPARE(review->count(), total - 1);
        // The next is rejected: a decision is stored and the link count stays.
        const QString rejectedKey = review->current()->contradiction.key();
        key(Qt::Key_X);
        QCOMPARE(project()->suggestionDecision(rejectedKey), QStringLiteral("rejected"));
        QCOMPARE(project()->links().size(), links + 1);
        // J / K move without deciding; S skips to the end.
        const int pos = review->position();
        key(Qt::Key_J);
        QCOMPARE(review->position(), pos + 1);
        key(Qt::Key_K);
        QCOMPARE(review->position(), pos);
        const int before = review->count();
        key(Qt::Key_S);
        QCOMPARE(review->count(), before);
        // On to an entity suggestion: accept one, reject one.
        while (review->current() &&
               review->current()->kind != Core::Annotation::ReviewItem::Kind::Entity)
            key(Qt::Key_J);
        QVERIFY(review->current());
        const Core::Annotation::EntitySuggestion accepted = review->current()->entity;
        const int mentions = int(project()->mentions().size());
        key(Qt::Key_A);
        QCOMPARE(int(project()->mentions().size()), mentions + 1);
        QCOMPARE(project()->suggestionDecision(accepted.key()), QStringLiteral("accepted"));
        QVERIFY(review->current());
        const QString rejectedEntity = review->current()->entity.key();
        key(Qt::Key_X);
        QCOMPARE(project()->suggestionDecision(rejectedEntity), QStringLiteral("rejected"));
        // Undo takes the last decision back.
        key(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(project()->suggestionDecision(rejectedEntity).isEmpty());
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(project()->suggestionDecision(rejectedEntity), QStringLiteral("rejected"));
        // A rebuilt queue no longer offers what was decided.
        key(Qt::Key_F5);
        const Core::Annotation::ReviewItem *first = review->current();
        QVERIFY(first);
        for (int i = 0; i < review->count(); ++i) {
            const auto *item = review->current();
            if (item->kind == Core::Annotation::ReviewItem::Kind::Entity)
                QVERIFY(item->entity.key() != rejectedEntity &&
                        item->entity.key() != accepted.key());
            if (item->kind == Core::Annotation::ReviewItem::Kind::Contradiction)
                QVERIFY(item->contradiction.key() != rejectedKey);
            key(Qt::Key_J);
        }
    }

    void commandPaletteRunsCommands()
    {
        bool ran = false;
        onDialog<Ui::CommandPalette>(
            [](Ui::CommandPalette *p) {
                QTest::keyClicks(p->filterEdit(), QStringLiteral("source matrix"));
                QCOMPARE(p->chosen()->objectName(), QStringLiteral("View.Matrix"));
                QTest::keyClick(p->filterEdit(), Qt::Key_Return);
            },
            &ran);
        key(Qt::Key_K, Qt::ControlModifier);
        QVERIFY(ran);
        QCOMPARE(m_window->views().tabs->currentWidget(),
                 static_cast<QWidget *>(m_window->views().matrix));
        // Letters in order find a command ("rvw": review), and the theme has a command.
        bool fuzzy = false;
        QString review, theme;
        onDialog<Ui::CommandPalette>(
            [&review, &theme](Ui::CommandPalette *p) {
                QTest::keyClicks(p->filterEdit(), QStringLiteral("rvw"));
                review = p->chosen() ? p->chosen()->objectName() : QString();
                p->filterEdit()->setText(QStringLiteral("dark theme"));
                theme = p->chosen() ? p->chosen()->objectName() : QString();
                QTest::keyClick(p->filterEdit(), Qt::Key_Return);
            },
            &fuzzy);
        const bool wasDark = Ui::ThemeManager::instance().theme().isDark();
        m_window->actions()->action(QStringLiteral("Help.CommandPalette"))->trigger();
        QVERIFY(fuzzy);
        QVERIFY2(review.contains(QLatin1String("Review")), qPrintable(review));
        QCOMPARE(theme, QStringLiteral("Settings.ToggleTheme"));
        QCOMPARE(Ui::ThemeManager::instance().theme().isDark(), !wasDark);
        Ui::ThemeManager::setSetting(QString());
    }

    void selectionExtendsBySentence()
    {
        key(Qt::Key_2, Qt::ControlModifier);
        QPlainTextEdit *reader = m_window->views().reader->textView();
        QCOMPARE(QApplication::focusWidget(), reader);
        key(Qt::Key_Home, Qt::ControlModifier);
        key(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(reader->textCursor().selectedText(),
                 QStringLiteral("Tanker runs aground off Lindhaven, spilling fuel oil"));
        key(Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(reader->textCursor().selectedText().endsWith(
            QStringLiteral("into the sea, the coastguard said.")));
        key(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!reader->textCursor().selectedText().contains(QStringLiteral("coastguard")));
    }

    void exportFromTheFileMenu()
    {
        const QString target = m_settings.filePath(QStringLiteral("review.jsonld"));
        bool ran = false;
        onDialog<Ui::ExportDialog>(
            [&target](Ui::ExportDialog *d) {
                QCOMPARE(QApplication::focusWidget(), d->formatBox());
                QCOMPARE(d->formatBox()->currentData().toInt(), int(Core::Formats::Format::W3C));
                d->pathEdit()->setFocus();
                d->pathEdit()->selectAll();
                QTest::keyClicks(d->pathEdit(), target);
                QTest::keyClick(d->pathEdit(), Qt::Key_Return);
            },
            &ran);
        m_window->actions()->action(QStringLiteral("File.Export"))->trigger();
        QVERIFY(ran);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject c = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(c[QStringLiteral("type")].toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(c[QStringLiteral("total")].toInt(),
                 int(project()->mentions().size() + project()->links().size()));
    }

    void exportTheReportWithTheKeyboard()
    {
        const QString target = m_settings.filePath(QStringLiteral("review-report.pdf"));
        // The export dialog before closed and left no active window (see key()).
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        bool ran = false;
        onDialog<Ui::ExportDialog>(
            [&target](Ui::ExportDialog *d) {
                // End picks the last format: the PDF report; the path follows the format.
                QTest::keyClick(d->formatBox(), Qt::Key_End);
                QCOMPARE(d->formatBox()->currentData().toInt(), int(Core::Formats::Format::Pdf));
                QVERIFY(d->pathEdit()->text().endsWith(QLatin1String("-report.pdf")));
                d->pathEdit()->setFocus();
                d->pathEdit()->selectAll();
                QTest::keyClicks(d->pathEdit(), target);
                QTest::keyClick(d->pathEdit(), Qt::Key_Return);
            },
            &ran);
        key(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(ran);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(f.size() > 10000);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("report")));
    }

    void reviewContextKeepsLinesAndShowsTags()
    {
        key(Qt::Key_9, Qt::ControlModifier);
        Ui::ReviewPanel *review = m_window->views().review;
        auto *context = review->findChild<QTextBrowser *>(QStringLiteral("reviewContext"));
        QVERIFY(context);
        key(Qt::Key_F5); // the queue from its start
        // An item near the wire's headline: the headline stays on a line of its own.
        const Core::SourceId wire = project()->sourceAt(0).id;
        int steps = 0;
        while (review->current() && steps++ < review->count() &&
               !(review->current()->kind == Core::Annotation::ReviewItem::Kind::Entity &&
                 review->current()->entity.source == wire &&
                 review->current()->entity.span.start < 200))
            key(Qt::Key_J);
        QVERIFY(review->current());
        QVERIFY(review->current()->entity.source == wire);
        const QString shown = context->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("fuel oil")), qPrintable(shown));
        QVERIFY2(!shown.contains(QLatin1String("fuel oil LINDHAVEN")), qPrintable(shown));
        // A name tagged in the excerpt is tinted there (one span more than the item's own).
        const int tints = int(context->toHtml().count(QLatin1String("background-color:")));
        const Core::Span lindhaven =
            TestData::spanOf(*project(), wire, QStringLiteral("Lindhaven"));
        QString error;
        QVERIFY2(project()->tagNewEntity(wire, lindhaven, QStringLiteral("Lindhaven"),
                                         project()->entityTypes().at(2).id, &error),
                 qPrintable(error));
        key(Qt::Key_J);
        key(Qt::Key_K);
        QVERIFY2(int(context->toHtml().count(QLatin1String("background-color:"))) > tints,
                 qPrintable(context->toHtml()));
    }

    void theQueueFollowsTheProject()
    {
        key(Qt::Key_9, Qt::ControlModifier);
        Ui::ReviewPanel *review = m_window->views().review;
        key(Qt::Key_F5);
        while (review->current() &&
               review->current()->kind != Core::Annotation::ReviewItem::Kind::Entity)
            key(Qt::Key_J);
        QVERIFY(review->current());
        const Core::Annotation::EntitySuggestion s = review->current()->entity;
        const int before = review->count();
        // Tagged elsewhere (not from the queue): the item goes without F5, and comes back
        // with an undo.
        QString error;
        QVERIFY2(project()->tagNewEntity(s.source, s.span, s.entityName,
                                         project()->entityTypes().front().id, &error),
                 qPrintable(error));
        QTRY_VERIFY(review->count() < before);
        QVERIFY(project()->undoStack()->undo());
        QTRY_COMPARE(review->count(), before);
        // F5 keeps the count of what was decided.
        const auto decided = [review] {
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("(\\d+) decided")).match(review->progressText());
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        };
        const int done = decided();
        key(Qt::Key_A);
        QCOMPARE(decided(), done + 1);
        key(Qt::Key_F5);
        QCOMPARE(decided(), done + 1);
    }

    void decidesANameEverywhereAtOnce()
    {
        key(Qt::Key_9, Qt::ControlModifier);
        Ui::ReviewPanel *review = m_window->views().review;
        using Core::Annotation::ReviewQueue;
        // A name accepted everywhere (Shift+A), one rejected everywhere (Shift+X): one undo step.
        for (const bool accept : {true, false}) {
            key(Qt::Key_F5);
            const std::vector<Core::Annotation::ReviewItem> queue = ReviewQueue::build(*project());
            QCOMPARE(int(queue.size()), review->count());
            int steps = 0;
            while (review->current() && steps++ < review->count() &&
                   ReviewQueue::sameName(queue, *review->current()).size() < 2)
                key(Qt::Key_J);
            QVERIFY(review->current());
            const std::vector<Core::Annotation::ReviewItem> same =
                ReviewQueue::sameName(queue, *review->current());
            QVERIFY(same.size() >= 2);
            const int count = review->count();
            const size_t mentions = project()->mentions().size();
            const int undo = project()->undoStack()->count();
            key(accept ? Qt::Key_A : Qt::Key_X, Qt::ShiftModifier);
            QCOMPARE(project()->undoStack()->count(), undo + 1);
            QCOMPARE(review->count(), count - int(same.size()));
            QCOMPARE(project()->mentions().size(), mentions + (accept ? same.size() : 0));
            for (const Core::Annotation::ReviewItem &i : same)
                QCOMPARE(project()->suggestionDecision(i.key()),
                         accept ? QStringLiteral("accepted") : QStringLiteral("rejected"));
        }
    }

    void theProjectFileHoldsTheReview()
    {
        const QString path = project()->filePath();
        const size_t links = project()->links().size();
        const size_t mentions = project()->mentions().size();
        const int entities = int(project()->entities().size());
        QVERIFY(links >= 2 && mentions >= 5 && entities >= 2);
        m_window.reset(); // closes the project
        Core::Storage::OpenStatus status;
        auto reopened = Core::Project::open(path, true, &status);
        QVERIFY2(reopened, qPrintable(status.message));
        QCOMPARE(reopened->links().size(), links);
        QCOMPARE(reopened->mentions().size(), mentions);
        QCOMPARE(int(reopened->entities().size()), entities);
        const auto log = reopened->editLog();
        QVERIFY(std::any_of(log.begin(), log.end(), [](const Core::Storage::EditLogEntry &e) {
            return e.action == QLatin1String("decide-suggestions");
        }));
    }
};

QTEST_MAIN(TestKeyboardReview)
#include "tst_keyboardreview.moc"
