// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_team: figures for team projects on PostgreSQL (not part of ctest). It starts a
// throwaway cluster of its own (tests/support/pgcluster.sh, loopback only) and prints:
//   an edit in window A visible in window B (two live TeamSessions, LISTEN/NOTIFY), p50/p95;
//   one edit sent and applied on the server (TeamServer::edit), p50/p95, and the server's
//   transactions and statements per edit;
//   publishing 200 sources with 20,000 annotations; catching up 1,000 changes;
//   a session taking up again after the server closed its connection, and after a black hole
//   (a proxy that holds every byte, then passes them).
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/project/teamlink.h>
#include <core/project/teamsession.h>
#include <core/project/teamsync.h>
#include <core/storage/teamserver.h>

#include "tcpproxy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Crosscheck::Core;
using Storage::TeamServer;
using Storage::TeamUrl;

namespace {
void report(const char *what, double value, const char *unit)
{
    std::printf("%-62s %10.2f %s\n", what, value, unit);
    std::fflush(stdout);
}
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}
/// Runs the event loop until \a done or \a ms pass; false on timeout.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

/// A project of \a sources synthetic articles with \a mentions mentions, saved at \a path.
bool makeProject(const QString &path, int sources, int mentions)
{
    Storage::OpenStatus status;
    auto p = Project::create(path, &status);
    if (!p)
        return false;
    QVector<ImportedDocument> docs;
    for (int i = 0; i < sources; ++i) {
        ImportedDocument d;
        QString text;
        for (int w = 0; w < 400; ++w)
            text += QStringLiteral("Port Lindhaven word%1 ").arg((i * 7 + w) % 997);
        d.text = text;
        d.meta.title = QStringLiteral("Article %1").arg(i);
        d.format = QStringLiteral("txt");
        Importers::finish(d);
        docs << d;
    }
    if (p->addDocuments(docs).added.size() != qsizetype(sources))
        return false;
    AnnotationDelta added;
    Entity e;
    e.id = -1;
    e.name = QStringLiteral("Lindhaven");
    e.type = 3;
    added.entities.push_back(e);
    const int perSource = mentions / sources;
    for (const Source &s : p->sources()) {
        for (int k = 0; k < perSource; ++k) {
            Mention m;
            m.source = s.id;
            m.span = {k * 40 + 5, k * 40 + 14};
            m.entity = -1;
            m.origin = QStringLiteral("batch");
            added.mentions.push_back(m);
        }
    }
    QString error;
    return p->importAnnotations(added, QStringLiteral("bench"), &error);
}

qint64 serverCounter(const TeamUrl &url, const char *column)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("stat"));
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    qint64 v = -1;
    if (db.open()) {
        QSqlQuery q(db);
        // Statistics are sent at the end of a transaction; a fresh snapshot each time.
        q.exec(QStringLiteral("SELECT pg_stat_clear_snapshot()"));
        if (q.exec(QStringLiteral("SELECT %1 FROM pg_stat_database WHERE datname = "
                                  "current_database()")
                       .arg(QString::fromLatin1(column))) &&
            q.next())
            v = q.value(0).toLongLong();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("stat"));
    return v;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("pg"));
    const QString script = QStringLiteral(CROSSCHECK_PGCLUSTER);
    if (QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), state}) != 0) {
        std::fprintf(stderr, "bench_team: no PostgreSQL cluster (apt-get install postgresql-15)\n");
        return 1;
    }
    QFile f(state + QStringLiteral("/url"));
    f.open(QIODevice::ReadOnly);
    TeamUrl url = *TeamUrl::parse(QString::fromUtf8(f.readAll()).trimmed(), nullptr);
    const auto stop = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("stop"), state});
    });
    QString error;

    // Publishing 200 sources with 20,000 annotations.
    const QString big = dir.filePath(QStringLiteral("big.crosscheck"));
    if (!makeProject(big, 200, 20000))
        return 1;
    {
        TeamServer server;
        QElapsedTimer t;
        server.connect(url, &error);
        t.start();
        if (!server.publish(big, QStringLiteral("big"), {}, &error)) {
            std::fprintf(stderr, "publish: %s\n", qPrintable(error));
            return 1;
        }
        report("publish 200 sources, 20,000 mentions (one transaction)", double(t.elapsed()), "ms");
        const QString copy = dir.filePath(QStringLiteral("big-clone.crosscheck"));
        t.restart();
        server.clone(QStringLiteral("big"), copy, {}, &error);
        report("clone it back (one snapshot)", double(t.elapsed()), "ms");
    }

    // Two windows on one team project.
    const auto open = [&](const QString &file) {
        TeamServer s;
        qint64 clock = 0;
        s.connect(url, &error);
        s.prepareLive(QStringLiteral("big"), &error);
        s.clone(QStringLiteral("big"), file, {}, &error, &clock);
        Storage::OpenStatus st;
        return std::pair(Project::open(file, false, &st), clock);
    };
    TeamUrl live = url;
    live.project = QStringLiteral("big");
    auto [pa, ca] = open(dir.filePath(QStringLiteral("a.crosscheck")));
    auto [pb, cb] = open(dir.filePath(QStringLiteral("b.crosscheck")));
    TeamSession a(*pa, live, ca), b(*pb, live, cb);
    a.start();
    b.start();
    if (!waitFor([&] { return a.isOnline() && b.isOnline(); }, 10000))
        return 1;
    waitFor([] { return false; }, 300); // the id blocks arrive
    const qint64 entity = pa->entities().lastKey();
    const qint64 commits0 = serverCounter(url, "xact_commit");
    std::vector<double> visible;
    const SourceId s0 = pa->sources().front().id;
    const int edits = 300;
    for (int i = 0; i < edits; ++i) {
        QElapsedTimer t;
        t.start();
        const qint64 m = pa->tagMention(s0, {i * 9 + 3, i * 9 + 7}, entity, &error);
        if (m <= 0 || !waitFor([&] { return pb->mention(m) != nullptr; }, 5000)) {
            std::fprintf(stderr, "edit %d did not arrive: %s\n", i, qPrintable(error));
            return 1;
        }
        visible.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    waitFor([&] { return a.pendingCount() == 0; }, 5000);
    const qint64 commits = serverCounter(url, "xact_commit") - commits0;
    report("edit in window A visible in window B, p50", percentile(visible, 0.5), "ms");
    report("edit in window A visible in window B, p95", percentile(visible, 0.95), "ms");
    // QPSQL sends a bound statement as PREPARE, EXECUTE, DEALLOCATE: three each.
    report("server transactions per edit, both windows (send + 2 fetches)", double(commits) / edits,
           "");

    // One edit as the server takes it: one call of crosscheck_edit_1.
    {
        TeamServer s;
        s.connect(url, &error);
        std::vector<double> call;
        for (int i = 0; i < 200; ++i) {
            const QString key = QStringLiteral("bench-%1").arg(i);
            const QString write = QStringLiteral("{\"suggestion_decision\":[{\"key\":\"%1\","
                                                 "\"decision\":\"rejected\",\"author\":\"b\","
                                                 "\"at\":\"2026-01-01T00:00:00Z\"}]}")
                                      .arg(key);
            QElapsedTimer t;
            t.start();
            s.edit(QStringLiteral("big"), key, QStringLiteral("decide-suggestions"),
                   QStringLiteral("{}"), write,
                   QStringLiteral("{\"label\":\"b\",\"remove\":{},\"write\":") + write + u'}');
            call.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        report("one edit sent and applied (statement: 1 function call), p50", percentile(call, 0.5),
               "ms");
        report("one edit sent and applied, p95", percentile(call, 0.95), "ms");
    }

    // Catching up 1,000 changes (B's window was away).
    {
        waitFor([&] { return b.clock() == a.clock() && b.clock() > 0; }, 10000);
        const QString file = dir.filePath(QStringLiteral("late.crosscheck"));
        TeamServer s;
        qint64 clock = 0;
        s.connect(url, &error);
        s.clone(QStringLiteral("big"), file, {}, &error, &clock);
        Storage::OpenStatus st;
        auto late = Project::open(file, false, &st);
        TeamSync sync(*late, &s, QStringLiteral("big"));
        sync.attach(&error, clock);
        for (int i = 0; i < 1000; ++i)
            pa->tagMention(s0, {i * 3 + 2000, i * 3 + 2002}, entity, &error);
        waitFor([&] { return a.pendingCount() == 0; }, 60000);
        QElapsedTimer t;
        t.start();
        if (!sync.pull(&error))
            std::fprintf(stderr, "pull: %s\n", qPrintable(error));
        report("catch up 1,000 changes (blocking pull into a replica)", double(t.elapsed()), "ms");
    }

    // The server closes every connection: the heartbeat notices and the session takes up.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("cut"));
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setDatabaseName(url.database);
        db.setUserName(url.user);
        db.open();
        QElapsedTimer t;
        t.start();
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                          "pg_stat_activity WHERE application_name = "
                                          "'crosscheck' AND pid <> pg_backend_pid()"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("cut"));
        const qint64 m = pa->tagMention(s0, {5000, 5004}, entity, &error);
        waitFor([&] { return !a.isOnline(); }, 10000);
        const bool back = waitFor([&] { return a.isOnline() && pb->mention(m); }, 20000);
        report(back ? "connection closed by the server: back, edit delivered, after"
                    : "connection closed by the server: NOT back after",
               double(t.elapsed()), "ms");
    }
    // A black hole: window C reaches the server through a proxy that holds every byte (a network
    // that stops answering), then passes them again.
    {
        TestData::TcpProxy proxy(quint16(url.port));
        TeamUrl through = live;
        through.host = QStringLiteral("127.0.0.1");
        through.port = proxy.port();
        auto [pc, cc] = open(dir.filePath(QStringLiteral("c.crosscheck")));
        TeamSession c(*pc, through, cc);
        c.start();
        if (waitFor([&] { return c.isOnline(); }, 10000)) {
            waitFor([] { return false; }, 300);
            proxy.setBlackHole(true);
            QElapsedTimer t;
            t.start();
            const qint64 m = pc->tagMention(s0, {5010, 5014}, entity, &error);
            const bool said = waitFor([&] { return !c.isOnline(); }, 20000);
            report(said ? "black hole: the window says offline after"
                        : "black hole: the window does NOT say offline after",
                   double(t.elapsed()), "ms");
            proxy.setBlackHole(false);
            t.restart();
            const bool back = waitFor(
                [&] { return c.isOnline() && c.pendingCount() == 0 && pb->mention(m); }, 30000);
            report(back ? "black hole over: back, edit delivered, after"
                        : "black hole over: NOT back after",
                   double(t.elapsed()), "ms");
        }
    }
    std::printf("(loopback, one machine; heartbeat every %d ms, edit deadline %d ms)\n",
                TeamLink::HeartbeatMs, TeamSession::DeadlineMs);
    return 0;
}
