// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OverlapIndex: the figures the overlaps panel, the matrix and the family view show.
#include <core/analysis/candidateindex.h>
#include <core/project/overlapindex.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/text/textstats.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using Analysis::PassagePair;
using Analysis::Span;

namespace {
Source source(SourceId id, const QString &title)
{
    Source s;
    s.id = id;
    s.meta.title = title;
    return s;
}

Span spanOf(const QString &text, const QString &part)
{
    const int at = int(text.indexOf(part));
    Q_ASSERT(at >= 0);
    return {at, at + int(part.size())};
}
} // namespace

class TestOverlapIndex : public QObject
{
    Q_OBJECT
private slots:
    void countsWordsExactly()
    {
        const QString a = QStringLiteral("one two three four five six seven eight nine ten");
        const QString b = QStringLiteral("alpha one two three four five beta");
        const QString c = QStringLiteral("gamma delta");
        const QHash<SourceId, QString> texts{{1, a}, {2, b}, {3, c}};
        PassagePair p;
        p.a = 1;
        p.b = 2;
        p.spanA = spanOf(a, QStringLiteral("one two three four five"));
        p.spanB = spanOf(b, QStringLiteral("one two three four five"));
        p.score = 1;
        const auto index =
            OverlapIndex::build({source(1, QStringLiteral("A")), source(2, QStringLiteral("B")),
                                 source(3, QStringLiteral("C"))},
                                {p}, [&](SourceId id) { return texts.value(id); });
        QCOMPARE(index->words(1), 10);
        QCOMPARE(index->words(2), 7);
        QCOMPARE(index->wordsA(0), 5);
        QCOMPARE(index->wordsB(0), 5);
        QCOMPARE(index->sharedWords(1), 5);
        QCOMPARE(index->shareOf(1, 2), 0.5);
        QCOMPARE(index->shareOf(2, 1), 5.0 / 7);
        QCOMPARE(index->uniqueShare(1), 0.5);
        QCOMPARE(index->uniqueShare(3), 1.0);
        QCOMPARE(index->shareOf(1, 3), 0.0);
        QVERIFY(!index->pair(1, 3));
        const OverlapIndex::PairSummary *pair = index->pair(2, 1);
        QVERIFY(pair);
        QCOMPARE(pair->a, SourceId(1));
        QCOMPARE(index->pairShare(*pair), 10.0 / 17);
        QVERIFY(index->families().empty());
        QCOMPARE(index->familyOf(0), -1);
    }

    void wordsAreCountedAsTheSourceListCountsThem()
    {
        // One rule everywhere (ICU, UAX #29): an apostrophe joins ("captain's"), a hyphen
        // splits ("well", "known"), as Text::countWords() counts a source's words at import.
        const QString a = QStringLiteral("the captain's well-known log, read aloud");
        const QString b = QStringLiteral("the captain's well-known log");
        PassagePair p{1, 2, {0, 28}, {0, 28}, 1, Analysis::PassageKind::Verbatim, false};
        const auto index =
            OverlapIndex::build({source(1, QStringLiteral("A")), source(2, QStringLiteral("B"))},
                                {p}, [&](SourceId id) { return id == 1 ? a : b; });
        QCOMPARE(index->wordsA(0), 5);
        QCOMPARE(index->words(1), 7);
        QCOMPARE(index->words(1), Text::countWords(a));
        QCOMPARE(index->shareOf(2, 1), 1.0);
    }

    void overlappingPassagesCountOnce()
    {
        const QString a = QStringLiteral("w1 w2 w3 w4 w5 w6 w7 w8");
        const QString b = QStringLiteral("w1 w2 w3 w4 w5 w6 w7 w8");
        PassagePair p1{1, 2, {0, 11}, {0, 11}, 1, Analysis::PassageKind::Verbatim, false};
        PassagePair p2{1, 2, {6, 23}, {6, 23}, 1, Analysis::PassageKind::Verbatim, false};
        const auto index =
            OverlapIndex::build({source(1, QStringLiteral("A")), source(2, QStringLiteral("B"))},
                                {p1, p2}, [&](SourceId id) { return id == 1 ? a : b; });
        QCOMPARE(index->sharedWords(1), 8); // the union, not 4 + 6
        QCOMPARE(index->shareOf(1, 2), 1.0);
        QCOMPARE(index->uniqueShare(1), 0.0);
    }

    void sampleProjectFigures()
    {
        QTemporaryDir dir;
        Storage::OpenStatus status;
        auto project = SampleProject::create(dir.filePath(QStringLiteral("s.crosscheck")), &status);
        QVERIFY(project);
        QVERIFY(project->isAnalysisCurrent());
        const auto index = OverlapIndex::build(*project);
        QCOMPARE(index->passages().size(), project->passages().size());
        // The five articles all retell the wire story: one family of five.
        QCOMPARE(index->families().size(), size_t(1));
        QCOMPARE(index->families().front().members.size(), size_t(5));
        int inFamily = 0;
        size_t pairPassages = 0;
        for (const OverlapIndex::PairSummary &p : index->pairs()) {
            pairPassages += p.passages.size();
            QVERIFY(index->shareOf(p.a, p.b) > 0 && index->shareOf(p.a, p.b) <= 1);
            const std::vector<int> between = index->passagesBetween(p.b, p.a);
            QCOMPARE(between.size(), p.passages.size());
            // Ordered by their position in the first source asked for.
            for (size_t i = 1; i < between.size(); ++i) {
                const PassagePair &x = index->passages()[size_t(between[i - 1])];
                const PassagePair &y = index->passages()[size_t(between[i])];
                QVERIFY((x.a == p.b ? x.spanA.start : x.spanB.start) <=
                        (y.a == p.b ? y.spanA.start : y.spanB.start));
            }
        }
        QCOMPARE(pairPassages, index->passages().size());
        for (size_t i = 0; i < index->passages().size(); ++i)
            inFamily += index->familyOf(int(i)) == 0;
        QVERIFY(inFamily > 0);
        for (const Source &s : project->sources()) {
            // Compare View opens a source beside the one that holds most of its shared words.
            const SourceId closest = index->closestTo(s.id);
            QVERIFY(closest && closest != s.id);
            for (const Source &other : project->sources())
                if (other.id != s.id)
                    QVERIFY(index->shareOf(s.id, closest) >= index->shareOf(s.id, other.id));
            QVERIFY(index->words(s.id) > 80);
            // One counting rule: the report's words (the index's) are the source list's.
            QCOMPARE(index->words(s.id), s.wordCount);
            QVERIFY(index->uniqueShare(s.id) >= 0 && index->uniqueShare(s.id) < 0.5);
        }
        // The Courier adds a beach paragraph of its own (witness quote): some of it is unique.
        for (const Source &s : project->sources()) {
            if (s.meta.outlet == QLatin1String("Lindhaven Courier"))
                QVERIFY(index->uniqueShare(s.id) > 0.1);
        }
    }
};

QTEST_GUILESS_MAIN(TestOverlapIndex)
#include "tst_overlapindex.moc"
