// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a new analyst met in the main window (issue 23): the name asked before the first edit,
// a window that fits half a laptop screen, mnemonics that do not clash with the menus, an
// article given to Open Project, and import problems listed readably.
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

class TestWindowFrictions : public QObject
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
        QCoreApplication::setApplicationName(QStringLiteral("CrosscheckFrictionsTest"));
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

    void asksTheAnalystsNameBeforeTheFirstEdit()
    {
        // No name in the preferences: the first edit asks for one, and records it.
        Ui::AppSettings::instance().setAuthor(QString());
        QVERIFY(m_window->fileActions()->openSample());
        list()->setFocus();
        int asked = 0;
        const auto answer = [&](const QString &name) {
            QTimer::singleShot(0, this, [&asked, name] {
                auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                ++asked;
                dialog->setTextValue(name);
                dialog->accept();
            });
        };
        answer(QStringLiteral("Dana Whitfield"));
        key(Qt::Key_Delete);
        QCOMPARE(asked, 1);
        QCOMPARE(list()->model()->rowCount(), 4);
        Core::Project *p = m_window->session()->project();
        QCOMPARE(p->author(), QStringLiteral("Dana Whitfield"));
        QCOMPARE(p->editLog(1).value(0).author, QStringLiteral("Dana Whitfield"));
        QCOMPARE(Ui::AppSettings::instance().author(), QStringLiteral("Dana Whitfield"));
        // Asked once: cleared again in the preferences, the next edit is not asked about.
        Ui::AppSettings::instance().setAuthor(QString());
        answer(QStringLiteral("Someone Else"));
        QApplication::setActiveWindow(m_window.get()); // offscreen: not given back by the dialog
        list()->setFocus();
        key(Qt::Key_Delete);
        QCOMPARE(asked, 1);
        QCOMPARE(list()->model()->rowCount(), 3);
    }

    void fitsHalfALaptopScreen()
    {
        // Side by side with a browser on a 1366-pixel laptop screen: 683 pixels wide, with
        // every tab shown in turn.
        QVERIFY(m_window->fileActions()->openSample());
        QTabWidget *tabs = m_window->views().tabs;
        QStringList tooWide;
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            if (m_window->minimumSizeHint().width() > 683 || m_window->minimumWidth() > 683)
                tooWide << QStringLiteral("%1: %2")
                               .arg(tabs->tabText(t))
                               .arg(m_window->minimumSizeHint().width());
        }
        QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(u", ")));
        m_window->resize(683, 700);
        QTRY_COMPARE(m_window->width(), 683);
    }

    void mnemonicsAreUniqueInTheWindow()
    {
        // Alt+F must open the File menu whichever tab is showing: no label or button in a
        // panel takes a letter the menu bar uses, and no two take the same letter.
        QVERIFY(m_window->fileActions()->openSample());
        const auto mnemonic = [](const QString &text) -> QChar {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) != u'&')
                    continue;
                if (text.at(i + 1) == u'&') {
                    ++i;
                    continue;
                }
                return text.at(i + 1).toLower();
            }
            return {};
        };
        QMap<QChar, QString> menus;
        for (QAction *a : m_window->menuBar()->actions())
            if (const QChar m = mnemonic(a->text()); !m.isNull()) {
                QVERIFY2(!menus.contains(m), qPrintable(a->text() + u" and " + menus.value(m)));
                menus.insert(m, a->text());
            }
        QVERIFY(menus.size() >= 8);
        QTabWidget *tabs = m_window->views().tabs;
        QStringList clashes;
        for (int t = 0; t < tabs->count(); ++t) {
            QMap<QChar, QString> taken = menus;
            const auto take = [&](const QString &text, const QWidget *w) {
                const QChar m = mnemonic(text);
                if (m.isNull() || !w->isEnabled())
                    return;
                if (taken.contains(m))
                    clashes << QStringLiteral("%1: “%2” and “%3”")
                                   .arg(tabs->tabText(t), text, taken.value(m));
                else
                    taken.insert(m, text);
            };
            for (const QLabel *l : tabs->widget(t)->findChildren<QLabel *>())
                if (l->buddy())
                    take(l->text(), l);
            for (const QAbstractButton *b : tabs->widget(t)->findChildren<QAbstractButton *>())
                take(b->text(), b);
            for (const QGroupBox *g : tabs->widget(t)->findChildren<QGroupBox *>())
                take(g->title(), g);
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void openingAnArticleOffersToImportIt()
    {
        QVERIFY(m_window->fileActions()->openSample());
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("wire-report.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Harbour ban lifted\nThe fishing ban was lifted on Friday, the ministry said.\n");
        f.close();
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->text();
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
        QSignalSpy finished(m_window->fileActions(), &Ui::FileActions::importFinished);
        // Not "damaged" or "not a project" alone: it is an article, and it can be imported.
        QVERIFY(m_window->fileActions()->openProject(f.fileName()));
        QVERIFY2(asked.contains(QLatin1String("wire-report.txt")), qPrintable(asked));
        QVERIFY(finished.wait(10000));
        QCOMPARE(list()->model()->rowCount(), 6);
        QCOMPARE(m_window->session()->project()->filePath(), Ui::ProjectSession::samplePath());
    }

    void importProblemsAreListedReadably()
    {
        QVERIFY(m_window->fileActions()->openSample());
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 12; ++i) {
            QFile f(dir.filePath(
                QStringLiteral("an-empty-article-with-a-long-file-name-%1.txt").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            files << f.fileName();
        }
        QSignalSpy finished(m_window->fileActions(), &Ui::FileActions::importFinished);
        m_window->fileActions()->importPaths(files);
        QVERIFY(finished.wait(10000));
        Ui::ProblemsDialog *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<Ui::ProblemsDialog *>()) && box->isVisible());
        // Every file on a line of its own, all of them in view without scrolling.
        QCOMPARE(box->lines()->document()->blockCount(), 12);
        QVERIFY(box->lines()->toPlainText().contains(QLatin1String("long-file-name-11.txt")));
        QTRY_COMPARE(box->lines()->verticalScrollBar()->maximum(), 0);
        QTRY_COMPARE(box->lines()->horizontalScrollBar()->maximum(), 0);
        box->close();
    }
};

QTEST_MAIN(TestWindowFrictions)
#include "tst_windowfrictions.moc"
