// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks share: peak memory, and the corpus of generated articles that
// bench_overlaps writes (made on first use).
#pragma once

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sys/resource.h>

#include <cstdio>

namespace Bench {

/// Peak resident memory of this process so far, in MB.
inline double peakMB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

/// The value after \a name in \a args, else \a fallback.
inline QString option(const QStringList &args, const char *name, const QString &fallback)
{
    const qsizetype i = args.indexOf(QLatin1String(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

/// The folder of articles to measure on: --dir DIR, else the bench_overlaps corpus of --docs N
/// (10,000) documents in /tmp, generated with `bench_overlaps --no-sim --keep` (which also times
/// the overlap analysis of the same files) when it is not there yet.
inline QString corpusDir(const QStringList &args)
{
    const QString docs = option(args, "--docs", QStringLiteral("10000"));
    QString dir = option(args, "--dir", QString());
    if (!dir.isEmpty())
        return dir;
    dir = QStringLiteral("/tmp/crosscheck-bench-%1").arg(docs);
    if (!QFileInfo::exists(dir)) {
        const QString gen =
            QCoreApplication::applicationDirPath() + QStringLiteral("/bench_overlaps");
        std::printf("generating the corpus and timing the overlap analysis: %s --docs %s "
                    "--no-sim --keep --out %s\n",
                    qPrintable(gen), qPrintable(docs), qPrintable(dir));
        std::fflush(stdout);
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(gen, {QStringLiteral("--docs"), docs, QStringLiteral("--no-sim"),
                      QStringLiteral("--keep"), QStringLiteral("--out"), dir});
        p.waitForFinished(-1);
    }
    return dir;
}

} // namespace Bench
