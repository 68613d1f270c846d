// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Live editing of a team project on a real PostgreSQL server (the pg fixture): two replicas of
// one project in this process, each with its own connection, edit, send and catch up in scripted
// interleavings, and two threads race on the same rows. Skips without a server, except under
// CI=true, where it fails.
#include "annotatedsample.h"
#include "teamtesting.h"
#include "teststrings.h"

#include <core/formats/exporter.h>
#include <core/project/project.h>
#include <core/project/teamsync.h>
#include <core/project/undostack.h>
#include <core/storage/teamserver.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <barrier>

using namespace Crosscheck::Core;

using Storage::TeamServer;
using Storage::TeamUrl;
using TestData::exportsOf;
using TestData::S;

namespace {

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestTeamSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TeamUrl m_url;
    bool m_server = false;
    const QString m_run = u' ' + QString::number(QDateTime::currentMSecsSinceEpoch());

    QString path(const QString &name) const { return m_dir.filePath(name); }

    TestData::TeamBench m_bench{m_dir, m_url, m_run};
    QString publishSample(const QString &what) { return m_bench.publishSample(what); }
    std::unique_ptr<TestData::Replica> join(const QString &name) { return m_bench.join(name); }
    static qint64 entityNamed(const Project &p, const QString &name)
    {
        return TestData::entityNamed(p, name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CROSSCHECK_REQUIRE_TEAM_SERVER(m_url);
        m_server = true;
    }

    void anEditReachesTheOtherAnalyst()
    {
        const QString name = publishSample(S("reach"));
        QVERIFY(!name.isEmpty());
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        QVERIFY(a->project->isTeamReplica());
        const SourceId wire = a->project->sources().front().id;
        QString error;
        const qint64 e = a->project->tagNewEntity(
            wire, TestData::spanOf(*a->project, wire, S("Lindhaven")), S("Lindhaven"), 3, &error);
        QVERIFY2(e > 0, qPrintable(error));
        QCOMPARE(a->sync->pendingCount(), 1);
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QCOMPARE(a->sync->pendingCount(), 0);
        QVERIFY(!b->project->entity(e));
        QVERIFY2(b->sync->pull(&error), qPrintable(error));
        // The same entity with the same id, its mention, by the server's login.
        QVERIFY(b->project->entity(e));
        QCOMPARE(b->project->entity(e)->name, S("Lindhaven"));
        QCOMPARE(b->project->mentionsOf(e).size(), size_t(1));
        QCOMPARE(b->project->mentionsOf(e).front().author, a->sync->login());
        QCOMPARE(b->sync->lastChanges().size(), size_t(1));
        QCOMPARE(b->sync->lastChanges().front().first, a->sync->login());
        QVERIFY(b->sync->lastChanges().front().second.contains(S("Lindhaven")));
        // A pulls its own edit back: nothing changes twice, and both stand at the same clock.
        QVERIFY2(a->sync->pull(&error), qPrintable(error));
        QCOMPARE(a->project->mentionsOf(e).size(), size_t(1));
        QVERIFY(a->sync->lastChanges().empty());
        QCOMPARE(a->sync->clock(), b->sync->clock());
        QVERIFY(a->sync->clock() > 0);
        // Both replicas and a fresh clone export the same bytes.
        auto c = join(name);
        QVERIFY(c);
        const auto ea = exportsOf(*a->project, path(S("ex-a")));
        const auto eb = exportsOf(*b->project, path(S("ex-b")));
        const auto ec = exportsOf(*c->project, path(S("ex-c")));
        QVERIFY(ea.size() >= 5);
        QCOMPARE(eb.keys(), ea.keys());
        for (auto it = ea.cbegin(); it != ea.cend(); ++it) {
            QVERIFY2(eb.value(it.key()) == it.value(), qPrintable(it.key()));
            QVERIFY2(ec.value(it.key()) == it.value(), qPrintable(it.key()));
        }
    }

    void aStaleEditIsRefusedWithBothValuesAndKept()
    {
        const QString name = publishSample(S("stale"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const qint64 id = entityNamed(*a->project, S("Ingrid Solberg"));
        QVERIFY(id > 0);
        Entity mine = *b->project->entity(id);
        Entity theirs = *a->project->entity(id);
        theirs.aliases = {S("I. Solberg")};
        mine.aliases = {S("Solberg")};
        QString error;
        QVERIFY2(a->project->editEntity(theirs, &error), qPrintable(error));
        QVERIFY2(b->project->editEntity(mine, &error), qPrintable(error));
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        // B's edit was refused: B now shows A's aliases, and keeps its own edit as a conflict.
        QCOMPARE(b->project->entity(id)->aliases, QStringList{S("I. Solberg")});
        const auto conflicts = b->sync->conflicts();
        QCOMPARE(conflicts.size(), size_t(1));
        const QJsonObject why = json(conflicts.front().conflict);
        QCOMPARE(why.value(S("reason")).toString(), S("changed"));
        QCOMPARE(why.value(S("table")).toString(), S("entity"));
        QCOMPARE(why.value(S("by")).toString(), a->sync->login());
        QVERIFY(!why.value(S("at")).toString().isEmpty());
        QVERIFY(why.value(S("mine")).isObject() && why.value(S("theirs")).isObject());
        QVERIFY(why.value(S("theirs")).toObject().value(S("modified")).toString() !=
                why.value(S("mine")).toObject().value(S("modified")).toString());
        // The server kept A's, once.
        auto c = join(name);
        QCOMPARE(c->project->entity(id)->aliases, QStringList{S("I. Solberg")});
        // Keep mine: B's aliases replace A's on purpose, and A sees them.
        QVERIFY2(b->sync->keepMine(conflicts.front().key, &error), qPrintable(error));
        QVERIFY(b->sync->conflicts().empty());
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        QVERIFY(b->sync->conflicts().empty());
        QVERIFY2(a->sync->pull(&error), qPrintable(error));
        QCOMPARE(a->project->entity(id)->aliases, QStringList{S("Solberg")});
    }

    void keepTheirsDropsOnlyTheRefusedEdit()
    {
        const QString name = publishSample(S("theirs"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const qint64 id = entityNamed(*a->project, S("Ingrid Solberg"));
        Entity ea = *a->project->entity(id);
        ea.name = S("Ingrid M. Solberg");
        Entity eb = *b->project->entity(id);
        eb.name = S("Solberg, Ingrid");
        QString error;
        QVERIFY(a->project->editEntity(ea, &error));
        QVERIFY(b->project->editEntity(eb, &error));
        // B also tags something nobody else touched: it must survive the refusal of the first.
        const SourceId s = b->project->sources().back().id;
        const qint64 other = b->project->tagNewEntity(
            s, TestData::spanOf(*b->project, s, S("Lindhaven")), S("Lindhaven"), 3, &error);
        QVERIFY2(other > 0, qPrintable(error));
        QVERIFY(a->sync->push(&error));
        QVERIFY(b->sync->push(&error));
        QCOMPARE(b->sync->conflicts().size(), size_t(1));
        QCOMPARE(b->project->entity(id)->name, S("Ingrid M. Solberg"));
        QVERIFY(b->project->entity(other));
        QVERIFY(b->sync->keepTheirs(b->sync->conflicts().front().key, &error));
        QVERIFY(b->sync->conflicts().empty());
        QVERIFY(a->sync->pull(&error));
        QVERIFY(a->project->entity(other));
        QCOMPARE(a->project->entity(id)->name, S("Ingrid M. Solberg"));
    }

    void aMentionOfARemovedEntityIsRefused()
    {
        const QString name = publishSample(S("removed"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const qint64 id = entityNamed(*a->project, S("Ingrid Solberg"));
        const size_t before = b->project->mentions().size();
        QString error;
        QVERIFY2(a->project->removeEntity(id, &error), qPrintable(error));
        const SourceId s = b->project->sources().back().id;
        const qint64 m =
            b->project->tagMention(s, TestData::spanOf(*b->project, s, S("tanker")), id, &error);
        QVERIFY2(m > 0, qPrintable(error));
        QVERIFY(a->sync->push(&error));
        QVERIFY(b->sync->push(&error));
        const auto conflicts = b->sync->conflicts();
        QCOMPARE(conflicts.size(), size_t(1));
        QCOMPARE(json(conflicts.front().conflict).value(S("reason")).toString(), S("missing"));
        // B caught up: the entity and its mentions are gone there too, B's mention with them.
        QVERIFY(!b->project->entity(id));
        QVERIFY(!b->project->mention(m));
        QCOMPARE(b->project->mentions().size(), a->project->mentions().size());
        QVERIFY(b->project->mentions().size() < before);
    }

    void aResentEditIsAppliedOnce()
    {
        const QString name = publishSample(S("resend"));
        auto a = join(name);
        QVERIFY(a);
        QString error;
        const QString write = S("{\"suggestion_decision\":[{\"key\":\"entity|x\",\"decision\":"
                                "\"rejected\",\"author\":\"t\",\"at\":\"2026-01-01T00:00:00Z\"}]}");
        const QString delta = S("{\"label\":\"Reject\",\"remove\":{},\"write\":") + write + u'}';
        const auto first =
            a->server.edit(name, S("key-1"), S("decide-suggestions"), S("{}"), write, delta);
        QCOMPARE(int(first.outcome), int(TeamServer::EditResult::Outcome::Applied));
        // The reply was lost; the same edit is sent again.
        const auto again =
            a->server.edit(name, S("key-1"), S("decide-suggestions"), S("{}"), write, delta);
        QCOMPARE(int(again.outcome), int(TeamServer::EditResult::Outcome::AlreadyApplied));
        QCOMPARE(again.clock, first.clock);
        QCOMPARE(*a->server.clock(name, &error), first.clock);
        // A different edit making the same decision is refused: it exists.
        const auto other =
            a->server.edit(name, S("key-2"), S("decide-suggestions"), S("{}"), write, delta);
        QCOMPARE(int(other.outcome), int(TeamServer::EditResult::Outcome::Refused));
        QCOMPARE(json(other.conflict).value(S("reason")).toString(), S("exists"));
        QVERIFY(a->sync->pull(&error));
        QCOMPARE(a->project->suggestionDecision(S("entity|x")), S("rejected"));
    }

    void idsFromTwoAnalystsNeverCollide()
    {
        const QString name = publishSample(S("ids"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const SourceId s = a->project->sources().front().id;
        QString error;
        const qint64 ea = a->project->tagNewEntity(
            s, TestData::spanOf(*a->project, s, S("Lindhaven")), S("Lindhaven"), 3, &error);
        const qint64 eb = b->project->tagNewEntity(
            s, TestData::spanOf(*b->project, s, S("Lindhaven")), S("Lindhaven port"), 3, &error);
        QVERIFY(ea > 0 && eb > 0);
        QVERIFY(ea != eb);
        QVERIFY(a->sync->sync(&error));
        QVERIFY(b->sync->sync(&error));
        QVERIFY(a->sync->pull(&error));
        QVERIFY(a->project->entity(eb) && b->project->entity(ea));
        QVERIFY(b->sync->conflicts().empty() && a->sync->conflicts().empty());
        // A replica reopened later goes on in its block, past what it used.
        const QString file = b->project->filePath();
        b.reset();
        TestData::Replica again;
        QVERIFY(again.server.connect(m_url, &error));
        Storage::OpenStatus status;
        again.project = Project::open(file, false, &status);
        again.sync = std::make_unique<TeamSync>(*again.project, &again.server, name);
        QVERIFY2(again.sync->attach(&error), qPrintable(error));
        const qint64 next = again.project->addEntityType(S("Vessel"), S("#123456"), 0, &error);
        QVERIFY(next > eb);
        QVERIFY(next < eb + TeamServer::IdBlock);
    }

    void undoOfARowSomeoneChangedSinceIsRefused()
    {
        const QString name = publishSample(S("undo"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const qint64 id = entityNamed(*a->project, S("Ingrid Solberg"));
        Entity e = *a->project->entity(id);
        e.name = S("Ingrid Solberg (minister)");
        QString error;
        QVERIFY(a->project->editEntity(e, &error));
        QVERIFY(a->sync->push(&error));
        QVERIFY(b->sync->pull(&error));
        Entity f = *b->project->entity(id);
        f.name = S("Minister Solberg");
        QVERIFY(b->project->editEntity(f, &error));
        QVERIFY(b->sync->push(&error));
        QVERIFY(a->sync->pull(&error));
        QVERIFY(a->project->undoStack()->canUndo());
        QVERIFY(!a->project->undoStack()->undo(&error));
        QVERIFY(error.contains(S("changed this since")));
        QCOMPARE(a->project->entity(id)->name, S("Minister Solberg"));
        QCOMPARE(a->sync->pendingCount(), 0);
    }

    void pendingEditsSurviveCatchingUp()
    {
        const QString name = publishSample(S("pending"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        QString error;
        const qint64 solberg = entityNamed(*b->project, S("Ingrid Solberg"));
        const qint64 shipping = entityNamed(*b->project, S("Baltic Meridian Shipping"));
        QVERIFY(solberg > 0 && shipping > 0);
        Entity mine = *b->project->entity(shipping);
        mine.aliases = {S("BMS")};
        QVERIFY(b->project->editEntity(mine, &error)); // not sent yet
        Entity theirs = *a->project->entity(solberg);
        theirs.aliases = {S("Solberg")};
        QVERIFY(a->project->editEntity(theirs, &error));
        QVERIFY(a->sync->push(&error));
        QVERIFY2(b->sync->pull(&error), qPrintable(error));
        QCOMPARE(b->project->entity(solberg)->aliases, QStringList{S("Solberg")});
        QCOMPARE(b->project->entity(shipping)->aliases, QStringList{S("BMS")});
        QCOMPARE(b->sync->pendingCount(), 1);
        QVERIFY(b->sync->push(&error));
        QVERIFY(b->sync->conflicts().empty());
        QVERIFY(a->sync->pull(&error));
        QCOMPARE(a->project->entity(shipping)->aliases, QStringList{S("BMS")});
    }

    void racingEditsHaveExactlyOneWinnerEach()
    {
        // Two analysts, each in a thread with its own connection, edit the same entity in every
        // round from the same starting point: each round has one winner, the other is refused
        // and kept; no edit is lost or applied twice.
        const QString name = publishSample(S("race"));
        QVERIFY(!name.isEmpty());
        // 150 in the test suite; CROSSCHECK_RACE_ROUNDS=1000 for the longer run.
        const int rounds = qEnvironmentVariableIntValue("CROSSCHECK_RACE_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("CROSSCHECK_RACE_ROUNDS")
                               : 150;
        std::barrier sync(2);
        std::atomic<int> applied{0}, refused{0}, failures{0};
        const auto analyst = [&](int who) {
            auto r = join(name);
            if (!r) {
                ++failures;
                sync.arrive_and_drop();
                return;
            }
            QString error;
            const qint64 id = entityNamed(*r->project, S("Ingrid Solberg"));
            for (int i = 0; i < rounds; ++i) {
                if (!r->sync->pull(&error))
                    ++failures;
                sync.arrive_and_wait(); // both start from the same row
                Entity e = *r->project->entity(id);
                e.aliases = {S("round %1 by %2").arg(i).arg(who)};
                const size_t before = r->sync->conflicts().size();
                if (!r->project->editEntity(e, &error) || !r->sync->push(&error))
                    ++failures;
                if (r->sync->conflicts().size() > before)
                    ++refused;
                else
                    ++applied;
                sync.arrive_and_wait(); // both have sent
            }
        };
        QThread *one = QThread::create(analyst, 1);
        QThread *two = QThread::create(analyst, 2);
        one->start();
        two->start();
        QVERIFY(one->wait(120000) && two->wait(120000));
        delete one;
        delete two;
        QCOMPARE(failures.load(), 0);
        QCOMPARE(applied.load(), rounds);
        QCOMPARE(refused.load(), rounds);
        // The server's log has exactly one edit per round, after the first replica's clock.
        auto check = join(name);
        QVERIFY(check);
        QString error;
        QCOMPARE(*check->server.clock(name, &error), qint64(rounds));
        QCOMPARE(check->project->entity(entityNamed(*check->project, S("Ingrid Solberg")))
                     ->aliases.front()
                     .left(9),
                 S("round %1").arg(rounds - 1).left(9));
    }

    void twoCommandLineWritersApplyEachEditOnce()
    {
        const QString name = publishSample(S("cli"));
        QVERIFY(!name.isEmpty());
        TeamUrl u = m_url;
        u.project = name;
        const QString url = u.display(); // the test cluster trusts its local logins
        // Annotations of another tool's: the sample's own, exported and taken off the project.
        const QString w3c = path(S("cli.jsonld"));
        {
            auto a = join(name);
            QVERIFY(a);
            QString error;
            QVERIFY(Formats::write(*a->project, Formats::Format::W3C, w3c, {}, &error));
            QVector<qint64> all;
            for (const Mention &m : a->project->mentions())
                all << m.id;
            QVERIFY(a->project->removeMentions(all, &error));
            QVERIFY(a->sync->push(&error));
            QVERIFY(a->project->mentions().empty());
        }
        QProcess one, two;
        for (QProcess *p : {&one, &two}) {
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->start(S(CROSSCHECK_CLI), {S("import-annotations"), url, w3c});
        }
        QVERIFY(one.waitForFinished(60000) && two.waitForFinished(60000));
        const QString out = QString::fromUtf8(one.readAll() + two.readAll());
        QCOMPARE(one.exitCode() + two.exitCode(), 0);
        auto b = join(name);
        QVERIFY(b);
        const size_t expected = size_t(out.count(S("sent to the team server")));
        QCOMPARE(expected, size_t(1)); // the second writer found everything there already
        QVERIFY(out.contains(S("Imported 0 mention(s)")));
        QVERIFY(!b->project->mentions().empty());
        // No mention twice.
        QSet<QString> spans;
        for (const Mention &m : b->project->mentions())
            spans.insert(S("%1:%2:%3").arg(m.source).arg(m.span.start).arg(m.span.end));
        QCOMPARE(size_t(spans.size()), b->project->mentions().size());
    }

    void theCommandLineImportsAndAnalysesATeamProject()
    {
        const QString name = publishSample(S("cli import"));
        TeamUrl u = m_url;
        u.project = name;
        QFile article(path(S("ferry.txt")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("Ferry traffic resumed at Lindhaven on Friday, harbour master Ingrid Solberg "
                      "said; about 120 tonnes of fuel oil had leaked.\n");
        article.close();
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(S(CROSSCHECK_CLI), {S("import"), u.display(), article.fileName()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        auto b = join(name);
        QVERIFY(b);
        QVERIFY(std::any_of(b->project->sources().begin(), b->project->sources().end(),
                            [](const Source &s) { return s.fileName == S("ferry.txt"); }));
        // Analysed in a copy: the figures are said, nothing is sent.
        const qint64 clock = b->sync->clock();
        cli.start(S(CROSSCHECK_CLI), {S("analyze"), u.display()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QString::fromUtf8(cli.readAll()).contains(S("passage pair(s)")));
        QString error;
        QVERIFY2(b->sync->pull(&error), qPrintable(error));
        QCOMPARE(b->sync->clock(), clock);
    }

    void aCopyOfAReplicaIsAPlainProject()
    {
        const QString name = publishSample(S("copy"));
        auto a = join(name);
        QVERIFY(a);
        QString error;
        const SourceId s = a->project->sources().front().id;
        QVERIFY(a->project->tagNewEntity(s, TestData::spanOf(*a->project, s, S("Lindhaven")),
                                         S("Lindhaven"), 3, &error) > 0); // pending
        QCOMPARE(a->sync->pendingCount(), 1);
        const QString copy = path(S("copy-of-replica.crosscheck"));
        QVERIFY2(a->project->saveCopyAs(copy, &error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(S("QSQLITE"), S("copycheck"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(S("SELECT (SELECT count(*) FROM team_outbox) + (SELECT count(*) FROM "
                             "team_state)")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(S("copycheck"));
        // The copy has the edit itself, and the replica still has it queued.
        Storage::OpenStatus status;
        const auto opened = Project::open(copy, false, &status);
        QVERIFY(opened && !opened->isTeamReplica());
        QVERIFY(entityNamed(*opened, S("Lindhaven")) > 0);
        QCOMPARE(a->sync->pendingCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
