// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sources and verdicts of a team project, live, on a real PostgreSQL server (the pg fixture):
// an article imported by one analyst reaches the other with its text, original bytes and id;
// details, removals and verdicts go the same way; a removal of a source someone annotated
// meanwhile and a second import of the same article are refused and kept, never silently
// applied; each replica finds passages itself; a refused edit is resolved field by field.
// Skips without a server, except under CI=true.
#include "annotatedsample.h"
#include "teamtesting.h"
#include "teststrings.h"

#include <core/analysis/analysissession.h>
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/project/teamsync.h>
#include <core/project/undostack.h>
#include <core/storage/teamserver.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

using Storage::TeamUrl;
using TestData::exportsOf;
using TestData::S;

namespace {

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// An article as the HTML importer would hand it over, original bytes included.
ImportedDocument article(const QString &title, const QString &text)
{
    ImportedDocument d;
    d.text = text;
    d.meta.title = title;
    d.meta.outlet = S("Harbour Post");
    d.format = S("html");
    d.fileName = title + S(".html");
    d.original = (S("<html><body><p>") + text + S("</p></body></html>")).toUtf8();
    Importers::finish(d);
    return d;
}

const QString kStory = S("Port authority chief Maren Holt said on Tuesday that the ferry Nordlys "
                         "ran aground outside Lindhaven after a steering failure; 21 crew were "
                         "rescued and nobody was hurt.");

/// Every row of the shared tables of the project file \a path, table by table, sorted by the
/// row's text (in C++, not by a collation): what a team project shares.
QMap<QString, QStringList> sharedRows(const QString &path)
{
    QMap<QString, QStringList> out;
    const QString name = S("rows-") + QString::number(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(S("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(S("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            for (const QString &table :
                 {S("source"), S("source_original"), S("passage_review"), S("entity_type"),
                  S("entity"), S("entity_alias"), S("mention"), S("link"), S("note"),
                  S("suggestion_decision")}) {
                QSqlQuery q(db);
                q.exec(S("SELECT * FROM ") + table);
                QStringList rows;
                while (q.next()) {
                    QStringList cells;
                    for (int c = 0; c < q.record().count(); ++c)
                        cells << q.record().fieldName(c) + u'=' +
                                     (q.value(c).isNull() ? S("NULL")
                                                          : q.value(c).toString().toHtmlEscaped());
                    rows << cells.join(u'|');
                }
                rows.sort();
                out.insert(table, rows);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

class TestTeamSources : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TeamUrl m_url;
    const QString m_run = u' ' + QString::number(QDateTime::currentMSecsSinceEpoch());
    TestData::TeamBench m_bench{m_dir, m_url, m_run};

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString publishSample(const QString &what) { return m_bench.publishSample(what); }
    std::unique_ptr<TestData::Replica> join(const QString &name) { return m_bench.join(name); }

    static SourceId sourceTitled(const Project &p, const QString &title)
    {
        for (const Source &s : p.sources())
            if (s.meta.title == title)
                return s.id;
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CROSSCHECK_REQUIRE_TEAM_SERVER(m_url);
    }

    void anImportedArticleReachesTheTeam()
    {
        const QString name = publishSample(S("import"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const int before = int(b->project->sources().size());
        const Project::AddOutcome added = a->project->addDocuments({article(S("Aground"), kStory)});
        QCOMPARE(added.added.size(), 1);
        const SourceId id = added.added.front();
        QCOMPARE(a->sync->pendingCount(), 1);
        QString error;
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QVERIFY2(b->sync->pull(&error), qPrintable(error));
        // The same source, id, text and original bytes, and who imported it.
        QCOMPARE(int(b->project->sources().size()), before + 1);
        QCOMPARE(sourceTitled(*b->project, S("Aground")), id);
        QCOMPARE(b->project->sourceText(id), kStory);
        QCOMPARE(b->project->sourceOriginal(id), a->project->sourceOriginal(id));
        QCOMPARE(b->project->source(id).meta.outlet, S("Harbour Post"));
        QCOMPARE(b->sync->lastChanges().size(), size_t(1));
        QCOMPARE(b->sync->lastChanges().front().first, a->sync->login());
        QVERIFY(b->sync->lastChanges().front().second.contains(S("Aground")));
        // B tags in it at once, and A sees the tag.
        const qint64 holt = b->project->tagNewEntity(
            id, TestData::spanOf(*b->project, id, S("Maren Holt")), S("Maren Holt"), 1, &error);
        QVERIFY2(holt > 0, qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        QVERIFY2(a->sync->pull(&error), qPrintable(error));
        QCOMPARE(a->project->mentionsOf(holt).size(), size_t(1));
        // Both replicas and a fresh clone export the same bytes.
        auto c = join(name);
        QVERIFY(c);
        QCOMPARE(c->project->sourceText(id), kStory);
        const auto ea = exportsOf(*a->project, path(S("import-a")));
        const auto eb = exportsOf(*b->project, path(S("import-b")));
        const auto ec = exportsOf(*c->project, path(S("import-c")));
        QVERIFY(ea.size() >= 5);
        for (auto it = ea.cbegin(); it != ea.cend(); ++it) {
            QVERIFY2(eb.value(it.key()) == it.value(), qPrintable(it.key()));
            QVERIFY2(ec.value(it.key()) == it.value(), qPrintable(it.key()));
        }
        // A's undo of the import is refused once B has tagged in it: B's tag stays. After B
        // takes the tag back, A's undo goes through for everyone.
        QVERIFY(!a->project->undoStack()->undo(&error));
        QVERIFY(error.contains(S("changed this since")));
        QVERIFY(a->project->rowOf(id) >= 0);
        QVERIFY2(b->project->undoStack()->undo(&error), qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        QVERIFY2(a->sync->pull(&error), qPrintable(error));
        QVERIFY2(a->project->undoStack()->undo(&error), qPrintable(error));
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QVERIFY(a->sync->conflicts().empty());
        QVERIFY2(b->sync->pull(&error), qPrintable(error));
        QCOMPARE(b->project->rowOf(id), -1);
    }

    void detailsAndRemovalsGoLive()
    {
        const QString name = publishSample(S("details"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const SourceId first = a->project->sources().front().id;
        SourceMetadata meta = a->project->source(first).meta;
        meta.title = S("Renamed by A");
        QString error;
        QVERIFY2(a->project->setSourceMetadata(first, meta, &error), qPrintable(error));
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QVERIFY2(b->sync->pull(&error), qPrintable(error));
        QCOMPARE(b->project->source(first).meta.title, S("Renamed by A"));
        // B removes a source that holds mentions: they go with it, on A too; entities stay.
        const SourceId second = b->project->sources().at(1).id;
        const qint64 mentionsBefore = qint64(a->project->mentions().size());
        const qint64 inside = qint64(b->project->mentionsIn(second).size());
        QVERIFY(inside > 0);
        const qint64 entities = qint64(a->project->entities().size());
        QVERIFY2(b->project->removeSources({second}, &error), qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        QVERIFY(b->sync->conflicts().empty());
        QVERIFY2(a->sync->pull(&error), qPrintable(error));
        QCOMPARE(a->project->rowOf(second), -1);
        QCOMPARE(qint64(a->project->mentions().size()), mentionsBefore - inside);
        QCOMPARE(qint64(a->project->entities().size()), entities);
        auto c = join(name);
        QCOMPARE(c->project->rowOf(second), -1);
        QCOMPARE(c->project->source(first).meta.title, S("Renamed by A"));
        // B's undo brings the source back with its mentions, for the whole team.
        QVERIFY2(b->project->undoStack()->undo(&error), qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        QVERIFY2(a->sync->pull(&error), qPrintable(error));
        QVERIFY(a->project->rowOf(second) >= 0);
        QCOMPARE(qint64(a->project->mentions().size()), mentionsBefore);
    }

    void removingASourceSomeoneAnnotatedMeanwhileIsRefused()
    {
        const QString name = publishSample(S("inuse"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const SourceId id = a->project->sources().front().id;
        QString error;
        const qint64 port = b->project->tagNewEntity(
            id, TestData::spanOf(*b->project, id, S("Lindhaven")), S("Lindhaven"), 3, &error);
        QVERIFY2(port > 0, qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        // A has not seen B's tag and removes the source: refused, B's tag is not lost.
        QVERIFY2(a->project->removeSources({id}, &error), qPrintable(error));
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        const auto conflicts = a->sync->conflicts();
        QCOMPARE(conflicts.size(), size_t(1));
        const QJsonObject why = json(conflicts.front().conflict);
        QCOMPARE(why.value(S("reason")).toString(), S("inuse"));
        QCOMPARE(why.value(S("table")).toString(), S("mention"));
        QCOMPARE(why.value(S("by")).toString(), b->sync->login());
        QVERIFY(TeamSync::describeConflict(conflicts.front().conflict).contains(b->sync->login()));
        // A shows the source again, with B's tag.
        QVERIFY(a->project->rowOf(id) >= 0);
        QCOMPARE(a->project->mentionsOf(port).size(), size_t(1));
        auto c = join(name);
        QVERIFY(c->project->rowOf(id) >= 0);
        QCOMPARE(c->project->mentionsOf(port).size(), size_t(1));
        // Keep mine: removed on purpose now, B's tag with it, for everyone.
        QVERIFY2(a->sync->keepMine(conflicts.front().key, &error), qPrintable(error));
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QVERIFY(a->sync->conflicts().empty());
        QVERIFY2(b->sync->pull(&error), qPrintable(error));
        QCOMPARE(b->project->rowOf(id), -1);
        QVERIFY(b->project->mentionsOf(port).empty());
    }

    void theSameArticleImportedTwiceIsKeptOnce()
    {
        const QString name = publishSample(S("twice"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const int before = int(a->project->sources().size());
        QCOMPARE(a->project->addDocuments({article(S("By A"), kStory)}).added.size(), 1);
        QCOMPARE(b->project->addDocuments({article(S("By B"), kStory)}).added.size(), 1);
        QString error;
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        // B's import was refused: B shows A's, once, and keeps its own as a conflict.
        QCOMPARE(int(b->project->sources().size()), before + 1);
        QVERIFY(sourceTitled(*b->project, S("By A")) > 0);
        QCOMPARE(sourceTitled(*b->project, S("By B")), 0);
        const auto conflicts = b->sync->conflicts();
        QCOMPARE(conflicts.size(), size_t(1));
        QCOMPARE(json(conflicts.front().conflict).value(S("reason")).toString(), S("exists"));
        QCOMPARE(json(conflicts.front().conflict).value(S("by")).toString(), a->sync->login());
        // Keeping mine cannot make a second copy of the same text.
        QVERIFY(!b->sync->keepMine(conflicts.front().key, &error));
        QVERIFY(error.contains(S("same text")));
        QVERIFY2(b->sync->keepTheirs(conflicts.front().key, &error), qPrintable(error));
        auto c = join(name);
        QCOMPARE(int(c->project->sources().size()), before + 1);
    }

    void verdictsGoLiveAndEachReplicaFindsItsPassages()
    {
        const QString name = publishSample(S("verdicts"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        // Passages are found in each replica and not sent.
        const AnalysisSession::Result found = AnalysisSession::runBlocking(a->project.get(), true);
        QVERIFY2(found.applied || found.upToDate, qPrintable(found.error));
        QCOMPARE(a->sync->pendingCount(), 0);
        QVERIFY(!a->project->passages().empty());
        AnalysisSession::runBlocking(b->project.get(), true);
        QCOMPARE(b->project->passages().size(), a->project->passages().size());
        const Analysis::PassageKey key = Analysis::keyOf(a->project->passages().front());
        QString error;
        QVERIFY2(a->project->setReviewStatus({key}, Analysis::ReviewStatus::Confirmed, &error),
                 qPrintable(error));
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QVERIFY2(b->sync->pull(&error), qPrintable(error));
        QCOMPARE(b->project->reviewStatus(key), Analysis::ReviewStatus::Confirmed);
        QCOMPARE(b->project->review(key).author, a->sync->login());
        // B dismisses it; A's undo of its confirmation is then refused, B's verdict stays.
        QVERIFY2(b->project->setReviewStatus({key}, Analysis::ReviewStatus::Dismissed, &error),
                 qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        QVERIFY2(a->sync->pull(&error), qPrintable(error));
        QCOMPARE(a->project->reviewStatus(key), Analysis::ReviewStatus::Dismissed);
        QVERIFY(!a->project->undoStack()->undo(&error));
        QVERIFY(error.contains(S("changed this since")));
        QCOMPARE(a->sync->pendingCount(), 0);
        QCOMPARE(a->project->reviewStatus(key), Analysis::ReviewStatus::Dismissed);
        // A stale verdict (A had not seen B's) is refused by the server and kept.
        QVERIFY2(b->project->setReviewStatus({key}, Analysis::ReviewStatus::Confirmed, &error),
                 qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        QVERIFY2(a->project->setReviewStatus({key}, Analysis::ReviewStatus::Unreviewed, &error),
                 qPrintable(error));
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QCOMPARE(a->sync->conflicts().size(), size_t(1));
        QCOMPARE(a->project->reviewStatus(key), Analysis::ReviewStatus::Confirmed);
        auto c = join(name);
        QCOMPARE(c->project->reviewStatus(key), Analysis::ReviewStatus::Confirmed);
    }

    void everyKindOfEditLeavesTheServerAsTheFile()
    {
        // One project's storage exercised on a replica: each kind of row written, changed,
        // removed, undone and redone; then the server (read back by a fresh clone) and another
        // analyst's replica hold exactly the rows of the file, table by table.
        const QString name = publishSample(S("mirror"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        Project &p = *a->project;
        QString error;
        const qint64 type = p.addEntityType(S("Vessel"), S("#336699"), 0, &error);
        QVERIFY2(type > 0, qPrintable(error));
        const SourceId s0 = p.sources().front().id, s1 = p.sources().at(1).id;
        const qint64 ship =
            p.tagNewEntity(s0, TestData::spanOf(p, s0, S("Corvina")), S("Corvina"), type, &error);
        QVERIFY2(ship > 0, qPrintable(error));
        QVERIFY2(p.tagAllOccurrences(ship, &error) >= 0, qPrintable(error));
        Entity e = *p.entity(ship);
        e.aliases = {S("MT Corvina"), S("the tanker")};
        QVERIFY2(p.editEntity(e, &error), qPrintable(error));
        Link l;
        l.sourceA = s0;
        l.spanA = TestData::spanOf(p, s0, S("Corvina"));
        l.sourceB = s1;
        l.spanB = TestData::spanOf(p, s1, S("Lindhaven"));
        l.note = S("different \\ \"quoted\" note, with ünïcode");
        const qint64 link = p.addLink(l, &error);
        QVERIFY2(link > 0, qPrintable(error));
        Note n;
        n.target = Note::Target::Link;
        n.link = link;
        n.text = S("Check with the harbour office.");
        QVERIFY2(p.setNote(n, &error), qPrintable(error));
        QVERIFY2(p.decideSuggestions({{S("mention:test|1|2"), S("rejected")}}, {},
                                     S("Reject a suggestion"), &error),
                 qPrintable(error));
        const Project::AddOutcome added = p.addDocuments({article(S("Mirror"), kStory)});
        QCOMPARE(added.added.size(), 1);
        SourceMetadata meta = p.source(added.added.front()).meta;
        meta.author = S("Desk");
        QVERIFY2(p.setSourceMetadata(added.added.front(), meta, &error), qPrintable(error));
        const Analysis::PassageKey key{s0, s1, {0, 10}, {0, 10}};
        QVERIFY2(p.setReviewStatus({key}, Analysis::ReviewStatus::Dismissed, &error),
                 qPrintable(error));
        QVERIFY2(p.removeMentions({p.mentionsOf(ship).back().id}, &error), qPrintable(error));
        // Undo and redo of the last three, and an undo left standing.
        for (int i = 0; i < 3; ++i)
            QVERIFY2(p.undoStack()->undo(&error), qPrintable(error));
        for (int i = 0; i < 2; ++i)
            QVERIFY2(p.undoStack()->redo(&error), qPrintable(error));
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QVERIFY(a->sync->conflicts().empty());
        QVERIFY2(b->sync->pull(&error), qPrintable(error));
        auto c = join(name);
        QVERIFY(c);
        const auto rowsA = sharedRows(p.filePath());
        const auto rowsB = sharedRows(b->project->filePath());
        const auto rowsC = sharedRows(c->project->filePath());
        QVERIFY(rowsA.value(S("entity_alias")).size() >= 2);
        QVERIFY(!rowsA.value(S("passage_review")).isEmpty());
        for (auto it = rowsA.cbegin(); it != rowsA.cend(); ++it) {
            QVERIFY2(rowsC.value(it.key()) == it.value(), qPrintable(S("server: ") + it.key()));
            QVERIFY2(rowsB.value(it.key()) == it.value(), qPrintable(S("replica: ") + it.key()));
        }
    }

    void aRefusedEditIsResolvedFieldByField()
    {
        const QString name = publishSample(S("fields"));
        auto a = join(name);
        auto b = join(name);
        QVERIFY(a && b);
        const qint64 id = TestData::entityNamed(*a->project, S("Ingrid Solberg"));
        QVERIFY(id > 0);
        const qint64 oldType = a->project->entity(id)->type;
        const qint64 newType = a->project->entityTypes().back().id;
        QVERIFY(newType != oldType);
        Entity theirs = *a->project->entity(id);
        theirs.name = S("Ingrid Solberg-Berg");
        theirs.type = newType;
        Entity mine = *b->project->entity(id);
        mine.name = S("I. Solberg");
        mine.aliases = {S("Solberg")};
        QString error;
        QVERIFY2(a->project->editEntity(theirs, &error), qPrintable(error));
        QVERIFY2(a->sync->push(&error), qPrintable(error));
        QVERIFY2(b->project->editEntity(mine, &error), qPrintable(error));
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        const auto conflicts = b->sync->conflicts();
        QCOMPARE(conflicts.size(), size_t(1));
        // Name, type and aliases differ; who changed them and when is no choice of its own.
        const std::vector<ConflictField> fields = b->sync->conflictFields(conflicts.front().key);
        QMap<QString, ConflictField> byColumn;
        for (const ConflictField &f : fields)
            byColumn.insert(f.column, f);
        QCOMPARE(byColumn.keys(), (QStringList{S("aliases"), S("name"), S("type_id")}));
        QCOMPARE(byColumn.value(S("name")).mine.toString(), S("I. Solberg"));
        QCOMPARE(byColumn.value(S("name")).theirs.toString(), S("Ingrid Solberg-Berg"));
        QCOMPARE(byColumn.value(S("type_id")).mine.toInteger(), oldType);
        QCOMPARE(byColumn.value(S("type_id")).theirs.toInteger(), newType);
        // "Solberg" and the old name, which a renamed entity keeps as an alias.
        QCOMPARE(byColumn.value(S("aliases")).mine.toArray().size(), 2);
        // Mine for the name and aliases, theirs for the type: both analysts end with that.
        QVERIFY2(b->sync->resolve(conflicts.front().key, {byColumn.value(S("type_id")).id}, &error),
                 qPrintable(error));
        QVERIFY(b->sync->conflicts().empty());
        QVERIFY2(b->sync->push(&error), qPrintable(error));
        QVERIFY(b->sync->conflicts().empty());
        QVERIFY2(a->sync->pull(&error), qPrintable(error));
        for (const Project *p : {a->project.get(), b->project.get()}) {
            QCOMPARE(p->entity(id)->name, S("I. Solberg"));
            QCOMPARE(p->entity(id)->type, newType);
            QCOMPARE(p->entity(id)->aliases, (QStringList{S("Ingrid Solberg"), S("Solberg")}));
        }
    }
};

QTEST_GUILESS_MAIN(TestTeamSources)
#include "tst_teamsources.moc"
