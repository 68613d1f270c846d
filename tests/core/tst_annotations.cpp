// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What analysts record: every kind of edit round-trips through undo and redo with the full
// state compared, is written to the file at once, and survives a source's removal and undo.
#include "annotatedsample.h"
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>
#include <core/storage/sourcestore.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Crosscheck::Core;

namespace {
/// Everything recorded, as comparable text.
QString state(const Project &p)
{
    QStringList lines;
    for (const EntityType &t : p.entityTypes())
        lines << QStringLiteral("T %1 %2 %3 %4 %5")
                     .arg(t.id)
                     .arg(t.name, t.color)
                     .arg(t.parent)
                     .arg(t.position);
    QList<qint64> ids = p.entities().keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        const Entity &e = *p.entity(id);
        lines << QStringLiteral("E %1 %2 %3 [%4]")
                     .arg(e.id)
                     .arg(e.name)
                     .arg(e.type)
                     .arg(e.aliases.join(u'|'));
    }
    for (const Mention &m : p.mentions())
        lines << QStringLiteral("M %1 %2 %3-%4 %5 %6")
                     .arg(m.id)
                     .arg(m.source)
                     .arg(m.span.start)
                     .arg(m.span.end)
                     .arg(m.entity)
                     .arg(m.origin);
    for (const Link &l : p.links())
        lines << QStringLiteral("L %1 %2:%3-%4 %5:%6-%7 %8 %9 %10 %11 %12")
                     .arg(l.id)
                     .arg(l.sourceA)
                     .arg(l.spanA.start)
                     .arg(l.spanA.end)
                     .arg(l.sourceB)
                     .arg(l.spanB.start)
                     .arg(l.spanB.end)
                     .arg(Link::relationName(l.relation), l.type)
                     .arg(l.severity)
                     .arg(Link::statusName(l.status), l.note);
    for (const Note &n : p.notes())
        lines << QStringLiteral("N %1 %2 %3 %4-%5 %6 %7 %8")
                     .arg(n.id)
                     .arg(Note::targetName(n.target))
                     .arg(n.source)
                     .arg(n.span.start)
                     .arg(n.span.end)
                     .arg(n.entity)
                     .arg(n.link)
                     .arg(n.text);
    return lines.join(u'\n');
}

using TestData::spanOf;
} // namespace

class TestAnnotations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;
    SourceId m_wire = 0, m_courier = 0;

    /// Runs \a edit, then checks undo, redo and the file against the states before and after.
    void roundTrip(const char *what, const std::function<bool()> &edit)
    {
        const QString before = state(*m_project);
        const int steps = m_project->undoStack()->count();
        QVERIFY2(edit(), what);
        const QString after = state(*m_project);
        QVERIFY2(after != before, what);
        QCOMPARE(m_project->undoStack()->count(), steps + 1);
        QVERIFY(m_project->undoStack()->undo());
        QCOMPARE(state(*m_project), before);
        QVERIFY(m_project->undoStack()->redo());
        QCOMPARE(state(*m_project), after);
        // Written at once: a fresh open of the file sees the same.
        m_project.reset();
        Storage::OpenStatus status;
        m_project = Project::open(m_path, false, &status);
        QVERIFY2(m_project, qPrintable(status.message));
        QCOMPARE(state(*m_project), after);
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("a.crosscheck"));
        Storage::OpenStatus status;
        m_project = SampleProject::create(m_path, &status);
        QVERIFY(m_project);
        m_wire = m_project->sourceAt(0).id;
        m_courier = m_project->sourceAt(1).id;
        QCOMPARE(m_project->entityTypes().size(), size_t(7));
        QCOMPARE(m_project->entityTypes().front().name, QStringLiteral("Person"));
    }

    void everyEditRoundTrips()
    {
        qint64 solberg = 0, berg = 0;
        roundTrip("tag a new entity", [&] {
            solberg = m_project->tagNewEntity(
                m_wire, spanOf(*m_project, m_wire, QStringLiteral("Ingrid Solberg")),
                QStringLiteral("Ingrid Solberg"), 1);
            return solberg != 0;
        });
        roundTrip("tag a mention of it", [&] {
            return m_project->tagMention(
                       m_courier, spanOf(*m_project, m_courier, QStringLiteral("Ingrid Solberg")),
                       solberg) != 0;
        });
        roundTrip("edit the entity (alias)", [&] {
            Entity e = *m_project->entity(solberg);
            e.aliases << QStringLiteral("Solberg");
            return m_project->editEntity(e);
        });
        int tagged = 0;
        roundTrip("tag all occurrences", [&] {
            tagged = m_project->tagAllOccurrences(solberg);
            return tagged > 0;
        });
        QVERIFY(m_project->untaggedOccurrences(solberg).empty());
        QCOMPARE(m_project->mentionsOf(solberg).size(), size_t(4)); // the four articles naming her
        roundTrip("tag another person", [&] {
            berg = m_project->tagNewEntity(m_wire,
                                           spanOf(*m_project, m_wire, QStringLiteral("Tomas Berg")),
                                           QStringLiteral("Tomas Berg"), 1);
            return berg != 0;
        });
        roundTrip("merge", [&] { return m_project->mergeEntities(solberg, {berg}); });
        QVERIFY(!m_project->entity(berg));
        QVERIFY(m_project->entity(solberg)->aliases.contains(QStringLiteral("Tomas Berg")));
        roundTrip("split back", [&] {
            QVector<qint64> ids;
            for (const Mention &m : m_project->mentionsOf(solberg)) {
                if (m_project->sourceText(m.source).mid(m.span.start, m.span.length()) ==
                    QLatin1String("Tomas Berg"))
                    ids << m.id;
            }
            berg = m_project->splitEntity(solberg, ids, QStringLiteral("Tomas Berg"));
            return berg != 0;
        });
        roundTrip("rename", [&] {
            Entity e = *m_project->entity(berg);
            e.name = QStringLiteral("Minister Tomas Berg");
            return m_project->editEntity(e);
        });
        roundTrip("remove mentions", [&] {
            return m_project->removeMentions({m_project->mentionsOf(solberg).front().id});
        });
        qint64 vessel = 0;
        roundTrip("add a type", [&] {
            vessel = m_project->addEntityType(QStringLiteral("Vessel"), QStringLiteral("#882255"));
            return vessel != 0;
        });
        roundTrip("rename, recolour and nest a type", [&] {
            EntityType t = *m_project->entityType(vessel);
            t.name = QStringLiteral("Ship");
            t.color = QStringLiteral("#117733");
            t.parent = 7; // Other
            return m_project->editEntityType(t);
        });
        roundTrip("remove an unused type", [&] { return m_project->removeEntityType(vessel); });
        qint64 link = 0;
        roundTrip("record a contradiction", [&] {
            Link l;
            l.sourceA = m_wire;
            l.spanA = spanOf(*m_project, m_wire, QStringLiteral("six months"));
            l.sourceB = m_courier;
            l.spanB = spanOf(*m_project, m_courier, QStringLiteral("six weeks"));
            l.type = QStringLiteral("datetime");
            l.note = QStringLiteral("Which deadline did the board give?");
            link = m_project->addLink(l);
            return link != 0;
        });
        roundTrip("confirm it", [&] {
            Link l = *m_project->link(link);
            l.status = Link::Status::Confirmed;
            l.severity = 3;
            return m_project->editLink(l);
        });
        roundTrip("note on the link", [&] {
            Note n;
            n.target = Note::Target::Link;
            n.link = link;
            n.text = QStringLiteral("Ask the board.");
            return m_project->setNote(n);
        });
        roundTrip("note on a source", [&] {
            Note n;
            n.target = Note::Target::Source;
            n.source = m_wire;
            n.text = QStringLiteral("The wire is the origin.");
            return m_project->setNote(n);
        });
        roundTrip("edit that note", [&] {
            Note n = *m_project->noteOn(Note::Target::Source, m_wire, {}, 0, 0);
            n.text = QStringLiteral("The wire is probably the origin.");
            return m_project->setNote(n);
        });
        roundTrip("note on an entity", [&] {
            Note n;
            n.target = Note::Target::Entity;
            n.entity = solberg;
            n.text = QStringLiteral("Harbour master since 2019.");
            return m_project->setNote(n);
        });
        roundTrip("remove the link (and its note)", [&] { return m_project->removeLink(link); });
        QVERIFY(!m_project->noteOn(Note::Target::Link, 0, {}, 0, link));
        roundTrip("delete a note", [&] {
            Note n = *m_project->noteOn(Note::Target::Source, m_wire, {}, 0, 0);
            n.text.clear();
            return m_project->setNote(n);
        });
        roundTrip("remove an entity with its mentions",
                  [&] { return m_project->removeEntity(berg); });

        // Every step is in the persisted edit log with its author.
        const auto log = m_project->editLog();
        QVERIFY(std::count_if(log.begin(), log.end(), [](const Storage::EditLogEntry &e) {
                    return e.action == QLatin1String("tag-mentions");
                }) >= 3);
    }

    void namesWrittenOtherwiseBecomeAliases()
    {
        QTemporaryDir dir;
        Storage::OpenStatus status;
        auto p = SampleProject::create(dir.filePath(QStringLiteral("n.crosscheck")), &status);
        QVERIFY(p);
        const SourceId wire = p->sourceAt(0).id, coastal = p->sourceAt(3).id;
        const qint64 person = p->entityTypes().front().id;
        QString error;
        const qint64 berg = p->tagNewEntity(wire, spanOf(*p, wire, QStringLiteral("Tomas Berg")),
                                            QStringLiteral("Tomas Berg"), person, &error);
        QVERIFY2(berg, qPrintable(error));
        // The bare surname tagged as the minister: it becomes an alias in the same step, and
        // Tag All then finds the surname alone elsewhere.
        Span bare = spanOf(*p, wire, QStringLiteral("Berg said"));
        bare.end = bare.start + 4;
        const int steps = p->undoStack()->count();
        QVERIFY2(p->tagMention(wire, bare, berg, &error), qPrintable(error));
        QCOMPARE(p->undoStack()->count(), steps + 1);
        QCOMPARE(p->entity(berg)->aliases, QStringList{QStringLiteral("Berg")});
        const Span added = [&] {
            Span s = spanOf(*p, coastal, QStringLiteral("Berg added"));
            s.end = s.start + 4;
            return s;
        }();
        const std::vector<Mention> found = p->untaggedOccurrences(berg);
        QVERIFY(std::any_of(found.begin(), found.end(), [&](const Mention &m) {
            return m.source == coastal && m.span == added;
        }));
        // One undo takes the mention and the alias back.
        QVERIFY(p->undoStack()->undo());
        QVERIFY(p->entity(berg)->aliases.isEmpty());
        QVERIFY(p->undoStack()->redo());
        QCOMPARE(p->entity(berg)->aliases, QStringList{QStringLiteral("Berg")});
        // Words that are no name ("environment minister") stay a mention, not an alias.
        QVERIFY(p->tagMention(wire, spanOf(*p, wire, QStringLiteral("minister")), berg, &error));
        QCOMPARE(p->entity(berg)->aliases, QStringList{QStringLiteral("Berg")});

        // A renamed entity keeps its old name as an alias.
        Entity renamed = *p->entity(berg);
        renamed.name = QStringLiteral("Tomas Berg (minister)");
        QVERIFY2(p->editEntity(renamed, &error), qPrintable(error));
        QCOMPARE(p->entity(berg)->aliases,
                 (QStringList{QStringLiteral("Berg"), QStringLiteral("Tomas Berg")}));

        // A merge may name the merged entity anew; every old name stays an alias.
        const qint64 other =
            p->tagNewEntity(coastal, spanOf(*p, coastal, QStringLiteral("Tomas Berg")),
                            QStringLiteral("T. Berg"), person, &error);
        QVERIFY2(other, qPrintable(error));
        QVERIFY2(p->mergeEntities(berg, {other}, &error, QStringLiteral("Minister Tomas Berg")),
                 qPrintable(error));
        QCOMPARE(p->entity(berg)->name, QStringLiteral("Minister Tomas Berg"));
        QVERIFY(!p->entity(other));
        for (const char *old : {"T. Berg", "Tomas Berg (minister)", "Tomas Berg", "Berg"})
            QVERIFY2(p->entity(berg)->aliases.contains(QString::fromLatin1(old)), old);
    }

    void refusesWhatMakesNoSense()
    {
        QString error;
        QVERIFY(!m_project->tagNewEntity(m_wire, {5, 5}, QStringLiteral("x"), 1, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!m_project->tagNewEntity(m_wire, {0, 4}, QStringLiteral(" "), 1, &error));
        QVERIFY(!m_project->tagNewEntity(m_wire, {0, 4}, QStringLiteral("x"), 999, &error));
        Link l;
        l.sourceA = l.sourceB = m_wire;
        l.spanA = {0, 10};
        l.spanB = {5, 15};
        QVERIFY(!m_project->addLink(l, &error));          // overlapping spans in one source
        QVERIFY(!m_project->removeEntityType(1, &error)); // Person is in use
        EntityType t = *m_project->entityType(7);
        t.parent = 7;
        QVERIFY(!m_project->editEntityType(t, &error));
    }

    void importedRowsGetIdsAsOneStep()
    {
        // What an importer hands over: new rows numbered -1, -2, … that refer to each other.
        const auto imported = [&] {
            AnnotationDelta d;
            EntityType event;
            event.id = -1;
            event.name = QStringLiteral("Event");
            event.color = QStringLiteral("#123456");
            event.position = 99;
            d.types = {event};
            Entity harbour;
            harbour.id = -1;
            harbour.name = QStringLiteral("Harbour strike");
            harbour.type = -1;
            d.entities = {harbour};
            Mention m;
            m.source = m_wire;
            m.span = spanOf(*m_project, m_wire, QStringLiteral("Ingrid Solberg"));
            m.entity = -1;
            m.origin = QStringLiteral("import");
            d.mentions = {m};
            Link l;
            l.id = -1;
            l.sourceA = m_wire;
            l.spanA = spanOf(*m_project, m_wire, QStringLiteral("early on Tuesday"));
            l.sourceB = m_courier;
            l.spanB = spanOf(*m_project, m_courier, QStringLiteral("early on Tuesday"));
            d.links = {l};
            Note n;
            n.target = Note::Target::Link;
            n.link = -1;
            n.text = QStringLiteral("from another tool");
            d.notes = {n};
            return d;
        };
        roundTrip("import annotations", [&] {
            return m_project->importAnnotations(imported(), QStringLiteral("Import"));
        });
        const Entity *harbour = nullptr;
        for (const Entity &e : m_project->entities())
            if (e.name == QLatin1String("Harbour strike"))
                harbour = &e;
        QVERIFY(harbour && harbour->id > 0);
        QCOMPARE(m_project->entityType(harbour->type)->name, QStringLiteral("Event"));
        QCOMPARE(m_project->mentionsOf(harbour->id).size(), size_t(1));
        const Link &link = m_project->links().back();
        QVERIFY(link.id > 0);
        QCOMPARE(m_project->noteOn(Note::Target::Link, 0, {}, 0, link.id)->text,
                 QStringLiteral("from another tool"));

        // A mention outside its source's text, or naming no entity, refuses the whole import.
        const QString before = state(*m_project);
        const int steps = m_project->undoStack()->count();
        QString error;
        AnnotationDelta outside = imported();
        outside.mentions.front().span = {0, int(m_project->sourceText(m_wire).size()) + 5};
        QVERIFY(!m_project->importAnnotations(outside, QStringLiteral("Import"), &error));
        QVERIFY(!error.isEmpty());
        AnnotationDelta nameless = imported();
        nameless.mentions.front().entity = -7;
        QVERIFY(!m_project->importAnnotations(nameless, QStringLiteral("Import"), &error));
        AnnotationDelta taken = imported();
        taken.entities.front().id = harbour->id; // an id the registry already has
        QVERIFY(!m_project->importAnnotations(taken, QStringLiteral("Import"), &error));
        QCOMPARE(state(*m_project), before);
        QCOMPARE(m_project->undoStack()->count(), steps);
    }

    void sourceRemovalTakesAndUndoGivesBack()
    {
        const qint64 e = m_project->tagNewEntity(
            m_courier, spanOf(*m_project, m_courier, QStringLiteral("Kari Nesse")),
            QStringLiteral("Kari Nesse"), 1);
        Link l;
        l.sourceA = m_wire;
        l.spanA = spanOf(*m_project, m_wire, QStringLiteral("early on Tuesday"));
        l.sourceB = m_courier;
        l.spanB = spanOf(*m_project, m_courier, QStringLiteral("early on Tuesday"));
        l.relation = Link::Relation::Corroborates;
        QString error;
        QVERIFY2(m_project->addLink(l, &error), qPrintable(error));
        const QString before = state(*m_project);
        QVERIFY(m_project->removeSources({m_courier}));
        QVERIFY(m_project->mentionsIn(m_courier).empty());
        QVERIFY(std::none_of(m_project->links().begin(), m_project->links().end(),
                             [&](const Link &x) { return x.sourceB == m_courier; }));
        QVERIFY(m_project->entity(e)); // the registry keeps the entity
        QVERIFY(m_project->undoStack()->undo());
        QCOMPARE(state(*m_project), before);
    }

    void readOnlyRefusesEdits()
    {
        Storage::OpenStatus status;
        m_project.reset();
        auto ro = Project::open(m_path, true, &status);
        QVERIFY(ro);
        QString error;
        QVERIFY(!ro->tagNewEntity(m_wire, {0, 4}, QStringLiteral("x"), 1, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(ro->undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
