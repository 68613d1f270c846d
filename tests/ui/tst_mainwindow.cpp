// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven the way a keyboard user drives it, offscreen, on the sample project.
#include "actionregistry.h"
#include "actions/fileactions.h"
#include "appsettings.h"
#include "commandline.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "problemsdialog.h"
#include "projectsession.h"
#include "readerview.h"
#include "shortcutoverlay.h"
#include "sourcelistpanel.h"
#include "welcomepage.h"

#include <core/formats/exporter.h>
#include <core/models/sourcelistmodel.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/storage/sourcestore.h>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>

using namespace Crosscheck;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    TestData::IsolatedSettings m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;

    QTreeView *list() const { return m_window->views().sources->view(); }
    QString currentTitle() const
    {
        const QModelIndex i = list()->currentIndex();
        return i.sibling(i.row(), Core::SourceListModel::TitleColumn).data().toString();
    }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(k), mods);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("CrosscheckTest"));
        QFile::remove(Ui::ProjectSession::samplePath());
    }

    void init()
    {
        QFile::remove(Ui::ProjectSession::samplePath()); // every test starts from a fresh sample
        Ui::AppSettings::instance().setAuthor(QStringLiteral("Test Analyst")); // not asked
        m_window = std::make_unique<Ui::MainWindow>();
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void readOnlyFromTheCommandLine()
    {
        const QString path = m_settings.filePath(QStringLiteral("cmdline.crosscheck"));
        Core::Storage::OpenStatus status;
        QVERIFY(Core::SampleProject::create(path, &status));
        Ui::CommandLine options;
        QString error;
        QString help;
        QVERIFY(Ui::CommandLine::parse(
            {QStringLiteral("crosscheck"), QStringLiteral("--read-only"), path}, &options, &error,
            &help));
        QVERIFY(options.readOnly);
        QVERIFY(options.apply(*m_window));
        QVERIFY(m_window->session()->project()->isReadOnly());
        QVERIFY(m_window->readOnlyBanner()->isVisibleTo(m_window.get()));
        QVERIFY(!m_window->actions()->action(QStringLiteral("File.ImportFiles"))->isEnabled());
        // Without the option the same file opens for writing.
        m_window->fileActions()->closeProject();
        QVERIFY(
            Ui::CommandLine::parse({QStringLiteral("crosscheck"), path}, &options, &error, &help));
        QVERIFY(options.apply(*m_window));
        QVERIFY(!m_window->session()->project()->isReadOnly());
        // Usage errors are reported, not ignored.
        QVERIFY(
            !Ui::CommandLine::parse({QStringLiteral("crosscheck"), QStringLiteral("--read-only")},
                                    &options, &error, &help));
        QVERIFY(error.contains(QLatin1String("--read-only")));
        QVERIFY(!Ui::CommandLine::parse({QStringLiteral("crosscheck"), QStringLiteral("--bogus")},
                                        &options, &error, &help));
    }

    void walksTheSourceListByKeyboard()
    {
        QVERIFY(m_window->fileActions()->openSample());
        QCOMPARE(list()->model()->rowCount(), 5);
        QCOMPARE(QApplication::focusWidget(), list());
        // Sorted by date: the wire story first.
        QCOMPARE(currentTitle(),
                 QStringLiteral("Tanker runs aground off Lindhaven, spilling fuel oil"));
        QCOMPARE(m_window->views().reader->headerText(), currentTitle());
        QStringList seen{currentTitle()};
        for (int i = 1; i < 5; ++i) {
            key(Qt::Key_Down);
            QCOMPARE(list()->currentIndex().row(), i);
            QCOMPARE(m_window->views().reader->headerText(), currentTitle());
            const Core::Project *p = m_window->session()->project();
            QCOMPARE(m_window->views().reader->textView()->toPlainText(),
                     p->sourceText(m_window->views().reader->sourceId()));
            seen << currentTitle();
        }
        key(Qt::Key_Down); // stays on the last row
        QCOMPARE(list()->currentIndex().row(), 4);
        QCOMPARE(seen.size(), 5);
        seen.removeDuplicates();
        QCOMPARE(seen.size(), 5);
        key(Qt::Key_Home);
        QCOMPARE(list()->currentIndex().row(), 0);
        key(Qt::Key_End);
        QCOMPARE(m_window->views().reader->headerText(),
                 QStringLiteral("Tanker spill off Lindhaven: what we know"));
    }

    void typingFiltersAndEscapeClears()
    {
        QVERIFY(m_window->fileActions()->openSample());
        QTest::keyClicks(list(), QStringLiteral("ledger"));
        QLineEdit *filter = m_window->views().sources->filterEdit();
        QCOMPARE(filter->text(), QStringLiteral("ledger"));
        QCOMPARE(QApplication::focusWidget(), filter);
        QCOMPARE(list()->model()->rowCount(), 1);
        QCOMPARE(m_window->views().reader->headerText(),
                 QStringLiteral(
                     "Corvina grounding: steering failure suspected as Lindhaven spill grows"));
        key(Qt::Key_Escape);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(list()->model()->rowCount(), 5);
        key(Qt::Key_Down); // from the filter into the list
        QCOMPARE(QApplication::focusWidget(), list());
        key(Qt::Key_F, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), filter);
    }

    void focusShortcutsMoveBetweenPanes()
    {
        QVERIFY(m_window->fileActions()->openSample());
        key(Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), m_window->views().reader->textView());
        key(Qt::Key_Right, Qt::ShiftModifier); // keyboard selection in the reader
        QCOMPARE(m_window->views().reader->textView()->textCursor().selectedText().size(), 1);
        key(Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), list());
    }

    void f1ShowsCurrentShortcuts()
    {
        QVERIFY(m_window->fileActions()->openSample());
        m_window->actions()->setShortcuts(QStringLiteral("File.ImportFiles"),
                                          {QKeySequence(QStringLiteral("Ctrl+Alt+J"))});
        key(Qt::Key_F1);
        QVERIFY(m_window->shortcutOverlay()->isVisible());
        const QString text = m_window->shortcutOverlay()->contentText();
        QVERIFY(text.contains(QLatin1String("Import Files")));
        QVERIFY(text.contains(
            QKeySequence(QStringLiteral("Ctrl+Alt+J")).toString(QKeySequence::NativeText)));
        QVERIFY(text.contains(QLatin1String("Go to Reader")));
        // Each place where scoped keys work is named below the table, review mode too.
        QVERIFY(text.contains(QLatin1String("only in review mode")));
        QVERIFY(text.contains(QLatin1String("only in the compare view")));
        key(Qt::Key_Space);
        QVERIFY(!m_window->shortcutOverlay()->isVisible());
        m_window->actions()->resetShortcuts(QStringLiteral("File.ImportFiles"));
        // "?" opens it too from the list (in the filter field it is typed instead).
        list()->setFocus();
        QTest::keyClick(list(), '?');
        QVERIFY(m_window->shortcutOverlay()->isVisible());
        key(Qt::Key_Escape);
        QVERIFY(!m_window->shortcutOverlay()->isVisible());
    }

    void removeAndUndoFromTheKeyboard()
    {
        QVERIFY(m_window->fileActions()->openSample());
        list()->setFocus();
        const QString first = currentTitle();
        key(Qt::Key_Delete);
        QCOMPARE(list()->model()->rowCount(), 4);
        QVERIFY(currentTitle() != first);
        QVERIFY(m_window->actions()->action(QStringLiteral("Edit.Undo"))->isEnabled());
        QVERIFY(m_window->actions()->action(QStringLiteral("Edit.Undo"))->text().contains(first));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(list()->model()->rowCount(), 5);
        // The status bar says what was undone, and redone.
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Undone: ")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(first));
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(list()->model()->rowCount(), 4);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("Redone: ")));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(list()->model()->rowCount(), 5);
    }

    void readOnlyProjectShowsBannerAndDisablesEdits()
    {
        QVERIFY(m_window->fileActions()->openSample());
        const QString path = m_window->session()->project()->filePath();
        m_window->fileActions()->closeProject();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        QVERIFY(m_window->fileActions()->openProject(path));
        QVERIFY(m_window->readOnlyBanner()->isVisible());
        QVERIFY(m_window->readOnlyBanner()->text().contains(QLatin1String("read-only")));
        for (const char *id : {"File.ImportFiles", "File.PasteSource", "Edit.RemoveSource",
                               "Edit.SourceDetails", "Edit.Undo"})
            QVERIFY2(!m_window->actions()->action(QString::fromLatin1(id))->isEnabled(), id);
        // Editing commands are off, and say why, instead of failing after their dialog.
        const char *edits[] = {"Annotate.Tag",   "Annotate.TagAll", "Annotate.Link",
                               "Annotate.Note",  "Annotate.Edit",   "Annotate.Merge",
                               "Review.Confirm", "Review.Dismiss",  "File.ImportFiles"};
        for (const char *id : edits) {
            const QAction *a = m_window->actions()->action(QString::fromLatin1(id));
            QVERIFY2(!a->isEnabled(), id);
            QVERIFY2(a->toolTip().contains(QLatin1String("read-only")), id);
        }
        QVERIFY(m_window->actions()->action(QStringLiteral("File.SaveCopy"))->isEnabled());
        QVERIFY(m_window->actions()->action(QStringLiteral("Annotate.NextMention"))->isEnabled());
        m_window->fileActions()->closeProject();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(m_window->fileActions()->openProject(path));
        QVERIFY(!m_window->readOnlyBanner()->isVisible());
        for (const char *id : edits) {
            const QAction *a = m_window->actions()->action(QString::fromLatin1(id));
            QVERIFY2(a->isEnabled(), id);
            QVERIFY2(!a->toolTip().contains(QLatin1String("read-only")), id);
        }
    }

    void pasteFromClipboardAddsASource()
    {
        QVERIFY(m_window->fileActions()->openSample());
        QApplication::clipboard()->setText(QStringLiteral(
            "Harbour reopens after spill\nThe port of Lindhaven reopened on Friday."));
        list()->setFocus();
        key(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(list()->model()->rowCount(), 6);
        const Core::Project *p = m_window->session()->project();
        bool found = false;
        for (const Core::Source &s : p->sources())
            found |= s.meta.title == QLatin1String("Harbour reopens after spill") &&
                     s.format == QLatin1String("clipboard");
        QVERIFY(found);
    }

    void droppedFilesAreImported()
    {
        QVERIFY(m_window->fileActions()->openSample());
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("dropped.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dropped report\nA fishing ban stays in force, the ministry said.\n");
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(f.fileName())});
        QSignalSpy finished(m_window->fileActions(), &Ui::FileActions::importFinished);
        const QPoint pos = m_window->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QCOMPARE(list()->model()->rowCount(), 6);
    }

    void findOverlapsRunsOffTheUiThread()
    {
        // The sample opens analysed; a copy of it without analysis gives the engine work.
        const QString path = m_settings.filePath(QStringLiteral("unanalysed.crosscheck"));
        Core::Storage::OpenStatus status;
        QVERIFY(Core::SampleProject::create(path, &status, nullptr,
                                            Core::SampleProject::Analysis::Skip));
        QVERIFY(m_window->fileActions()->openProject(path));
        QVERIFY(!m_window->session()->project()->isAnalysisCurrent());
        QVERIFY(m_window->actions()->action(QStringLiteral("Analysis.FindOverlaps"))->isEnabled());
        QSignalSpy finished(m_window->fileActions(), &Ui::FileActions::analysisFinished);
        list()->setFocus();
        key(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(m_window->fileActions()->isAnalysing() || finished.count() == 1);
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(m_window->session()->project()->passages().size() > 10);
        QVERIFY(m_window->session()->project()->isAnalysisCurrent());
        // The keyboard is back where it was once the progress dialog (if it showed) is gone.
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::focusWidget(), list());
        // Again: nothing left to do, and it says so.
        key(Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.last().at(0).toBool(), false);
    }

    void newProjectFromARefiQdaProject()
    {
        // A .qdpx written from an annotated project becomes a new, open project.
        QVERIFY(m_window->fileActions()->openSample());
        Core::Project *sample = m_window->session()->project();
        const Core::SourceId wire = sample->sourceAt(0).id;
        const QString text = sample->sourceText(wire);
        const int at = int(text.indexOf(QLatin1String("Ingrid Solberg")));
        QVERIFY(sample->tagNewEntity(wire, {at, at + 14}, QStringLiteral("Ingrid Solberg"), 1));
        QString error;
        const QString qdpx = m_settings.filePath(QStringLiteral("shared.qdpx"));
        QVERIFY(Core::Formats::write(*sample, Core::Formats::Format::Qdpx, qdpx, {}, &error));
        const QString path = m_settings.filePath(QStringLiteral("from-qdpx.crosscheck"));
        QStringList notMapped;
        QString summary;
        QVERIFY(m_window->fileActions()->newProjectFromQdpx(qdpx, path, &notMapped, &summary));
        Core::Project *p = m_window->session()->project();
        QCOMPARE(p->filePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(p->sourceCount(), 5);
        QCOMPARE(p->mentions().size(), size_t(1));
        QCOMPARE(p->entity(p->mentions().front().entity)->name, QStringLiteral("Ingrid Solberg"));
        QVERIFY(notMapped.isEmpty());
        QVERIFY(summary.contains(QLatin1String("5")));
        QCOMPARE(list()->model()->rowCount(), 5); // the window shows the new project
        QVERIFY(m_window->actions()->action(QStringLiteral("File.ImportQdpx"))->isEnabled());
    }

    void readingLensTogglesWithOneKey()
    {
        QVERIFY(m_window->fileActions()->openSample());
        list()->setFocus();
        list()->setCurrentIndex(list()->model()->index(0, 0));
        QPlainTextEdit *reader = m_window->views().reader->textView();
        auto formatted = [reader](const QString &phrase) {
            const int at = int(reader->toPlainText().indexOf(phrase));
            if (at < 0)
                return false;
            const QTextBlock block = reader->document()->findBlock(at);
            for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
                const int pos = at - block.position();
                if (pos >= r.start && pos < r.start + r.length &&
                    r.format.hasProperty(QTextFormat::ForegroundBrush))
                    return true;
            }
            return false;
        };
        QVERIFY(!formatted(QStringLiteral("3,400 tonnes")));
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->views().reader->isLensEnabled());
        QVERIFY(formatted(QStringLiteral("3,400 tonnes")));
        QVERIFY(formatted(QStringLiteral("Tuesday")));
        QVERIFY(!formatted(QStringLiteral("Lindhaven")));
        // A name entered in the registry lights up at once.
        Core::Project *p = m_window->session()->project();
        const Core::SourceId id = m_window->views().reader->sourceId();
        const int at = int(p->sourceText(id).indexOf(QLatin1String("Lindhaven")));
        QVERIFY(p->tagNewEntity(id, {at, at + 9}, QStringLiteral("Lindhaven"), 3));
        QVERIFY(formatted(QStringLiteral("Lindhaven")));
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->views().reader->isLensEnabled());
        QVERIFY(!formatted(QStringLiteral("3,400 tonnes")));
    }

    void originalMarkupTogglesWithOneKey()
    {
        QVERIFY(m_window->fileActions()->openSample());
        QAction *markup = m_window->actions()->action(QStringLiteral("View.OriginalMarkup"));
        Core::Project *p = m_window->session()->project();
        int htmlRow = -1;
        for (int i = 0; i < p->sourceCount(); ++i) {
            if (p->sourceAt(i).format == QLatin1String("html"))
                htmlRow = i;
        }
        QVERIFY(htmlRow >= 0);
        list()->setFocus();
        list()->setCurrentIndex(list()->model()->index(htmlRow, 0));
        QVERIFY(markup->isEnabled());
        key(Qt::Key_U, Qt::ControlModifier);
        QVERIFY(m_window->views().reader->isMarkupShown());
        QVERIFY(markup->isChecked());
        QVERIFY(
            m_window->views().reader->markupView()->toPlainText().contains(QLatin1String("<p")));
        QVERIFY(m_window->views().reader->markupView()->isVisible());
        key(Qt::Key_U, Qt::ControlModifier);
        QVERIFY(!m_window->views().reader->isMarkupShown());
        QVERIFY(!markup->isChecked());
        QVERIFY(m_window->views().reader->textView()->isVisible());
    }

    void welcomePageWithoutProject()
    {
        QVERIFY(m_window->welcomePage()->isVisible());
        QVERIFY(!m_window->actions()->action(QStringLiteral("File.ImportFiles"))->isEnabled());
        QVERIFY(!m_window->actions()->action(QStringLiteral("File.Close"))->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
