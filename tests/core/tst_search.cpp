// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Searching a project: the index follows the sources, queries find what they say (folded as the
// index folds), entities are found by every name, and the seeds answer the analyst's questions.
#include "teststrings.h"

#include <core/formats/quotation.h>
#include <core/importers/documentimporter.h>
#include <core/importers/importjob.h>
#include <core/models/searchresultmodel.h>
#include <core/project/project.h>
#include <core/project/undostack.h>
#include <core/search/projectsearch.h>
#include <core/storage/searchindex.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

using TestData::L;
using TestData::LS;
using TestData::S;
using namespace Crosscheck::Core::Search;

namespace {

ImportedDocument doc(const QString &name, const QString &text, const QString &outlet = {},
                     const QString &published = {}, const QString &language = {})
{
    ImportedDocument d;
    d.text = text;
    d.format = QStringLiteral("txt");
    d.fileName = name + QStringLiteral(".txt");
    d.encoding = QStringLiteral("UTF-8");
    d.meta.title = name;
    d.meta.outlet = outlet;
    d.meta.published = published;
    d.meta.language = language;
    Importers::finish(d);
    return d;
}

/// "file:text" of every hit, in order.
QStringList found(const Project &project, ProjectSearch &search, const SearchRequest &request)
{
    QStringList out;
    auto run = search.start(request);
    if (!run->error().isEmpty())
        return {QStringLiteral("error: ") + run->error()};
    for (const SourceHits &sh : run->all()) {
        const QString text = project.sourceText(sh.source);
        for (const SearchHit &h : sh.hits)
            out << project.source(sh.source).meta.title + u':' +
                       text.mid(h.span.start, h.span.length()) +
                       (h.tagged   ? QStringLiteral(" [tagged]")
                        : h.entity ? QStringLiteral(" [untagged]")
                                   : QString());
    }
    return out;
}

QStringList found(const Project &project, ProjectSearch &search, const QString &query,
                  bool regex = false)
{
    SearchRequest r;
    r.text = query;
    r.regex = regex;
    return found(project, search, r);
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void foldsAsTheIndex()
    {
        auto project = Project::createInMemory();
        project->addDocuments(
            {doc(QStringLiteral("a"), QStringLiteral("A naïve reporter quoted Trump’s aide, who "
                                                     "said the deal was NAIVE. Łódź agreed."))});
        ProjectSearch search(project.get());
        QCOMPARE(found(*project, search, QStringLiteral("naive")), L({"a:naïve", "a:NAIVE"}));
        QCOMPARE(found(*project, search, QStringLiteral("NAÏVE")).size(), 2);
        // Matching case and accents: only the spelling typed (words and patterns alike).
        SearchRequest exact;
        exact.matchCase = true;
        exact.text = QStringLiteral("NAIVE");
        QCOMPARE(found(*project, search, exact), L({"a:NAIVE"}));
        exact.text = QStringLiteral("naïve");
        QCOMPARE(found(*project, search, exact), L({"a:naïve"}));
        exact.text = QStringLiteral("\"Trump’s aide\"");
        QCOMPARE(found(*project, search, exact), L({"a:Trump’s aide"}));
        exact.text = QStringLiteral("trump’s");
        QCOMPARE(found(*project, search, exact), QStringList());
        exact.text = QStringLiteral("NAI.E");
        exact.regex = true;
        QCOMPARE(found(*project, search, exact), L({"a:NAIVE"}));
        // Apostrophes split words as the tokenizer does: Trump's finds Trump’s.
        QCOMPARE(found(*project, search, QStringLiteral("Trump's")), L({"a:Trump’s"}));
        QCOMPARE(found(*project, search, QStringLiteral("lodz")), L({"a:Łódź"}));
        QCOMPARE(found(*project, search, QStringLiteral("quot*")), L({"a:quoted"}));
        QCOMPARE(found(*project, search, QStringLiteral("\"the deal\"")), L({"a:the deal"}));
        QCOMPARE(found(*project, search, QStringLiteral("deal NOT aide")), QStringList());
        QCOMPARE(found(*project, search, QStringLiteral("deal NOT minister")), L({"a:deal"}));
        QCOMPARE(found(*project, search, QStringLiteral("NEAR(reporter aide, 3)")),
                 L({"a:reporter quoted Trump’s aide"}));
        QCOMPARE(found(*project, search, QStringLiteral("NEAR(reporter aide, 2)")), QStringList());
        QVERIFY(found(*project, search, QStringLiteral("a \"b")).first().startsWith(S("error: ")));
        QVERIFY(found(*project, search, QStringLiteral("--- ?")).first().contains(S("no letters")));
    }

    void indexFollowsImportRemovalAndUndo()
    {
        QTemporaryDir dir;
        const QString indexPath = dir.filePath(QStringLiteral("index.sqlite"));
        auto project = Project::createInMemory();
        project->addDocuments({doc(QStringLiteral("one"), QStringLiteral("Kellogg met envoys.")),
                               doc(QStringLiteral("two"), QStringLiteral("Nobody else came."))});
        {
            ProjectSearch search(project.get(), indexPath);
            QCOMPARE(found(*project, search, QStringLiteral("Kellogg")), L({"one:Kellogg"}));
            QCOMPARE(search.indexedCount(), 2);
            project->addDocuments(
                {doc(QStringLiteral("three"), QStringLiteral("Then Kellogg left."))});
            QCOMPARE(found(*project, search, QStringLiteral("Kellogg")),
                     L({"one:Kellogg", "three:Kellogg"}));
            const SourceId one = project->sourceAt(0).id;
            QVERIFY(project->removeSources({one}));
            QCOMPARE(found(*project, search, QStringLiteral("Kellogg")), L({"three:Kellogg"}));
            QCOMPARE(search.indexedCount(), 2);
            project->undoStack()->undo();
            QCOMPARE(found(*project, search, QStringLiteral("Kellogg")).size(), 2);
            QVERIFY(search.isCurrent());
        }
        // Kept on disk: a new search over the same project finds it current.
        {
            ProjectSearch search(project.get(), indexPath);
            QCOMPARE(search.indexedCount(), 3);
            QVERIFY(search.isCurrent());
        }
        // Another project at the same place (other texts under the same ids): rebuilt.
        auto other = Project::createInMemory();
        other->addDocuments({doc(QStringLiteral("x"), QStringLiteral("Only Putin here."))});
        ProjectSearch search(other.get(), indexPath);
        QVERIFY(!search.isCurrent());
        QCOMPARE(found(*other, search, QStringLiteral("Kellogg")), QStringList());
        QCOMPARE(found(*other, search, QStringLiteral("Putin")), L({"x:Putin"}));
        QCOMPARE(search.indexedCount(), 1);
        // A damaged or foreign cache file is replaced, never trusted.
        QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not a database");
        junk.close();
        ProjectSearch fresh(other.get(), junk.fileName());
        QCOMPARE(found(*other, fresh, QStringLiteral("Putin")), L({"x:Putin"}));
    }

    void entitiesByEveryName()
    {
        auto project = Project::createInMemory();
        project->addDocuments(
            {doc(QStringLiteral("a"), QStringLiteral("Zelensky spoke. The Ukrainian leader left.")),
             doc(QStringLiteral("b"), QStringLiteral("Зеленський відповів. Zelenskyy agreed.")),
             doc(QStringLiteral("c"), QStringLiteral("Nothing about him."))});
        const SourceId a = project->sourceAt(0).id;
        const qint64 person = project->entityTypes().front().id;
        const qint64 z =
            project->tagNewEntity(a, {0, 8}, QStringLiteral("Volodymyr Zelensky"), person);
        QVERIFY(z);
        Entity e = *project->entity(z);
        e.aliases = QStringList{QStringLiteral("Зеленський")};
        QVERIFY(project->editEntity(e));
        const int leader = project->sourceText(a).indexOf(QStringLiteral("The Ukrainian leader"));
        QVERIFY(project->tagMention(a, {leader, leader + 20}, z)); // however it is worded
        ProjectSearch search(project.get());
        const QStringList hits = found(*project, search, QStringLiteral("Zelenskiy"));
        QCOMPARE(hits, L({"a:Zelensky [tagged]", "a:The Ukrainian leader [tagged]",
                          "b:Зеленський [untagged]", "b:Zelenskyy [untagged]"}));
        QCOMPARE(search.entityNamed(QStringLiteral("зеленський")), z);
        SearchRequest byEntity;
        byEntity.entity = z;
        QCOMPARE(found(*project, search, byEntity), hits);
        // In quotes: exactly that spelling.
        QCOMPARE(found(*project, search, QStringLiteral("\"Zelenskyy\"")), L({"b:Zelenskyy"}));
        // Only hits on entities of a type (here: the tagged ones).
        SearchRequest typed;
        typed.text = QStringLiteral("Zelensky");
        typed.filters.entityType = person;
        QCOMPARE(found(*project, search, typed).size(), 4);
        typed.filters.entityType = project->entityTypes().back().id;
        QCOMPARE(found(*project, search, typed), QStringList());
    }

    void patterns()
    {
        auto project = Project::createInMemory();
        project->addDocuments(
            {doc(QStringLiteral("a"), QStringLiteral("Keith Kellogg, 100 days.")),
             doc(QStringLiteral("b"), QStringLiteral("Kelog? 30 days or more."))});
        ProjectSearch search(project.get());
        QCOMPARE(found(*project, search, QStringLiteral("kel+ogg"), true), L({"a:Kellogg"}));
        QCOMPARE(found(*project, search, QStringLiteral("\\d+ days"), true),
                 L({"a:100 days", "b:30 days"}));
        const QStringList bad = found(*project, search, QStringLiteral("(days"), true);
        QVERIFY2(bad.first().contains(S("not a valid regular expression")),
                 qPrintable(bad.first()));
    }

    void filters()
    {
        auto project = Project::createInMemory();
        project->addDocuments(
            {doc(QStringLiteral("a"), QStringLiteral("Talks in Riyadh."), QStringLiteral("Reuters"),
                 QStringLiteral("2025-02-01"), QStringLiteral("en")),
             doc(QStringLiteral("b"), QStringLiteral("Talks in Munich."), QStringLiteral("DW"),
                 QStringLiteral("2025-02-14"), QStringLiteral("en-GB")),
             doc(QStringLiteral("c"), QStringLiteral("Talks again."), QString(), QString(),
                 QStringLiteral("de"))});
        ProjectSearch search(project.get());
        SearchRequest r;
        r.text = QStringLiteral("talks");
        QCOMPARE(found(*project, search, r).size(), 3);
        r.filters.outlet = QStringLiteral("reut");
        QCOMPARE(found(*project, search, r), L({"a:Talks"}));
        r.filters = {};
        r.filters.language = QStringLiteral("en");
        QCOMPARE(found(*project, search, r), L({"a:Talks", "b:Talks"}));
        r.filters = {};
        r.filters.from = QStringLiteral("2025-02-10");
        QCOMPARE(found(*project, search, r), L({"b:Talks"}));
        r.filters = {};
        r.filters.to = QStringLiteral("2025-02-10");
        QCOMPARE(found(*project, search, r), L({"a:Talks"}));
        r.filters = {};
        r.filters.sources = {project->sourceAt(2).id};
        QCOMPARE(found(*project, search, r), L({"c:Talks"}));
    }

    void tagAllHitsIsOneStep()
    {
        auto project = Project::createInMemory();
        project->addDocuments({doc(QStringLiteral("a"), QStringLiteral("Kellogg and Kellogg.")),
                               doc(QStringLiteral("b"), QStringLiteral("Kellogg again."))});
        ProjectSearch search(project.get());
        SearchRequest r;
        r.text = QStringLiteral("Kellogg");
        std::vector<SearchHit> hits;
        for (const SourceHits &sh : search.start(r)->all())
            hits.insert(hits.end(), sh.hits.begin(), sh.hits.end());
        QCOMPARE(hits.size(), size_t(3));
        const qint64 person = project->entityTypes().front().id;
        const AnnotationDelta delta =
            ProjectSearch::mentionsFor(*project, hits, 0, QStringLiteral("Keith Kellogg"), person);
        QVERIFY(project->importAnnotations(delta, QStringLiteral("Tag search hits")));
        QCOMPARE(project->mentions().size(), size_t(3));
        QCOMPARE(project->entities().size(), 1);
        const qint64 kellogg = project->entities().first().id;
        // Found again, the hits are tagged; tagging them again adds nothing.
        QCOMPARE(found(*project, search, QStringLiteral("Kellogg")).first(),
                 QStringLiteral("a:Kellogg [tagged]"));
        QVERIFY(ProjectSearch::mentionsFor(*project, hits, kellogg).mentions.empty());
        project->undoStack()->undo(); // one step takes all of it back
        QCOMPARE(project->mentions().size(), size_t(0));
        QCOMPARE(project->entities().size(), 0);
    }

    void quotationAndTable()
    {
        Source s;
        s.meta.title = QStringLiteral("Talks <b>now</b>");
        s.meta.outlet = QStringLiteral("Wire & Co");
        s.meta.published = QStringLiteral("2025-02-01T10:00:00Z");
        s.meta.url = QStringLiteral("https://example.org/a?x=1&y=2");
        const QString text = QStringLiteral("😀 He said <script>no</script>.");
        const Quotation q = Quotation::of(s, text, {3, 10});
        QCOMPARE(q.plainText, QStringLiteral("“He said”\n— Talks <b>now</b>, Wire & Co, "
                                             "2025-02-01, https://example.org/a?x=1&y=2, "
                                             "characters 2–9"));
        QVERIFY(q.html.contains(QStringLiteral("Talks &lt;b&gt;now&lt;/b&gt;")));
        QVERIFY(q.html.contains(QStringLiteral("Wire &amp; Co")));
        QVERIFY(!q.html.contains(QStringLiteral("<script>")));
        QVERIFY(q.html.contains(QStringLiteral("href=\"https://example.org/a?x=1&amp;y=2\"")));
        // javascript: addresses are text, never links.
        s.meta.url = QStringLiteral("javascript:alert(1)");
        QVERIFY(!Quotation::of(s, text, {3, 10}).html.contains(QStringLiteral("href")));

        auto project = Project::createInMemory();
        project->addDocuments({doc(QStringLiteral("a"), QStringLiteral("😀 Kellogg\tcame."))});
        ProjectSearch search(project.get());
        SearchResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.clear(project.get());
        SearchRequest r;
        r.text = QStringLiteral("Kellogg");
        model.append(search.start(r)->all());
        QCOMPARE(model.hitCount(), 1);
        const QStringList rows = model.toTsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].split(u'\t').mid(1, 3), L({"2", "9", "Kellogg"})); // code points
    }

    void seeds()
    {
        const QDir seeds(QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds"));
        if (!seeds.exists())
            QSKIP("../shared/seeds is not beside the project; skipping the real-article search");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("seeds.crosscheck"));
        {
            Storage::OpenStatus status;
            auto project = Project::create(file, &status);
            QVERIFY(project);
            ImportSession::runBlocking(project.get(), {seeds.path()});
            QCOMPARE(project->sourceCount(), 5);
            ProjectSearch search(project.get(), dir.filePath(QStringLiteral("index.sqlite")));
            QSet<QString> spellings, files;
            SearchRequest zelensky;
            zelensky.text = QStringLiteral("Zelensky");
            auto run = search.start(zelensky);
            for (const SourceHits &sh : run->all()) {
                files << project->source(sh.source).fileName.left(3);
                for (const SearchHit &h : sh.hits)
                    spellings << project->sourceText(sh.source).mid(h.span.start, h.span.length());
            }
            QCOMPARE(spellings, LS({"Zelensky", "Zelenskyy", "Zelenskiy"}));
            QCOMPARE(files, LS({"001", "002", "003", "004"}));
            // With him in the registry (one mention tagged, a Ukrainian alias), his alias finds
            // the same eight places, the tagged one marked.
            SourceId s001 = 0;
            for (const Source &s : project->sources()) {
                if (s.fileName.startsWith(QStringLiteral("001")))
                    s001 = s.id;
            }
            const int at = project->sourceText(s001).indexOf(QStringLiteral("Zelensky"));
            const qint64 z =
                project->tagNewEntity(s001, {at, at + 8}, QStringLiteral("Volodymyr Zelensky"),
                                      project->entityTypes().front().id);
            Entity e = *project->entity(z);
            e.aliases = L({"Зеленський"});
            QVERIFY(project->editEntity(e));
            SearchRequest alias;
            alias.text = QStringLiteral("Зеленський");
            int tagged = 0, untagged = 0;
            for (const SourceHits &sh : search.start(alias)->all()) {
                for (const SearchHit &h : sh.hits) {
                    QCOMPARE(h.entity, z);
                    (h.tagged ? tagged : untagged) += 1;
                }
            }
            QCOMPARE(tagged, 1);
            QCOMPARE(untagged, 7);
        }
        // The command line, one JSON object per hit, offsets in code points.
        const auto cli = [&](const QStringList &args, int *code) {
            QProcess p;
            p.start(QStringLiteral(CROSSCHECK_CLI),
                    QStringList{QStringLiteral("search"), file} + args + QStringList{S("--jsonl")});
            p.waitForFinished(60000);
            *code = p.exitCode();
            QList<QJsonObject> out;
            for (const QByteArray &l : p.readAllStandardOutput().split('\n')) {
                if (!l.isEmpty())
                    out << QJsonDocument::fromJson(l).object();
            }
            return out;
        };
        int code = -1;
        const auto days = cli({QStringLiteral("\"100 days\"")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].value(S("source")).toString().left(3), QStringLiteral("000"));
        QCOMPARE(days[0].value(S("text")).toString(), QStringLiteral("100 days"));
        QVERIFY(days[0].value(S("context")).toString().contains(S("Keith Kellogg, 100 days")));
        QVERIFY(days[0].value(S("entity")).isNull());
        QFile f(seeds.filePath(seeds.entryList({S("000_*")}).first()));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.mid(days[0].value(S("start")).toInt(), 8), QStringLiteral("100 days"));
        const auto near = cli({QStringLiteral("refused NEAR Putin")}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(near.size(), 1);
        QVERIFY(near[0].value(S("text")).toString().startsWith(S("Putin")));
        QVERIFY(near[0].value(S("text")).toString().endsWith(S("refused")));
        QVERIFY(cli({QStringLiteral("Kellogg NOT Kellogg")}, &code).isEmpty());
        QCOMPARE(code, 1);
        QVERIFY(cli({QStringLiteral("refused NEAR")}, &code).isEmpty());
        QCOMPARE(code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
