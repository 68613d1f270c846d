// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team projects on a real PostgreSQL server (the pg fixture, tests/support/pgcluster.sh):
// publish a local project, list it, clone it back, and get byte-identical exports; refusals
// leave nothing behind. Skips without a server, except under CI=true, where it fails.
#include "annotatedsample.h"
#include "teamtesting.h"
#include "teststrings.h"

#include <core/formats/exporter.h>
#include <core/project/project.h>
#include <core/project/teamtransfer.h>
#include <core/storage/teamserver.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

using Storage::TeamServer;
using Storage::TeamUrl;
using TestData::exportsOf;
using TestData::S;

class TestTeamServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TeamUrl m_url;
    bool m_server = false;
    /// Each run's team projects are its own (the fixture's server may have seen other runs).
    const QString m_run = u' ' + QString::number(QDateTime::currentMSecsSinceEpoch());
    QString named(const QString &name) const { return name + m_run; }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CROSSCHECK_REQUIRE_TEAM_SERVER(m_url);
        m_server = true;
    }

    void urlsAreParsedAndShownWithoutPassword()
    {
        QString error;
        const auto u = TeamUrl::parse(S("postgresql://ana:s3cret@db.example.org:6543/"
                                        "desk?project=Kano%20floods&sslmode=require"),
                                      &error);
        QVERIFY2(u, qPrintable(error));
        QCOMPARE(u->user, S("ana"));
        QCOMPARE(u->password, S("s3cret"));
        QCOMPARE(u->host, S("db.example.org"));
        QCOMPARE(u->port, 6543);
        QCOMPARE(u->database, S("desk"));
        QCOMPARE(u->project, S("Kano floods"));
        QVERIFY(!u->display().contains(S("s3cret")));
        QVERIFY(u->display().contains(S("project=Kano%20floods")));
        // A Unix socket folder as the host parameter.
        const auto s =
            TeamUrl::parse(S("postgresql:///desk?host=/run/postgresql&project=x"), &error);
        QVERIFY(s);
        QCOMPARE(s->host, S("/run/postgresql"));
        // What is wrong is said.
        QVERIFY(!TeamUrl::parse(S("postgresql://host"), &error));
        QVERIFY(error.contains(S("database")));
        QVERIFY(!TeamUrl::parse(S("postgresql://h/db?sslmode=maybe"), &error));
        QVERIFY(error.contains(S("sslmode")));
        QVERIFY(!TeamUrl::isUrl(S("project.crosscheck")));
    }

    void publishedAndClonedBackExportsTheSameBytes()
    {
        if (!m_server)
            QSKIP("no server");
        {
            const auto p = TestData::annotatedSample(path(S("desk.crosscheck")));
            QVERIFY(p);
        }
        TeamServer server;
        QString error;
        QVERIFY2(server.connect(m_url, &error), qPrintable(error));
        qint64 last = 0;
        QVERIFY2(server.publish(
                     path(S("desk.crosscheck")), named(S("Harbour desk")),
                     [&](qint64 done, qint64 total) {
                         last = done;
                         return done <= total;
                     },
                     &error),
                 qPrintable(error));
        QVERIFY(last > 0);
        const auto list = server.projects(&error);
        QVERIFY2(list, qPrintable(error));
        const QString name = named(S("Harbour desk"));
        const auto it =
            std::find_if(list->begin(), list->end(), [&](const auto &p) { return p.name == name; });
        QVERIFY(it != list->end());
        QCOMPARE(it->sources, 5);
        // Cloned under the same file name elsewhere (W3C names the collection by it).
        QVERIFY(QDir(m_dir.path()).mkdir(S("clone")));
        const QString clone = path(S("clone/desk.crosscheck"));
        QVERIFY2(server.clone(named(S("Harbour desk")), clone, {}, &error), qPrintable(error));
        QVERIFY(QFile::exists(clone));
        QCOMPARE(QDir(path(S("clone"))).entryList(QDir::Files), QStringList{S("desk.crosscheck")});
        const auto original = exportsOf(path(S("desk.crosscheck")), path(S("ex-original")));
        const auto copy = exportsOf(clone, path(S("ex-clone")));
        QVERIFY(original.size() >= 5);
        QCOMPARE(copy.keys(), original.keys());
        for (auto e = original.cbegin(); e != original.cend(); ++e)
            QVERIFY2(copy.value(e.key()) == e.value(), qPrintable(e.key()));
        // The clone is a project like any other: it opens for writing and has the annotations.
        Storage::OpenStatus status;
        const auto opened = Project::open(clone, false, &status);
        QVERIFY2(opened, qPrintable(status.message));
        QCOMPARE(opened->links().size(), size_t(2));
        QVERIFY(!opened->entities().isEmpty());
    }

    void refusalsLeaveNothingBehind()
    {
        if (!m_server)
            QSKIP("no server");
        {
            const auto p = TestData::annotatedSample(path(S("again.crosscheck")));
            QVERIFY(p);
        }
        TeamServer server;
        QString error;
        QVERIFY2(server.connect(m_url, &error), qPrintable(error));
        QVERIFY2(server.publish(path(S("again.crosscheck")), named(S("Twice")), {}, &error),
                 qPrintable(error));
        const auto before = server.projects(&error);
        QVERIFY(before);
        // The same name again: refused, and the first stays as it was.
        QVERIFY(!server.publish(path(S("again.crosscheck")), named(S("Twice")), {}, &error));
        QVERIFY2(error.contains(S("already")), qPrintable(error));
        // A cancelled publish leaves no project and no schema.
        QVERIFY(!server.publish(
            path(S("again.crosscheck")), named(S("Cancelled")),
            [](qint64, qint64) { return false; }, &error));
        const auto after = server.projects(&error);
        QVERIFY(after);
        QCOMPARE(after->size(), before->size());
        // Cloning onto an existing file, or a project that is not there, writes nothing.
        QVERIFY(!server.clone(named(S("Twice")), path(S("again.crosscheck")), {}, &error));
        QVERIFY(error.contains(S("exists")));
        QVERIFY(!server.clone(named(S("Nobody")), path(S("nobody.crosscheck")), {}, &error));
        QVERIFY(error.contains(named(S("Nobody"))));
        QVERIFY(!QFile::exists(path(S("nobody.crosscheck"))));
        // A cancelled clone leaves no file and no temporary one.
        QVERIFY(QDir(m_dir.path()).mkdir(S("cancelled")));
        QVERIFY(!server.clone(
            named(S("Twice")), path(S("cancelled/c.crosscheck")),
            [](qint64, qint64) { return false; }, &error));
        QVERIFY(QDir(path(S("cancelled"))).entryList(QDir::Files | QDir::Hidden).isEmpty());
        // A file that is no project is refused before anything is sent.
        QFile junk(path(S("junk.crosscheck")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a project");
        junk.close();
        QVERIFY(!server.publish(path(S("junk.crosscheck")), named(S("Junk")), {}, &error));
        QVERIFY(!error.isEmpty());
    }

    void theCommandLineReadsATeamProject()
    {
        if (!m_server)
            QSKIP("no server");
        {
            const auto p = TestData::annotatedSample(path(S("cli.crosscheck")));
            QVERIFY(p);
        }
        TeamUrl url = m_url;
        url.project = named(S("From the CLI"));
        const auto cli = [](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(S(CROSSCHECK_CLI), args);
            p.waitForFinished(60000);
            if (out)
                *out = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(cli({S("publish"), path(S("cli.crosscheck")), url.display()}, &out), 0);
        QVERIFY2(out.contains("Published"), out.constData());
        QCOMPARE(cli({S("team-projects"), url.display()}, &out), 0);
        QVERIFY(out.contains(named(S("From the CLI")).toUtf8()));
        // Reading commands take the URL: the same sources and the same export as the file.
        QByteArray fromFile, fromServer;
        QCOMPARE(cli({S("sources"), path(S("cli.crosscheck"))}, &fromFile), 0);
        QCOMPARE(cli({S("sources"), url.display()}, &fromServer), 0);
        QCOMPARE(fromServer, fromFile);
        QCOMPARE(
            cli({S("export"), url.display(), S("--format"), S("csv"), S("-o"), path(S("cli-csv"))}),
            0);
        QVERIFY(QFile::exists(path(S("cli-csv/mentions.csv"))));
        // Passages are not kept on the server: analysed in a copy, and said so.
        QCOMPARE(cli({S("analyze"), url.display()}, &out), 0);
        QVERIFY2(out.contains("found in a copy"), out.constData());
        // A clone over the command line, then refused when the file is there.
        QCOMPARE(cli({S("clone"), url.display(), path(S("cli-clone.crosscheck"))}), 0);
        QCOMPARE(cli({S("clone"), url.display(), path(S("cli-clone.crosscheck"))}, &out), 1);
        QVERIFY(out.contains("exists"));
    }

    void anUnreachableServerIsSaidPlainly()
    {
        TeamUrl url = m_url;
        url.host = S("127.0.0.1");
        url.port = 1; // nothing listens there
        url.database = S("postgres");
        TeamServer server;
        QString error;
        if (!QSqlDatabase::isDriverAvailable(S("QPSQL"))) {
            QVERIFY(!server.connect(url, &error));
            QVERIFY(error.contains(S("QPSQL")));
            return;
        }
        QVERIFY(!server.connect(url, &error));
        QVERIFY2(error.contains(S("cannot connect")), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        // Off the caller's thread: start() returns at once, finished() says what went wrong.
        TeamTransfer job(TeamTransfer::Kind::List, url, {}, {});
        QSignalSpy finished(&job, &TeamTransfer::finished);
        QElapsedTimer started;
        started.start();
        job.start();
        QVERIFY(started.elapsed() < 100);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!job.isRunning());
        QVERIFY(!job.result().ok);
        QVERIFY(job.result().error.contains(S("cannot connect")));
        // Said as not connected: the window then offers to try again with a password.
        QVERIFY(job.result().notConnected);
        if (m_server) {
            const auto listed = TeamTransfer::runBlocking(TeamTransfer::Kind::List, m_url, {}, {});
            QVERIFY(listed.ok && !listed.notConnected);
        }
    }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
