// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_compareview: opening and scrolling the compare view on two 50,000-word sources (one an
// edited, partly reordered copy of the other, so passages and differences run through the whole
// text). Prints: time to open the pair (texts set, anchors built, first screen highlighted and
// painted), then per-step scroll latency (scroll the left pane a third of a page, the right one
// follows, one frame is painted) over the whole document, and how many highlights the lazy pass
// keeps applied against the number of diff runs in the pair. Same run: dwdiff (word diff of the two
// texts) as the reference for a word-level diff of that size, when installed.
// Run offscreen: QT_QPA_PLATFORM=offscreen build-rel/tests/bench_compareview
#include "compareview.h"
#include "connectorband.h"
#include "overviewruler.h"

#include <core/analysis/projectanalysis.h>
#include <core/importers/documentimporter.h>
#include <core/importers/importjob.h>
#include <core/project/overlapindex.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/util/appinit.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Crosscheck;

namespace {
double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Core::ensureResources();
    const Core::Importers importers;
    QStringList paragraphs;
    for (const QString &file : Core::SampleProject::files())
        paragraphs += importers.importFile(file).text.split(u'\n', Qt::SkipEmptyParts);
    QStringList words;
    for (const QString &p : paragraphs)
        words += p.split(u' ', Qt::SkipEmptyParts);
    std::mt19937 rng(7);
    // A: 50,000 words in paragraphs of 40-120 words drawn from the sample's vocabulary.
    QStringList a;
    int count = 0;
    while (count < 50000) {
        const int len = 40 + int(rng() % 80);
        const int start = int(rng() % (words.size() - len));
        a << words.mid(start, len).join(u' ');
        count += len;
    }
    // B: most paragraphs kept with 3-15 % of their words edited, some rewritten, some moved.
    QStringList b;
    QStringList moved;
    for (const QString &p : a) {
        const double r = std::uniform_real_distribution<double>(0, 1)(rng);
        if (r < 0.1) {
            moved << p;
            continue;
        }
        if (r < 0.25) {
            const int len = 40 + int(rng() % 80);
            b << words.mid(int(rng() % (words.size() - len)), len).join(u' ');
            continue;
        }
        QStringList out;
        const double rate = 0.03 + 0.12 * double(rng() % 100) / 100.0;
        for (const QString &w : p.split(u' ')) {
            const double e = std::uniform_real_distribution<double>(0, 1)(rng);
            if (e < rate / 2)
                continue;
            out << (e < rate ? words[int(rng() % words.size())] : w);
        }
        b << out.join(u' ');
    }
    for (const QString &p : moved)
        b.insert(int(rng() % b.size()), p);

    auto project = Core::Project::createInMemory();
    QVector<Core::ImportedDocument> docs;
    for (const auto &[title, text] : {std::make_pair(QStringLiteral("A"), a.join(u'\n')),
                                      std::make_pair(QStringLiteral("B"), b.join(u'\n'))}) {
        Core::ImportedDocument d;
        d.text = text;
        d.meta.title = title;
        d.meta.language = QStringLiteral("en");
        d.format = QStringLiteral("txt");
        Core::Importers::finish(d);
        docs << d;
    }
    project->addDocuments(docs);
    QElapsedTimer t;
    t.start();
    project->applyAnalysis(Core::Analysis::runAnalysis(project->analysisInput()));
    const double analyse = t.elapsed();
    const auto index = Core::OverlapIndex::build(*project);
    const Core::SourceId left = project->sourceAt(0).id, right = project->sourceAt(1).id;
    std::printf("two sources: %d and %d words, %zu passages between them (analysis %.0f ms)\n",
                index->words(left), index->words(right), index->passages().size(), analyse);

    Ui::CompareView view;
    view.resize(1280, 800);
    view.show();
    view.setContext(project.get(), index);
    QApplication::processEvents();

    // Open: setPair + first paint of both panes and the band.
    std::vector<double> opens;
    for (int round = 0; round < 5; ++round) {
        view.setPair(0, 0); // close
        QApplication::processEvents();
        t.restart();
        view.setPair(round % 2 ? right : left, round % 2 ? left : right);
        QApplication::processEvents(); // the first frame painted

        opens.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("open pair (set texts, anchors, highlight and paint the first screen): median %.0f "
                "ms, max %.0f ms over %zu opens\n",
                percentile(opens, 0.5), *std::max_element(opens.begin(), opens.end()),
                opens.size());

    // Scroll the whole left document in steps of a third of a page; the right follows. The
    // first pass computes each passage's word diff as it comes into view; the second finds
    // them cached.
    view.setPair(left, right);
    QApplication::processEvents();
    QScrollBar *bar = view.leftPane()->verticalScrollBar();
    size_t maxHighlights = 0;
    size_t runs = 0;
    for (const char *pass : {"first pass", "second pass"}) {
        std::vector<double> steps;
        bar->setValue(0);
        QApplication::processEvents();
        while (bar->value() < bar->maximum()) {
            t.restart();
            bar->setValue(bar->value() + std::max(1, bar->pageStep() / 3));
            // One frame: the pending updates of both panes, rulers and band painted.
            QApplication::processEvents();
            steps.push_back(t.nsecsElapsed() / 1e6);
            maxHighlights =
                std::max<size_t>(maxHighlights, size_t(view.leftPane()->appliedHighlights() +
                                                       view.rightPane()->appliedHighlights()));
        }
        std::printf(
            "scroll, %s: %zu steps (a third of a page each, then one frame: "
            "both panes, rulers and band painted): median %.1f ms, p95 %.1f ms, p99 %.1f ms, max "
            "%.1f ms; steps over "
            "16 ms: %zu\n",
            pass, steps.size(), percentile(steps, 0.5), percentile(steps, 0.95),
            percentile(steps, 0.99), *std::max_element(steps.begin(), steps.end()),
            size_t(std::count_if(steps.begin(), steps.end(), [](double s) { return s > 16; })));
    }
    for (int k = 0; k < int(view.passages().size()); ++k)
        runs += size_t(view.differenceCount(k));
    std::printf("lazy highlighting: at most %zu highlights applied at once; the pair has %zu "
                "passages and %zu diff runs in all\n",
                maxHighlights, view.passages().size(), runs);

    // Stepping through every passage by keyboard command.
    std::vector<double> jumps;
    view.goToPassage(0);
    for (size_t k = 1; k < view.passages().size(); ++k) {
        t.restart();
        view.nextPassage();
        QApplication::processEvents();
        jumps.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("next overlap (Alt+Down) over all passages: median %.1f ms, max %.1f ms\n",
                percentile(jumps, 0.5),
                jumps.empty() ? 0.0 : *std::max_element(jumps.begin(), jumps.end()));

    // The figures behind the overlaps, family and matrix tabs on a real corpus: 982 ECB+
    // articles (../shared/corpus/ecbplus), imported and analysed first.
    const QString corpus = QStringLiteral(CROSSCHECK_SHARED_DIR "/corpus/ecbplus");
    if (QFileInfo::exists(corpus)) {
        auto big = Core::Project::createInMemory();
        Core::ImportSession::runBlocking(big.get(), {corpus});
        big->applyAnalysis(Core::Analysis::runAnalysis(big->analysisInput()));
        t.restart();
        const auto bigIndex = Core::OverlapIndex::build(*big);
        std::printf("overlap index of %d ECB+ sources, %zu passages, %zu families: built in %lld "
                    "ms\n",
                    big->sourceCount(), bigIndex->passages().size(), bigIndex->families().size(),
                    t.elapsed());
    } else {
        std::printf("../shared/corpus/ecbplus absent: no corpus figure\n");
    }

    const QString dwdiff = QStandardPaths::findExecutable(QStringLiteral("dwdiff"));
    if (dwdiff.isEmpty()) {
        std::printf("dwdiff: not installed (apt-get install dwdiff), no reference figure\n");
        return 0;
    }
    QTemporaryDir dir;
    for (int i = 0; i < 2; ++i) {
        QFile f(dir.filePath(QStringLiteral("%1.txt").arg(i)));
        f.open(QIODevice::WriteOnly);
        f.write((i == 0 ? a : b).join(u'\n').toUtf8());
    }
    t.restart();
    QProcess p;
    p.start(dwdiff, {QStringLiteral("-s"), dir.filePath(QStringLiteral("0.txt")),
                     dir.filePath(QStringLiteral("1.txt"))});
    p.waitForFinished(-1);
    std::printf("dwdiff -s on the same two texts (word diff only, no display): %.0f ms\n%s",
                double(t.elapsed()), p.readAllStandardError().constData());
    return 0;
}
