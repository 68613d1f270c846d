// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: quoting, formula injection neutralised, BOM on request, code-point offsets.
#include <core/formats/csvexport.h>
#include <core/importers/documentimporter.h>
#include <core/project/project.h>

#include <QTest>

using namespace Crosscheck::Core;
using Formats::Csv;

class TestCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void cells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << "Kyiv"
                               << "Kyiv";
        QTest::newRow("comma") << "Berg, Tomas"
                               << "\"Berg, Tomas\"";
        QTest::newRow("quote") << "said \"no\""
                               << "\"said \"\"no\"\"\"";
        QTest::newRow("newline") << "a\nb"
                                 << "\"a\nb\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"x\")"
                                   << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("formula +") << "+1"
                                   << "\"'+1\"";
        QTest::newRow("formula -") << "-2+3"
                                   << "\"'-2+3\"";
        QTest::newRow("formula @") << "@SUM(A1)"
                                   << "\"'@SUM(A1)\"";
        QTest::newRow("tab") << "\tx"
                             << "\"'\tx\"";
        QTest::newRow("carriage return") << "\rx"
                                         << "\"'\rx\"";
        QTest::newRow("inside is fine") << "a=b"
                                        << "a=b";
    }
    void cells()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(Csv::cell(value), cell);
    }

    void mentionsAndLinks()
    {
        auto p = Project::createInMemory();
        ImportedDocument d;
        d.text = QStringLiteral("🚢 =cmd Kari Nesse spoke. Later =cmd said no.");
        d.meta.title = QStringLiteral("=danger");
        d.format = QStringLiteral("txt");
        Importers::finish(d);
        p->addDocuments({d});
        const SourceId id = p->sourceAt(0).id;
        const int at = int(p->sourceText(id).indexOf(QStringLiteral("=cmd Kari")));
        QVERIFY(p->tagNewEntity(id, {at, at + 4}, QStringLiteral("=cmd"), 7));
        Link l;
        l.sourceA = l.sourceB = id;
        l.spanA = {at, at + 14};
        const int later = int(p->sourceText(id).indexOf(QStringLiteral("Later")));
        l.spanB = {later, later + 5};
        l.note = QStringLiteral("+1, \"check\"");
        QVERIFY(p->addLink(l));
        const QByteArray plain = Csv::mentions(*p, false);
        QVERIFY(!plain.startsWith("\xEF\xBB\xBF"));
        QVERIFY(Csv::mentions(*p, true).startsWith("\xEF\xBB\xBF"));
        const QStringList rows =
            QString::fromUtf8(plain).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QVERIFY(
            rows[0].startsWith(QStringLiteral("source,source_title,start,end,text,entity,type")));
        // The title and the entity name cannot run as formulas; offsets count code points.
        QVERIFY(rows[1].contains(QStringLiteral("\"'=danger\"")));
        QVERIFY(rows[1].contains(QStringLiteral(",2,6,\"'=cmd\",\"'=cmd\",Other,")));
        const QString links = QString::fromUtf8(Csv::links(*p, false));
        QVERIFY(links.contains(QStringLiteral("\"'+1, \"\"check\"\"\"")));
        QVERIFY(links.contains(QStringLiteral("contradicts,other,2,open,")));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
