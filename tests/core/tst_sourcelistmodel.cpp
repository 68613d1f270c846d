// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/importers/documentimporter.h>
#include <core/models/sourcelistmodel.h>
#include <core/project/project.h>
#include <core/project/undostack.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Crosscheck::Core;

namespace {
ImportedDocument doc(const QString &title, const QString &outlet, const QString &date, int words)
{
    ImportedDocument d;
    QStringList body;
    for (int i = 0; i < words - 1; ++i)
        body << QStringLiteral("word%1").arg(i);
    d.text = title.section(u' ', 0, 0) + u'\n' + body.join(u' ') + u'.';
    d.meta.title = title;
    d.meta.outlet = outlet;
    d.meta.published = date;
    d.format = QStringLiteral("md");
    Importers::finish(d);
    return d;
}
} // namespace

class TestSourceListModel : public QObject
{
    Q_OBJECT
private slots:
    void followsProjectRowByRow()
    {
        auto project = Project::createInMemory();
        SourceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(project.get());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(SourceListModel::ColumnCount));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        project->addDocuments({doc(QStringLiteral("Beta report"), QStringLiteral("Wire"),
                                   QStringLiteral("2026-03-11"), 12),
                               doc(QStringLiteral("Alpha report"), QStringLiteral("Daily"),
                                   QStringLiteral("2026-03-10"), 3)});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(reset.count(), 0); // precise signals, never a reset per edit
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SourceListModel::TitleColumn).data().toString(),
                 QStringLiteral("Beta report"));
        QCOMPARE(model.index(0, SourceListModel::OutletColumn).data().toString(),
                 QStringLiteral("Wire"));
        QVERIFY(model.index(0, SourceListModel::WordsColumn)
                    .data(SourceListModel::SortRole)
                    .toLongLong() > model.index(1, SourceListModel::WordsColumn)
                                        .data(SourceListModel::SortRole)
                                        .toLongLong());
        QVERIFY(model.index(1, SourceListModel::DateColumn)
                    .data(SourceListModel::SortRole)
                    .toString()
                    .startsWith(QLatin1String("2026-03-10")));
        const qint64 betaId = model.index(0, 0).data(SourceListModel::SourceIdRole).toLongLong();
        QCOMPARE(model.indexOfSource(betaId).row(), 0);
        // Numbered as the matrix and the report number them: by place in the project.
        QCOMPARE(model.index(1, SourceListModel::NumberColumn).data().toInt(), 2);
        QVERIFY(!model.isColumnEmpty(SourceListModel::OutletColumn));
        QVERIFY(!model.isColumnEmpty(SourceListModel::TitleColumn));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SourceMetadata meta = project->source(betaId).meta;
        meta.title = QStringLiteral("Gamma report");
        QVERIFY(project->setSourceMetadata(betaId, meta));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.index(0, SourceListModel::TitleColumn).data().toString(),
                 QStringLiteral("Gamma report"));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(project->removeSources({betaId}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(project->undoStack()->undo());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, SourceListModel::TitleColumn).data().toString(),
                 QStringLiteral("Gamma report")); // back in its row
    }

    void saysWhichColumnsAreEmpty()
    {
        // Articles without an outlet or a date (plain text): the view hides those columns
        // until one source has one.
        auto project = Project::createInMemory();
        project->addDocuments({doc(QStringLiteral("One"), QString(), QString(), 5),
                               doc(QStringLiteral("Two"), QString(), QString(), 6)});
        SourceListModel model;
        model.setProject(project.get());
        QVERIFY(model.isColumnEmpty(SourceListModel::OutletColumn));
        QVERIFY(model.isColumnEmpty(SourceListModel::DateColumn));
        QVERIFY(!model.isColumnEmpty(SourceListModel::NumberColumn));
        const SourceId two = project->sourceAt(1).id;
        SourceMetadata meta = project->source(two).meta;
        meta.outlet = QStringLiteral("Wire");
        QVERIFY(project->setSourceMetadata(two, meta));
        QVERIFY(!model.isColumnEmpty(SourceListModel::OutletColumn));
        QVERIFY(model.isColumnEmpty(SourceListModel::DateColumn));
        QVERIFY(!model.isColumnUniform(SourceListModel::OutletColumn));
        QVERIFY(model.isColumnUniform(SourceListModel::DateColumn));
        QVERIFY(!model.isColumnUniform(SourceListModel::TitleColumn));
    }

    void sortsNaturallyThroughAProxy()
    {
        auto project = Project::createInMemory();
        project->addDocuments(
            {doc(QStringLiteral("Nine"), QStringLiteral("b"), QStringLiteral("2026-01-02"), 9),
             doc(QStringLiteral("Ten"), QStringLiteral("a"), QStringLiteral("2026-01-01"), 10)});
        SourceListModel model;
        model.setProject(project.get());
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(SourceListModel::SortRole);
        proxy.sort(SourceListModel::WordsColumn, Qt::AscendingOrder);
        // 9 before 10: numbers sort as numbers, not as text.
        QCOMPARE(proxy.index(0, SourceListModel::TitleColumn).data().toString(),
                 QStringLiteral("Nine"));
        proxy.sort(SourceListModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, SourceListModel::TitleColumn).data().toString(),
                 QStringLiteral("Ten"));
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterFixedString(QStringLiteral("nin"));
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QCOMPARE(proxy.rowCount(), 1);
        model.setProject(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSourceListModel)
#include "tst_sourcelistmodel.moc"
