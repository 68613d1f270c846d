// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/importers/documentimporter.h>
#include <core/util/appinit.h>

#include <QFile>
#include <QTest>

#include <unicode/ucnv.h>

using namespace Crosscheck::Core;

namespace {
QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(CROSSCHECK_TEST_DATA "/html/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT
private slots:
    void articleTextWithoutBoilerplate()
    {
        const QByteArray html = readData(QStringLiteral("boilerplate.html"));
        const ImportedDocument doc = HtmlImporter().parse(html);
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        QCOMPARE(doc.text,
                 QStringLiteral("Brand im Hafen gelöscht\n\n"
                                "Die Feuerwehr hat den Brand in der Nacht gelöscht.\n\n"
                                "Ein Sprecher sagte: „Niemand wurde verletzt.“\n\nZweite Zeile.\n\n"
                                "Punkt eins\n\nPunkt zwei"));
        for (const char *junk : {"script text", "color:red", "Navigation", "cookies", "Teilen",
                                 "Foto", "hidden text", "Mehr zum Thema", "Impressum"})
            QVERIFY2(!doc.text.contains(QLatin1String(junk)), junk);
        QCOMPARE(doc.meta.title,
                 QStringLiteral(
                     "Brand im Hafen gelöscht")); // the h1; <title> minus outlet is the fallback
        QCOMPARE(doc.meta.outlet, QStringLiteral("Wiener Blatt"));
        QCOMPARE(doc.meta.author, QStringLiteral("Anna Huber"));
        QCOMPARE(doc.meta.published, QStringLiteral("2026-05-01T08:00:00Z"));
        QCOMPARE(doc.meta.url, QStringLiteral("https://blatt.example/brand"));
        QCOMPARE(doc.meta.language, QStringLiteral("de"));
    }

    void jsonLdMetadataWins()
    {
        const QByteArray html = readData(QStringLiteral("jsonld.html"));
        const ImportedDocument doc = HtmlImporter().parse(html);
        QCOMPARE(doc.meta.title, QStringLiteral("JSON-LD headline"));
        QCOMPARE(doc.meta.author, QStringLiteral("Jane Roe, John Doe"));
        QCOMPARE(doc.meta.published, QStringLiteral("2026-02-08"));
        QCOMPARE(doc.meta.outlet, QStringLiteral("Daily Example"));
        QCOMPARE(doc.meta.language, QStringLiteral("en"));
        QCOMPARE(doc.text, QStringLiteral("Body text of the article."));
    }

    void titleTagWithoutOutletSuffix()
    {
        const QByteArray html = "<html><head><title>Harbour fire | Coast News</title>"
                                "<meta property=\"og:site_name\" content=\"Coast News\"></head>"
                                "<body><p>Text.</p></body></html>";
        QCOMPARE(HtmlImporter().parse(html).meta.title, QStringLiteral("Harbour fire"));
    }

    void declaredLegacyCharset()
    {
        const QString body = QStringLiteral("Київ заявив про переговори.");
        UErrorCode status = U_ZERO_ERROR;
        UConverter *conv = ucnv_open("windows-1251", &status);
        QByteArray encoded(256, '\0');
        encoded.resize(ucnv_fromUChars(conv, encoded.data(), 256,
                                       reinterpret_cast<const UChar *>(body.utf16()),
                                       int32_t(body.size()), &status));
        ucnv_close(conv);
        const QByteArray html = "<html><head><meta http-equiv=\"Content-Type\" "
                                "content=\"text/html; charset=windows-1251\">"
                                "</head><body><p>" +
                                encoded + "</p></body></html>";
        const ImportedDocument doc = HtmlImporter().parse(html);
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        QCOMPARE(doc.text, body);
        QCOMPARE(doc.encoding, QStringLiteral("windows-1251"));
    }

    void pageWithoutTextIsRefused()
    {
        const ImportedDocument doc =
            HtmlImporter().parse("<html><body><script>x()</script><nav>menu</nav></body></html>");
        QVERIFY(!doc.error.isEmpty());
    }

    void sampleCourierKeepsOriginalBytes()
    {
        ensureResources();
        const ImportedDocument doc =
            Importers().importFile(QStringLiteral(":/crosscheck/sample/02-lindhaven-courier.html"));
        QVERIFY2(doc.isValid(), qPrintable(doc.error));
        QCOMPARE(doc.meta.outlet, QStringLiteral("Lindhaven Courier"));
        QVERIFY(doc.text.startsWith(QLatin1String("Tanker aground on Skarv reef")));
        QVERIFY(doc.text.contains(QStringLiteral("Sandvær")));
        QVERIFY(!doc.text.contains(QLatin1String("tracking")));
        QVERIFY(!doc.text.contains(QLatin1String("By Erik Haug")));
        QVERIFY(!doc.text.contains(QLatin1String("newsletter")));
        QVERIFY(!doc.original.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
