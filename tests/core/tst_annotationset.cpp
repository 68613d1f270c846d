// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// AnnotationSet: the in-memory registry as a plain value (no project file), and
// AnnotationChange, what an edit tells the models.
#include <core/project/annotationset.h>

#include <QTest>

using namespace Crosscheck::Core;

namespace {
Mention mention(qint64 id, SourceId source, int start, int end, qint64 entity)
{
    Mention m;
    m.id = id;
    m.source = source;
    m.span = {start, end};
    m.entity = entity;
    return m;
}

/// Two types, two entities, four mentions in two sources, a link and notes on each target.
AnnotationSet stored()
{
    AnnotationDelta rows;
    rows.types = {{3, QStringLiteral("Place"), QStringLiteral("#00aa00"), 0, 2},
                  {1, QStringLiteral("Person"), QStringLiteral("#aa0000"), 0, 1}};
    rows.entities = {{10, QStringLiteral("Ingrid Solberg"), 1, {}, {}, {}},
                     {12, QStringLiteral("Oslo"), 3, {}, {}, {}}};
    rows.mentions = {mention(7, 2, 40, 44, 12), mention(5, 1, 0, 14, 10), mention(6, 1, 20, 24, 12),
                     mention(8, 1, 22, 30, 10)};
    Link l;
    l.id = 4;
    l.sourceA = 1;
    l.spanA = {0, 14};
    l.sourceB = 2;
    l.spanB = {40, 44};
    rows.links = {l};
    Note onLink;
    onLink.id = 9;
    onLink.target = Note::Target::Link;
    onLink.link = 4;
    onLink.text = QStringLiteral("check the date");
    Note onSpan;
    onSpan.id = 2;
    onSpan.target = Note::Target::Span;
    onSpan.source = 2;
    onSpan.span = {40, 44};
    onSpan.text = QStringLiteral("spelling");
    rows.notes = {onLink, onSpan};
    rows.decisions = {{QStringLiteral("e:1"), QStringLiteral("rejected")}};
    AnnotationSet set;
    set.load(rows);
    return set;
}
} // namespace

class TestAnnotationSet : public QObject
{
    Q_OBJECT
private slots:
    void loadOrdersRowsAndContinuesIds()
    {
        AnnotationSet set = stored();
        QCOMPARE(set.types().front().name, QStringLiteral("Person")); // by position
        QCOMPARE(set.mentions().size(), size_t(4));
        QCOMPARE(set.mentions().front().id, 5); // by source, then start
        QCOMPARE(set.mentions().back().id, 7);
        QCOMPARE(set.notes().front().id, 2); // by id
        QCOMPARE(set.decision(QStringLiteral("e:1")), QStringLiteral("rejected"));
        QCOMPARE(set.newTypeId(), 4);
        QCOMPARE(set.newEntityId(), 13);
        QCOMPARE(set.newMentionId(), 9);
        QCOMPARE(set.newLinkId(), 5);
        QCOMPARE(set.newNoteId(), 10);
    }

    void lookups()
    {
        const AnnotationSet set = stored();
        QCOMPARE(set.entity(12)->name, QStringLiteral("Oslo"));
        QVERIFY(!set.entity(11));
        QCOMPARE(set.type(3)->name, QStringLiteral("Place"));
        QCOMPARE(set.link(4)->sourceB, 2);
        QVERIFY(!set.link(3));
        QVERIFY(!set.link(5));
        QCOMPARE(set.mentionsIn(1).size(), size_t(3));
        QCOMPARE(set.mentionsOf(12).size(), size_t(2));
        // 22 lies in "20-24" and "22-30": the later one by position wins; ends count.
        QCOMPARE(set.mentionAt(1, 22)->id, 8);
        QCOMPARE(set.mentionAt(1, 14)->id, 5);
        QVERIFY(!set.mentionAt(1, 17));
        QCOMPARE(set.mentionsOverlapping(1, {14, 20}), (QVector<qint64>{5, 6}));
        QCOMPARE(set.noteOn(Note::Target::Link, 0, {}, 0, 4)->id, 9);
        QCOMPARE(set.noteOn(Note::Target::Span, 2, {40, 44}, 0, 0)->id, 2);
        QVERIFY(!set.noteOn(Note::Target::Span, 2, {40, 45}, 0, 0));
        // What goes with source 1: its mentions, the link that touches it and the link's note.
        const AnnotationDelta of1 = set.ofSource(1);
        QCOMPARE(of1.mentions.size(), size_t(3));
        QCOMPARE(of1.links.size(), size_t(1));
        QCOMPARE(of1.notes.size(), size_t(1));
        QCOMPARE(of1.notes.front().id, 9);
    }

    void newRowsGetIdsAndReferencesFollow()
    {
        AnnotationSet set = stored();
        AnnotationDelta added;
        EntityType event;
        event.id = -1;
        event.name = QStringLiteral("Event");
        EntityType summit;
        summit.id = -2;
        summit.parent = -1;
        added.types = {event, summit};
        Entity talks;
        talks.id = -1;
        talks.type = -2;
        Entity bergen;
        bergen.id = -2;
        bergen.type = 3; // a type already stored stays as it is
        added.entities = {talks, bergen};
        added.mentions = {mention(0, 1, 50, 55, -1), mention(0, 2, 0, 6, -2),
                          mention(0, 2, 8, 12, 10)};
        Link l;
        l.id = -1;
        added.links = {l};
        Note onLink;
        onLink.target = Note::Target::Link;
        onLink.link = -1;
        Note onEntity;
        onEntity.target = Note::Target::Entity;
        onEntity.entity = -2;
        added.notes = {onLink, onEntity};
        set.assignIds(added);
        QCOMPARE(added.types[0].id, 4);
        QCOMPARE(added.types[1].id, 5);
        QCOMPARE(added.types[1].parent, 4);
        QCOMPARE(added.entities[0].id, 13);
        QCOMPARE(added.entities[0].type, 5);
        QCOMPARE(added.entities[1].id, 14);
        QCOMPARE(added.entities[1].type, 3);
        QCOMPARE(added.mentions[0].id, 9);
        QCOMPARE(added.mentions[0].entity, 13);
        QCOMPARE(added.mentions[1].entity, 14);
        QCOMPARE(added.mentions[2].id, 11);
        QCOMPARE(added.mentions[2].entity, 10);
        QCOMPARE(added.links[0].id, 5);
        QCOMPARE(added.notes[0].id, 10);
        QCOMPARE(added.notes[0].link, 5);
        QCOMPARE(added.notes[1].entity, 14);
        // Rows with ids of their own keep them.
        AnnotationDelta again = added;
        set.assignIds(again);
        QCOMPARE(again.mentions[0].id, 9);
        QCOMPARE(again.links[0].id, 5);
    }

    void applyWritesAndRemoves()
    {
        AnnotationSet set = stored();
        AnnotationDelta before;
        before.mentions = {*set.mention(6)};
        before.decisions = {{QStringLiteral("e:1"), QStringLiteral("rejected")}};
        Mention moved = *set.mention(6);
        moved.span = {60, 64};
        AnnotationDelta after;
        after.mentions = {moved, mention(20, 1, 1, 3, 12)};
        after.decisions = {{QStringLiteral("m:2"), QStringLiteral("accepted")}};
        set.apply(before, after);
        QCOMPARE(set.mentions().size(), size_t(5));
        QCOMPARE(set.mention(6)->span, Span(60, 64));
        QCOMPARE(set.mentionsIn(1).front().id, 5);
        QCOMPARE(set.mentionsIn(1).at(1).id, 20); // kept in order of position
        QCOMPARE(set.mentionsIn(1).back().id, 6);
        QVERIFY(set.decision(QStringLiteral("e:1")).isEmpty());
        QCOMPARE(set.decision(QStringLiteral("m:2")), QStringLiteral("accepted"));
        // The reverse edit restores what there was.
        set.apply(after, before);
        QCOMPARE(set.mentions().size(), size_t(4));
        QCOMPARE(set.mention(6)->span, Span(20, 24));
        QCOMPARE(set.decision(QStringLiteral("e:1")), QStringLiteral("rejected"));
        QVERIFY(set.decision(QStringLiteral("m:2")).isEmpty());
    }

    void removedRowsAreThoseNotWrittenAgain()
    {
        const AnnotationSet set = stored();
        AnnotationDelta remove;
        remove.mentions = {*set.mention(5), *set.mention(6)};
        remove.decisions = {{QStringLiteral("e:1"), QStringLiteral("rejected")},
                            {QStringLiteral("e:2"), QStringLiteral("accepted")}};
        AnnotationDelta write;
        write.mentions = {*set.mention(6)};
        write.decisions = {{QStringLiteral("e:2"), {}}};
        const AnnotationDelta gone = AnnotationSet::removedRows(remove, write);
        QCOMPARE(gone.mentions.size(), size_t(1));
        QCOMPARE(gone.mentions.front().id, 5);
        QCOMPARE(gone.decisions.size(), size_t(1));
        QCOMPARE(gone.decisions.front().key, QStringLiteral("e:1"));
    }

    void setAsideDropsWhatDoesNotFit()
    {
        AnnotationSet set = stored();
        // Source 2 is gone: its mention, the link to it and its span note are set aside.
        const AnnotationSet::SetAside gone = set.setAside([](SourceId s, Span) { return s == 1; },
                                                          [](SourceId s) { return s == 1; });
        QCOMPARE(gone.mentions, 1);
        QCOMPARE(gone.links, 1);
        QCOMPARE(gone.notes, 1);
        QCOMPARE(set.mentions().size(), size_t(3));
        QVERIFY(set.links().empty());
    }

    void changeSaysWhatWasTouched()
    {
        const AnnotationSet set = stored();
        AnnotationDelta remove;
        remove.mentions = {*set.mention(7)};
        AnnotationDelta write;
        write.entities = {*set.entity(10)};
        write.links = {*set.link(4)};
        const AnnotationChange c = AnnotationChange::of(remove, write);
        QVERIFY(c.has(AnnotationChange::Mentions));
        QVERIFY(c.has(AnnotationChange::Entities));
        QVERIFY(c.has(AnnotationChange::Links));
        QVERIFY(!c.has(AnnotationChange::Types));
        QVERIFY(!c.has(AnnotationChange::Notes));
        QCOMPARE(c.entities, (QSet<qint64>{10, 12})); // 12: its mention went
        QCOMPARE(c.links, QSet<qint64>{4});
        QCOMPARE(c.sources, (QSet<SourceId>{1, 2}));
        QVERIFY(AnnotationChange::of({}, {}).kinds == AnnotationChange::Kinds());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationSet)
#include "tst_annotationset.moc"
