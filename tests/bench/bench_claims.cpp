// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_claims: claims and their comparison — speed on a large corpus, quality on labelled pairs.
//
//   bench_claims --speed [--dir DIR | --docs N]
//       Claims for every .txt file of DIR (default: the bench_overlaps corpus of N documents,
//       generated with `bench_overlaps --docs N --no-sim --keep`, which also times the overlap
//       analysis of the same files): time per stage, claims, pairs compared, findings, peak RSS.
//   bench_claims --eval [--verbose]
//       Each labelled project (tests/data/claims/*.tsv: the seeds, and ECB+ topics named in the
//       file) is imported, analysed and asked for contradiction candidates; prints the labelled
//       disagreements among the first 20 (precision), and the labelled pairs found anywhere
//       (recall); a candidate that groups several source pairs counts for each label it covers.
//       --verbose prints both sentences of each candidate.
#include "benchcorpus.h"
#include "claimlabels.h"

#include <core/analysis/analysissession.h>
#include <core/claims/claimcomparer.h>
#include <core/claims/claimextractor.h>
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/suggestions/suggestions.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Crosscheck::Core;

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

int speed(const QStringList &args)
{
    const QString dir = Bench::corpusDir(args);
    QStringList files = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        std::printf("no .txt files in %s\n", qPrintable(dir));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    std::vector<QString> texts;
    qint64 bytes = 0;
    for (const QString &f : files) {
        texts.push_back(readText(QDir(dir).filePath(f)));
        bytes += texts.back().size();
    }
    const double read = t.restart() / 1000.0;
    Claims::ClaimExtractor x;
    for (const QString &s : texts)
        x.learn(s);
    const double learn = t.restart() / 1000.0;
    std::vector<Claims::Claim> claims;
    for (size_t i = 0; i < texts.size(); ++i) {
        std::vector<Claims::Claim> c = x.extract(SourceId(i + 1), texts[i]);
        std::move(c.begin(), c.end(), std::back_inserter(claims));
    }
    const double extract = t.restart() / 1000.0;
    const std::vector<Claims::Finding> f = Claims::ClaimComparer::compare(claims, {});
    const double compare = t.restart() / 1000.0;
    size_t contradictions = 0;
    for (const Claims::Finding &x : f)
        contradictions += x.relation == Link::Relation::Contradicts ? 1 : 0;
    std::printf("\nclaims on %zu documents (%.1f MB of text)\n", texts.size(), bytes * 2 / 1e6);
    std::printf("  %-28s %8.2f s\n", "read", read);
    std::printf("  %-28s %8.2f s\n", "learn names", learn);
    std::printf("  %-28s %8.2f s  (%zu claims)\n", "extract claims", extract, claims.size());
    std::printf("  %-28s %8.2f s  (%zu findings, %zu contradictions)\n", "compare", compare,
                f.size(), contradictions);
    std::printf("  %-28s %8.2f s\n", "total (without read)", learn + extract + compare);
    std::printf("  %-28s %8.0f MB\n", "peak RSS", Bench::peakMB());
    return 0;
}

struct Project_
{
    QString name;
    QString dir;      ///< where the articles are
    QStringList only; ///< file names to import (empty: every .txt)
    std::vector<TestData::ClaimLabel> labels;
};

std::vector<Project_> readLabelFiles()
{
    std::vector<Project_> out;
    const QDir data(QStringLiteral(CROSSCHECK_TEST_DATA "/claims"));
    for (const QString &f : data.entryList({QStringLiteral("*.tsv")}, QDir::Files, QDir::Name)) {
        Project_ p;
        p.name = QFileInfo(f).completeBaseName();
        p.dir = QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds");
        const QString text = readText(data.filePath(f));
        for (const QString &line : text.split(u'\n')) {
            if (line.startsWith(QLatin1String("#dir\t")))
                p.dir = QStringLiteral(CROSSCHECK_SHARED_DIR "/") + line.section(u'\t', 1, 1);
            if (line.startsWith(QLatin1String("#files\t")))
                p.only = line.section(u'\t', 1).split(u' ', Qt::SkipEmptyParts);
        }
        p.labels = TestData::parseClaimLabels(text);
        out.push_back(p);
    }
    return out;
}

int eval(bool verbose)
{
    QTemporaryDir tmp;
    std::printf("%-22s %7s %9s %9s %11s %9s %9s\n", "project", "sources", "labelled", "first 20",
                "labelled in", "precision", "recall");
    for (const Project_ &lp : readLabelFiles()) {
        QStringList files = lp.only;
        if (files.isEmpty())
            files = QDir(lp.dir).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        Storage::OpenStatus status;
        auto p = Project::create(tmp.filePath(lp.name + QStringLiteral(".crosscheck")), &status);
        QVector<ImportedDocument> docs;
        for (const QString &f : files) {
            ImportedDocument d;
            d.text = readText(QDir(lp.dir).filePath(f));
            if (d.text.isEmpty())
                continue;
            d.fileName = f;
            d.meta.title = f;
            d.format = QStringLiteral("txt");
            Importers::finish(d);
            docs.push_back(d);
        }
        if (docs.size() < 2) {
            std::printf("%-22s skipped: its articles are not in %s\n", qPrintable(lp.name),
                        qPrintable(lp.dir));
            continue;
        }
        p->addDocuments(docs);
        AnalysisSession::runBlocking(p.get(), false);
        const auto all = Annotation::Suggester(*p).contradictions();
        int first = 0, hits = 0;
        QSet<int> foundAnywhere;
        int contradictionLabels = 0;
        for (const TestData::ClaimLabel &l : lp.labels)
            contradictionLabels += l.relation == QLatin1String("contradiction") ? 1 : 0;
        for (const auto &c : all) {
            if (c.relation != Link::Relation::Contradicts)
                continue;
            bool real = false;
            for (const int l : TestData::claimLabelsOf(*p, c, lp.labels, Qt::CaseInsensitive)) {
                if (lp.labels[size_t(l)].relation == QLatin1String("contradiction")) {
                    real = true;
                    foundAnywhere.insert(l);
                }
            }
            if (first < 20) {
                ++first;
                hits += real ? 1 : 0;
                std::printf("    %s %.2f %s\n", real ? "+" : "-", c.confidence,
                            qPrintable(c.reason.left(150)));
                if (verbose)
                    std::printf("        A %s\n        B %s\n", qPrintable(c.textA.left(200)),
                                qPrintable(c.textB.left(200)));
            }
        }
        std::printf("%-22s %7lld %9d %9d %11d %9.2f %9.2f\n", qPrintable(lp.name),
                    qlonglong(docs.size()), contradictionLabels, first, hits,
                    first ? double(hits) / first : 0.0,
                    contradictionLabels ? double(foundAnywhere.size()) / contradictionLabels : 0.0);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--eval")))
        return eval(args.contains(QStringLiteral("--verbose")));
    return speed(args);
}
