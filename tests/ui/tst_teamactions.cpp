// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File › Publish to Team Server…, Open Team Project… and Clone Team Project… in a real window
// against the throwaway PostgreSQL cluster of the pg fixture (skips without one, fails under
// CI=true): the dialogs are answered as an analyst would, and the work runs off the UI thread.
#include "actionregistry.h"
#include "actions/fileactions.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "teamtesting.h"
#include "teststrings.h"

#include "teamconflictdialog.h"

#include <core/project/project.h>
#include <core/project/teamsession.h>
#include <core/project/teamtransfer.h>

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRadioButton>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Crosscheck;
using Core::Storage::TeamUrl;
using TestData::S;

namespace {

/// Answers the next dialog \a handle accepts (it returns true when it did), polling the
/// top-level widgets as the modal dialog's own event loop runs.
void answerNext(QObject *owner, std::function<bool(QWidget *)> handle)
{
    auto *timer = new QTimer(owner);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, handle] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && handle(w)) {
                timer->stop();
                timer->deleteLater();
                return;
            }
        }
    });
    timer->start(50);
}

/// Pastes \a url into the next team connection dialog and accepts it.
void answerConnect(QObject *owner, const QString &url)
{
    answerNext(owner, [url](QWidget *w) {
        auto *d = qobject_cast<QDialog *>(w);
        auto *edit = d ? d->findChild<QLineEdit *>(S("teamUrl")) : nullptr;
        if (!edit)
            return false;
        edit->selectAll();
        QTest::keyClicks(edit, url);
        d->accept();
        return true;
    });
}

} // namespace

class TestTeamActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<TeamUrl> m_url;
    std::unique_ptr<Ui::MainWindow> m_window;

    QAction *action(const char *id) const
    {
        return m_window->actions()->action(QString::fromLatin1(id));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(S("CrosscheckTest"));
        QFile url(qEnvironmentVariable("CROSSCHECK_TEST_PG_STATE") + S("/url"));
        if (url.open(QIODevice::ReadOnly) && QSqlDatabase::isDriverAvailable(S("QPSQL")))
            m_url = TeamUrl::parse(QString::fromUtf8(url.readAll()).trimmed(), nullptr);
    }

    void init()
    {
        QFile::remove(Ui::ProjectSession::samplePath());
        Ui::AppSettings::instance().setAuthor(QStringLiteral("Test Analyst")); // not asked
        m_window = std::make_unique<Ui::MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void theFileMenuHasThem()
    {
        QMenu *file = nullptr;
        for (QAction *a : m_window->menuBar()->actions()) {
            if (a->menu() && a->menu()->actions().contains(action("File.SaveCopy")))
                file = a->menu();
        }
        QVERIFY(file);
        QVERIFY(file->actions().contains(action("File.PublishTeam")));
        QVERIFY(file->actions().contains(action("File.CloneTeam")));
        // Publishing needs a project; cloning does not.
        QVERIFY(!action("File.PublishTeam")->isEnabled());
        QVERIFY(action("File.CloneTeam")->isEnabled());
        QVERIFY(m_window->fileActions()->openSample());
        QVERIFY(action("File.PublishTeam")->isEnabled());
    }

    void publishAndCloneFromTheWindow()
    {
        // A message box means something went wrong: say what it said instead of waiting.
        QStringList boxes;
        auto *watch = new QTimer(this);
        connect(watch, &QTimer::timeout, this, [&boxes] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *m = qobject_cast<QMessageBox *>(w); m && m->isVisible()) {
                    boxes << m->text();
                    m->reject();
                }
            }
        });
        watch->start(100);
        const QString name =
            S("From the window ") + QString::number(QDateTime::currentMSecsSinceEpoch());
        if (!m_url) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("no PostgreSQL server for the team tests (CI=true)");
            QSKIP("no PostgreSQL server (the pg fixture) or no QPSQL driver");
        }
        QVERIFY(m_window->fileActions()->openSample());
        TeamUrl url = *m_url;
        url.project = name;
        answerConnect(this, url.display());
        action("File.PublishTeam")->trigger();
        // The publish runs on a worker: wait for the server to have it.
        const auto listed = [&] {
            const auto r =
                Core::TeamTransfer::runBlocking(Core::TeamTransfer::Kind::List, *m_url, {}, {});
            return std::any_of(r.projects.begin(), r.projects.end(),
                               [&](const auto &p) { return p.name == name; });
        };
        QTRY_VERIFY2_WITH_TIMEOUT(listed(), qPrintable(boxes.join(u'\n')), 20000);
        // While a transfer runs the team actions wait; when it is done they are back.
        QTRY_VERIFY_WITH_TIMEOUT(action("File.CloneTeam")->isEnabled(), 20000);
        // Clone without naming the project: the server's list is offered, then a file name.
        TeamUrl server = *m_url;
        server.project.clear();
        const QString target = m_dir.filePath(S("window-clone.crosscheck"));
        answerConnect(this, server.display());
        answerNext(this, [name](QWidget *w) {
            auto *d = qobject_cast<QInputDialog *>(w);
            if (!d || !d->comboBoxItems().contains(name))
                return false;
            d->setTextValue(name);
            d->accept();
            return true;
        });
        answerNext(this, [target](QWidget *w) {
            auto *d = qobject_cast<QFileDialog *>(w);
            if (!d)
                return false;
            auto *edit = d->findChild<QLineEdit *>(S("fileNameEdit"));
            if (!edit)
                return false;
            edit->setText(target);
            QMetaObject::invokeMethod(d, "accept", Qt::QueuedConnection);
            return true;
        });
        action("File.CloneTeam")->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->session()->project() &&
                                      m_window->session()->project()->filePath() == target,
                                  qPrintable(boxes.join(u'\n')), 20000);
        QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(u'\n')));
        QCOMPARE(m_window->session()->project()->sourceCount(), 5);
    }

    void aTeamProjectOpensLiveInTheWindow()
    {
        if (!m_url) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("no PostgreSQL server for the team tests (CI=true)");
            QSKIP("no PostgreSQL server (the pg fixture) or no QPSQL driver");
        }
        const QString run = u' ' + QString::number(QDateTime::currentMSecsSinceEpoch());
        TestData::TeamBench bench(m_dir, *m_url, run);
        const QString name = bench.publishSample(S("live window"));
        QVERIFY(!name.isEmpty());
        TeamUrl url = *m_url;
        url.project = name;
        answerConnect(this, url.display());
        action("File.OpenTeam")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->session()->team() && m_window->session()->team()->isOnline(), 20000);
        Core::Project *p = m_window->session()->project();
        QVERIFY(p && p->isTeamReplica());
        // The replica is this computer's, in the cache; the title and status bar name the server
        // and the analyst.
        QCOMPARE(p->filePath(), Ui::ProjectSession::replicaPath(url));
        QTRY_VERIFY(m_window->windowTitle().contains(m_url->user));
        QVERIFY(m_window->windowTitle().contains(name));
        auto *team = m_window->findChild<QLabel *>(S("teamStatus"));
        QVERIFY(team && team->isVisible() && team->text().contains(m_url->user));
        // Another analyst tags a name: it shows up here by itself, and the status bar says who.
        auto other = bench.join(name);
        QVERIFY(other);
        const Core::SourceId s = other->project->sources().front().id;
        QString error;
        const qint64 e = other->project->tagNewEntity(
            s, TestData::spanOf(*other->project, s, S("Lindhaven")), S("Lindhaven"), 3, &error);
        QVERIFY2(e > 0 && other->sync->push(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(p->entity(e) != nullptr, 10000);
        QVERIFY(m_window->statusBar()->currentMessage().contains(S("Lindhaven")));
        // Our own edit goes the other way.
        const qint64 mine =
            p->tagNewEntity(s, TestData::spanOf(*p, s, S("Baltic")), S("Baltic"), 3, &error);
        QVERIFY2(mine > 0, qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->team()->pendingCount(), 0, 10000);
        QVERIFY(other->sync->pull(&error));
        QVERIFY(other->project->entity(mine));
        QCOMPARE(other->project->entity(mine)->name, S("Baltic"));
        // Closing the project ends the session; opening it again goes on from this copy.
        action("File.Close")->trigger();
        QVERIFY(!m_window->session()->team());
        answerConnect(this, url.display());
        action("File.OpenTeam")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->session()->team() && m_window->session()->team()->isOnline(), 20000);
        QVERIFY(m_window->session()->project()->entity(mine));
    }

    void aRefusedEditShowsBothVersionsFieldByField()
    {
        if (!m_url) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("no PostgreSQL server for the team tests (CI=true)");
            QSKIP("no PostgreSQL server (the pg fixture) or no QPSQL driver");
        }
        const QString run = u' ' + QString::number(QDateTime::currentMSecsSinceEpoch());
        const QTemporaryDir folder; // replicas of its own
        TestData::TeamBench bench(folder, *m_url, run);
        const QString name = bench.publishSample(S("conflict window"));
        TeamUrl url = *m_url;
        url.project = name;
        answerConnect(this, url.display());
        action("File.OpenTeam")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->session()->team() && m_window->session()->team()->isOnline(), 20000);
        Core::Project *p = m_window->session()->project();
        auto other = bench.join(name);
        QVERIFY(p && other);
        const qint64 id = TestData::entityNamed(*p, S("Ingrid Solberg"));
        QVERIFY(id > 0);
        // The other analyst renames the entity; before the window hears of it (this thread does
        // not return to the event loop), the window gives it an alias and a new name.
        Core::Entity theirs = *other->project->entity(id);
        theirs.name = S("Ingrid Solberg-Berg");
        Core::Entity mine = *p->entity(id);
        mine.name = S("I. Solberg");
        mine.aliases = {S("Solberg")};
        QString error;
        QVERIFY2(other->project->editEntity(theirs, &error) && other->sync->push(&error),
                 qPrintable(error));
        QVERIFY2(p->editEntity(mine, &error), qPrintable(error));
        Ui::TeamConflictDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<Ui::TeamConflictDialog *>()) &&
                                     dialog->isVisible(),
                                 10000);
        QVERIFY(action("File.TeamConflicts")->isEnabled());
        // Name and aliases, with both values; the window shows theirs meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(p->entity(id)->name, S("Ingrid Solberg-Berg"), 10000);
        QTRY_COMPARE(int(dialog->fields().size()), 2);
        int nameField = -1;
        for (int i = 0; i < int(dialog->fields().size()); ++i)
            if (dialog->fields()[size_t(i)].column == S("name"))
                nameField = i;
        QVERIFY(nameField >= 0);
        QVERIFY(dialog->findChild<QRadioButton *>(S("yours%1").arg(nameField))->text() ==
                S("I. Solberg"));
        QVERIFY(dialog->findChild<QRadioButton *>(S("theirs%1").arg(nameField))->text() ==
                S("Ingrid Solberg-Berg"));
        // Theirs for the name, mine for the aliases: both analysts end with that.
        dialog->chooseTheirs(nameField, true);
        if (qEnvironmentVariableIsSet("CROSSCHECK_GRAB_DIR")) // for the docs' screenshot
            dialog->grab().save(qEnvironmentVariable("CROSSCHECK_GRAB_DIR") +
                                S("/team-conflict.png"));
        QVERIFY2(dialog->apply(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->team()->pendingCount(), 0, 10000);
        QVERIFY(m_window->session()->team()->conflicts().empty());
        QVERIFY(!action("File.TeamConflicts")->isEnabled());
        QVERIFY(other->sync->pull(&error));
        QCOMPARE(other->project->entity(id)->name, S("Ingrid Solberg-Berg"));
        // Mine: "Solberg", and the old name a renamed entity keeps.
        QCOMPARE(other->project->entity(id)->aliases,
                 (QStringList{S("Ingrid Solberg"), S("Solberg")}));
        dialog->close();
        action("File.Close")->trigger();
    }
};

QTEST_MAIN(TestTeamActions)
#include "tst_teamactions.moc"
