// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine end to end: incremental equals full, families, the real seeds, bad input.
#include <core/analysis/overlapengine.h>
#include <core/importers/documentimporter.h>
#include <core/project/sampleproject.h>
#include <core/util/appinit.h>

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <set>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Analysis;

namespace {
std::vector<EngineDocument> sampleDocuments()
{
    std::vector<EngineDocument> docs;
    const Importers importers;
    for (const QString &file : SampleProject::files())
        docs.push_back(
            {int64_t(docs.size() + 1), importers.importFile(file).text, QStringLiteral("en")});
    return docs;
}

QString key(const PassagePair &p)
{
    return QStringLiteral("%1:%2-%3|%4:%5-%6|%7|%8")
        .arg(p.a)
        .arg(p.spanA.start)
        .arg(p.spanA.end)
        .arg(p.b)
        .arg(p.spanB.start)
        .arg(p.spanB.end)
        .arg(kindName(p.kind))
        .arg(p.score, 0, 'f', 6);
}

QStringList keys(const std::vector<PassagePair> &pairs)
{
    QStringList k;
    for (const PassagePair &p : pairs)
        k << key(p);
    k.sort();
    return k;
}

QString readSeed(const QString &prefix)
{
    const QDir dir(QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds"));
    const QStringList files = dir.entryList({prefix + QStringLiteral("_*.txt")});
    if (files.isEmpty())
        return {};
    QFile f(dir.filePath(files.first()));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}
} // namespace

class TestOverlapEngine : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ensureResources(); }

    void sampleProjectOverlaps()
    {
        const auto docs = sampleDocuments();
        const EngineResult r = OverlapEngine::run(docs, {});
        QVERIFY(!r.pairs.empty());
        // The wire's lead is copied verbatim by the Courier (wire = 1, Courier = 2).
        bool verbatimLead = false, movedBooms = false, quote = false, paraphrase = false;
        for (const PassagePair &p : r.pairs) {
            const QString textA = docs[size_t(p.a - 1)].text.mid(p.spanA.start, p.spanA.length());
            if (p.a == 1 && p.b == 2 && p.kind == PassageKind::Verbatim &&
                textA.contains(QLatin1String("ran aground on the Skarv reef")))
                verbatimLead = true;
            if (p.a == 1 && p.b == 2 && p.moved &&
                textA.startsWith(QLatin1String("Booms have been laid")))
                movedBooms = true;
            if (p.kind == PassageKind::Quote &&
                textA.contains(QLatin1String("clean-up will take months")))
                quote = true;
            if (p.kind == PassageKind::Paraphrase)
                paraphrase = true;
        }
        QVERIFY(verbatimLead);
        QVERIFY(movedBooms);
        QVERIFY(quote);
        QVERIFY(paraphrase);
        // The lead is carried by the wire, the Courier and Coastal Daily: one family.
        bool leadFamily = false;
        for (const Family &f : r.families) {
            std::set<int64_t> docsInFamily;
            for (const auto &m : f.members)
                docsInFamily.insert(m.doc);
            if (docsInFamily.count(1) && docsInFamily.count(2) && docsInFamily.count(4))
                leadFamily = true;
            QVERIFY(docsInFamily.size() == f.members.size()); // one member per document
        }
        QVERIFY(leadFamily);
    }

    void incrementalEqualsFull()
    {
        std::vector<EngineDocument> docs = sampleDocuments();
        // Add edited copies so that pairs appear, saturate and pair up across additions.
        for (int i = 0; i < 5; ++i) {
            QString t = docs[size_t(i)].text;
            t.replace(QStringLiteral("Lindhaven"), QStringLiteral("Lindhavn"))
                .replace(QStringLiteral("tonnes"), QStringLiteral("tons"));
            docs.push_back({int64_t(docs.size() + 1),
                            t + QStringLiteral("\n\nUpdated with new figures."),
                            QStringLiteral("en")});
        }
        EngineOptions options;
        options.index.maxDocFrequency = 4; // small, so saturation happens in this test
        const EngineResult full = OverlapEngine::run(docs, options);
        IncrementalAnalysis incremental(options);
        size_t dropped = 0;
        for (const EngineDocument &d : docs)
            dropped += incremental.addDocument(d).droppedPairs.size();
        QCOMPARE(keys(incremental.passages()), keys(full.pairs));
        QCOMPARE(incremental.families().size(), full.families.size());
        qInfo("%zu passages, %zu pairs dropped on the way by saturated fingerprints",
              full.pairs.size(), dropped);
    }

    void largeCorpusPathGivesTheSameResult()
    {
        std::vector<EngineDocument> docs = sampleDocuments();
        EngineOptions kept, twoPass;
        twoPass.keepPreparedUpTo = 0; // prepare again for alignment, as for a large corpus
        const EngineResult a = OverlapEngine::run(docs, kept);
        const EngineResult b = OverlapEngine::run(std::vector<EngineDocument>(docs), twoPass);
        QCOMPARE(keys(b.pairs), keys(a.pairs));
        QCOMPARE(b.families.size(), a.families.size());
        QVERIFY(!a.pairs.empty());
    }

    void candidateIndexIsOrderIndependent()
    {
        // Real fingerprints are 64-bit hashes; the batch keeps their high 44 bits.
        const auto f = [](uint64_t v) { return v * 0x9E3779B97F4A7C15ULL; };
        std::vector<std::vector<uint64_t>> fps = {{f(1), f(2), f(3), f(4), f(5)},
                                                  {f(1), f(2), f(3), f(4), f(9)},
                                                  {f(1), f(2), f(3), f(4), f(5)},
                                                  {f(1), f(7), f(8), f(9), f(10)},
                                                  {f(7), f(8), f(9), f(10), f(11)}};
        for (auto &v : fps)
            std::sort(v.begin(), v.end());
        IndexOptions o;
        o.minShared = 2;
        o.maxDocFrequency = 3; // fingerprint 1 (in 4 documents) is boilerplate
        auto copy = fps;
        const std::vector<DocPair> batch = CandidateIndex::batch(copy, o);
        for (const std::vector<uint32_t> &order :
             {std::vector<uint32_t>{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {2, 4, 0, 3, 1}}) {
            CandidateIndex index(o);
            for (uint32_t d : order)
                index.add(d, fps[d]);
            QCOMPARE(index.candidates(), batch);
        }
        QVERIFY(std::find(batch.begin(), batch.end(), DocPair(3, 4)) != batch.end());
        // Two fingerprints of one document that differ only in the bits the batch drops never
        // pair the document with itself.
        std::vector<std::vector<uint64_t>> same = {{f(20), f(20) + 1, f(21), f(21) + 2}, {f(30)}};
        QVERIFY(CandidateIndex::batch(same, o).empty());
    }

    void seedsParaphraseAndQuotes()
    {
        const QString s002 = readSeed(QStringLiteral("002")),
                      s004 = readSeed(QStringLiteral("004"));
        if (s002.isEmpty() || s004.isEmpty())
            QSKIP("../shared/seeds is not beside the project");
        std::vector<EngineDocument> docs;
        for (const char *p : {"000", "001", "002", "003", "004"})
            docs.push_back({int64_t(docs.size()), readSeed(QString::fromLatin1(p)), QString()});
        const EngineResult r = OverlapEngine::run(docs, {});
        // 004 rewrites 002 sentence by sentence (and adds captions and comments of its own).
        // Pairs read off the two texts: the 004 sentence, and the 002 sentence it rewrites.
        const QList<QPair<QString, QString>> rewrites = {
            {QStringLiteral("Donald Trump has reportedly admitted to having direct conversations"),
             QStringLiteral(
                 "U.S. President Donald Trump has reportedly engaged in a phone conversation")},
            {QStringLiteral("This development comes as no surprise given Trump"),
             QStringLiteral("Former President Trump, who has vowed")},
            {QStringLiteral("During an interview aboard Air Force One"),
             QStringLiteral("During an interview on Air Force One")},
            {QStringLiteral("He expressed concern for the lives lost"),
             QStringLiteral("Last week, he characterised the war")},
            {QStringLiteral("The Kremlin confirmed that multiple communications"),
             QStringLiteral("These communications occur via various channels")},
            {QStringLiteral("painted a picture of a power-hungry leader"),
             QStringLiteral("In 2022, President Putin deployed thousands")},
            {QStringLiteral("The potential venue for such a summit"),
             QStringLiteral("According to a report by Reuters earlier this month")},
            {QStringLiteral("Leonid Slutsky, a prominent Russian politician"),
             QStringLiteral("Leonid Slutsky, the chairman")},
            {QStringLiteral("Interestingly, Bob Woodward"), QStringLiteral("In his 2024 book")},
            {QStringLiteral("This development comes after a notable lack of communication"),
             QStringLiteral("In February 2022, just before the deployment")},
        };
        int linked = 0;
        for (const auto &[in004, in002] : rewrites) {
            const int p4 = int(s004.indexOf(in004)), p2 = int(s002.indexOf(in002));
            QVERIFY2(p4 >= 0 && p2 >= 0, qPrintable(in004));
            bool found = false;
            for (const PassagePair &p : r.pairs)
                found |= p.a == 2 && p.b == 4 && p.spanB.start <= p4 + 20 &&
                         p4 + 20 < p.spanB.end && p.spanA.start <= p2 + 20 && p2 + 20 < p.spanA.end;
            linked += found ? 1 : 0;
            if (!found)
                qInfo("not linked: 004 \"%s…\" -> 002 \"%s…\"", qPrintable(in004),
                      qPrintable(in002));
        }
        qInfo("004 rewrites linked to the 002 sentence they rewrite: %d of %d", linked,
              int(rewrites.size()));
        QVERIFY2(linked * 10 >= int(rewrites.size()) * 7,
                 "most of 004's rewritten sentences link to 002");
        // Shared quotes: Trump's "very serious discussions" and "Every day people are dying" lines.
        int quotes = 0;
        for (const PassagePair &p : r.pairs)
            quotes += p.kind == PassageKind::Quote ? 1 : 0;
        QVERIFY2(quotes >= 2, qPrintable(QStringLiteral("quote passages found: %1").arg(quotes)));
    }

    void badInputIsBounded()
    {
        std::vector<EngineDocument> docs;
        docs.push_back({0, QString(), QString()});                  // empty
        docs.push_back({1, QStringLiteral("\r\n\r\n"), QString()}); // only line ends
        QString longLine;
        for (int i = 0; i < 100000; ++i)
            longLine += QStringLiteral("word%1 ").arg(i % 977); // one 0.8 MB line, no sentence end
        docs.push_back({2, longLine, QString()});
        docs.push_back(
            {3,
             QStringLiteral("Київ 基辅 كييف Kyiv 🙂 mixed scripts in one text that "
                            "goes on for a while."),
             QString()});
        const QString article = sampleDocuments().front().text;
        for (int i = 0; i < 300; ++i) // the same article 300 times (the CLI check runs 1,000)
            docs.push_back({4 + i, article, QStringLiteral("en")});
        QElapsedTimer t;
        t.start();
        const EngineResult r = OverlapEngine::run(docs, {});
        qInfo("bad-input corpus analysed in %lld ms: %zu pairs", t.elapsed(), r.pairs.size());
        QCOMPARE(r.stats.duplicateDocuments, size_t(299));
        // Every copy pairs with every other as one whole-text verbatim passage.
        QCOMPARE(r.pairs.size(), size_t(300 * 299 / 2));
        for (const PassagePair &p : r.pairs) {
            QVERIFY(p.a >= 4 && p.b >= 4);
            QCOMPARE(p.kind, PassageKind::Verbatim);
        }
        QCOMPARE(r.families.size(), size_t(1));
        QCOMPARE(r.families.front().members.size(), size_t(300));
    }

    void crlfOffsetsStayExact()
    {
        const QString a = QStringLiteral("Intro line.\r\nThe oil tanker Corvina ran aground on the "
                                         "Skarv reef outside the port of Lindhaven.\r\nEnd.");
        const QString b = QStringLiteral("Other words here.\nThe oil tanker Corvina ran aground on "
                                         "the Skarv reef outside the port of Lindhaven.\nBye.");
        const EngineResult r =
            OverlapEngine::run({{0, a, QStringLiteral("en")}, {1, b, QStringLiteral("en")}}, {});
        QCOMPARE(r.pairs.size(), size_t(1));
        QCOMPARE(a.mid(r.pairs[0].spanA.start, r.pairs[0].spanA.length()),
                 QStringLiteral("The oil tanker Corvina ran aground on the Skarv reef outside the "
                                "port of Lindhaven."));
        QCOMPARE(b.mid(r.pairs[0].spanB.start, r.pairs[0].spanB.length()),
                 QStringLiteral("The oil tanker Corvina ran aground on the Skarv reef outside the "
                                "port of Lindhaven."));
    }
};

QTEST_GUILESS_MAIN(TestOverlapEngine)
#include "tst_overlapengine.moc"
