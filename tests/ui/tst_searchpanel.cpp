// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Search from the keyboard, offscreen, on the sample project: the search panel (Ctrl+Shift+F,
// Enter, F3 / Shift+F3 across sources), the reader's find bar (Ctrl+F, Enter, Escape), the
// notes list and Copy as Quotation.
#include "actionregistry.h"
#include "actions/actionids.h"
#include "actions/fileactions.h"
#include "appsettings.h"
#include "comparepane.h"
#include "compareview.h"
#include "findbar.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "notespanel.h"
#include "projectsession.h"
#include "readerview.h"
#include "searchpanel.h"

#include <core/importers/importjob.h>
#include <core/models/notelistmodel.h>
#include <core/models/searchresultmodel.h>
#include <core/project/project.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Crosscheck;

class TestSearchPanel : public QObject
{
    Q_OBJECT
private:
    TestData::IsolatedSettings m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;

    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(k), mods);
    }
    Ui::SearchPanel *panel() const { return m_window->views().search; }
    QString readerSelection() const
    {
        return m_window->views().reader->textView()->textCursor().selectedText();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("CrosscheckTest"));
    }
    void init()
    {
        QFile::remove(Ui::ProjectSession::samplePath());
        Ui::AppSettings::instance().setAuthor(QStringLiteral("Test Analyst")); // not asked
        m_window = std::make_unique<Ui::MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->fileActions()->openSample());
    }
    void cleanup() { m_window.reset(); }

    void searchFromTheKeyboard()
    {
        new QAbstractItemModelTester(
            panel()->results(), QAbstractItemModelTester::FailureReportingMode::QtTest, panel());
        key(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->views().tabs->currentWidget(), panel());
        QCOMPARE(QApplication::focusWidget(), panel()->queryField());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Corvina"));
        key(Qt::Key_Return);
        QTRY_VERIFY(!panel()->isRunning());
        // The sample's five articles all name the ship.
        QCOMPARE(panel()->results()->sourceCount(), 5);
        QVERIFY(panel()->results()->hitCount() >= 5);
        QVERIFY2(panel()->statusText().contains(QStringLiteral("hit")),
                 qPrintable(panel()->statusText()));
        // F3 opens the first hit in the reader, selected; the next F3 the next hit.
        key(Qt::Key_F3);
        QCOMPARE(m_window->views().tabs->currentWidget(), m_window->views().reader);
        QCOMPARE(readerSelection().toLower(), QStringLiteral("corvina"));
        const int first = m_window->views().reader->textView()->textCursor().selectionStart();
        const auto firstSource = m_window->views().reader->sourceId();
        key(Qt::Key_F3);
        QCOMPARE(readerSelection().toLower(), QStringLiteral("corvina"));
        QVERIFY(m_window->views().reader->textView()->textCursor().selectionStart() != first ||
                m_window->views().reader->sourceId() != firstSource);
        key(Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(m_window->views().reader->sourceId(), firstSource);
        QCOMPARE(m_window->views().reader->textView()->textCursor().selectionStart(), first);
        // Enter on a hit in the list opens it.
        key(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        panel()->view()->setFocus();
        const QModelIndex lastSource =
            panel()->view()->model()->index(panel()->view()->model()->rowCount() - 1, 0);
        panel()->view()->setCurrentIndex(panel()->view()->model()->index(0, 0, lastSource));
        key(Qt::Key_Return);
        QCOMPARE(m_window->views().tabs->currentWidget(), m_window->views().reader);
        QCOMPARE(m_window->views().reader->sourceId(),
                 lastSource.data(Core::SearchResultModel::SourceRole).toLongLong());
        QCOMPARE(readerSelection().toLower(), QStringLiteral("corvina"));
        // The query is remembered.
        QCOMPARE(panel()->queryField()->itemText(0), QStringLiteral("Corvina"));
    }

    void fromTheCompareViewHitsOpenInItsPanes()
    {
        key(Qt::Key_Down, Qt::AltModifier); // the compare view on the first passage
        Ui::CompareView *compare = m_window->views().compare;
        QCOMPARE(m_window->views().tabs->currentWidget(), compare);
        QVERIFY(compare->leftSource());
        key(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Corvina"));
        key(Qt::Key_Return);
        QTRY_VERIFY(!panel()->isRunning());
        // The hit in the compare view's left source opens in the left pane.
        const QAbstractItemModel *m = panel()->view()->model();
        QModelIndex hit;
        for (int r = 0; r < m->rowCount() && !hit.isValid(); ++r) {
            if (m->index(r, 0).data(Core::SearchResultModel::SourceRole).toLongLong() ==
                compare->leftSource())
                hit = m->index(0, 0, m->index(r, 0));
        }
        QVERIFY(hit.isValid());
        panel()->view()->setFocus();
        panel()->view()->setCurrentIndex(hit);
        key(Qt::Key_Return);
        QCOMPARE(m_window->views().tabs->currentWidget(), compare);
        QCOMPARE(QApplication::focusWidget(), compare->leftPane());
        QCOMPARE(compare->leftPane()->textCursor().selectedText().toLower(),
                 QStringLiteral("corvina"));
    }

    void seedsNearFromThePanel()
    {
        const QDir seeds(QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds"));
        if (!seeds.exists())
            QSKIP("../shared/seeds is not beside the project; skipping the real-article search");
        const QString file = m_settings.filePath(QStringLiteral("seeds.crosscheck"));
        QFile::remove(file);
        {
            Core::Storage::OpenStatus status;
            auto project = Core::Project::create(file, &status);
            QVERIFY(project);
            Core::ImportSession::runBlocking(project.get(), {seeds.path()});
        }
        QVERIFY(m_window->fileActions()->openProject(file));
        key(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("refused NEAR Putin"));
        key(Qt::Key_Return);
        QTRY_VERIFY(!panel()->isRunning());
        QCOMPARE(panel()->results()->sourceCount(), 1);
        QCOMPARE(panel()->results()->hitCount(), 1);
        key(Qt::Key_F3);
        const QString selected = readerSelection();
        QVERIFY2(selected.startsWith(QStringLiteral("Putin")) &&
                     selected.endsWith(QStringLiteral("refused")),
                 qPrintable(selected));
        QVERIFY(m_window->session()
                    ->project()
                    ->source(m_window->views().reader->sourceId())
                    .fileName.startsWith(QStringLiteral("000")));
    }

    void malformedQueryIsToldInline()
    {
        key(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Corvina NEAR"));
        key(Qt::Key_Return);
        QVERIFY2(panel()->statusText().contains(QStringLiteral("NEAR needs")),
                 qPrintable(panel()->statusText()));
        QCOMPARE(panel()->results()->hitCount(), 0);
    }

    void readerFindBar()
    {
        key(Qt::Key_2, Qt::ControlModifier);
        Ui::FindBar *bar = m_window->views().reader->findBar();
        key(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), bar->field());
        QTest::keyClicks(bar->field(), QStringLiteral("the"));
        QCOMPARE(readerSelection().toLower(), QStringLiteral("the"));
        const int first = m_window->views().reader->textView()->textCursor().selectionStart();
        key(Qt::Key_Return);
        QVERIFY(m_window->views().reader->textView()->textCursor().selectionStart() > first);
        QVERIFY2(bar->statusText().startsWith(QStringLiteral("2 of ")),
                 qPrintable(bar->statusText()));
        key(Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(m_window->views().reader->textView()->textCursor().selectionStart(), first);
        key(Qt::Key_F3); // F3 steps the find bar while it is open on the reader
        QVERIFY(m_window->views().reader->textView()->textCursor().selectionStart() > first);
        key(Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QCOMPARE(QApplication::focusWidget(), m_window->views().reader->textView());
    }

    void notesList()
    {
        Core::Project *p = m_window->session()->project();
        const Core::Source s = p->sourceAt(1);
        Core::Note n;
        n.target = Core::Note::Target::Span;
        n.source = s.id;
        n.span = {10, 30};
        n.text = QStringLiteral("Check the tonnage against the port log");
        QVERIFY(p->setNote(n));
        Ui::NotesPanel *notes = m_window->views().notes;
        new QAbstractItemModelTester(notes->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, notes);
        m_window->actions()->action(Ui::ActionId::ViewNotes)->trigger();
        QCOMPARE(m_window->views().tabs->currentWidget(), notes);
        QCOMPARE(notes->view()->model()->rowCount(), 1);
        QVERIFY(notes->view()->model()->index(0, 0).data().toString().contains(s.meta.title));
        QTest::keyClicks(notes->filterField(), QStringLiteral("nothing like it"));
        QCOMPARE(notes->view()->model()->rowCount(), 0);
        notes->filterField()->clear();
        QTest::keyClicks(notes->filterField(), QStringLiteral("TONNAGE"));
        QCOMPARE(notes->view()->model()->rowCount(), 1);
        key(Qt::Key_Return); // into the list
        QCOMPARE(QApplication::focusWidget(), notes->view());
        key(Qt::Key_Return); // to the note's passage
        QCOMPARE(m_window->views().reader->sourceId(), s.id);
        QCOMPARE(m_window->views().reader->textView()->textCursor().selectionStart(), 10);
        // A second note appears at once; removing it takes it away.
        Core::Note other;
        other.target = Core::Note::Target::Source;
        other.source = s.id;
        other.text = QStringLiteral("Whole article");
        QVERIFY(p->setNote(other));
        QCOMPARE(notes->model()->rowCount(), 2);
        other = *p->noteOn(Core::Note::Target::Source, s.id, {}, 0, 0);
        other.text.clear();
        QVERIFY(p->setNote(other));
        QCOMPARE(notes->model()->rowCount(), 1);
    }

    void copyAsQuotation()
    {
        key(Qt::Key_2, Qt::ControlModifier);
        QPlainTextEdit *text = m_window->views().reader->textView();
        QTextCursor c = text->textCursor();
        c.setPosition(0);
        c.setPosition(20, QTextCursor::KeepAnchor);
        text->setTextCursor(c);
        key(Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        const QMimeData *mime = QApplication::clipboard()->mimeData();
        QVERIFY(mime);
        const Core::Source s =
            m_window->session()->project()->source(m_window->views().reader->sourceId());
        QVERIFY2(mime->text().contains(s.meta.title), qPrintable(mime->text()));
        QVERIFY(mime->text().contains(QStringLiteral("0–20")));
        QVERIFY(mime->html().startsWith(QStringLiteral("<blockquote>")));
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
