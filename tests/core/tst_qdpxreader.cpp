// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading REFI-QDA files without a project: the archive and its one .qde, the element tree,
// source texts inline or in the archive, line ends, and malformed or hostile input.
#include <core/formats/qdpx/qdpxreader.h>
#include <core/util/ziparchive.h>

#include <QTest>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Formats::QdpxXml;

namespace {
QByteArray qde(const QByteArray &sources)
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">"
           "<Sources>" +
           sources + "</Sources></Project>";
}

QByteArray zipOf(const std::vector<ZipArchive::Entry> &entries)
{
    QString error;
    const QByteArray bytes = ZipArchive::create(entries, &error);
    Q_ASSERT(!bytes.isEmpty());
    return bytes;
}
} // namespace

class TestQdpxReader : public QObject
{
    Q_OBJECT
private slots:
    void bareQdeWithInlineText()
    {
        Package p;
        QString error;
        QVERIFY2(p.read(qde("<TextSource guid=\"a\" name=\"one\"><PlainTextContent>Hello "
                            "&amp; bye</PlainTextContent></TextSource>"),
                        &error),
                 qPrintable(error));
        const Node *source = p.root()->child("Sources")->child("TextSource");
        QVERIFY(source);
        QCOMPARE(source->attr("name"), QStringLiteral("one"));
        QString why;
        QCOMPARE(p.sourceText(source, &why).value_or(QString()), QStringLiteral("Hello & bye"));
        // A bare .qde cannot point into an archive.
        QVERIFY(p.read(qde("<TextSource guid=\"b\" plainTextPath=\"internal://b.txt\"/>"), &error));
        QVERIFY(!p.sourceText(p.root()->child("Sources")->child("TextSource"), &why));
        QVERIFY(why.contains(QLatin1String("bare .qde")));
    }

    void archiveTextsInAnyCaseOfSources()
    {
        const QByteArray bytes =
            zipOf({{QStringLiteral("project.qde"),
                    qde("<TextSource guid=\"a\" plainTextPath=\"internal://a.txt\"/>"
                        "<TextSource guid=\"b\" plainTextPath=\"internal://gone.txt\"/>"
                        "<TextSource guid=\"c\" plainTextPath=\"file:///etc/passwd\"/>")},
                   {QStringLiteral("Sources/a.txt"), QByteArray("Line one\r\nLine two")}});
        Package p;
        QString error;
        QVERIFY2(p.read(bytes, &error), qPrintable(error));
        const std::vector<const Node *> sources = p.root()->child("Sources")->all("TextSource");
        QCOMPARE(sources.size(), size_t(3));
        QString why;
        QCOMPARE(p.sourceText(sources[0], &why).value_or(QString()),
                 QStringLiteral("Line one\r\nLine two"));
        QVERIFY(!p.sourceText(sources[1], &why));
        QVERIFY(why.contains(QLatin1String("gone.txt")));
        QVERIFY(!p.sourceText(sources[2], &why)); // never read from outside the archive
        QVERIFY(why.contains(QLatin1String("outside the archive")));
    }

    void archivesWithoutOneQde_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("no .qde") << zipOf({{QStringLiteral("a.txt"), QByteArray("x")}})
                                 << QStringLiteral("no .qde");
        QTest::newRow("two .qde") << zipOf({{QStringLiteral("a.qde"), qde({})},
                                            {QStringLiteral("b.qde"), qde({})}})
                                  << QStringLiteral("several .qde");
        QTest::newRow("not a zip")
            << QByteArray("PK\x03\x04 truncated") << QStringLiteral("not a readable .qdpx");
    }
    void archivesWithoutOneQde()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        Package p;
        QString error;
        QVERIFY(!p.read(bytes, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void malformedXml_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("damaged project.qde");
        QTest::newRow("unclosed") << QByteArray(
                                         "<Project xmlns=\"urn:QDA-XML:project:1.0\"><Sources>")
                                  << QStringLiteral("damaged project.qde");
        QTest::newRow("wrong root")
            << QByteArray("<html><body/></html>") << QStringLiteral("its root element is “html”");
        QTest::newRow("foreign namespace")
            << QByteArray("<Project xmlns=\"urn:example\"/>") << QStringLiteral("root element");
        QByteArray deep = "<Project xmlns=\"urn:QDA-XML:project:1.0\">";
        for (int i = 0; i < kMaxXmlDepth + 5; ++i)
            deep += "<Code>";
        QTest::newRow("too deep") << deep << QStringLiteral("levels deep");
    }
    void malformedXml()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        Package p;
        QString error;
        QVERIFY(!p.read(bytes, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!p.root());
    }

    void normalisedTextMapsCodePoints()
    {
        // A BOM goes, CRLF and CR become LF, and positions count code points of the original.
        const NormalisedText n(QStringLiteral("\uFEFFa\r\nb\rc🙂d"));
        QCOMPARE(n.text, QStringLiteral("a\nb\nc🙂d"));
        // Original code points: BOM a CR LF b CR c 🙂 d -> 9, plus the end.
        QCOMPARE(n.at.size(), size_t(10));
        QCOMPARE(n.at[1], 0);                  // a
        QCOMPARE(n.at[2], 1);                  // CR -> the LF
        QCOMPARE(n.at[3], 1);                  // the LF of the CRLF: the same LF
        QCOMPARE(n.at[4], 2);                  // b
        QCOMPARE(n.at[7], 5);                  // 🙂 (UTF-16 offset)
        QCOMPARE(n.at[8], 7);                  // d, after the surrogate pair
        QCOMPARE(n.at[9], int(n.text.size())); // the end
    }

    void helpers()
    {
        QVERIFY(isHexColor(QStringLiteral("#a1B2c3")));
        QVERIFY(isHexColor(QStringLiteral("#abc")));
        QVERIFY(!isHexColor(QStringLiteral("red")));
        QVERIFY(!isHexColor(QStringLiteral("#abcd")));
        const QString q = shortQuote(QString(100, u'x') + QStringLiteral("\n y"));
        QCOMPARE(q.size(), 80);
        QVERIFY(q.endsWith(QChar(0x2026)));
        QCOMPARE(shortQuote(QStringLiteral(" a \n b ")), QStringLiteral("a b"));
    }
};

QTEST_GUILESS_MAIN(TestQdpxReader)
#include "tst_qdpxreader.moc"
