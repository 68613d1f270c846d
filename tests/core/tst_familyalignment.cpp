// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// FamilyAlignment and FamilyAlignmentModel: an N-way alignment of one passage family.
#include <core/analysis/familyalignment.h>
#include <core/models/familymodels.h>
#include <core/project/overlapindex.h>
#include <core/text/tokenizer.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Crosscheck::Core;
using Analysis::Family;
using Analysis::FamilyAlignment;

class TestFamilyAlignment : public QObject
{
    Q_OBJECT
private:
    QHash<SourceId, QString> m_texts{
        {1, QStringLiteral("The tanker ran aground early on Tuesday.")},
        {2, QStringLiteral("The tanker ran aground late on Monday.")},
        {3, QStringLiteral("The tanker ran aground early on Tuesday near Lindhaven.")},
    };
    Family family() const
    {
        Family f;
        for (SourceId id : {1, 2, 3})
            f.members.push_back({id, {0, int(m_texts.value(id).size())}});
        return f;
    }

private slots:
    void alignsToTheMemberThatContainsTheOthers()
    {
        Text::Tokenizer tokenizer({QStringLiteral("en"), false});
        const FamilyAlignment a = FamilyAlignment::compute(
            family(), [this](int64_t id) { return m_texts.value(id); }, tokenizer);
        QCOMPARE(a.rows.size(), size_t(3));
        QCOMPARE(a.pivot, 2); // "… near Lindhaven" carries every word of the first
        QCOMPARE(a.columns, 9);
        for (const FamilyAlignment::Row &r : a.rows)
            QCOMPARE(r.cells.size(), size_t(a.columns));
        QCOMPARE(a.rows[0].containment, (5.0 / 7 + 7.0 / 9) / 2);
        // Column 4 is "early": same in the first, "late" in the second.
        QCOMPARE(a.rows[2].cells[4].text, QStringLiteral("early"));
        QCOMPARE(a.rows[0].cells[4].kind, FamilyAlignment::Cell::Same);
        QCOMPARE(a.rows[1].cells[4].kind, FamilyAlignment::Cell::Changed);
        QCOMPARE(a.rows[1].cells[4].text, QStringLiteral("late"));
        // Cells point back into their source text.
        const FamilyAlignment::Cell &late = a.rows[1].cells[4];
        QCOMPARE(m_texts.value(2).mid(late.span.start, late.span.length()), QStringLiteral("late"));
        QCOMPARE(a.rows[0].cells[7].kind, FamilyAlignment::Cell::Missing); // "near"
        QCOMPARE(a.differingColumns(), (std::vector<int>{4, 6, 7, 8}));
        const std::vector<FamilyAlignment::Segment> segments = a.segments();
        QCOMPARE(segments.size(), size_t(4));
        QVERIFY(segments[0].agreement);
        QCOMPARE(segments[0].last, 3);
        QVERIFY(!segments[1].agreement);
        QVERIFY(segments[2].agreement);
        QCOMPARE(segments[3].first, 6);
        QCOMPARE(segments[3].last, 8);
    }

    void wordsThePivotLacksGetColumnsOfTheirOwn()
    {
        const QHash<SourceId, QString> texts{
            {1, QStringLiteral("Officials said on Monday the spill was contained.")},
            {2, QStringLiteral("Officials said the spill was largely contained.")},
            {3, QStringLiteral("Officials said on Monday the spill was contained.")}};
        Family f;
        for (SourceId id : {1, 2, 3})
            f.members.push_back({id, {0, int(texts.value(id).size())}});
        Text::Tokenizer tokenizer({QStringLiteral("en"), false});
        const FamilyAlignment a = FamilyAlignment::compute(
            f, [&](int64_t id) { return texts.value(id); }, tokenizer);
        QCOMPARE(a.pivot, 0); // carries every word of the third and most of the second
        QCOMPARE(a.columns, 9);
        QCOMPARE(a.rows[1].cells[7].kind, FamilyAlignment::Cell::Extra);
        QCOMPARE(a.rows[1].cells[7].text, QStringLiteral("largely"));
        QCOMPARE(a.rows[0].cells[7].kind, FamilyAlignment::Cell::Empty);
        QCOMPARE(a.rows[1].cells[2].kind, FamilyAlignment::Cell::Missing);
        QCOMPARE(a.rows[1].cells[2].text, QStringLiteral("on"));
        QCOMPARE(a.rows[2].cells[8].kind, FamilyAlignment::Cell::Same);
    }

    void modelReadsTopToBottom()
    {
        Text::Tokenizer tokenizer({QStringLiteral("en"), false});
        QVector<Source> sources;
        for (SourceId id : {1, 2, 3}) {
            Source s;
            s.id = id;
            s.meta.title = QStringLiteral("Article %1").arg(id);
            s.meta.outlet = QStringLiteral("Outlet %1").arg(id);
            s.meta.published = QStringLiteral("2026-03-1%1").arg(id);
            sources << s;
        }
        const auto index =
            OverlapIndex::build(sources, {}, [this](SourceId id) { return m_texts.value(id); });
        FamilyAlignmentModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAlignment(
            index, FamilyAlignment::compute(
                       family(), [this](int64_t id) { return m_texts.value(id); }, tokenizer));
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.variationRows(), (std::vector<int>{1, 3}));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("The tanker ran aground"));
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("late"));
        QCOMPARE(model.index(1, 1).data(FamilyAlignmentModel::CellKindRole).toInt(),
                 int(FamilyAlignmentModel::Changed));
        QCOMPARE(model.index(1, 0).data(FamilyAlignmentModel::CellKindRole).toInt(),
                 int(FamilyAlignmentModel::Same));
        QCOMPARE(model.index(3, 1).data().toString(), QStringLiteral("Monday"));
        QCOMPARE(model.index(3, 2).data().toString(), QStringLiteral("Tuesday near Lindhaven"));
        QVERIFY(model.headerData(2, Qt::Horizontal).toString().startsWith(QStringLiteral("★")));
        QVERIFY(
            model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("Outlet 2")));
        QVERIFY(
            model.headerData(1, Qt::Horizontal).toString().contains(QStringLiteral("2026-03-12")));
        model.setAlignment(index, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFamilyAlignment)
#include "tst_familyalignment.moc"
