// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Overlaps stored in the project: computed once, re-computed only for what changed, and the
// incremental result equals a full re-analysis.
#include <core/analysis/projectanalysis.h>
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/storage/sourcestore.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Analysis;

namespace {
QStringList keys(const std::vector<PassagePair> &pairs)
{
    QStringList k;
    for (const PassagePair &p : pairs)
        k << QStringLiteral("%1:%2-%3|%4:%5-%6|%7")
                 .arg(std::min(p.a, p.b))
                 .arg(p.a < p.b ? p.spanA.start : p.spanB.start)
                 .arg(p.a < p.b ? p.spanA.end : p.spanB.end)
                 .arg(std::max(p.a, p.b))
                 .arg(p.a < p.b ? p.spanB.start : p.spanA.start)
                 .arg(p.a < p.b ? p.spanB.end : p.spanA.end)
                 .arg(kindName(p.kind));
    k.sort();
    return k;
}

bool analyse(Project &project, bool full = false)
{
    const AnalysisOutput out = runAnalysis(project.analysisInput(full));
    return project.applyAnalysis(out);
}

ImportedDocument editedCopy(const Project &project, int row, const QString &tail)
{
    ImportedDocument d;
    d.text = project.sourceText(project.sourceAt(row).id)
                 .replace(QStringLiteral("tonnes"), QStringLiteral("tons")) +
             tail;
    d.format = QStringLiteral("txt");
    Importers::finish(d);
    return d;
}
} // namespace

class TestProjectAnalysis : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void storedAndReloaded()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.crosscheck"));
        Storage::OpenStatus status;
        auto project = SampleProject::create(path, &status, nullptr, SampleProject::Analysis::Skip);
        QVERIFY(project);
        QVERIFY(!project->isAnalysisCurrent());
        QSignalSpy changed(project.get(), &Project::passagesChanged);
        QVERIFY(analyse(*project));
        QCOMPARE(changed.count(), 1);
        QVERIFY(project->isAnalysisCurrent());
        QVERIFY(project->passages().size() > 10);
        const QStringList before = keys(project->passages());
        // Nothing changed: nothing to analyse.
        QVERIFY(project->analysisInput().fresh.empty());
        project.reset();
        project = Project::open(path, false, &status);
        QCOMPARE(keys(project->passages()), before);
        QVERIFY(project->isAnalysisCurrent());
        QVERIFY(project->editLog().first().action == QLatin1String("analyse-overlaps"));
    }

    void incrementalEqualsFullAndRemovalDropsPassages()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.crosscheck"));
        Storage::OpenStatus status;
        auto project = SampleProject::create(path, &status, nullptr, SampleProject::Analysis::Skip);
        QVERIFY(analyse(*project));
        // Two new sources: only they are analysed.
        project->addDocuments(
            {editedCopy(*project, 0, QStringLiteral("\n\nUpdated at noon.")),
             editedCopy(*project, 3, QStringLiteral("\n\nCorrection appended."))});
        QVERIFY(!project->isAnalysisCurrent());
        const AnalysisInput input = project->analysisInput();
        QCOMPARE(input.fresh.size(), size_t(2));
        QCOMPARE(input.analysed.size(), size_t(5));
        QVERIFY(analyse(*project));
        const QStringList incremental = keys(project->passages());
        QVERIFY(analyse(*project, true));
        QCOMPARE(keys(project->passages()), incremental);

        // Removing a source takes its passages with it, in memory and in the file.
        const SourceId gone = project->sourceAt(1).id;
        QVERIFY(project->removeSources({gone}));
        for (const PassagePair &p : project->passages())
            QVERIFY(p.a != gone && p.b != gone);
        const QStringList afterRemoval = keys(project->passages());
        project.reset();
        project = Project::open(path, false, &status);
        QCOMPARE(keys(project->passages()), afterRemoval);
    }

    void readOnlyProjectsAreNotWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.crosscheck"));
        Storage::OpenStatus status;
        SampleProject::create(path, &status, nullptr, SampleProject::Analysis::Skip);
        auto ro = Project::open(path, true, &status);
        QVERIFY(ro);
        QString error;
        QVERIFY(!ro->applyAnalysis(runAnalysis(ro->analysisInput()), &error));
        QVERIFY(error.contains(QLatin1String("read-only")));
        QVERIFY(ro->passages().empty());
    }
};

QTEST_GUILESS_MAIN(TestProjectAnalysis)
#include "tst_projectanalysis.moc"
