// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_search: the project-wide search on the bench_overlaps corpus (10,000 generated articles
// by default): index build time and size, and query latency — time to the first hits (what the
// search panel shows at once) and to every hit — p50/p99 over a fixed set of word, phrase,
// prefix, NEAR, regular-expression and entity queries; GNU grep over the same files, side by
// side, as the plain-scan peer.
//
//   bench_search [--docs N | --dir DIR] [--runs R]
#include "benchcorpus.h"

#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/search/projectsearch.h>
#include <core/storage/searchindex.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Crosscheck::Core;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

struct Case
{
    const char *kind;
    QString text;
    bool regex = false;
    bool entity = false;
    const char *grep = nullptr; ///< the same question for grep -E -i -c (nullptr: none)
};

/// Seconds grep takes for \a pattern over every file of \a dir (one process, as a user runs it).
double grepSeconds(const QString &dir, const char *pattern)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QStringLiteral("grep"),
            {QStringLiteral("-r"), QStringLiteral("-i"), QStringLiteral("-E"), QStringLiteral("-c"),
             QString::fromUtf8(pattern), dir});
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit ? t.elapsed() / 1000.0 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = Bench::option(args, "--runs", QStringLiteral("20")).toInt();
    const QString dir = Bench::corpusDir(args);
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files);
    if (files.isEmpty()) {
        std::printf("SKIP: no .txt files in %s (../shared/corpus/ecbplus is needed to make them)\n",
                    qPrintable(dir));
        return 0;
    }
    QTemporaryDir work;
    Storage::OpenStatus status;
    auto project = Project::create(work.filePath(QStringLiteral("bench.crosscheck")), &status);
    if (!project) {
        std::printf("cannot create a project: %s\n", qPrintable(status.message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    QVector<ImportedDocument> batch;
    qint64 chars = 0;
    for (const QString &f : files) {
        QFile in(QDir(dir).filePath(f));
        if (!in.open(QIODevice::ReadOnly))
            continue;
        ImportedDocument d;
        d.text = QString::fromUtf8(in.readAll());
        d.format = QStringLiteral("txt");
        d.fileName = f;
        d.encoding = QStringLiteral("UTF-8");
        d.meta.title = f;
        Importers::finish(d);
        chars += d.text.size();
        batch.push_back(std::move(d));
        if (batch.size() == 500) {
            project->addDocuments(batch);
            batch.clear();
        }
    }
    project->addDocuments(batch);
    const double imported = t.restart() / 1000.0;
    // An entity with an alias, tagged once, for the entity queries.
    const qint64 type = project->entityTypes().front().id;
    const SourceId first = project->sourceAt(0).id;
    const qint64 police = project->tagNewEntity(first, {0, 1}, QStringLiteral("police"), type);
    Entity e = *project->entity(police);
    e.aliases = QStringList{QStringLiteral("officers")};
    project->editEntity(e);

    Search::ProjectSearch search(project.get(), work.filePath(QStringLiteral("index.sqlite")));
    t.restart();
    QString error;
    if (!search.ensureIndexed(&error)) {
        std::printf("index build failed: %s\n", qPrintable(error));
        return 1;
    }
    const double build = t.restart() / 1000.0;
    const qint64 size = search.index()->sizeOnDisk();

    const std::vector<Case> cases = {
        {"word", QStringLiteral("earthquake"), false, false, "\\bearthquake\\b"},
        {"word", QStringLiteral("said"), false, false, "\\bsaid\\b"},
        {"word", QStringLiteral("Wednesday"), false, false, "\\bwednesday\\b"},
        {"phrase", QStringLiteral("\"police said\""), false, false, "\\bpolice said\\b"},
        {"phrase", QStringLiteral("\"the death toll\""), false, false, "\\bthe death toll\\b"},
        {"prefix", QStringLiteral("earth*"), false, false, "\\bearth"},
        {"prefix", QStringLiteral("kill*"), false, false, "\\bkill"},
        {"NEAR", QStringLiteral("killed NEAR police"), false, false, nullptr},
        {"NEAR", QStringLiteral("NEAR(fire building, 5)"), false, false, nullptr},
        {"boolean", QStringLiteral("earthquake NOT tsunami"), false, false, nullptr},
        {"regex", QStringLiteral("\\d+ people"), true, false, "[0-9]+ people"},
        {"regex", QStringLiteral("magnitude \\d\\.\\d"), true, false, "magnitude [0-9]\\.[0-9]"},
        {"entity", QStringLiteral("police"), false, true, "\\b(police|officers)\\b"},
    };
    std::printf("\nsearch on %lld sources (%.1f MB of text); import %.1f s\n",
                qlonglong(project->sourceCount()), chars * 2 / 1e6, imported);
    std::printf("  %-34s %8.2f s\n", "index build (FTS5 words+trigrams)", build);
    std::printf("  %-34s %8.1f MB (text %.1f MB)\n", "index size on disk", size / 1e6, chars / 1e6);
    std::printf("\n  %-30s %8s %8s %10s %10s %9s %9s\n", "query", "sources", "hits", "first p50",
                "first p99", "all p50", "grep -r");
    std::vector<double> allFirst;
    for (const Case &c : cases) {
        std::vector<double> firsts, totals;
        size_t sources = 0, hits = 0;
        for (int i = 0; i < runs; ++i) {
            Search::SearchRequest q;
            q.text = c.entity ? QString() : c.text;
            q.regex = c.regex;
            q.entity = c.entity ? police : 0;
            QElapsedTimer qt;
            qt.start();
            auto run = search.start(q);
            std::vector<Search::SourceHits> got = run->next(4); // what the panel shows first
            firsts.push_back(qt.nsecsElapsed() / 1e6);
            sources = got.size();
            hits = 0;
            while (!run->atEnd()) {
                std::vector<Search::SourceHits> more = run->next(64);
                std::move(more.begin(), more.end(), std::back_inserter(got));
            }
            totals.push_back(qt.nsecsElapsed() / 1e6);
            sources = got.size();
            for (const auto &sh : got)
                hits += sh.hits.size();
        }
        allFirst.insert(allFirst.end(), firsts.begin(), firsts.end());
        const double g = c.grep ? grepSeconds(dir, c.grep) : -1;
        std::printf("  %-30s %8zu %8zu %8.1f ms %8.1f ms %7.0f ms %7s\n",
                    qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.kind), c.text)),
                    sources, hits, percentile(firsts, 0.5), percentile(firsts, 0.99),
                    percentile(totals, 0.5),
                    g < 0 ? "—" : qPrintable(QStringLiteral("%1 ms").arg(g * 1000, 0, 'f', 0)));
    }
    std::printf("\n  first hits over all %zu runs: p50 %.1f ms, p99 %.1f ms\n", allFirst.size(),
                percentile(allFirst, 0.5), percentile(allFirst, 0.99));
    std::printf("  peak RSS %.0f MB\n", Bench::peakMB());
    return 0;
}
