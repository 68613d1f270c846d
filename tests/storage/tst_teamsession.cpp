// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Team projects live in the window's way (Core::TeamSession: server calls on a worker thread,
// LISTEN/NOTIFY): another analyst's edit arrives by itself, and a refused edit is said (a
// connection the server cuts: tst_teamfaults, on a cluster of its own).
// Against the pg fixture; skips without a server, except under CI=true, where it fails.
#include "teamtesting.h"
#include "teststrings.h"

#include <core/project/project.h>
#include <core/project/teamsession.h>

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

using Storage::TeamUrl;
using TestData::S;

namespace {
/// A replica opened as the window opens one: the project and its live session.
struct Window
{
    std::unique_ptr<TestData::Replica> replica; // the clone; its blocking sync is not used
    std::unique_ptr<TeamSession> session;
    Project &project() { return *replica->project; }
};
} // namespace

class TestTeamSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TeamUrl m_url;
    const QString m_run = u' ' + QString::number(QDateTime::currentMSecsSinceEpoch());
    TestData::TeamBench m_bench{m_dir, m_url, m_run};

    std::unique_ptr<Window> open(const QString &name)
    {
        auto w = std::make_unique<Window>();
        w->replica = m_bench.join(name);
        if (!w->replica)
            return nullptr;
        TeamUrl u = m_url;
        u.project = name;
        w->session = std::make_unique<TeamSession>(*w->replica->project, u);
        QSignalSpy online(w->session.get(), &TeamSession::onlineChanged);
        w->session->start();
        if (!online.wait(10000) || !w->session->isOnline())
            return nullptr;
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CROSSCHECK_REQUIRE_TEAM_SERVER(m_url);
    }

    void anotherAnalystsEditArrivesByItself()
    {
        const QString name = m_bench.publishSample(S("live"));
        auto a = open(name);
        auto b = open(name);
        QVERIFY(a && b);
        QCOMPARE(a->session->login(), m_url.user);
        QSignalSpy activity(b->session.get(), &TeamSession::teamActivity);
        const SourceId s = a->project().sources().front().id;
        QString error;
        const qint64 e = a->project().tagNewEntity(
            s, TestData::spanOf(a->project(), s, S("Lindhaven")), S("Lindhaven"), 3, &error);
        QVERIFY2(e > 0, qPrintable(error));
        // Nobody asks B to catch up: the server's notification does.
        QVERIFY(activity.wait(5000));
        QCOMPARE(activity.first().at(0).toString(), m_url.user);
        QVERIFY(activity.first().at(1).toString().contains(S("Lindhaven")));
        QVERIFY(b->project().entity(e));
        QCOMPARE(b->project().mentionsOf(e).size(), size_t(1));
        QTRY_COMPARE_WITH_TIMEOUT(a->session->pendingCount(), 0, 5000);
    }

    void aRefusedEditIsSaidAndKept()
    {
        const QString name = m_bench.publishSample(S("refused"));
        auto a = open(name);
        auto b = open(name);
        QVERIFY(a && b);
        const qint64 id = TestData::entityNamed(a->project(), S("Ingrid Solberg"));
        QSignalSpy refusedA(a->session.get(), &TeamSession::editRefused);
        QSignalSpy refusedB(b->session.get(), &TeamSession::editRefused);
        // Both edit the same entity before either hears of the other's edit (no event is
        // handled in between): the server takes the first to arrive and refuses the other.
        Entity ea = *a->project().entity(id);
        ea.aliases = {S("Solberg")};
        Entity eb = *b->project().entity(id);
        eb.aliases = {S("I. S.")};
        QString error;
        QVERIFY(a->project().editEntity(ea, &error));
        QVERIFY(b->project().editEntity(eb, &error));
        QTRY_COMPARE_WITH_TIMEOUT(refusedA.size() + refusedB.size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(a->session->pendingCount() == 0 && b->session->pendingCount() == 0,
                                 5000);
        Window &loser = refusedA.isEmpty() ? *b : *a;
        Window &winner = refusedA.isEmpty() ? *a : *b;
        const QStringList won = winner.project().entity(id)->aliases;
        const QStringList lost = (&loser == a.get() ? ea : eb).aliases;
        QVERIFY(won != lost);
        QVERIFY((refusedA.isEmpty() ? refusedB : refusedA)
                    .first()
                    .at(0)
                    .toString()
                    .contains(S("Ingrid Solberg")));
        // The loser sees the winner's aliases, and keeps its own edit as a conflict.
        QTRY_COMPARE_WITH_TIMEOUT(loser.project().entity(id)->aliases, won, 5000);
        QCOMPARE(loser.session->conflicts().size(), size_t(1));
        QVERIFY(winner.session->conflicts().empty());
        // Keep mine: the loser's aliases go to everyone, on purpose.
        QVERIFY(loser.session->keepMine(loser.session->conflicts().front().key, &error));
        QTRY_COMPARE_WITH_TIMEOUT(winner.project().entity(id)->aliases, lost, 5000);
        QVERIFY(loser.session->conflicts().empty());
    }
};

QTEST_GUILESS_MAIN(TestTeamSession)
#include "tst_teamsession.moc"
