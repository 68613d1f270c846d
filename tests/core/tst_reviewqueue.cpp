// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ReviewQueue: accepting as suggested, as edited (decision recorded: the item does not come
// back), in a batch above a confidence, and where a note on an item goes.
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>
#include <core/suggestions/namematcher.h>
#include <core/suggestions/reviewqueue.h>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using Annotation::ReviewItem;
using Annotation::ReviewQueue;

namespace {
const ReviewItem *firstOf(const std::vector<ReviewItem> &queue, ReviewItem::Kind kind)
{
    for (const ReviewItem &i : queue) {
        if (i.kind == kind &&
            (kind != ReviewItem::Kind::Contradiction ||
             (i.contradiction.spanA.isValid() && i.contradiction.spanB.isValid())))
            return &i;
    }
    return nullptr;
}

bool contains(const std::vector<ReviewItem> &queue, const QString &key)
{
    return std::any_of(queue.begin(), queue.end(), [&](const ReviewItem &i) {
        return (i.kind == ReviewItem::Kind::Contradiction && i.contradiction.key() == key) ||
               (i.kind == ReviewItem::Kind::Entity && i.entity.key() == key);
    });
}
} // namespace

class TestReviewQueue : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Project> sample()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(
            m_dir.filePath(QStringLiteral("r%1.crosscheck").arg(++m_files)), &status);
        if (p)
            p->setAuthor(QStringLiteral("analyst"));
        return p;
    }

private slots:
    void editedContradictionIsDecided()
    {
        auto p = sample();
        QVERIFY(p);
        const std::vector<ReviewItem> queue = ReviewQueue::build(*p);
        const ReviewItem *item = firstOf(queue, ReviewItem::Kind::Contradiction);
        QVERIFY(item);
        const QString key = item->contradiction.key();
        Annotation::ReviewEdit edit;
        edit.link = item->contradiction.toLink();
        edit.link.type = QStringLiteral("framing"); // what Retype (T) does
        edit.link.note = QStringLiteral("checked by hand");
        QVERIFY(ReviewQueue::acceptEdited(*p, *item, edit));
        QCOMPARE(p->links().size(), size_t(1));
        QCOMPARE(p->links().front().type, QStringLiteral("framing"));
        QCOMPARE(p->links().front().author, QStringLiteral("analyst"));
        QCOMPARE(p->suggestionDecision(key), QStringLiteral("accepted"));
        // Rebuilding the queue (F5) does not bring it back.
        QVERIFY(!contains(ReviewQueue::build(*p), key));
        // One undo step takes back the link and the decision.
        QVERIFY(p->undoStack()->undo());
        QVERIFY(p->links().empty());
        QVERIFY(p->suggestionDecision(key).isEmpty());
        QVERIFY(contains(ReviewQueue::build(*p), key));
    }

    void editedEntityIsDecided()
    {
        auto p = sample();
        const std::vector<ReviewItem> queue = ReviewQueue::build(*p);
        const ReviewItem *item = firstOf(queue, ReviewItem::Kind::Entity);
        QVERIFY(item);
        Annotation::ReviewEdit edit;
        edit.name = QStringLiteral("Renamed by the analyst");
        edit.type = ReviewQueue::typeId(*p, QStringLiteral("Organization"));
        QVERIFY(ReviewQueue::acceptEdited(*p, *item, edit));
        QCOMPARE(p->entities().size(), 1);
        QCOMPARE(p->entities().cbegin()->name, QStringLiteral("Renamed by the analyst"));
        QCOMPARE(p->suggestionDecision(item->entity.key()), QStringLiteral("accepted"));
        QVERIFY(!contains(ReviewQueue::build(*p), item->entity.key()));
        // An empty side cannot be recorded, and nothing is decided.
        ReviewItem broken = *firstOf(queue, ReviewItem::Kind::Contradiction);
        Annotation::ReviewEdit none;
        none.link = broken.contradiction.toLink();
        none.link.spanB = {};
        QString error;
        QVERIFY(!ReviewQueue::acceptEdited(*p, broken, none, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(p->suggestionDecision(broken.contradiction.key()).isEmpty());
    }

    void acceptAboveIsOneStep()
    {
        auto p = sample();
        Annotation::SuggestionBatch batch;
        const Annotation::Suggester suggester(*p);
        batch.entities = suggester.entities();
        batch.contradictions = suggester.contradictions();
        const double threshold = 0.6;
        int expectedMentions = 0;
        for (const auto &e : batch.entities)
            expectedMentions += e.confidence + 1e-9 >= threshold;
        QVERIFY(expectedMentions > 0);
        QVERIFY(expectedMentions < int(batch.entities.size())); // some stay below
        const int stepsBefore = p->undoStack()->count();
        Annotation::BatchOutcome outcome;
        QVERIFY(ReviewQueue::acceptAbove(*p, batch, threshold, &outcome));
        QCOMPARE(outcome.mentions, expectedMentions);
        QCOMPARE(int(p->mentions().size()), expectedMentions);
        QCOMPARE(p->undoStack()->count(), stepsBefore + 1);
        for (const Mention &m : p->mentions()) {
            QCOMPARE(m.author, QStringLiteral("analyst (batch)"));
            QCOMPARE(m.origin, QStringLiteral("batch"));
        }
        QCOMPARE(p->author(), QStringLiteral("analyst")); // restored afterwards
        for (const auto &e : batch.entities) {
            const bool above = e.confidence + 1e-9 >= threshold;
            QCOMPARE(p->suggestionDecision(e.key()).isEmpty(), !above);
        }
        QVERIFY(p->undoStack()->undo());
        QVERIFY(p->mentions().empty());
        QVERIFY(p->entities().isEmpty());
    }

    void oneNamesOccurrencesFollowEachOther()
    {
        auto p = sample();
        const std::vector<ReviewItem> queue = ReviewQueue::build(*p);
        // Each name's occurrences in one run, the run where its most confident one ranks.
        QSet<QString> closed;
        QString open;
        double lastHead = 2;
        int repeated = 0;
        QSet<QString> single; // every other item is a group of its own
        for (const ReviewItem &i : queue) {
            QVERIFY(!i.group.isEmpty());
            if (i.kind != ReviewItem::Kind::Entity) {
                QVERIFY2(!single.contains(i.group), qPrintable(i.group));
                single.insert(i.group);
                continue;
            }
            if (i.group == open) {
                ++repeated;
                continue;
            }
            QVERIFY2(!closed.contains(i.group), qPrintable(i.group));
            closed.insert(open);
            open = i.group;
            QVERIFY(i.confidence <= lastHead); // groups in the order of their best
            lastHead = i.confidence;
        }
        QVERIFY(repeated > 0); // the sample suggests some name more than once
        // Same name: the same words folded, as the same type.
        const auto head = std::find_if(queue.begin(), queue.end(), [&](const ReviewItem &i) {
            return i.kind == ReviewItem::Kind::Entity && ReviewQueue::sameName(queue, i).size() > 1;
        });
        QVERIFY(head != queue.end());
        for (const ReviewItem &i : ReviewQueue::sameName(queue, *head)) {
            QCOMPARE(i.entity.typeName, head->entity.typeName);
            QCOMPARE(Annotation::NameMatcher().fold(i.entity.text),
                     Annotation::NameMatcher().fold(head->entity.text));
        }
    }

    void everySuggestionOfATypeIsOneStep()
    {
        auto p = sample();
        const std::vector<ReviewItem> queue = ReviewQueue::build(*p);
        const ReviewItem *entity = firstOf(queue, ReviewItem::Kind::Entity);
        QVERIFY(entity);
        const std::vector<ReviewItem> type = ReviewQueue::sameType(queue, *entity);
        QVERIFY(type.size() > ReviewQueue::sameName(queue, *entity).size());
        for (const ReviewItem &i : type)
            QCOMPARE(i.entity.typeName, entity->entity.typeName);
        const size_t mentions = p->mentions().size();
        const int steps = p->undoStack()->count();
        QString error;
        QVERIFY2(ReviewQueue::acceptAll(*p, type, &error), qPrintable(error));
        QCOMPARE(p->undoStack()->count(), steps + 1);
        QCOMPARE(p->mentions().size(), mentions + type.size());
        for (const ReviewItem &i : ReviewQueue::build(*p))
            QVERIFY(i.kind != ReviewItem::Kind::Entity ||
                    i.entity.typeName != entity->entity.typeName ||
                    !contains(type, i.entity.key()));
        QVERIFY(p->undoStack()->undo());
        QCOMPARE(p->mentions().size(), mentions);
        QCOMPARE(ReviewQueue::build(*p).size(), queue.size());
        // Rejecting them all is one step too, and they do not come back.
        QVERIFY2(ReviewQueue::rejectAll(*p, type, &error), qPrintable(error));
        QCOMPARE(p->mentions().size(), mentions);
        for (const ReviewItem &i : ReviewQueue::build(*p))
            QVERIFY(i.kind != ReviewItem::Kind::Entity || !contains(type, i.entity.key()));
    }

    void noteTargets()
    {
        auto p = sample();
        const std::vector<ReviewItem> queue = ReviewQueue::build(*p);
        const ReviewItem *entity = firstOf(queue, ReviewItem::Kind::Entity);
        Note n = ReviewQueue::noteTarget(*p, *entity);
        QCOMPARE(n.target, Note::Target::Span);
        QCOMPARE(n.source, entity->entity.source);
        QVERIFY(n.span == entity->entity.span);
        const ReviewItem *passage = firstOf(queue, ReviewItem::Kind::Passage);
        QVERIFY(passage);
        n = ReviewQueue::noteTarget(*p, *passage);
        QCOMPARE(n.source, p->passages()[size_t(passage->passage)].a);
        ReviewItem oneSided = *firstOf(queue, ReviewItem::Kind::Contradiction);
        oneSided.contradiction.spanA = {};
        n = ReviewQueue::noteTarget(*p, oneSided);
        QCOMPARE(n.source, oneSided.contradiction.sourceB);
        QVERIFY(n.span == oneSided.contradiction.spanB);
        ReviewItem merge;
        merge.kind = ReviewItem::Kind::Merge;
        merge.merge.entities = {7, 9};
        n = ReviewQueue::noteTarget(*p, merge);
        QCOMPARE(n.target, Note::Target::Entity);
        QCOMPARE(n.entity, qint64(7));
    }
};

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "tst_reviewqueue.moc"
