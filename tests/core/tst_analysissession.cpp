// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AnalysisSession: the same result on a worker thread (GUI) and on the calling thread (CLI);
// up to date, cancel, and progress reported through the event loop.
#include <core/analysis/analysissession.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

class TestAnalysisSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Project> unanalysed()
    {
        Storage::OpenStatus status;
        return SampleProject::create(
            m_dir.filePath(QStringLiteral("p%1.crosscheck").arg(++m_files)), &status, nullptr,
            SampleProject::Analysis::Skip);
    }

private slots:
    void workerAndBlockingAgree()
    {
        auto a = unanalysed();
        auto b = unanalysed();
        QVERIFY(a && b && !a->isAnalysisCurrent());
        AnalysisSession session(a.get());
        QSignalSpy progress(&session, &AnalysisSession::progress);
        QSignalSpy finished(&session, &AnalysisSession::finished);
        QVERIFY(session.start());
        QVERIFY(session.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!session.isRunning());
        QVERIFY(session.result().applied);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toString(), QStringLiteral("align"));

        const AnalysisSession::Result r = AnalysisSession::runBlocking(b.get(), false);
        QVERIFY(r.applied);
        QCOMPARE(r.analysed, a->sourceCount());
        QCOMPARE(a->passages().size(), b->passages().size());
        QVERIFY(a->isAnalysisCurrent() && b->isAnalysisCurrent());
    }

    void upToDateStartsNothing()
    {
        auto p = unanalysed();
        QVERIFY(AnalysisSession::runBlocking(p.get(), false).applied);
        AnalysisSession session(p.get());
        QSignalSpy finished(&session, &AnalysisSession::finished);
        QVERIFY(!session.start());
        QVERIFY(session.result().upToDate);
        QVERIFY(!session.isRunning());
        QVERIFY(AnalysisSession::runBlocking(p.get(), false).upToDate);
        // --full analyses everything again.
        const AnalysisSession::Result full = AnalysisSession::runBlocking(p.get(), true);
        QVERIFY(full.applied && full.replaceAll);
        QCOMPARE(finished.count(), 0);
    }

    void cancelChangesNothing()
    {
        auto p = unanalysed();
        AnalysisSession session(p.get());
        QSignalSpy finished(&session, &AnalysisSession::finished);
        session.cancel(); // before the engine's first progress point
        QVERIFY(session.start());
        QVERIFY(finished.wait(60000));
        QVERIFY(session.result().cancelled);
        QVERIFY(!session.result().applied);
        QVERIFY(p->passages().empty());
        QVERIFY(!p->isAnalysisCurrent());
    }

    void destroyedWhileRunningWaits()
    {
        auto p = unanalysed();
        {
            AnalysisSession session(p.get());
            QVERIFY(session.start());
        } // stops and joins the worker; nothing is stored
        QVERIFY(p->passages().empty());
    }
};

QTEST_GUILESS_MAIN(TestAnalysisSession)
#include "tst_analysissession.moc"
