// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The overlap models: passage list and its filter, source pairs, source matrix, family list.
#include <core/models/familymodels.h>
#include <core/models/overlaplistmodel.h>
#include <core/models/sourcepairmodel.h>
#include <core/project/overlapindex.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using Analysis::ReviewStatus;

class TestOverlapModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::shared_ptr<const OverlapIndex> m_index;

    static QSet<int> passagesIn(const QAbstractItemModel &m)
    {
        QSet<int> out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.insert(m.index(r, 0).data(OverlapListModel::PassageRole).toInt());
        return out;
    }

private slots:
    void initTestCase()
    {
        Storage::OpenStatus status;
        m_project = SampleProject::create(m_dir.filePath(QStringLiteral("s.crosscheck")), &status);
        QVERIFY(m_project);
        m_index = OverlapIndex::build(*m_project);
        QVERIFY(m_index->passages().size() > 20);
    }

    void listShowsEveryPassage()
    {
        OverlapListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setData(m_project.get(), m_index);
        QCOMPARE(model.rowCount(), int(m_index->passages().size()));
        QCOMPARE(model.columnCount(), int(OverlapListModel::ColumnCount));
        for (int r = 0; r < model.rowCount(); ++r) {
            const Analysis::PassagePair &p = m_index->passages()[size_t(r)];
            QCOMPARE(model.index(r, OverlapListModel::SourceAColumn).data().toString(),
                     m_project->source(p.a).meta.title);
            QCOMPARE(model.index(r, 0).data(OverlapListModel::KindRole).toString(),
                     Analysis::kindName(p.kind));
            // The excerpt is the start of the passage's text in source A.
            const QString excerpt =
                model.index(r, OverlapListModel::ExcerptColumn).data().toString();
            QVERIFY(m_project->sourceText(p.a)
                        .mid(p.spanA.start, p.spanA.length())
                        .simplified()
                        .startsWith(excerpt.left(40)));
            QCOMPARE(model.index(r, OverlapListModel::StatusColumn).data().toString(),
                     OverlapListModel::statusLabel(ReviewStatus::Unreviewed));
        }
        // A verdict shows in its row at once, and only there.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const Analysis::PassageKey key = Analysis::keyOf(m_index->passages()[3]);
        QVERIFY(m_project->setReviewStatus({key}, ReviewStatus::Confirmed));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
        QCOMPARE(model.index(3, 0).data(OverlapListModel::StatusRole).toInt(),
                 int(ReviewStatus::Confirmed));
        QVERIFY(m_project->undoStack()->undo());
        QCOMPARE(model.index(3, 0).data(OverlapListModel::StatusRole).toInt(),
                 int(ReviewStatus::Unreviewed));
    }

    void filtersBySourceKindScoreAndVerdict()
    {
        OverlapListModel model;
        model.setData(m_project.get(), m_index);
        OverlapFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), model.rowCount());

        const SourceId wire = m_project->sources().first().id;
        filter.setSourceFilter(wire);
        QSet<int> expected;
        for (size_t i = 0; i < m_index->passages().size(); ++i) {
            const auto &p = m_index->passages()[i];
            if (p.a == wire || p.b == wire)
                expected.insert(int(i));
        }
        QCOMPARE(passagesIn(filter), expected);
        filter.setSourceFilter(0);

        filter.setKindFilter(QStringLiteral("moved"));
        expected.clear();
        for (size_t i = 0; i < m_index->passages().size(); ++i) {
            if (m_index->passages()[i].moved)
                expected.insert(int(i));
        }
        QVERIFY(!expected.isEmpty()); // the sample moves its booms paragraph
        QCOMPARE(passagesIn(filter), expected);
        filter.setKindFilter(QStringLiteral("quote"));
        for (int i : passagesIn(filter))
            QCOMPARE(m_index->passages()[size_t(i)].kind, Analysis::PassageKind::Quote);
        QVERIFY(filter.rowCount() > 0);
        filter.setKindFilter({});

        filter.setMinimumScore(0.95);
        for (int i : passagesIn(filter))
            QVERIFY(m_index->passages()[size_t(i)].score >= 0.95 - 1e-9);
        QVERIFY(filter.rowCount() > 0 && filter.rowCount() < model.rowCount());
        filter.setMinimumScore(0);

        const SourceId a = m_index->pairs().front().a, b = m_index->pairs().front().b;
        filter.setPairFilter(b, a);
        QCOMPARE(filter.rowCount(), int(m_index->pairs().front().passages.size()));
        filter.setPairFilter(0, 0);

        QVERIFY(m_project->setReviewStatus({Analysis::keyOf(m_index->passages()[0])},
                                           ReviewStatus::Dismissed));
        filter.setStatusFilter(int(ReviewStatus::Dismissed));
        QCOMPARE(passagesIn(filter), QSet<int>{0});
        filter.setStatusFilter(int(ReviewStatus::Unreviewed));
        QCOMPARE(filter.rowCount(), model.rowCount() - 1);
        QVERIFY(m_project->undoStack()->undo());
        QCOMPARE(filter.rowCount(), model.rowCount());
        filter.setStatusFilter(-1);

        // Sorting by score puts the best first.
        filter.sort(OverlapListModel::ScoreColumn, Qt::DescendingOrder);
        for (int r = 1; r < filter.rowCount(); ++r)
            QVERIFY(filter.index(r - 1, 0).data(OverlapListModel::ScoreRole).toDouble() >=
                    filter.index(r, 0).data(OverlapListModel::ScoreRole).toDouble());
    }

    void sourcePairsAndMatrix()
    {
        SourcePairModel pairs;
        QAbstractItemModelTester t1(&pairs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pairs.setIndex(m_index);
        QCOMPARE(pairs.rowCount(), int(m_index->pairs().size()));
        for (int r = 0; r < pairs.rowCount(); ++r) {
            const OverlapIndex::PairSummary &p = m_index->pairs()[size_t(r)];
            QCOMPARE(pairs.index(r, SourcePairModel::PassagesColumn)
                         .data(SourcePairModel::SortRole)
                         .toInt(),
                     int(p.passages.size()));
            QCOMPARE(pairs.index(r, 0).data(SourcePairModel::ShareRole).toDouble(),
                     m_index->pairShare(p));
        }

        SourceMatrixModel matrix;
        QAbstractItemModelTester t2(&matrix,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        matrix.setIndex(m_index);
        const int n = m_project->sourceCount();
        QCOMPARE(matrix.rowCount(), n);
        QCOMPARE(matrix.columnCount(), n + 1);
        QCOMPARE(matrix.uniqueColumn(), n);
        for (int r = 0; r < n; ++r) {
            const SourceId row = m_project->sourceAt(r).id;
            QVERIFY(!matrix.index(r, r).data(SourceMatrixModel::ShareRole).isValid());
            QCOMPARE(matrix.index(r, n).data(SourceMatrixModel::ShareRole).toDouble(),
                     m_index->uniqueShare(row));
            for (int c = 0; c < n; ++c) {
                if (c == r)
                    continue;
                const SourceId col = m_project->sourceAt(c).id;
                QCOMPARE(matrix.index(r, c).data(SourceMatrixModel::ShareRole).toDouble(),
                         m_index->shareOf(row, col));
                QCOMPARE(matrix.index(r, c).data(SourceMatrixModel::RowSourceRole).toLongLong(),
                         row);
                QCOMPARE(matrix.index(r, c).data(SourceMatrixModel::ColumnSourceRole).toLongLong(),
                         col);
            }
        }
        // Rows are numbered and named by outlet; columns carry the numbers.
        QCOMPARE(matrix.headerData(0, Qt::Vertical).toString(),
                 QStringLiteral("1  ") + m_project->sourceAt(0).meta.outlet);
        QCOMPARE(matrix.headerData(1, Qt::Horizontal).toString(), QStringLiteral("2"));
        QCOMPARE(matrix.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 m_project->sourceAt(1).meta.title);
    }

    void familyList()
    {
        FamilyListModel families;
        QAbstractItemModelTester t(&families,
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
        families.setIndex(m_index);
        QCOMPARE(families.rowCount(), int(m_index->families().size()));
        QCOMPARE(families.index(0, FamilyListModel::SourcesColumn).data().toInt(), 5);
        // The wire story of 10 March is the earliest member.
        const Source *earliest = m_index->source(FamilyListModel::earliestMember(*m_index, 0));
        QVERIFY(earliest);
        QCOMPARE(earliest->meta.outlet, QStringLiteral("Nordic Wire Service"));
        QVERIFY(families.index(0, FamilyListModel::EarliestColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Nordic Wire Service")));
    }
};

QTEST_GUILESS_MAIN(TestOverlapModels)
#include "tst_overlapmodels.moc"
