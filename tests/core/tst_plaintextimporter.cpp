// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/importers/documentimporter.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

class TestPlainTextImporter : public QObject
{
    Q_OBJECT
private slots:
    void title_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::newRow("headline first line")
            << QStringLiteral(
                   "Tanker runs aground off Lindhaven\nThe tanker ran aground early on Tuesday.")
            << QStringLiteral("Tanker runs aground off Lindhaven");
        QTest::newRow("headline with comma inside")
            << QStringLiteral("US President Trump Hints at Direct Talks with Putin, Aims to End "
                              "Ukraine Conflict\nBody.")
            << QStringLiteral("US President Trump Hints at Direct Talks with Putin, Aims to End "
                              "Ukraine Conflict");
        QTest::newRow("question headline")
            << QStringLiteral("Will the talks succeed?\nNobody knows.")
            << QStringLiteral("Will the talks succeed?");
        QTest::newRow("leading blank lines") << QStringLiteral("\n\n  Fire at the port  \nText.")
                                             << QStringLiteral("Fire at the port");
        QTest::newRow("body paragraph: first sentence, shortened")
            << QStringLiteral("U.S. President Donald Trump has reportedly engaged in a phone "
                              "conversation with Russian President Vladimir Putin regarding the "
                              "resolution of the ongoing conflict in Ukraine. More.")
            << QStringLiteral("U.S. President Donald Trump has reportedly engaged in a phone "
                              "conversation with…");
        QTest::newRow("short body sentence kept whole")
            << QStringLiteral("The fire is out. Crews stay overnight to watch for embers.")
            << QStringLiteral("The fire is out.");
        QTest::newRow("quote ending in full stop is a sentence")
            << QStringLiteral("“We will end this war,” Trump said.\nMore.")
            << QStringLiteral("“We will end this war,” Trump said.");
    }
    void title()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QCOMPARE(PlainTextImporter::titleFromText(text), title);
    }

    void lineEndsNormalisedAndBomDropped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crlf.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFHeadline here\r\nFirst line.\r\nSecond line.\r\n\r\n");
        f.close();
        const ImportedDocument doc = Importers().importFile(path);
        QVERIFY2(doc.isValid(), qPrintable(doc.error));
        QCOMPARE(doc.text, QStringLiteral("Headline here\nFirst line.\nSecond line."));
        QCOMPARE(doc.meta.title, QStringLiteral("Headline here"));
        QCOMPARE(doc.format, QStringLiteral("txt"));
        QCOMPARE(doc.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(doc.wordCount, 6);
        QCOMPARE(doc.meta.language, QString()); // too little text to tell
        QCOMPARE(doc.fileName, QStringLiteral("crlf.txt"));
        QCOMPARE(doc.contentHash.size(), 64);
    }

    void pastedText()
    {
        const ImportedDocument doc = Importers().importText(
            QStringLiteral("Pasted headline\nThe minister said that the talks were over."));
        QVERIFY(doc.isValid());
        QCOMPARE(doc.format, QStringLiteral("clipboard"));
        QCOMPARE(doc.meta.title, QStringLiteral("Pasted headline"));
        QVERIFY(!Importers().importText(QStringLiteral("   \n ")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPlainTextImporter)
#include "tst_plaintextimporter.moc"
