// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Verdicts on passage pairs (confirmed / dismissed): stored at once, undoable, logged, kept
// across a re-analysis and restored with a removed source.
#include <core/analysis/projectanalysis.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>
#include <core/storage/sourcestore.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using Analysis::PassageKey;
using Analysis::ReviewStatus;

namespace {
/// Every verdict of a project, as comparable text.
QStringList verdicts(const Project &p)
{
    QStringList out;
    for (const Analysis::PassagePair &pair : p.passages()) {
        const ReviewStatus s = p.reviewStatus(Analysis::keyOf(pair));
        if (s != ReviewStatus::Unreviewed)
            out << QStringLiteral("%1:%2-%3/%4:%5-%6=%7")
                       .arg(pair.a)
                       .arg(pair.spanA.start)
                       .arg(pair.spanA.end)
                       .arg(pair.b)
                       .arg(pair.spanB.start)
                       .arg(pair.spanB.end)
                       .arg(Analysis::reviewStatusName(s));
    }
    out.sort();
    return out;
}
} // namespace

class TestPassageReview : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Project> sample(QString *path = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("p%1.crosscheck").arg(++m_n));
        if (path)
            *path = file;
        Storage::OpenStatus status;
        auto project = SampleProject::create(file, &status);
        return project;
    }

private slots:
    void storedUndoneRedoneAndReopened()
    {
        QString path;
        auto project = sample(&path);
        QVERIFY(project);
        const PassageKey k1 = Analysis::keyOf(project->passages()[0]);
        const PassageKey k2 = Analysis::keyOf(project->passages()[1]);
        QSignalSpy changed(project.get(), &Project::reviewsChanged);

        QVERIFY(project->setReviewStatus({k1, k2}, ReviewStatus::Confirmed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(project->reviewStatus(k1), ReviewStatus::Confirmed);
        QCOMPARE(project->reviewCount(), 2);
        QCOMPARE(project->undoStack()->count(), 1); // two passages, one step
        const QStringList confirmed = verdicts(*project);
        QVERIFY(project->setReviewStatus({k1}, ReviewStatus::Dismissed));
        QCOMPARE(project->review(k1).author, project->author());
        const QStringList mixed = verdicts(*project);
        QVERIFY(confirmed != mixed);

        // Undo and redo restore the full state, step by step.
        QVERIFY(project->undoStack()->undo());
        QCOMPARE(verdicts(*project), confirmed);
        QVERIFY(project->undoStack()->undo());
        QVERIFY(verdicts(*project).isEmpty());
        QVERIFY(project->undoStack()->redo());
        QCOMPARE(verdicts(*project), confirmed);
        QVERIFY(project->undoStack()->redo());
        QCOMPARE(verdicts(*project), mixed);
        // Setting what is already set is no edit.
        QVERIFY(project->setReviewStatus({k1}, ReviewStatus::Dismissed));
        QCOMPARE(project->undoStack()->count(), 2);

        // Every step was written at once and logged.
        const auto log = project->editLog();
        QVERIFY(std::any_of(log.begin(), log.end(), [](const Storage::EditLogEntry &e) {
            return e.action == QLatin1String("undo-review-passages");
        }));
        QVERIFY(log.front().action == QLatin1String("review-passages"));
        QVERIFY(log.front().details.contains(QLatin1String("dismissed")));
        project.reset();
        Storage::OpenStatus status;
        project = Project::open(path, false, &status);
        QVERIFY(project);
        QCOMPARE(verdicts(*project), mixed);
    }

    void keptAcrossAReanalysis()
    {
        auto project = sample();
        const PassageKey k = Analysis::keyOf(project->passages()[2]);
        QVERIFY(project->setReviewStatus({k}, ReviewStatus::Confirmed));
        Analysis::AnalysisInput input = project->analysisInput(true);
        QVERIFY(project->applyAnalysis(Analysis::runAnalysis(input)));
        // The engine found the same passage again: the verdict still applies to it.
        QVERIFY(
            std::any_of(project->passages().begin(), project->passages().end(),
                        [&](const Analysis::PassagePair &p) { return Analysis::keyOf(p) == k; }));
        QCOMPARE(project->reviewStatus(k), ReviewStatus::Confirmed);
    }

    void restoredWithARemovedSource()
    {
        auto project = sample();
        const Analysis::PassagePair p = project->passages()[0];
        const PassageKey k = Analysis::keyOf(p);
        QVERIFY(project->setReviewStatus({k}, ReviewStatus::Dismissed));
        QVERIFY(project->removeSources({p.a}));
        QCOMPARE(project->reviewStatus(k), ReviewStatus::Unreviewed);
        QCOMPARE(project->reviewCount(), 0);
        QVERIFY(project->undoStack()->undo());
        QCOMPARE(project->reviewStatus(k), ReviewStatus::Dismissed);
        QVERIFY(project->undoStack()->redo());
        QCOMPARE(project->reviewCount(), 0);
    }

    void readOnlyRefuses()
    {
        QString path;
        sample(&path);
        Storage::OpenStatus status;
        auto ro = Project::open(path, true, &status);
        QVERIFY(ro);
        QString error;
        QVERIFY(!ro->setReviewStatus({Analysis::keyOf(ro->passages()[0])}, ReviewStatus::Confirmed,
                                     &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(ro->reviewCount(), 0);
        QCOMPARE(ro->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPassageReview)
#include "tst_passagereview.moc"
