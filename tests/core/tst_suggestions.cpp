// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Suggester: entity candidates, merge proposals and contradiction candidates, on the sample
// project (whose planted facts are known) and on small texts.
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>
#include <core/suggestions/reviewqueue.h>
#include <core/suggestions/suggestions.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using Annotation::ContradictionCandidate;
using Annotation::EntitySuggestion;
using Annotation::Suggester;

namespace {
ImportedDocument doc(const QString &title, const QString &text)
{
    ImportedDocument d;
    d.text = text;
    d.meta.title = title;
    d.meta.language = QStringLiteral("en");
    d.format = QStringLiteral("txt");
    Importers::finish(d);
    return d;
}

const EntitySuggestion *find(const std::vector<EntitySuggestion> &all, const QString &text)
{
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const EntitySuggestion &s) { return s.text == text; });
    return it == all.end() ? nullptr : &*it;
}
} // namespace

class TestSuggestions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_sample;

private slots:
    void initTestCase()
    {
        Storage::OpenStatus status;
        m_sample = SampleProject::create(m_dir.filePath(QStringLiteral("s.crosscheck")), &status);
        QVERIFY(m_sample);
    }

    void entityCandidates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("type");
        QTest::newRow("title before, lower case") << "Ingrid Solberg"
                                                  << "Person";
        QTest::newRow("minister") << "Tomas Berg"
                                  << "Person";
        QTest::newRow("company") << "Baltic Meridian Shipping"
                                 << "Organization";
        QTest::newRow("board") << "Marine Accident Investigation Board"
                               << "Organization";
        QTest::newRow("weekday") << "Tuesday"
                                 << "Date/Time";
    }
    void entityCandidates()
    {
        QFETCH(QString, text);
        QFETCH(QString, type);
        const std::vector<EntitySuggestion> all = Suggester(*m_sample).entities();
        const EntitySuggestion *s = find(all, text);
        QVERIFY2(s, qPrintable(text));
        QCOMPARE(s->typeName, type);
        QVERIFY(s->confidence > 0 && s->confidence <= 1);
        QVERIFY(!s->reason.isEmpty());
        // Offsets point at the text.
        QCOMPARE(m_sample->sourceText(s->source).mid(s->span.start, s->span.length()), text);
    }

    void gazetteerTitlesAndRegistry()
    {
        auto project = Project::createInMemory();
        project->addDocuments(
            {doc(QStringLiteral("Talks"),
                 QStringLiteral("President Volodymyr Zelensky met officials in Kyiv on Friday. "
                                "The talks in Warsaw were organised by NATO, a spokesman for "
                                "the alliance said."))});
        const SourceId id = project->sourceAt(0).id;
        std::vector<EntitySuggestion> s = Suggester(*project).entities(id);
        QVERIFY(find(s, QStringLiteral("Volodymyr Zelensky")));
        QCOMPARE(find(s, QStringLiteral("Volodymyr Zelensky"))->typeName, QStringLiteral("Person"));
        QCOMPARE(find(s, QStringLiteral("Kyiv"))->typeName, QStringLiteral("Location"));
        QCOMPARE(find(s, QStringLiteral("Warsaw"))->typeName, QStringLiteral("Location"));
        QCOMPARE(find(s, QStringLiteral("NATO"))->typeName, QStringLiteral("Organization"));
        QCOMPARE(find(s, QStringLiteral("Friday"))->typeName, QStringLiteral("Date/Time"));
        QVERIFY(!find(s, QStringLiteral("The"))); // a sentence's first word is no name

        // A registry name is found as that entity; a tagged span is no longer suggested.
        const QString text = project->sourceText(id);
        const int at = int(text.indexOf(QStringLiteral("Kyiv")));
        const qint64 kyiv = project->tagNewEntity(id, {at, at + 4}, QStringLiteral("Kyiv"), 3);
        QVERIFY(kyiv);
        s = Suggester(*project).entities(id);
        QVERIFY(!find(s, QStringLiteral("Kyiv")));
        // A rejected suggestion does not come back.
        const EntitySuggestion nato = *find(s, QStringLiteral("NATO"));
        QVERIFY(project->decideSuggestions({{nato.key(), QStringLiteral("rejected")}}, {},
                                           QStringLiteral("Reject")));
        QVERIFY(!find(Suggester(*project).entities(id), QStringLiteral("NATO")));
        QVERIFY(project->undoStack()->undo());
        QVERIFY(find(Suggester(*project).entities(id), QStringLiteral("NATO")));
    }

    void taggedNamesAndRejectionsHoldProjectWide()
    {
        auto project = Project::createInMemory();
        project->addDocuments(
            {doc(QStringLiteral("A"),
                 QStringLiteral("Officials at Velmora said on Tuesday that Operation Sunrise had "
                                "failed.")),
             doc(QStringLiteral("B"),
                 QStringLiteral("A spokesman for Velmora said Operation Sunrise was delayed."))});
        const SourceId a = project->sourceAt(0).id, b = project->sourceAt(1).id;
        const QString textA = project->sourceText(a);
        // The analyst tags the invented Velmora as an organisation in A…
        const int at = int(textA.indexOf(QStringLiteral("Velmora")));
        QVERIFY(project->tagNewEntity(a, {at, at + 7}, QStringLiteral("Velmora"), 2));
        // …and rejects "Operation Sunrise" there.
        const auto inA = Suggester(*project).entities(a);
        const EntitySuggestion *op = find(inA, QStringLiteral("Operation Sunrise"));
        QVERIFY(op);
        QVERIFY(project->decideSuggestions({{op->key(), QStringLiteral("rejected")}}, {},
                                           QStringLiteral("Reject")));
        // In B, Velmora is that organisation and Operation Sunrise is not offered again.
        const auto inB = Suggester(*project).entities(b);
        const EntitySuggestion *v = find(inB, QStringLiteral("Velmora"));
        QVERIFY(v);
        QCOMPARE(v->typeName, QStringLiteral("Organization"));
        QVERIFY(v->entity);
        QVERIFY(!find(inB, QStringLiteral("Operation Sunrise")));
    }

    void titlesAndPossessivesAreNotPartOfAName()
    {
        auto project = Project::createInMemory();
        project->addDocuments({doc(
            QStringLiteral("A"),
            QStringLiteral("Ukrainian President Volodymyr Zelensky met Trump's envoy in Kyiv on "
                           "Friday. Donald Trump’s plan was discussed, and Trump said it would "
                           "work. The Washington Post reported it first."))});
        const SourceId id = project->sourceAt(0).id;
        const auto all = Suggester(*project).entities(id);
        const EntitySuggestion *z = find(all, QStringLiteral("Volodymyr Zelensky"));
        QVERIFY(z);
        QCOMPARE(z->entityName, QStringLiteral("Volodymyr Zelensky"));
        QVERIFY2(z->reason.contains(QStringLiteral("Ukrainian President")), qPrintable(z->reason));
        for (const EntitySuggestion &s : all)
            QVERIFY2(!s.entityName.contains(u'\'') && !s.entityName.contains(QChar(0x2019)),
                     qPrintable(s.entityName));
        // Trump's and Trump’s are no spellings to merge.
        for (const auto &m : Suggester(*project).merges(all))
            QVERIFY2(m.names.filter(QStringLiteral("Trump")).size() < 2,
                     qPrintable(m.names.join(u", ")));
        // A known "Washington" does not cut the newspaper's name short.
        project->addDocuments(
            {doc(QStringLiteral("B"), QStringLiteral("Officials in Washington said so."))});
        const SourceId b = project->sourceAt(1).id;
        const int at = int(project->sourceText(b).indexOf(QStringLiteral("Washington")));
        QVERIFY(project->tagNewEntity(b, {at, at + 10}, QStringLiteral("Washington"), 3));
        const auto again = Suggester(*project).entities(id);
        const EntitySuggestion *post = find(again, QStringLiteral("Washington Post"));
        QVERIFY(post);
        QCOMPARE(post->typeName, QStringLiteral("Organization"));
        QVERIFY(!find(again, QStringLiteral("Washington")));
    }

    void mergeProposalsForSpellingVariants()
    {
        auto project = Project::createInMemory();
        project->addDocuments(
            {doc(QStringLiteral("A"), QStringLiteral("Zelensky spoke in Kiev.")),
             doc(QStringLiteral("B"), QStringLiteral("Zelenskyy spoke in Kyiv.")),
             doc(QStringLiteral("C"), QStringLiteral("Зеленський виступив у Києві."))});
        const auto tag = [&](int row, const QString &word, qint64 type) {
            const SourceId id = project->sourceAt(row).id;
            const int at = int(project->sourceText(id).indexOf(word));
            return project->tagNewEntity(id, {at, at + int(word.size())}, word, type);
        };
        const qint64 z1 = tag(0, QStringLiteral("Zelensky"), 1);
        const qint64 z2 = tag(1, QStringLiteral("Zelenskyy"), 1);
        const qint64 z3 = tag(2, QStringLiteral("Зеленський"), 1);
        const qint64 k1 = tag(0, QStringLiteral("Kiev"), 3);
        const qint64 k2 = tag(1, QStringLiteral("Kyiv"), 3);
        QVERIFY(z1 && z2 && z3 && k1 && k2);
        const auto merges = Suggester(*project).merges();
        QCOMPARE(merges.size(), size_t(2));
        for (const auto &m : merges) {
            std::vector<qint64> ids = m.entities;
            std::sort(ids.begin(), ids.end());
            QVERIFY(ids == (std::vector<qint64>{z1, z2, z3}) ||
                    ids == (std::vector<qint64>{k1, k2}));
            QVERIFY(!m.reason.isEmpty());
        }
        // Merged, they are one entity with the other spellings as aliases, and no proposal is left.
        QVERIFY(project->mergeEntities(z1, {z2, z3}));
        QCOMPARE(project->entity(z1)->aliases,
                 (QStringList{QStringLiteral("Zelenskyy"), QStringLiteral("Зеленський")}));
        QCOMPARE(project->mentionsOf(z1).size(), size_t(3));
        QCOMPARE(Suggester(*project).merges().size(), size_t(1));
    }

    void contradictionCandidatesInTheSample()
    {
        const std::vector<ContradictionCandidate> all = Suggester(*m_sample).contradictions();
        const auto has = [&](const QString &a, const QString &b, const QString &type) {
            return std::any_of(all.begin(), all.end(), [&](const ContradictionCandidate &c) {
                const bool ab = c.textA.contains(a) && c.textB.contains(b);
                const bool ba = c.textA.contains(b) && c.textB.contains(a);
                return (ab || ba) && c.type == type;
            });
        };
        QVERIFY(has(QStringLiteral("120"), QStringLiteral("1,200"), QStringLiteral("number")));
        QVERIFY(has(QStringLiteral("early"), QStringLiteral("late"), QStringLiteral("datetime")));
        QVERIFY(
            has(QStringLiteral("Tuesday"), QStringLiteral("Monday"), QStringLiteral("datetime")));
        QVERIFY(has(QStringLiteral("months"), QStringLiteral("weeks"), QStringLiteral("datetime")));
        QVERIFY(
            has(QStringLiteral("Solberg"), QStringLiteral("Berg"), QStringLiteral("attribution")));
        for (const ContradictionCandidate &c : all) {
            QCOMPARE(m_sample->sourceText(c.sourceA).mid(c.spanA.start, c.spanA.length()), c.textA);
            QCOMPARE(m_sample->sourceText(c.sourceB).mid(c.spanB.start, c.spanB.length()), c.textB);
            QVERIFY(c.confidence > 0 && c.confidence <= 1);
        }
        // Few enough to review: the sample has 39 passage pairs.
        QVERIFY(all.size() < 40);
    }

    void acceptingTwoSuggestionsOfOneNameMakesOneEntity()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("q.crosscheck")), &status);
        std::vector<Annotation::ReviewItem> queue = Annotation::ReviewQueue::build(*p);
        int accepted = 0;
        for (const Annotation::ReviewItem &item : queue) {
            if (item.kind == Annotation::ReviewItem::Kind::Entity &&
                item.entity.text == QLatin1String("Baltic Meridian Shipping")) {
                QVERIFY(Annotation::ReviewQueue::accept(*p, item));
                ++accepted;
            }
        }
        QVERIFY(accepted >= 5);
        QCOMPARE(p->entities().size(), 1);
        const Entity &e = *p->entities().cbegin();
        QCOMPARE(p->entityType(e.type)->name, QStringLiteral("Organization"));
        QCOMPARE(int(p->mentionsOf(e.id).size()), accepted);
        // One undo step per accepted item, each also recording its decision.
        QVERIFY(p->undoStack()->undo());
        QCOMPARE(int(p->mentionsOf(e.id).size()), accepted - 1);
    }

    void occurrencesAreWholeWords()
    {
        const QString text = QStringLiteral("Berg met Solberg; BERG left. Bergen is a city.");
        const std::vector<Span> s = Suggester::occurrences(text, {QStringLiteral("Berg")});
        QCOMPARE(s.size(), size_t(2));
        QCOMPARE(text.mid(s[0].start, s[0].length()), QStringLiteral("Berg"));
        QCOMPARE(text.mid(s[1].start, s[1].length()), QStringLiteral("BERG"));
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
