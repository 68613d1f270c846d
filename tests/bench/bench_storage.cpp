// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_storage: figures for the project file and import (not part of ctest).
//   edit commit latency (one BEGIN IMMEDIATE..COMMIT with synchronous=EXTRA per edit, and a
//   one-row commit with FULL and EXTRA side by side),
//   importing 1,000 article files, opening a 1,000-source project, and how fast a second
//   instance is told the project is already open (in-process and as a separate CLI process).
#include <core/importers/importjob.h>
#include <core/project/project.h>
#include <core/storage/projectstorage.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Crosscheck::Core;

namespace {
void report(const char *what, double value, const char *unit)
{
    std::printf("%-58s %10.2f %s\n", what, value, unit);
}
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const int files = 1000;
    QDir(dir.path()).mkdir(QStringLiteral("in"));
    qint64 bytes = 0;
    for (int i = 0; i < files; ++i) {
        QFile f(dir.filePath(QStringLiteral("in/a%1.txt").arg(i, 4, 10, QLatin1Char('0'))));
        f.open(QIODevice::WriteOnly);
        QByteArray text = QStringLiteral("Report %1 from the harbour\n").arg(i).toUtf8();
        for (int p = 0; p < 12; ++p)
            text +=
                QStringLiteral(
                    "Paragraph %1 of report %2: the harbour master said the ship had docked "
                    "safely, that the crew of %3 was well and that inspections would continue.\n")
                    .arg(p)
                    .arg(i)
                    .arg(i % 40 + 3)
                    .toUtf8();
        bytes += f.write(text);
    }
    const QString path = dir.filePath(QStringLiteral("bench.crosscheck"));
    Storage::OpenStatus status;
    auto project = Project::create(path, &status);

    QElapsedTimer t;
    t.start();
    const auto result =
        ImportSession::runBlocking(project.get(), {dir.filePath(QStringLiteral("in"))});
    const double importMs = t.elapsed();
    std::printf("Crosscheck storage benchmark (%d files, %.1f MB of text)\n", files, bytes / 1e6);
    report("import 1,000 files (parse + store, one undo step)", importMs, "ms");
    report("  throughput", result.added / (importMs / 1000.0), "files/s");

    std::vector<double> edits;
    for (int i = 0; i < 200; ++i) {
        const SourceId id = project->sourceAt(i).id;
        SourceMetadata meta = project->source(id).meta;
        meta.outlet = QStringLiteral("Outlet %1").arg(i);
        QElapsedTimer e;
        e.start();
        project->setSourceMetadata(id, meta);
        edits.push_back(e.nsecsElapsed() / 1e6);
    }
    report("edit committed durably (median of 200, synchronous=EXTRA)", median(edits), "ms");
    report("edit committed durably (slowest of 200)", *std::max_element(edits.begin(), edits.end()),
           "ms");
    project.reset();

    // What EXTRA (the folder synced after the journal's unlink) costs over FULL: the same
    // one-row edit, 200 times each, on the same file.
    {
        auto storage = Storage::ProjectStorage::open(path, false, &status);
        for (const char *mode : {"FULL", "EXTRA"}) {
            storage->db().exec(QStringLiteral("PRAGMA synchronous=") + QLatin1String(mode));
            std::vector<double> commits;
            for (int i = 0; i < 200; ++i) {
                QElapsedTimer e;
                e.start();
                Storage::Transaction tx(storage->db());
                QString error;
                tx.begin(&error);
                storage->db().exec(
                    QStringLiteral("UPDATE source SET outlet = ? WHERE id = ?"),
                    {QStringLiteral("Outlet %1 %2").arg(i).arg(QLatin1String(mode)), i % 1000 + 1});
                tx.commit(&error);
                commits.push_back(e.nsecsElapsed() / 1e6);
            }
            report(qPrintable(QStringLiteral("  one-row commit, synchronous=%1 (median of 200)")
                                  .arg(QLatin1String(mode))),
                   median(commits), "ms");
        }
    }

    t.restart();
    project = Project::open(path, false, &status);
    report("open a 1,000-source project (checks + load list)", t.nsecsElapsed() / 1e6, "ms");
    std::printf("%-58s %10.2f MB\n", "project file size", QFileInfo(path).size() / 1e6);

    t.restart();
    auto second = Project::open(path, false, &status);
    report("second instance told 'already open' (in-process)", t.nsecsElapsed() / 1e6, "ms");

    const QString cli =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../app/crosscheck-cli");
    if (QFile::exists(cli)) {
        std::vector<double> runs;
        for (int i = 0; i < 5; ++i) {
            QProcess p;
            QElapsedTimer c;
            c.start();
            p.start(cli,
                    {QStringLiteral("import"), path, dir.filePath(QStringLiteral("in/a0000.txt"))});
            p.waitForFinished();
            runs.push_back(c.nsecsElapsed() / 1e6);
        }
        report("second instance told 'already open' (CLI process, median)", median(runs), "ms");
        QProcess p;
        QElapsedTimer c;
        c.start();
        p.start(cli, {QStringLiteral("sources"), path});
        p.waitForFinished();
        report("  CLI 'sources' read-only while the project is held", c.nsecsElapsed() / 1e6, "ms");
    }
    return 0;
}
