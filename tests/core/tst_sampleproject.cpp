// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sample project is the demo for every later feature and their test data: check that what
// was planted in it is there.
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

class TestSampleProject : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QHash<QString, QString> m_text; // outlet -> text

    QString paragraph(const QString &outlet, int index) const
    {
        return m_text.value(outlet).split(QStringLiteral("\n\n")).value(index);
    }

private slots:
    void initTestCase()
    {
        Storage::OpenStatus status;
        QStringList problems;
        m_project = SampleProject::create(m_dir.filePath(QStringLiteral("sample.crosscheck")),
                                          &status, &problems);
        QVERIFY2(m_project, qPrintable(status.message));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        for (const Source &s : m_project->sources())
            m_text.insert(s.meta.outlet, m_project->sourceText(s.id));
    }

    void fiveSourcesWithMetadata()
    {
        QCOMPARE(m_project->sourceCount(), 5);
        QCOMPARE(m_project->undoStack()->count(), 0); // a clean history to start from
        QStringList outlets;
        for (const Source &s : m_project->sources()) {
            outlets << s.meta.outlet;
            QVERIFY(!s.meta.title.isEmpty());
            QVERIFY(!s.meta.published.isEmpty());
            QVERIFY(!s.meta.author.isEmpty());
            QCOMPARE(s.meta.language, QStringLiteral("en"));
        }
        QCOMPARE(
            outlets,
            QStringList({QStringLiteral("Nordic Wire Service"), QStringLiteral("Lindhaven Courier"),
                         QStringLiteral("The Maritime Ledger"), QStringLiteral("Coastal Daily"),
                         QStringLiteral("EuroBrief")}));
    }

    void verbatimEditedAndMovedPassages()
    {
        const QString wire = QStringLiteral("Nordic Wire Service");
        const QString courier = QStringLiteral("Lindhaven Courier");
        // Verbatim wire copy (the wire's dateline aside).
        const QString lead = paragraph(wire, 1).section(QStringLiteral(" - "), 1);
        QCOMPARE(paragraph(courier, 1), lead);
        QCOMPARE(paragraph(courier, 2), paragraph(wire, 2));
        // The booms paragraph moved: fourth in the wire, last in the Courier.
        QCOMPARE(m_text.value(courier).split(QStringLiteral("\n\n")).last(), paragraph(wire, 4));
        // Lightly edited copy in Coastal Daily: same sentence, one phrase changed.
        QString edited = lead;
        edited.replace(QStringLiteral("early on Tuesday"), QStringLiteral("late on Monday"));
        QVERIFY(m_text.value(QStringLiteral("Coastal Daily")).contains(edited));
    }

    void contradictionsArePlanted_data()
    {
        QTest::addColumn<QString>("outletA");
        QTest::addColumn<QString>("claimA");
        QTest::addColumn<QString>("outletB");
        QTest::addColumn<QString>("claimB");
        QTest::newRow("number: tonnes") << "Nordic Wire Service"
                                        << "about 120 tonnes"
                                        << "The Maritime Ledger"
                                        << "some 1,200 tonnes";
        QTest::newRow("number: crew") << "Nordic Wire Service"
                                      << "All 21 crew"
                                      << "The Maritime Ledger"
                                      << "all 19 crew";
        QTest::newRow("date") << "Nordic Wire Service"
                              << "early on Tuesday"
                              << "Coastal Daily"
                              << "late on Monday";
        QTest::newRow("attribution") << "Nordic Wire Service"
                                     << "weeks,\" harbour master Ingrid Solberg told"
                                     << "Coastal Daily"
                                     << "weeks,\" environment minister Tomas Berg told";
        QTest::newRow("time frame") << "Nordic Wire Service"
                                    << "within six months"
                                    << "Lindhaven Courier"
                                    << "within six weeks";
        QTest::newRow("cause") << "Nordic Wire Service"
                               << "failure of the steering gear"
                               << "EuroBrief"
                               << "human error";
        QTest::newRow("quote drift")
            << "Nordic Wire Service"
            << "\"We have contained the worst of it, but the clean-up will take months, not "
               "weeks,\""
            << "Coastal Daily"
            << "\"We've contained the worst of it, but cleaning up will take months, not weeks,\"";
    }
    void contradictionsArePlanted()
    {
        QFETCH(QString, outletA);
        QFETCH(QString, claimA);
        QFETCH(QString, outletB);
        QFETCH(QString, claimB);
        QVERIFY2(m_text.value(outletA).contains(claimA), qPrintable(claimA));
        QVERIFY2(m_text.value(outletB).contains(claimB), qPrintable(claimB));
        QVERIFY(!m_text.value(outletB).contains(claimA));
    }
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
