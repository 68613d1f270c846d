// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst report: every value from the project escaped and nothing loaded from elsewhere in
// the HTML; the PDF has the pages the layout says and the text a reader needs (pdftotext).
#include "annotatedsample.h"

#include <core/formats/exporter.h>
#include <core/formats/report.h>
#include <core/importers/documentimporter.h>
#include <core/project/overlapindex.h>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using Formats::Report;

class TestReport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    /// The annotated sample plus a source whose every field tries to inject markup.
    std::unique_ptr<Project> hostileProject(const QString &name)
    {
        auto p = TestData::annotatedSample(m_dir.filePath(name));
        ImportedDocument d;
        d.format = QStringLiteral("txt");
        d.text = QStringLiteral("The <script>alert('text')</script> harbour master Ingrid "
                                "Solberg said =cmd|' /C calc'!A0 nothing more.");
        d.meta.title = QStringLiteral("<script>alert('title')</script>");
        d.meta.outlet = QStringLiteral("\"><img src=x onerror=alert(1)>");
        d.meta.url = QStringLiteral("javascript:alert('url')");
        d.meta.published = QStringLiteral("2026-03-13");
        Importers::finish(d);
        p->addDocuments({d});
        const SourceId id = p->sourceAt(p->sourceCount() - 1).id;
        p->tagNewEntity(id, TestData::spanOf(*p, id, QStringLiteral("<script>")),
                        QStringLiteral("<b>Bold</b> & co"), 2);
        Link l;
        l.sourceA = p->sourceAt(0).id;
        l.spanA = TestData::spanOf(*p, l.sourceA, QStringLiteral("Ingrid Solberg"));
        l.sourceB = id;
        l.spanB = TestData::spanOf(*p, id, QStringLiteral("<script>alert('text')</script>"));
        l.type = QStringLiteral("attribution");
        l.note = QStringLiteral("<iframe src=\"https://evil.example/\"></iframe>");
        p->addLink(l);
        return p;
    }

private slots:
    void htmlEscapesEverythingAndLoadsNothing()
    {
        auto p = hostileProject(QStringLiteral("h.crosscheck"));
        Report::Options o;
        const QString html = QString::fromUtf8(Report::html(Report::build(*p, o)));
        for (const char *raw : {"<script", "<img src=x", "<iframe", "<b>Bold", "href=\"javascript"})
            QVERIFY2(!html.contains(QLatin1String(raw)), raw);
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(&#x27;title&#x27;)")) ||
                html.contains(QLatin1String("&lt;script&gt;alert('title')")));
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;Bold&lt;/b&gt; &amp; co")));
        QVERIFY(html.contains(QLatin1String("&lt;iframe src=&quot;https://evil.example/&quot;")));
        // Self-contained: pictures are data: URIs, a CSP forbids any load, links are http(s).
        QVERIFY(html.contains(QLatin1String("Content-Security-Policy")));
        const QRegularExpression src(QStringLiteral("src=\"([^\"]*)\""));
        int pictures = 0;
        for (auto it = src.globalMatch(html); it.hasNext();) {
            QVERIFY(it.next().captured(1).startsWith(QLatin1String("data:image/png;base64,")));
            ++pictures;
        }
        QCOMPARE(pictures, 2); // the timeline and the heat map
        const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
        for (auto it = href.globalMatch(html); it.hasNext();)
            QVERIFY(it.next().captured(1).startsWith(QLatin1String("https://")));
    }

    void htmlHasWhatAnalystsLookFor()
    {
        auto p = TestData::annotatedSample(m_dir.filePath(QStringLiteral("c.crosscheck")));
        Report::Options o;
        const QString html = QString::fromUtf8(Report::html(Report::build(*p, o)));
        // Both quotes of the contradiction side by side in one row, with type and status.
        const QRegularExpression row(
            QStringLiteral("<td class=\"quote\">[^<]* <b>within six months</b>\\.</td><td "
                           "class=\"quote\">[^<]* <b>within six weeks</b>\\. "));
        QVERIFY(row.match(html).hasMatch());
        QVERIFY(html.contains(QStringLiteral("datetime · major · confirmed")));
        QVERIFY(html.contains(QLatin1String("Which deadline did the board give?")));
        QVERIFY(html.contains(QLatin1String("Ask the harbour authority.")));
        // Entity index: Ingrid Solberg with her count per source (1 in each of four sources).
        const QRegularExpression solberg(
            QStringLiteral("<td>Ingrid Solberg</td><td>Person</td><td></td><td "
                           "class=\"num\">(\\d+)</td>"));
        const auto m = solberg.match(html);
        QVERIFY(m.hasMatch());
        int expected = 0;
        for (const Mention &mention : p->mentions())
            expected += p->entity(mention.entity)->name == QLatin1String("Ingrid Solberg");
        QCOMPARE(m.captured(1).toInt(), expected);
        // The family of five with its likely origin column.
        QVERIFY(html.contains(QLatin1String("<td>F1</td>")));
        QVERIFY(html.contains(QLatin1String("Likely origin")));
    }

    void picturesShowTheData()
    {
        auto p = TestData::annotatedSample(m_dir.filePath(QStringLiteral("p.crosscheck")));
        const auto index = OverlapIndex::build(*p);
        const QImage map = Report::heatMap(*index, 40);
        QVERIFY(!map.isNull());
        const QImage few = Report::heatMap(*index, 3);
        QVERIFY(few.height() < map.height()); // fewer rows when capped
        const QImage timeline = Report::timeline(*p);
        QVERIFY(!timeline.isNull());
        // A project without dates has no timeline (the report then leaves it out).
        auto undated = Project::createInMemory();
        ImportedDocument d;
        d.format = QStringLiteral("txt");
        d.text = QStringLiteral("No date here at all.");
        Importers::finish(d);
        undated->addDocuments({d});
        QVERIFY(Report::timeline(*undated).isNull());
    }

    void pdfHasPagesAndText()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
        if (pdftotext.isEmpty() || pdfinfo.isEmpty())
            QSKIP("pdftotext/pdfinfo are not installed (Debian: poppler-utils)");
        auto p = TestData::annotatedSample(m_dir.filePath(QStringLiteral("d.crosscheck")));
        Report::Options o;
        int pages = 0;
        const QByteArray pdf = Report::pdf(Report::build(*p, o), QStringLiteral("Test"), &pages);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY2(pages >= 2, QByteArray::number(pages).constData());
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(Formats::saveFile(path, pdf, nullptr));
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(30000));
        const QString infoText = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
        QCOMPARE(pagesLine.match(infoText).captured(1).toInt(), pages);
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        for (const char *expected :
             {"Sources", "Timeline of publication", "Source overlap", "Passage families",
              "Contradictions", "Corroborations", "Entity index", "within six months",
              "within six weeks", "Which deadline did the board give?", "Ingrid Solberg",
              "Baltic Meridian Shipping", "Nordic Wire Service"})
            QVERIFY2(body.contains(QLatin1String(expected)), expected);
        QVERIFY(body.contains(QStringLiteral("page %1 of %1").arg(pages)));
    }

    void exportWritesFilesAtomically()
    {
        auto p = TestData::annotatedSample(m_dir.filePath(QStringLiteral("w.crosscheck")));
        QString error;
        const QString html = m_dir.filePath(QStringLiteral("r.html"));
        QVERIFY2(Formats::write(*p, Formats::Format::Html, html, {}, &error), qPrintable(error));
        QVERIFY(QFileInfo(html).size() > 1000);
        // Cancelling through the progress callback writes nothing.
        Formats::Options cancel;
        int calls = 0;
        cancel.progress = [&](int done, int) { return ++calls, done < 3; };
        const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QVERIFY(!Formats::write(*p, Formats::Format::Pdf, pdf, cancel, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(calls >= 3);
        QVERIFY(!QFileInfo::exists(pdf));
        // A folder that cannot be written: a clear error, nothing half-written.
        QVERIFY(!Formats::write(*p, Formats::Format::Pdf,
                                QStringLiteral("/proc/no/such/report.pdf"), {}, &error));
        QVERIFY(error.contains(QLatin1String("report.pdf")));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
