// EntityListModel, LinkListModel and LinkFilterModel follow the project's annotations.
#include <core/models/annotationmodels.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>

#include <QAbstractItemModelTester>
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
        QVERIFY(model.index(0, LinkListModel::QuoteAColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("six months — Nordic Wire Service")));
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
