// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// REFI-QDA: the exported project.qde validates against the QDA-XML schema; export -> import into
// a new project gives the same sources, entities, mentions, links and notes back; the vendor
// samples import with a report of what could not be mapped; bad archives are refused whole.
#include "annotatedsample.h"

#include <core/formats/qdpx/qdpx.h>
#include <core/importers/documentimporter.h>
#include <core/project/undostack.h>
#include <core/util/ziparchive.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Crosscheck::Core;
using Formats::Qdpx;

namespace {
/// Everything recorded, independent of ids and of the project it lives in.
QStringList recorded(const Project &p)
{
    QStringList out;
    for (const Source &s : p.sources())
        out << QStringLiteral("S %1 %2 %3 %4")
                   .arg(s.contentHash, s.meta.outlet, s.meta.url, s.meta.published);
    for (const Entity &e : p.entities())
        out << QStringLiteral("E %1 %2 [%3]")
                   .arg(e.name, p.entityType(e.type)->name, e.aliases.join(u','));
    for (const Mention &m : p.mentions())
        out << QStringLiteral("M %1 %2-%3 %4")
                   .arg(p.source(m.source).contentHash)
                   .arg(m.span.start)
                   .arg(m.span.end)
                   .arg(p.entity(m.entity)->name);
    for (const Link &l : p.links())
        out << QStringLiteral("L %1 %2-%3 %4 %5-%6 %7 %8 %9 %10")
                   .arg(p.source(l.sourceA).contentHash)
                   .arg(l.spanA.start)
                   .arg(l.spanA.end)
                   .arg(p.source(l.sourceB).contentHash)
                   .arg(l.spanB.start)
                   .arg(l.spanB.end)
                   .arg(Link::relationName(l.relation), l.type, Link::statusName(l.status))
                   .arg(l.severity);
    for (const Note &n : p.notes()) {
        QString target = Note::targetName(n.target);
        if (n.target == Note::Target::Source || n.target == Note::Target::Span)
            target += u' ' + p.source(n.source).contentHash +
                      QStringLiteral(" %1-%2").arg(n.span.start).arg(n.span.end);
        if (n.target == Note::Target::Entity)
            target += u' ' + p.entity(n.entity)->name;
        if (n.target == Note::Target::Link)
            target += QStringLiteral(" %1").arg(p.link(n.link)->spanA.start);
        out << QStringLiteral("N %1: %2").arg(target, n.text);
    }
    out.sort();
    return out;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestQdpx : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const QString m_samples = QStringLiteral(CROSSCHECK_SHARED_DIR "/schemas/refi-qda/samples");

private slots:
    void archiveHoldsProjectAndTexts()
    {
        auto p = TestData::annotatedSample(m_dir.filePath(QStringLiteral("a.crosscheck")));
        QString error;
        const QByteArray zip = Qdpx::archive(*p, &error);
        QVERIFY2(!zip.isEmpty(), qPrintable(error));
        ZipArchive archive(zip);
        QVERIFY(archive.isOpen());
        const QStringList names = archive.names();
        QCOMPARE(names.size(), 1 + p->sourceCount());
        QCOMPARE(names.first(), QStringLiteral("project.qde"));
        // Every source's text is in sources/, byte for byte, under the path the .qde names.
        const QByteArray qde = archive.read(QStringLiteral("project.qde"), 1 << 24);
        QXmlStreamReader xml(qde);
        int texts = 0;
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (xml.isStartElement() && xml.name() == QLatin1String("TextSource")) {
                const QString path =
                    xml.attributes().value(QStringLiteral("plainTextPath")).toString();
                QVERIFY(path.startsWith(QLatin1String("internal://")));
                const QByteArray text =
                    archive.read(QStringLiteral("sources/") + path.mid(11), 1 << 24);
                QCOMPARE(text, p->sourceText(p->sourceAt(texts).id).toUtf8());
                ++texts;
            }
            if (xml.isStartElement())
                continue;
            xml.readNext();
        }
        QCOMPARE(texts, p->sourceCount());
        // Exporting twice gives the same project file (stable GUIDs).
        QCOMPARE(Qdpx::projectXml(*p), qde);
    }

    void validatesAgainstTheSchema()
    {
        const QString xsd =
            QStringLiteral(CROSSCHECK_SHARED_DIR "/schemas/refi-qda/schema/Project.xsd");
        if (!QFileInfo::exists(xsd))
            QSKIP("../shared/schemas/refi-qda is not beside the project");
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint is not installed (Debian: libxml2-utils)");
        auto p = TestData::annotatedSample(m_dir.filePath(QStringLiteral("v.crosscheck")));
        const QString qde = m_dir.filePath(QStringLiteral("project.qde"));
        QFile f(qde);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Qdpx::projectXml(*p));
        f.close();
        QProcess lint;
        lint.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, qde});
        QVERIFY(lint.waitForFinished(60000));
        const QByteArray out = lint.readAllStandardError();
        QVERIFY2(lint.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("validates"), out.constData());
    }

    void roundTripGivesTheSameAnnotations()
    {
        auto p = TestData::annotatedSample(m_dir.filePath(QStringLiteral("r.crosscheck")));
        QString error;
        const QByteArray zip = Qdpx::archive(*p, &error);
        Storage::OpenStatus status;
        auto fresh = Project::create(m_dir.filePath(QStringLiteral("r2.crosscheck")), &status);
        Qdpx::ImportReport report;
        QVERIFY2(Qdpx::import(*fresh, zip, &report, &error), qPrintable(error));
        QVERIFY2(report.notMapped.isEmpty(), qPrintable(report.notMapped.join(u'\n')));
        QCOMPARE(report.sources, p->sourceCount());
        QCOMPARE(report.mentions, int(p->mentions().size()));
        QCOMPARE(report.links, 2);
        // The link's own note field travels as part of the link in W3C; in REFI-QDA it is a
        // note on the link, so compare without it.
        QCOMPARE(recorded(*fresh), recorded(*p));
        // Sources one step, annotations a second: undo takes the annotations away first.
        QVERIFY(fresh->undoStack()->canUndo());
        fresh->undoStack()->undo();
        QVERIFY(fresh->mentions().empty());
        QCOMPARE(fresh->sourceCount(), p->sourceCount());
    }

    void customLinkTypesSurviveTheRoundTrip()
    {
        // A link of a type of the analyst's own: its code is defined in the CodeBook (no
        // dangling CodeRef), and re-import gives the link that type again.
        auto p = TestData::annotatedSample(m_dir.filePath(QStringLiteral("c.crosscheck")));
        Link l;
        l.sourceA = p->sourceAt(0).id;
        l.spanA = {0, 5};
        l.sourceB = p->sourceAt(1).id;
        l.spanB = {0, 5};
        l.type = QStringLiteral("casualty count");
        QVERIFY(p->addLink(l));
        QString error;
        const QByteArray zip = Qdpx::archive(*p, &error);
        QVERIFY2(!zip.isEmpty(), qPrintable(error));
        const QString qde = QString::fromUtf8(Qdpx::projectXml(*p));
        QSet<QString> defined, referenced;
        static const QRegularExpression code(QStringLiteral("<Code guid=\"([^\"]+)\""));
        static const QRegularExpression ref(QStringLiteral("<CodeRef targetGUID=\"([^\"]+)\""));
        for (auto it = code.globalMatch(qde); it.hasNext();)
            defined.insert(it.next().captured(1));
        for (auto it = ref.globalMatch(qde); it.hasNext();)
            referenced.insert(it.next().captured(1));
        QVERIFY(!referenced.isEmpty());
        QVERIFY2((referenced - defined).isEmpty(), "a CodeRef names a code never defined");
        Storage::OpenStatus status;
        auto fresh = Project::create(m_dir.filePath(QStringLiteral("c2.crosscheck")), &status);
        Qdpx::ImportReport report;
        QVERIFY2(Qdpx::import(*fresh, zip, &report, &error), qPrintable(error));
        QCOMPARE(recorded(*fresh), recorded(*p));
    }

    void offsetsCountCodePoints()
    {
        auto p = TestData::emojiProject();
        QVERIFY(p && p->mentions().size() == 1);
        const QString qde = QString::fromUtf8(Qdpx::projectXml(*p));
        QVERIFY2(qde.contains(QLatin1String("startPosition=\"19\" endPosition=\"29\"")),
                 qPrintable(qde));
        QString error;
        auto fresh = Project::createInMemory();
        QVERIFY(Qdpx::import(*fresh, Qdpx::archive(*p, &error), nullptr, &error));
        QCOMPARE(fresh->mentions().size(), size_t(1));
        const Mention &m = fresh->mentions().front();
        QCOMPARE(fresh->sourceText(m.source).mid(m.span.start, m.span.length()),
                 QStringLiteral("Kari Nesse"));
    }

    void crlfTextsMapToStoredOffsets()
    {
        // A vendor's text with CRLF line ends and a BOM: positions count its characters, and
        // Crosscheck stores LF only; the mention must still cover the same words.
        const QString text = QStringLiteral("\uFEFFLine one.\r\nLine two names Kari Nesse.\r\n");
        const int start = int(text.indexOf(QLatin1String("Kari"))); // BMP only: code points
        const QByteArray qde =
            QStringLiteral(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\">"
                "<CodeBook><Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" "
                "name=\"Kari Nesse\" isCodable=\"true\"/></Codes></CodeBook>"
                "<Sources><TextSource guid=\"22222222-2222-2222-2222-222222222222\" name=\"t.txt\">"
                "<PlainTextContent>%1</PlainTextContent>"
                "<PlainTextSelection guid=\"33333333-3333-3333-3333-333333333333\" "
                "startPosition=\"%2\" endPosition=\"%3\"><Coding "
                "guid=\"44444444-4444-4444-4444-444444444444\"><CodeRef "
                "targetGUID=\"11111111-1111-1111-1111-111111111111\"/></Coding>"
                "</PlainTextSelection></TextSource></Sources></Project>")
                .arg(text.toHtmlEscaped().replace(QStringLiteral("\r"), QStringLiteral("&#13;")))
                .arg(start)
                .arg(start + 10)
                .toUtf8();
        auto p = Project::createInMemory();
        Qdpx::ImportReport report;
        QString error;
        QVERIFY2(Qdpx::import(*p, qde, &report, &error), qPrintable(error));
        QVERIFY2(report.mentions == 1, qPrintable(report.notMapped.join(u'\n')));
        const Mention &m = p->mentions().front();
        QCOMPARE(p->sourceText(m.source).mid(m.span.start, m.span.length()),
                 QStringLiteral("Kari Nesse"));
        QCOMPARE(p->entity(m.entity)->name, QStringLiteral("Kari Nesse"));
        QCOMPARE(p->entityType(p->entity(m.entity)->type)->name, QStringLiteral("Other"));
    }

    void importsTheVendorSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("sources");
        QTest::addColumn<int>("entities");
        QTest::addColumn<int>("mentions");
        QTest::addColumn<QString>("reported");
        QTest::newRow("ATLAS.ti 23 blank")
            << "atlasti-23.2-blank-project.ponte.qdpx" << 0 << 0 << 0 << QString();
        QTest::newRow("ATLAS.ti 23 codes only")
            << "atlasti-23.2-target-project.ponte.qdpx" << 0 << 3 << 0 << QString();
        // Project.qde (capital P); sources/ is empty, so the texts that live there are reported.
        QTest::newRow("ATLAS.ti 8.4 standard")
            << "atlasti-8.4-standard-project.skyloom.qdpx" << 0 << 14 << 0
            << QStringLiteral("is missing from the archive");
        QTest::newRow("bare .qde") << "atlasti-8.4-standard-project.skyloom.qde" << 0 << 14 << 0
                                   << QStringLiteral("a bare .qde was given");
    }
    void importsTheVendorSamples()
    {
        QFETCH(QString, file);
        QFETCH(int, sources);
        QFETCH(int, entities);
        QFETCH(int, mentions);
        QFETCH(QString, reported);
        const QString path = m_samples + u'/' + file;
        if (!QFileInfo::exists(path))
            QSKIP("../shared/schemas/refi-qda/samples is not beside the project");
        auto p = Project::createInMemory();
        Qdpx::ImportReport report;
        QString error;
        QVERIFY2(Qdpx::import(*p, readFile(path), &report, &error), qPrintable(error));
        QCOMPARE(report.sources, sources);
        QCOMPARE(p->sourceCount(), sources);
        QCOMPARE(report.entities, entities);
        QCOMPARE(int(p->entities().size()), entities);
        QCOMPARE(report.mentions, mentions);
        if (!reported.isEmpty()) {
            QVERIFY2(report.notMapped.join(u'\n').contains(reported),
                     qPrintable(report.notMapped.join(u'\n')));
        }
        qInfo().noquote() << file
                          << QStringLiteral("not mapped:\n  ") +
                                 report.notMapped.join(QStringLiteral("\n  "));
    }

    void refusesWhatIsNotAProject()
    {
        auto p = Project::createInMemory();
        QString error;
        QVERIFY(!Qdpx::import(*p, "PK\x03\x04 not really a zip", nullptr, &error));
        QVERIFY2(error.contains(QLatin1String(".qdpx")), qPrintable(error));
        QVERIFY(!Qdpx::import(*p, "<html><body>hi</body></html>", nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("REFI-QDA")), qPrintable(error));
        QVERIFY(!Qdpx::import(*p, "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources>",
                              nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
        // Two project files: which one is meant cannot be told.
        const QByteArray two =
            ZipArchive::create({{QStringLiteral("a.qde"), QByteArray("<Project/>")},
                                {QStringLiteral("b.qde"), QByteArray("<Project/>")}},
                               &error);
        QVERIFY(!Qdpx::import(*p, two, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("several")), qPrintable(error));
        QCOMPARE(p->sourceCount(), 0);
        QVERIFY(!p->undoStack()->canUndo());
        // Only into an empty project.
        auto full = TestData::annotatedSample(m_dir.filePath(QStringLiteral("f.crosscheck")));
        QVERIFY(!Qdpx::import(*full, Qdpx::archive(*full, &error), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("empty")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestQdpx)
#include "tst_qdpx.moc"
