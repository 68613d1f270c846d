// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_worddiff: word diff latency. 10,000 passage pairs (30-200 words, 5-30 % of words
// edited, some with a moved block) built from the sample articles: p50/p99/max; then two
// 50,000-word documents (one an edited, partly reordered copy of the other).
#include <core/analysis/worddiff.h>
#include <core/importers/documentimporter.h>
#include <core/project/sampleproject.h>
#include <core/text/tokenizer.h>
#include <core/util/appinit.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Crosscheck::Core;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ensureResources();
    QStringList words;
    const Importers importers;
    for (const QString &file : SampleProject::files())
        words += importers.importFile(file).text.split(QRegularExpression(QStringLiteral("\\s+")),
                                                       Qt::SkipEmptyParts);
    std::mt19937 rng(1);
    const auto edited = [&](const QStringList &in, double rate) {
        QStringList out;
        for (const QString &w : in) {
            const double r = std::uniform_real_distribution<double>(0, 1)(rng);
            if (r < rate / 3)
                continue;
            out << (r < rate * 2 / 3 ? words[int(rng() % words.size())] : w);
            if (r > 1 - rate / 3)
                out << words[int(rng() % words.size())];
        }
        return out;
    };
    Text::Tokenizer tokenizer({QStringLiteral("en"), false});
    std::vector<double> times;
    for (int i = 0; i < 10000; ++i) {
        const int len = 30 + int(rng() % 170);
        const int start = int(rng() % (words.size() - len));
        QStringList a = words.mid(start, len);
        QStringList b = edited(a, 0.05 + 0.25 * double(rng() % 100) / 100.0);
        if (i % 5 == 0 && b.size() > 20) // move a block of 8 words to the end
            b = b.mid(0, 4) + b.mid(12) + b.mid(4, 8);
        const QString ta = a.join(u' '), tb = b.join(u' ');
        QElapsedTimer t;
        t.start();
        const auto diff = Analysis::WordDiff::compute(ta, {0, int32_t(ta.size())}, tb,
                                                      {0, int32_t(tb.size())}, tokenizer);
        times.push_back(t.nsecsElapsed() / 1e6);
        Q_UNUSED(diff);
    }
    std::sort(times.begin(), times.end());
    std::printf(
        "word diff of 10,000 passage pairs (30-200 words): p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
        times[times.size() / 2], times[times.size() * 99 / 100], times.back());
    // Two 50,000-word documents of real news text (../shared/corpus/ecbplus), else the sample.
    QStringList big;
    QDirIterator it(QStringLiteral(CROSSCHECK_SHARED_DIR "/corpus/ecbplus"),
                    {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && big.size() < 50000) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            big += QString::fromUtf8(f.readAll())
                       .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    while (big.size() < 50000)
        big += words;
    big = big.mid(0, 50000);
    QStringList other = edited(big, 0.05);
    std::rotate(other.begin(), other.begin() + 10000, other.begin() + 20000); // a moved section
    const QString ta = big.join(u' '), tb = other.join(u' ');
    std::vector<double> bigTimes;
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer t;
        t.start();
        const auto diff = Analysis::WordDiff::compute(ta, {0, int32_t(ta.size())}, tb,
                                                      {0, int32_t(tb.size())}, tokenizer);
        bigTimes.push_back(t.nsecsElapsed() / 1e6);
        if (r == 0)
            std::printf("two 50,000-word documents: %zu runs, %d moved blocks, similarity %.3f\n",
                        diff.runs.size(), diff.moves, diff.similarity);
    }
    std::sort(bigTimes.begin(), bigTimes.end());
    std::printf("two 50,000-word documents: median %.1f ms (of 5)\n", bigTimes[2]);
    return 0;
}
