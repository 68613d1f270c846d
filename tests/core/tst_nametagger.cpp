// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The statistical name tagger: tokens and sentences, the shipped English model on news text
// and headlines, learning from an analyst's decisions, the model file round trip.
#include <core/ner/nametagger.h>
#include <core/ner/nertext.h>

#include "teststrings.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace Crosscheck::Core::Ner;
using TestData::S;

namespace {

const NameTagger &english()
{
    const NameTagger *t = NameTagger::forLanguage(S("en"));
    if (!t)
        qFatal("no English name-tagger model in the resources");
    return *t;
}

/// "text=Class" for every name found, in text order.
QStringList namesIn(const QString &text, const NameTagger &tagger, const Overlay *overlay = nullptr)
{
    static const char *classes[] = {"PER", "ORG", "LOC", "MISC"};
    QStringList out;
    for (const Name &n : tagger.tag(text, overlay))
        out << text.mid(n.span.start, n.span.length()) + u'=' + QLatin1String(classes[n.cls]);
    return out;
}

QStringList tokensOf(const QString &text)
{
    QStringList out;
    for (const Sentence &s : sentencesOf(text))
        for (const Token &t : s) {
            if (text.mid(t.start, t.end - t.start) != t.text)
                qWarning("token %s has wrong offsets", qPrintable(t.text));
            out << t.text;
        }
    return out;
}

} // namespace

class TestNameTagger : public QObject
{
    Q_OBJECT
private slots:
    void tokensAsTheCorporaHaveThem()
    {
        QCOMPARE(tokensOf(S("Trump's U.S. visit cost $3,400, Mr. Peskov said.")),
                 TestData::L({"Trump", "'s", "U.S.", "visit", "cost", "$", "3,400", ",", "Mr.",
                              "Peskov", "said", "."}));
        QCOMPARE(
            tokensOf(S("Zelensky’s pro-Western aides didn't.")),
            TestData::L({"Zelensky", "’s", "pro", "-", "Western", "aides", "did", "n't", "."}));
    }

    void sentenceEnds()
    {
        QCOMPARE(sentencesOf(S("He left. She stayed in Kyiv.")).size(), size_t(2));
        QCOMPARE(sentencesOf(S("Mr. Peskov met J. Smith in the U.S. on Monday.")).size(),
                 size_t(1));
        QCOMPARE(sentencesOf(S("A headline\n\nThe first paragraph.")).size(), size_t(2));
        QVERIFY(sentencesOf(QString()).empty());
    }

    void modelPerLanguage()
    {
        QCOMPARE(NameTagger::forLanguage(S("en-GB")), &english());
        QCOMPARE(NameTagger::forLanguage(QString()), &english());
        QVERIFY(!NameTagger::forLanguage(S("xx")));
        QVERIFY(!NameTagger::forLanguage(S("uk"))); // no openly licensed Ukrainian data
        const NameTagger *german = NameTagger::forLanguage(S("de-AT"));
        QVERIFY(german && german != &english());
        QCOMPARE(german->model().language(), S("de"));
        QVERIFY(english().model().featureCount() > 10000);
    }

    void namesInNews()
    {
        const QString text = S(
            "Ukrainian President Volodymyr Zelensky met officials in Kyiv on Monday, while Kremlin "
            "spokesman Dmitry Peskov said Russia would respond.");
        const QStringList names = namesIn(text, english());
        for (const char *expected : {"Volodymyr Zelensky=PER", "Kyiv=LOC", "Kremlin=ORG",
                                     "Dmitry Peskov=PER", "Russia=LOC"})
            QVERIFY2(names.contains(S(expected)), qPrintable(names.join(u", ")));
        QVERIFY2(!names.contains(S("Monday=MISC")) && !names.contains(S("Monday=PER")),
                 qPrintable(names.join(u", ")));
        for (const Name &n : english().tag(text))
            QVERIFY(n.confidence > 0 && n.confidence <= 1);
    }

    void namesInGerman()
    {
        const NameTagger *german = NameTagger::forLanguage(S("de"));
        QVERIFY(german);
        // German capitalises every noun: only the names are names.
        const QString text =
            S("Bundeskanzler Olaf Scholz traf am Montag in Berlin den französischen "
              "Präsidenten Emmanuel Macron. Die Regierung wollte sich nicht äußern.");
        const QStringList names = namesIn(text, *german);
        for (const char *expected : {"Olaf Scholz=PER", "Berlin=LOC", "Emmanuel Macron=PER"})
            QVERIFY2(names.contains(S(expected)), qPrintable(names.join(u", ")));
        for (const QString &n : names)
            QVERIFY2(!n.startsWith(u"Regierung") && !n.startsWith(u"Montag") &&
                         !n.startsWith(u"Präsidenten"),
                     qPrintable(names.join(u", ")));
    }

    void headlineWordsAreNotNames()
    {
        const QString text =
            S("US President Trump Hints At Direct Talks With Putin\n\nPresident Donald "
              "Trump said on Friday that he may meet Vladimir Putin.");
        const QStringList names = namesIn(text, english());
        for (const QString &n : names)
            QVERIFY2(!n.startsWith(u"Direct") && !n.startsWith(u"Trump Hints") &&
                         !n.startsWith(u"Hints"),
                     qPrintable(names.join(u", ")));
        QVERIFY2(names.contains(S("Donald Trump=PER")), qPrintable(names.join(u", ")));
        QVERIFY2(names.contains(S("Vladimir Putin=PER")), qPrintable(names.join(u", ")));
    }

    void aSurnameAloneIsThePerson()
    {
        const QString text =
            S("Dmitry Peskov spoke to reporters. Later Peskov added that the talks "
              "would go on.");
        const QStringList names = namesIn(text, english());
        QVERIFY2(names.contains(S("Peskov=PER")), qPrintable(names.join(u", ")));
    }

    void learnsTheAnalystsType()
    {
        // An invented name, so that nothing in the training data knows it.
        const QString tagged = S("Officials at Velmora said on Tuesday that the talks had failed.");
        const QString elsewhere = S("A spokesman for Velmora declined to comment.");
        const qsizetype at = tagged.indexOf(u"Velmora");
        Evidence e{tagged, {{{int32_t(at), int32_t(at + 7)}, OrgClass}}};
        const Overlay overlay = english().adapt({e});
        QVERIFY(!overlay.empty());
        QVERIFY2(namesIn(elsewhere, english(), &overlay).contains(S("Velmora=ORG")),
                 qPrintable(namesIn(elsewhere, english(), &overlay).join(u", ")));
        // What it knew about other names stays.
        const QString news = S("Kremlin spokesman Dmitry Peskov said Russia would respond.");
        QCOMPARE(namesIn(news, english(), &overlay), namesIn(news, english()));
    }

    void learnsWhatIsNotAName()
    {
        // The shipped model offers this operation's name (as Other); the analyst rejects it.
        const QString rejected = S("Officials said Operation Sunrise would begin on Monday.");
        const QString elsewhere = S("Operation Sunrise was delayed, Peskov said.");
        QVERIFY2(namesIn(rejected, english()).join(u' ').contains(u"Operation Sunrise="),
                 qPrintable(namesIn(rejected, english()).join(u", ")));
        const qsizetype at = rejected.indexOf(u"Operation");
        Evidence e{rejected, {{{int32_t(at), int32_t(at + 17)}, -1}}};
        const Overlay overlay = english().adapt({e});
        const QStringList after = namesIn(elsewhere, english(), &overlay);
        QVERIFY2(!after.join(u' ').contains(u"Sunrise"), qPrintable(after.join(u", ")));
        QVERIFY2(after.contains(S("Peskov=PER")), qPrintable(after.join(u", ")));
    }

    void segmentProbabilityIsTheExactMarginal()
    {
        // Over four tokens every IOB2 sequence can be enumerated: a segment's probability must
        // be the summed probability of the sequences that have exactly that segment.
        std::mt19937 rng(5);
        std::uniform_real_distribution<float> d(-3, 3);
        Scores scores(4);
        for (Row &r : scores)
            for (float &v : r)
                v = d(rng);
        Transitions t;
        for (auto &r : t.w)
            for (float &v : r)
                v = d(rng);
        const auto valid = [](const std::vector<uint8_t> &y) {
            for (size_t i = 0; i < y.size(); ++i)
                if (y[i] >= IPer && (i == 0 || classOf(y[i - 1]) != classOf(y[i])))
                    return false;
            return true;
        };
        for (const double temperature : {1.0, 4.0}) {
            const std::vector<uint8_t> best = Model::decode(scores, t);
            const std::vector<Segment> segments = Model::segments(best, scores, t, temperature);
            QVERIFY(!segments.empty());
            for (const Segment &seg : segments) {
                double z = 0, with = 0;
                for (int code = 0; code < 9 * 9 * 9 * 9; ++code) {
                    std::vector<uint8_t> y(4);
                    for (int i = 0, c = code; i < 4; ++i, c /= 9)
                        y[size_t(i)] = uint8_t(c % 9);
                    if (!valid(y))
                        continue;
                    double score = t.w[kTags][y[0]] + scores[0][y[0]];
                    for (size_t i = 1; i < 4; ++i)
                        score += t.w[y[i - 1]][y[i]] + scores[i][y[i]];
                    const double p = std::exp(score / temperature);
                    z += p;
                    bool has = y[size_t(seg.from)] == beginOf(seg.cls) &&
                               (seg.to == 4 || y[size_t(seg.to)] != insideOf(seg.cls));
                    for (int i = seg.from + 1; i < seg.to; ++i)
                        has = has && y[size_t(i)] == insideOf(seg.cls);
                    with += has ? p : 0;
                }
                QVERIFY2(std::abs(seg.probability - with / z) < 1e-6,
                         qPrintable(QString::number(seg.probability) + u" vs " +
                                    QString::number(with / z)));
            }
        }
    }

    void modelFileRoundTrip()
    {
        NameTagger copy;
        QString error;
        QVERIFY2(copy.load(english().model().save(), &error), qPrintable(error));
        const QString text = S("Kremlin spokesman Dmitry Peskov said Russia would respond.");
        QCOMPARE(namesIn(text, copy), namesIn(text, english()));
        QCOMPARE(copy.model().featureCount(), english().model().featureCount());

        NameTagger broken;
        QVERIFY(!broken.load(QByteArray("not a model"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(broken.tag(text).empty());
    }
};

QTEST_GUILESS_MAIN(TestNameTagger)
#include "tst_nametagger.moc"
