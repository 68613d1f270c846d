// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// EntityListModel, LinkListModel and LinkFilterModel follow the project's annotations.
#include <core/models/annotationmodels.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

namespace {
Span spanOf(const Project &p, SourceId id, const QString &word)
{
    const int at = int(p.sourceText(id).indexOf(word));
    Q_ASSERT(at >= 0);
    return {at, at + int(word.size())};
}
} // namespace

class TestAnnotationModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void entitiesWithCountsPerSource()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("e.crosscheck")), &status);
        QVERIFY(p);
        EntityListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(p.get());
        QCOMPARE(model.rowCount(), 0);
        const SourceId wire = p->sourceAt(0).id;
        const qint64 solberg =
            p->tagNewEntity(wire, spanOf(*p, wire, QStringLiteral("Ingrid Solberg")),
                            QStringLiteral("Ingrid Solberg"), 1);
        QVERIFY(p->tagAllOccurrences(solberg) == 3);
        const qint64 berg = p->tagNewEntity(wire, spanOf(*p, wire, QStringLiteral("Tomas Berg")),
                                            QStringLiteral("Tomas Berg"), 1);
        QCOMPARE(model.rowCount(), 2);
        // Sorted by name: Ingrid Solberg first.
        QCOMPARE(model.index(0, EntityListModel::NameColumn).data().toString(),
                 QStringLiteral("Ingrid Solberg"));
        QCOMPARE(model.index(0, EntityListModel::TypeColumn).data().toString(),
                 QStringLiteral("Person"));
        QCOMPARE(model.index(0, EntityListModel::MentionsColumn).data().toInt(), 4);
        QCOMPARE(model.index(0, EntityListModel::BySourceColumn).data().toString(),
                 QStringLiteral("1: 1 · 2: 1 · 3: 1 · 5: 1"));
        QCOMPARE(model.index(1, 0).data(EntityListModel::EntityRole).toLongLong(), berg);
        QCOMPARE(model.indexOfEntity(berg).row(), 1);
        QVERIFY(p->mergeEntities(solberg, {berg}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, EntityListModel::AliasesColumn).data().toString(),
                 QStringLiteral("Tomas Berg"));
        QVERIFY(p->undoStack()->undo());
        QCOMPARE(model.rowCount(), 2);
    }

    void entityRowsUpdateInPlace()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("r.crosscheck")), &status);
        QVERIFY(p);
        EntityListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(p.get());
        const SourceId wire = p->sourceAt(0).id;
        const qint64 solberg =
            p->tagNewEntity(wire, spanOf(*p, wire, QStringLiteral("Ingrid Solberg")),
                            QStringLiteral("Ingrid Solberg"), 1);
        const qint64 berg = p->tagNewEntity(wire, spanOf(*p, wire, QStringLiteral("Tomas Berg")),
                                            QStringLiteral("Tomas Berg"), 1);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex bergRow = model.indexOfEntity(berg);
        QCOMPARE(bergRow.row(), 1);

        // More mentions: the row's figures change, nothing moves.
        QVERIFY(p->tagAllOccurrences(solberg) > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QVERIFY(model.index(0, EntityListModel::MentionsColumn).data().toInt() > 1);

        // A new entity goes in at its place by name.
        const qint64 nesse = p->tagNewEntity(
            p->sourceAt(1).id, spanOf(*p, p->sourceAt(1).id, QStringLiteral("Kari Nesse")),
            QStringLiteral("Kari Nesse"), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1); // Ingrid, Kari, Tomas
        QCOMPARE(bergRow.row(), 2);

        // A rename moves the row; the others keep their place and identity.
        Entity renamed = *p->entity(solberg);
        renamed.name = QStringLiteral("Zara Solberg");
        QVERIFY(p->editEntity(renamed));
        QCOMPARE(model.index(2, EntityListModel::NameColumn).data().toString(),
                 QStringLiteral("Zara Solberg"));
        QCOMPARE(bergRow.row(), 1);
        QCOMPARE(bergRow.data(EntityListModel::EntityRole).toLongLong(), berg);

        // A removal takes one row out, and undo brings it back.
        QVERIFY(p->removeEntity(nesse));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(bergRow.row(), 0);
        QVERIFY(p->undoStack()->undo());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.indexOfEntity(nesse).row(), 0);
        QCOMPARE(resets.count(), 0);
        QVERIFY(removed.count() >= 2);
    }

    void linkRowsUpdateInPlace()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("lr.crosscheck")), &status);
        const SourceId a = p->sourceAt(0).id, b = p->sourceAt(1).id;
        LinkListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(p.get());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Link l;
        l.sourceA = a;
        l.spanA = spanOf(*p, a, QStringLiteral("six months"));
        l.sourceB = b;
        l.spanB = spanOf(*p, b, QStringLiteral("six weeks"));
        const qint64 first = p->addLink(l);
        const qint64 second = p->addLink(l);
        QVERIFY(first && second);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.last().at(1).toInt(), 1);
        // Each side says which source it is from, numbered as the matrix numbers sources.
        QCOMPARE(model.index(0, LinkListModel::SourceAColumn).data().toString(),
                 QStringLiteral("1 · ") + p->sourceAt(0).meta.outlet);
        QCOMPARE(model.index(0, LinkListModel::SourceBColumn).data().toString(),
                 QStringLiteral("2 · ") + p->sourceAt(1).meta.outlet);
        QCOMPARE(model.index(0, LinkListModel::QuoteBColumn).data().toString(),
                 QStringLiteral("six weeks"));
        const QPersistentModelIndex secondRow = model.index(1, 0);
        Link edited = *p->link(first);
        edited.status = Link::Status::Resolved;
        QVERIFY(p->editLink(edited));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, LinkListModel::StatusColumn).data().toString(),
                 QStringLiteral("resolved"));
        QVERIFY(p->removeLink(first));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(secondRow.row(), 0);
        QCOMPARE(secondRow.data(LinkListModel::LinkRole).toLongLong(), second);
        QCOMPARE(resets.count(), 0);
    }

    void linksFilteredByRelationTypeAndStatus()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("l.crosscheck")), &status);
        const SourceId a = p->sourceAt(0).id, b = p->sourceAt(1).id;
        LinkListModel model;
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(p.get());
        LinkFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester t2(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        Link months;
        months.sourceA = a;
        months.spanA = spanOf(*p, a, QStringLiteral("six months"));
        months.sourceB = b;
        months.spanB = spanOf(*p, b, QStringLiteral("six weeks"));
        months.type = QStringLiteral("datetime");
        QVERIFY(p->addLink(months));
        Link same;
        same.sourceA = a;
        same.spanA = spanOf(*p, a, QStringLiteral("3,400 tonnes"));
        same.sourceB = b;
        same.spanB = spanOf(*p, b, QStringLiteral("3,400 tonnes"));
        same.relation = Link::Relation::Corroborates;
        same.type = QStringLiteral("number");
        same.status = Link::Status::Confirmed;
        QVERIFY(p->addLink(same));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LinkListModel::QuoteAColumn).data().toString(),
                 QStringLiteral("six months"));
        QCOMPARE(model.index(0, LinkListModel::SourceAColumn).data().toString(),
                 QStringLiteral("1 · Nordic Wire Service"));
        QCOMPARE(model.index(0, LinkListModel::TypeColumn).data().toString(),
                 QStringLiteral("date/time"));
        filter.setRelation(int(Link::Relation::Corroborates));
        QCOMPARE(filter.rowCount(), 1);
        filter.setRelation(-1);
        filter.setType(QStringLiteral("datetime"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setType({});
        filter.setStatus(int(Link::Status::Confirmed));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(LinkListModel::LinkRole).toLongLong(), p->links()[1].id);
        filter.setStatus(-1);
        QVERIFY(p->removeLink(p->links()[0].id));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationModels)
#include "tst_annotationmodels.moc"
