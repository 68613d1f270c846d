// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The aligner on planted cases: each kind comes back as one passage with the expected spans.
#include <core/analysis/pairaligner.h>

#include <QTest>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Analysis;

namespace {
const QString kBackgroundA = QStringLiteral(
    "Farmers in the northern valley reported an early harvest this autumn. Grain prices stayed "
    "level through October, according to the regional cooperative. ");
const QString kBackgroundB = QStringLiteral(
    "The city council approved a new budget for public libraries on Monday. Several branches will "
    "extend their opening hours during the winter months. ");
const QString kBackgroundC = QStringLiteral(
    "A local choir won the national competition after a decade of trying. Its conductor thanked "
    "the volunteers who kept the group alive. ");
const QString kPassage = QStringLiteral(
    "The oil tanker Corvina ran aground on the Skarv reef outside the port of Lindhaven early on "
    "Tuesday, spilling about 120 tonnes of heavy fuel oil into the sea, the coastguard said.");
const QString kSecond = QStringLiteral(
    "Booms have been laid along four kilometres of coastline, and a fishing ban is in force within "
    "10 kilometres of the reef until further notice.");

struct Aligned
{
    QString a, b;
    std::vector<PassagePair> pairs;
};

Aligned align(const QString &a, const QString &b, AlignerOptions options = {})
{
    Text::Tokenizer tokenizer({QStringLiteral("en"), false});
    const AnalyzedDocument da = AnalyzedDocument::make(1, a, tokenizer);
    const AnalyzedDocument db = AnalyzedDocument::make(2, b, tokenizer);
    return {a, b, PairAligner(options).align(da, db)};
}

Span spanOf(const QString &text, const QString &part)
{
    const int i = int(text.indexOf(part));
    return {i, i + int(part.size())};
}
} // namespace

class TestPairAligner : public QObject
{
    Q_OBJECT
private slots:
    void verbatim()
    {
        const Aligned r =
            align(kBackgroundA + kPassage + u' ' + kBackgroundB, kBackgroundC + kPassage);
        QCOMPARE(r.pairs.size(), size_t(1));
        QCOMPARE(r.pairs[0].kind, PassageKind::Verbatim);
        QCOMPARE(r.pairs[0].score, 1.0);
        QCOMPARE(r.pairs[0].spanA, spanOf(r.a, kPassage));
        QCOMPARE(r.pairs[0].spanB, spanOf(r.b, kPassage));
    }

    void editedIsOnePassageNotFragments()
    {
        QString edited = kPassage;
        edited.replace(QStringLiteral("early on Tuesday"), QStringLiteral("late on Monday"))
            .replace(QStringLiteral("about 120"), QStringLiteral("some 1,200"))
            .replace(QStringLiteral("the coastguard said"), QStringLiteral("officials said"));
        const Aligned r =
            align(kBackgroundA + kPassage, kBackgroundB + edited + u' ' + kBackgroundC);
        QCOMPARE(r.pairs.size(), size_t(1));
        QCOMPARE(r.pairs[0].kind, PassageKind::Edited);
        QVERIFY(r.pairs[0].score > 0.75 && r.pairs[0].score < 1.0);
        QCOMPARE(r.pairs[0].spanA, spanOf(r.a, kPassage));
        QCOMPARE(r.pairs[0].spanB, spanOf(r.b, edited));
    }

    void movedPassagesAreFoundWhereverTheySit()
    {
        const QString a = kPassage + u' ' + kBackgroundA + kSecond;
        const QString b = kSecond + u' ' + kBackgroundB + kPassage;
        const Aligned r = align(a, b);
        QCOMPARE(r.pairs.size(), size_t(2));
        int moved = 0;
        for (const PassagePair &p : r.pairs) {
            moved += p.moved ? 1 : 0;
            QCOMPARE(p.kind, PassageKind::Verbatim);
        }
        QCOMPARE(moved, 1); // one of the two keeps its order, the other crossed it
        QCOMPARE(r.pairs[0].spanA, spanOf(a, kPassage));
        QCOMPARE(r.pairs[0].spanB, spanOf(b, kPassage));
    }

    void quotesWithDriftedWording()
    {
        const QString qa = QStringLiteral(
            "“We have contained the worst of it, but the clean-up will take months, not weeks,” "
            "harbour master Ingrid Solberg told reporters.");
        const QString qb = QStringLiteral(
            "“We've contained the worst of it, but the clean-up will take months, not weeks,” "
            "environment minister Tomas Berg said.");
        const Aligned r = align(kBackgroundA + qa, kBackgroundB + qb);
        QCOMPARE(r.pairs.size(), size_t(1));
        QCOMPARE(r.pairs[0].kind, PassageKind::Quote);
        QVERIFY(r.a.mid(r.pairs[0].spanA.start, r.pairs[0].spanA.length())
                    .contains(QLatin1String("clean-up will take months")));
    }

    void paraphrasedSentencesLink()
    {
        const QString a =
            kBackgroundA + QStringLiteral("The government pledged to recover the full cost of the "
                                          "clean-up from the ship's owner. "
                                          "Investigators suspect a failure of the steering gear "
                                          "caused the grounding near the reef.");
        const QString b =
            kBackgroundB +
            QStringLiteral(
                "A steering gear failure is what investigators suspect caused the reef grounding. "
                "The owner of the ship will have to cover the full cost of the clean-up, the "
                "government pledged.");
        const Aligned r = align(a, b);
        QCOMPARE(r.pairs.size(), size_t(1));
        QCOMPARE(r.pairs[0].kind, PassageKind::Paraphrase);
        QVERIFY(r.pairs[0].spanA.start >= int(kBackgroundA.size()) - 1);
        QVERIFY(r.pairs[0].spanB.start >= int(kBackgroundB.size()) - 1);
    }

    void unrelatedTextsShareNothing()
    {
        QVERIFY(align(kBackgroundA + kBackgroundB, kBackgroundC).pairs.empty());
        QVERIFY(align(QString(), kBackgroundC).pairs.empty());
        // Too short to report.
        QVERIFY(align(QStringLiteral("the coastguard said on Tuesday"),
                      QStringLiteral("the coastguard said on Tuesday"))
                    .pairs.empty());
    }

    void minimumWordsIsHonoured()
    {
        const QString shortShared =
            QStringLiteral("ran aground on the Skarv reef outside the port");
        AlignerOptions o;
        o.minWords = 8;
        QCOMPARE(align(kBackgroundA + shortShared, kBackgroundB + shortShared, o).pairs.size(),
                 size_t(1));
        o.minWords = 12;
        QCOMPARE(align(kBackgroundA + shortShared, kBackgroundB + shortShared, o).pairs.size(),
                 size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestPairAligner)
#include "tst_pairaligner.moc"
