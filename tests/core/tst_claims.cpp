// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Claims: what each sentence asserts, and the disagreements and agreements between sources —
// on our own sentences, the sample project's planted contradictions and the five real seed
// articles against our hand-made labels (tests/data/claims/seeds.tsv).
#include "claimlabels.h"

#include <core/analysis/analysissession.h>
#include <core/claims/claimcomparer.h>
#include <core/claims/claimextractor.h>
#include <core/claims/claimlexicon.h>
#include <core/importers/documentimporter.h>
#include <core/models/claimlistmodel.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/suggestions/suggestions.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Claims;
using Annotation::ContradictionCandidate;

namespace {

std::vector<Claim> claimsOf(const std::vector<QString> &texts)
{
    ClaimExtractor x;
    for (const QString &t : texts)
        x.learn(t);
    std::vector<Claim> out;
    SourceId id = 1;
    for (const QString &t : texts) {
        std::vector<Claim> c = x.extract(id++, t);
        std::move(c.begin(), c.end(), std::back_inserter(out));
    }
    return out;
}

std::vector<Finding> contradictionsOf(const std::vector<Claim> &claims)
{
    std::vector<Finding> f = ClaimComparer::compare(claims, {});
    f.erase(
        std::remove_if(f.begin(), f.end(),
                       [](const Finding &x) { return x.relation != Link::Relation::Contradicts; }),
        f.end());
    return f;
}

using TestData::ClaimLabel;

std::vector<ClaimLabel> readLabels()
{
    QFile f(QStringLiteral(CROSSCHECK_TEST_DATA "/claims/seeds.tsv"));
    return f.open(QIODevice::ReadOnly) ? TestData::parseClaimLabels(QString::fromUtf8(f.readAll()))
                                       : std::vector<ClaimLabel>{};
}

} // namespace

class TestClaims : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// The first label \a c matches, or -1.
    static int labelOf(const Project &p, const ContradictionCandidate &c,
                       const std::vector<ClaimLabel> &labels)
    {
        return TestData::claimLabelsOf(p, c, labels, Qt::CaseSensitive).value(0, -1);
    }

private slots:
    void sentencesBecomeClaims()
    {
        const std::vector<Claim> c = claimsOf(
            {QStringLiteral("US President Trump Hints at Direct Talks with Putin\n"
                            "U.S. President Donald Trump has reportedly engaged in a phone "
                            "conversation with Russian President Vladimir Putin. The Kremlin said "
                            "Putin and Trump would agree.")});
        // The third sentence names people but no event, number, date or quotation: nothing to
        // compare it by, so it is no claim.
        QCOMPARE(c.size(), size_t(2));
        // The headline is a claim, but Title Case makes no names of "Hints" or "Direct Talks".
        QVERIFY(c[0].headline);
        QVERIFY(!c[0].entityNames.contains(QStringLiteral("Hints")));
        QVERIFY(c[0].entities.contains(QStringLiteral("trump")));
        // "U.S." does not end the sentence; the title is a role, not part of the name.
        QVERIFY(c[1].text.startsWith(QStringLiteral("U.S. President Donald Trump")));
        QVERIFY(c[1].entities.contains(QStringLiteral("trump")));
        QVERIFY(c[1].entities.contains(QStringLiteral("putin")));
        QCOMPARE(c[1].stance, Stance::Reported);
        QVERIFY(c[1].predicates.contains(QStringLiteral("communicate")));
        QVERIFY(std::any_of(c[1].roles.begin(), c[1].roles.end(), [](const Role &r) {
            return r.entity == QLatin1String("trump") && r.noun == QLatin1String("president");
        }));
    }

    void quantitiesCompareWithUnitsAndBounds()
    {
        const auto conflicts = [](const QString &a, const QString &b) {
            return contradictionsOf(claimsOf({a, b})).size();
        };
        // "at least 128" excludes 127; "10" and "ten" are one number; about 120 is not 1,200.
        QCOMPARE(conflicts(QStringLiteral("Police said at least 128 people were killed in Kano."),
                           QStringLiteral("Officials in Kano said 127 people were killed.")),
                 size_t(1));
        QCOMPARE(
            conflicts(QStringLiteral("Fishing is banned within 10 kilometres of the Skarv reef."),
                      QStringLiteral("A fishing ban covers ten kilometres around the Skarv reef.")),
            size_t(0));
        QCOMPARE(conflicts(QStringLiteral("Crews of the Corvina spilled about 120 tonnes of oil."),
                           QStringLiteral("The Corvina spilled some 1,200 tonnes of oil.")),
                 size_t(1));
        // Durations in different units: six months is not 100 days.
        const std::vector<Finding> d = contradictionsOf(claimsOf(
            {QStringLiteral(
                 "Trump gave Keith Kellogg 100 days to broker a settlement to end the war."),
             QStringLiteral("Trump now hopes Keith Kellogg can end the war within six months.")}));
        QCOMPARE(d.size(), size_t(1));
        QCOMPARE(d[0].code, QStringLiteral("duration"));
    }

    void realReportingIsNotNoise()
    {
        // Seen on ECB+ wire copy (invented sentences of the same shapes). A place next to the
        // attribution verb is not the speaker: the person across the apposition is, so the same
        // words are no attribution conflict.
        const std::vector<Claim> q = claimsOf(
            {QStringLiteral("\"We have received around 50 people with injuries from collapsed "
                            "houses,\" Rina Wulandari, a doctor at a clinic in Lampahan city, "
                            "Bener Meriah district, told AFP."),
             QStringLiteral("\"We have received around 50 people with injuries from collapsed "
                            "houses,\" said doctor Rina Wulandari, speaking from Bener Meriah.")});
        QCOMPARE(q.size(), size_t(2));
        QCOMPARE(q[0].quotes.size(), size_t(1));
        QCOMPARE(q[0].quotes[0].speakerName, QStringLiteral("Rina Wulandari"));
        QCOMPARE(q[0].quotes[0].person, 1);
        const std::vector<Finding> qf = contradictionsOf(q);
        QVERIFY(std::none_of(qf.begin(), qf.end(),
                             [](const Finding &f) { return f.code == QLatin1String("speaker"); }));
        // A time stamp is when the copy was filed, not a count.
        const std::vector<Claim> t =
            claimsOf({QStringLiteral("The quake killed three people, updated 15: 01 IST.")});
        QCOMPARE(t.size(), size_t(1));
        QCOMPARE(t[0].quantities.size(), size_t(1));
        QCOMPARE(t[0].quantities[0].low, 3.0);
        // "no" negates the noun after it: "struck with no tsunami warning" denies no quake.
        QCOMPARE(contradictionsOf(claimsOf({QStringLiteral("A strong earthquake struck Aceh "
                                                           "province, Indonesia, with no tsunami "
                                                           "warning issued."),
                                            QStringLiteral("A strong earthquake struck Aceh "
                                                           "province in Indonesia on Tuesday.")}))
                     .size(),
                 size_t(0));
        // Counts of events of different years are different facts.
        QCOMPARE(contradictionsOf(
                     claimsOf({QStringLiteral("In 2004 a tsunami killed 230,000 people in Aceh."),
                               QStringLiteral("The earthquake killed five people in Aceh.")}))
                     .size(),
                 size_t(0));
        // One toll given three ways by three sources is one disagreement (one group), and
        // damaged houses are no victims of it.
        const std::vector<Finding> toll = contradictionsOf(
            claimsOf({QStringLiteral("The earthquake in Aceh killed two people."),
                      QStringLiteral("Five people were killed by the earthquake in Aceh."),
                      QStringLiteral("The earthquake in Aceh killed 24 people and 10 houses "
                                     "were damaged.")}));
        QCOMPARE(toll.size(), size_t(3));
        QVERIFY(std::all_of(toll.begin(), toll.end(),
                            [&](const Finding &f) { return f.group == toll.front().group; }));
    }

    void datesAgainstTheArticleDate()
    {
        // "Friday" in an article of Monday 3 February 2025 is 31 January; "yesterday" in one of
        // 1 February is 31 January too: the same day, no conflict. Against "January 30" it is one.
        const auto claimsDated = [](const std::vector<std::pair<QString, QDate>> &texts) {
            ClaimExtractor x;
            for (const auto &[t, d] : texts)
                x.learn(t);
            std::vector<Claim> out;
            SourceId id = 1;
            for (const auto &[t, d] : texts) {
                std::vector<Claim> c = x.extract(id++, t, d);
                std::move(c.begin(), c.end(), std::back_inserter(out));
            }
            return out;
        };
        const QDate monday(2025, 2, 3), saturday(2025, 2, 1);
        const std::vector<Claim> c = claimsDated(
            {{QStringLiteral("Donald Trump spoke with Vladimir Putin by phone on Friday."), monday},
             {QStringLiteral("Donald Trump spoke with Vladimir Putin by phone yesterday."),
              saturday},
             {QStringLiteral("Donald Trump spoke with Vladimir Putin by phone on January 30."),
              monday}});
        QCOMPARE(c.size(), size_t(3));
        QCOMPARE(c[0].dates.size(), size_t(1));
        QCOMPARE(c[0].dates[0].resolved, QDate(2025, 1, 31));
        QCOMPARE(c[1].dates[0].resolved, QDate(2025, 1, 31));
        QCOMPARE(c[2].dates[0].resolved, QDate(2025, 1, 30));
        const std::vector<Finding> f = contradictionsOf(c);
        QCOMPARE(f.size(), size_t(2));
        for (const Finding &x : f) {
            QCOMPARE(x.code, QStringLiteral("date"));
            QVERIFY(x.b == 2 || x.a == 2); // only the one of January 30 disagrees
        }
        // Without the articles' dates "yesterday" compares with no weekday.
        QCOMPARE(
            contradictionsOf(
                claimsOf(
                    {QStringLiteral("Donald Trump spoke with Vladimir Putin by phone on Friday."),
                     QStringLiteral("Donald Trump spoke with Vladimir Putin by phone yesterday.")}))
                .size(),
            size_t(0));
        // A date belongs to the event nearest to it: the inauguration, not the call.
        QCOMPARE(contradictionsOf(
                     claimsOf({QStringLiteral("Donald Trump, who took office on January 20, "
                                              "has spoken with Vladimir Putin."),
                               QStringLiteral("Donald Trump spoke with Vladimir Putin on "
                                              "January 7, aides said.")}))
                     .size(),
                 size_t(0));
        // How long riots have run differs by the day a report was written.
        QCOMPARE(contradictionsOf(claimsOf({QStringLiteral("Four days of riots in Athens have "
                                                           "left Costas Karamanlis weakened."),
                                            QStringLiteral("Eight days of riots in Athens have "
                                                           "left Costas Karamanlis weakened.")}))
                     .size(),
                 size_t(0));
        // "Calls for early elections" are demands: rebuffing them denies no conversation.
        QCOMPARE(contradictionsOf(
                     claimsOf({QStringLiteral("Costas Karamanlis rejected calls by opposition "
                                              "leaders to hold early elections."),
                               QStringLiteral("Costas Karamanlis pledged security, rebuffing "
                                              "calls for early elections.")}))
                     .size(),
                 size_t(0));
    }

    void wordnetWidensEventsAndGivesAntonyms()
    {
        // WordNet (resources/claims/wordnet-en.tsv): "telephone" is a way of talking, "stab"
        // of injuring; the shipped table pairs antonyms.
        QCOMPARE(Lexicon::wordnetEvents().value(QStringLiteral("telephone")),
                 QStringLiteral("communicate"));
        QCOMPARE(Lexicon::wordnetEvents().value(QStringLiteral("stab")), QStringLiteral("injury"));
        const auto &ant = Lexicon::wordnetAntonyms();
        QVERIFY(std::find(ant.begin(), ant.end(),
                          std::pair(QStringLiteral("lose"), QStringLiteral("win"))) != ant.end());
        const std::vector<Claim> c =
            claimsOf({QStringLiteral("Donald Trump telephoned Vladimir Putin about Ukraine.")});
        // A sentence dense with names is no Title Case headline: its verb is in lower case.
        QVERIFY(!c.empty() && !c[0].headline);
        QCOMPARE(c.size(), size_t(1));
        QVERIFY(c[0].predicates.contains(QStringLiteral("communicate")));
        // One word flipped in a rewrite: a polarity conflict naming both words.
        const std::vector<Finding> f = contradictionsOf(
            claimsOf({QStringLiteral("Maria Lindqvist won the vote in Lindhaven on Sunday."),
                      QStringLiteral("Maria Lindqvist lost the vote in Lindhaven on Sunday.")}));
        QCOMPARE(f.size(), size_t(1));
        QCOMPARE(f[0].code, QStringLiteral("antonym"));
        QCOMPARE(f[0].type, QStringLiteral("polarity"));
        // Sentences that share little are not compared word for word.
        QCOMPARE(
            contradictionsOf(claimsOf({QStringLiteral("A strong earthquake hits Aceh province."),
                                       QStringLiteral("A strong earthquake struck Aceh province on "
                                                      "Tuesday, leaving two people missing.")}))
                .size(),
            size_t(0));
    }

    void germanAndUkrainianNumbersAndStance()
    {
        const auto findings = [](const QString &lang, const QString &a, const QString &b) {
            ClaimExtractor x(lang);
            x.learn(a);
            x.learn(b);
            std::vector<Claim> c = x.extract(1, a);
            std::vector<Claim> d = x.extract(2, b);
            std::move(d.begin(), d.end(), std::back_inserter(c));
            return contradictionsOf(c);
        };
        // "mindestens 128" excludes 127; "zehn" is 10.
        QCOMPARE(findings(QStringLiteral("de"),
                          QStringLiteral("In Kano wurden mindestens 128 Menschen getötet."),
                          QStringLiteral("In Kano wurden 127 Menschen getötet."))
                     .size(),
                 size_t(1));
        QCOMPARE(findings(QStringLiteral("de"),
                          QStringLiteral("In Kano wurden zehn Menschen getötet."),
                          QStringLiteral("In Kano wurden 10 Menschen getötet."))
                     .size(),
                 size_t(0));
        QCOMPARE(findings(QStringLiteral("uk"),
                          QStringLiteral("У Кано загинули щонайменше 128 людей."),
                          QStringLiteral("У Кано загинули 127 людей."))
                     .size(),
                 size_t(1));
        // Stance markers of each language.
        ClaimExtractor de(QStringLiteral("de"));
        const std::vector<Claim> g = de.extract(
            1,
            QStringLiteral("Peskow wollte das Gespräch mit Trump nicht bestätigen. Laut Berichten "
                           "gab es ein Gespräch zwischen Trump und Putin."));
        QCOMPARE(g.size(), size_t(2));
        QCOMPARE(g[0].stance, Stance::Unconfirmed);
        QCOMPARE(g[1].stance, Stance::Reported);
        ClaimExtractor uk(QStringLiteral("uk"));
        const std::vector<Claim> u = uk.extract(
            1, QStringLiteral("Кремль спростував розмову з Трампом 8 лютого. Речник Пєсков "
                              "підтвердив розмову з Трампом."));
        QCOMPARE(u.size(), size_t(2));
        QCOMPARE(u[0].stance, Stance::Denied);
        QCOMPARE(u[0].dates.size(), size_t(1));
        QCOMPARE(u[0].dates[0].month, 2);
        QCOMPARE(u[0].dates[0].day, 8);
        QCOMPARE(u[1].stance, Stance::Confirmed);
    }

    void stanceAttributionAndRoles()
    {
        const std::vector<Claim> c = claimsOf(
            {QStringLiteral("Kellogg said Trump refused to confirm whether a phone call with "
                            "Putin had taken place. \"We have contained the worst of it, but it "
                            "will take months,\" harbour master Ingrid Solberg said."),
             QStringLiteral("Trump has reportedly held a phone call with Putin, Kellogg said. "
                            "\"We have contained the worst of it, but it will take months,\" "
                            "minister Tomas Berg said. Former President Trump spoke.")});
        const std::vector<Finding> f = contradictionsOf(c);
        const auto has = [&](const QString &code) {
            return std::any_of(f.begin(), f.end(),
                               [&](const Finding &x) { return x.code == code; });
        };
        QVERIFY(has(QStringLiteral("certainty")));
        QVERIFY(has(QStringLiteral("speaker")));
        // The reason names both values, one line, each in one pair of quotation marks (a value
        // that is itself a quotation is not quoted twice).
        const QRegularExpression marks(QStringLiteral("^[\"“”]+|[\"“”]+$"));
        Finding quoted;
        quoted.code = QStringLiteral("same");
        quoted.valueA = QStringLiteral("“These communications occur via various channels,” Peskov");
        quoted.valueB = QStringLiteral("\"Many different communications are emerging\"");
        std::vector<Finding> all = f;
        all.push_back(quoted);
        for (const Finding &x : all) {
            const QString reason =
                ClaimComparer::reasonText(x, QStringLiteral("A"), QStringLiteral("B"));
            QVERIFY(reason.contains(QString(x.valueA).remove(marks)));
            QVERIFY(reason.contains(QString(x.valueB).remove(marks)));
            QVERIFY(!reason.contains(u'\n'));
            for (const QStringView twice : {u"““", u"“\"", u"\"”", u"””"})
                QVERIFY2(!reason.contains(twice), qPrintable(reason));
        }
    }

    void samplePlantedContradictionsAreFound()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("s.crosscheck")), &status);
        QVERIFY(p);
        const std::vector<ContradictionCandidate> all = Annotation::Suggester(*p).contradictions();
        const auto has = [&](const QString &a, const QString &b) {
            return std::any_of(all.begin(), all.end(), [&](const ContradictionCandidate &c) {
                return c.relation == Link::Relation::Contradicts &&
                       ((c.textA.contains(a) && c.textB.contains(b)) ||
                        (c.textA.contains(b) && c.textB.contains(a)));
            });
        };
        QVERIFY(has(QStringLiteral("120"), QStringLiteral("1,200")));
        QVERIFY(has(QStringLiteral("Tuesday"), QStringLiteral("Monday")));
        QVERIFY(has(QStringLiteral("months"), QStringLiteral("weeks")));
        QVERIFY(has(QStringLiteral("Solberg"), QStringLiteral("Berg")));
        QVERIFY(has(QStringLiteral("21 crew"), QStringLiteral("19 crew")));
        QVERIFY(has(QStringLiteral("steering"), QStringLiteral("human error")));
        // Planted agreements stay quiet: "10 kilometres" and "ten kilometres".
        QVERIFY(!has(QStringLiteral("10 kilometres"), QStringLiteral("ten kilometres")));
        // Contradictions come before corroborations.
        bool corroboration = false;
        for (const ContradictionCandidate &c : all) {
            if (c.relation == Link::Relation::Corroborates)
                corroboration = true;
            else
                QVERIFY(!corroboration);
        }
    }

    void claimsViewModel()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("m.crosscheck")), &status);
        QVERIFY(p);
        ClaimListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<ContradictionCandidate> all = Annotation::Suggester(*p).contradictions();
        const size_t n = all.size();
        QVERIFY(n > 0);
        model.setCandidates(p.get(), std::move(all));
        QCOMPARE(model.rowCount(), int(n));
        // One row per source under each item; each opens that source's sentence.
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex item = model.index(r, 0);
            const ContradictionCandidate *c = model.candidateAt(item);
            QVERIFY(c);
            QVERIFY(model.rowCount(item) >= 2);
            QCOMPARE(model.rowCount(item), int(c->sides.size()));
            QSet<qlonglong> sources;
            for (int k = 0; k < model.rowCount(item); ++k) {
                const QModelIndex side = model.index(k, 0, item);
                QCOMPARE(model.parent(side), item);
                const qlonglong source = side.data(ClaimListModel::SourceRole).toLongLong();
                sources.insert(source);
                const int start = side.data(ClaimListModel::SpanStartRole).toInt();
                const int end = side.data(ClaimListModel::SpanEndRole).toInt();
                QCOMPARE(p->sourceText(source).mid(start, end - start), c->sides[size_t(k)].text);
                QVERIFY(
                    !model.index(k, ClaimListModel::ValueColumn, item).data().toString().isEmpty());
            }
            QCOMPARE(sources.size(), model.rowCount(item)); // each source once
        }
        model.setCandidates(p.get(), {});
        QCOMPARE(model.rowCount(), 0);
    }

    void seedsDisagreementsAmongTheFirstTwenty()
    {
        const QDir dir(QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds"));
        const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
        if (files.size() < 5)
            QSKIP("../shared/seeds is not beside the project");
        const std::vector<ClaimLabel> labels = readLabels();
        QVERIFY(labels.size() >= 20);
        Storage::OpenStatus status;
        auto p = Project::create(m_dir.filePath(QStringLiteral("seeds.crosscheck")), &status);
        QVERIFY(p);
        QVector<ImportedDocument> docs;
        for (const QString &f : files) {
            QFile in(dir.filePath(f));
            QVERIFY(in.open(QIODevice::ReadOnly));
            ImportedDocument d;
            d.text = QString::fromUtf8(in.readAll());
            d.fileName = f;
            d.meta.title = f;
            d.format = QStringLiteral("txt");
            Importers::finish(d);
            docs.push_back(d);
        }
        p->addDocuments(docs);
        QVERIFY(AnalysisSession::runBlocking(p.get(), false).applied);
        std::vector<ContradictionCandidate> all = Annotation::Suggester(*p).contradictions();
        std::vector<ContradictionCandidate> first;
        for (const ContradictionCandidate &c : all) {
            if (c.relation == Link::Relation::Contradicts && first.size() < 20)
                first.push_back(c);
        }
        QSet<int> found;
        int noise = 0;
        for (const ContradictionCandidate &c : first) {
            const int l = labelOf(*p, c, labels);
            if (l >= 0 && labels[size_t(l)].relation == QLatin1String("contradiction"))
                found.insert(l);
            else
                ++noise;
        }
        qInfo("seeds: %d distinct labelled disagreements and %d unlabelled among the first %d",
              int(found.size()), noise, int(first.size()));
        QVERIFY(found.size() >= 6);
        QVERIFY(noise * 3 <= int(first.size()));
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
