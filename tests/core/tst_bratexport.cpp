// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// brat standoff export: text-bound spans in code points reproduce the text (checked with
// ../shared/tools/check_brat.py), normalisations, relations, notes, the configuration and the
// cross-source link file.
#include <core/formats/bratexport.h>
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using Formats::Brat;

namespace {
Span spanOf(const Project &p, SourceId id, const QString &word)
{
    const int at = int(p.sourceText(id).indexOf(word));
    Q_ASSERT(at >= 0);
    return {at, at + int(word.size())};
}

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestBratExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void typeNames()
    {
        QCOMPARE(Brat::typeName(QStringLiteral("Date/Time")), QStringLiteral("Date-Time"));
        QCOMPARE(Brat::typeName(QStringLiteral("Person")), QStringLiteral("Person"));
        QCOMPARE(Brat::typeName(QStringLiteral("Armed group")), QStringLiteral("Armed-group"));
    }

    void writesStandoffThatReproducesTheText()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("b.crosscheck")), &status);
        // One more source with emoji and a line break inside a tagged span.
        ImportedDocument d;
        d.text = QStringLiteral("🚢🚢 Harbour master Ingrid\nSolberg spoke. Later she said no.");
        d.meta.title = QStringLiteral("Emoji");
        d.fileName = QStringLiteral("emoji.txt");
        d.format = QStringLiteral("txt");
        Importers::finish(d);
        p->addDocuments({d});
        const SourceId wire = p->sourceAt(0).id, courier = p->sourceAt(1).id;
        const SourceId emoji = p->sourceAt(5).id;
        const qint64 solberg =
            p->tagNewEntity(wire, spanOf(*p, wire, QStringLiteral("Ingrid Solberg")),
                            QStringLiteral("Ingrid Solberg"), 1);
        QVERIFY(solberg);
        QVERIFY(
            p->tagMention(emoji, spanOf(*p, emoji, QStringLiteral("Ingrid\nSolberg")), solberg));
        const qint64 vessel =
            p->addEntityType(QStringLiteral("Vessel"), QStringLiteral("#882255"), 7);
        QVERIFY(p->tagNewEntity(wire, spanOf(*p, wire, QStringLiteral("Corvina")),
                                QStringLiteral("Corvina"), vessel));
        Link cross;
        cross.sourceA = wire;
        cross.spanA = spanOf(*p, wire, QStringLiteral("within six months"));
        cross.sourceB = courier;
        cross.spanB = spanOf(*p, courier, QStringLiteral("within six weeks"));
        cross.type = QStringLiteral("datetime");
        cross.note = QStringLiteral("Which deadline?");
        QVERIFY(p->addLink(cross));
        Link same;
        same.sourceA = same.sourceB = emoji;
        same.spanA = spanOf(*p, emoji, QStringLiteral("spoke"));
        same.spanB = spanOf(*p, emoji, QStringLiteral("said no"));
        same.relation = Link::Relation::Corroborates;
        QVERIFY(p->addLink(same));
        Note n;
        n.target = Note::Target::Span;
        n.source = wire;
        n.span = spanOf(*p, wire, QStringLiteral("Ingrid Solberg"));
        n.text = QStringLiteral("Harbour master\tsince 2019"); // a tab: flattened
        QVERIFY(p->setNote(n));

        const QString out = m_dir.filePath(QStringLiteral("brat"));
        QString error;
        QVERIFY2(Brat::write(*p, out, &error), qPrintable(error));
        const QString emojiAnn = read(out + QStringLiteral("/emoji.ann"));
        // Code points: two emoji, a space and "Harbour master " -> 18; the line break splits it.
        QVERIFY2(emojiAnn.contains(QStringLiteral("T1\tPerson 18 24;25 32\tIngrid Solberg")),
                 qPrintable(emojiAnn));
        QVERIFY(emojiAnn.contains(
            QStringLiteral("N1\tReference T1 crosscheck:E%1\tIngrid Solberg").arg(solberg)));
        QVERIFY(emojiAnn.contains(QStringLiteral("\tCorroborates Arg1:T")));
        QCOMPARE(read(out + QStringLiteral("/emoji.txt")), d.text);
        const QString wireAnn = read(out + QStringLiteral("/01-nordic-wire.ann"));
        QVERIFY(wireAnn.contains(QStringLiteral("\tVessel ")));
        // Mentions in text order: "Corvina" is T1, "Ingrid Solberg" T2 (with the note).
        QVERIFY2(wireAnn.contains(QStringLiteral("AnnotatorNotes T2\tHarbour master since 2019")),
                 qPrintable(wireAnn));
        const QString conf = read(out + QStringLiteral("/annotation.conf"));
        QVERIFY(conf.contains(QStringLiteral("[entities]\nPerson\n")));
        QVERIFY(conf.contains(QStringLiteral("Other\n\tVessel\n"))); // nested under Other
        QVERIFY(conf.contains(QStringLiteral("Date-Time")));
        QVERIFY(conf.contains(QStringLiteral("Contradicts\tArg1:Passage, Arg2:Passage")));
        const QStringList cross2 =
            read(out + QStringLiteral("/cross-source-links.tsv")).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(cross2.size(), 2);
        QVERIFY(cross2[1].startsWith(
            QStringLiteral("Contradicts\tdatetime\topen\t2\t01-nordic-wire\tT")));
        QVERIFY(cross2[1].contains(QStringLiteral("\t02-lindhaven-courier\tT")));

        const QString checker = QStringLiteral(CROSSCHECK_SHARED_DIR "/tools/check_brat.py");
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!QFileInfo::exists(checker) || python.isEmpty())
            QSKIP("../shared/tools/check_brat.py or python3 is absent");
        QProcess run;
        run.start(python, {checker, out});
        QVERIFY(run.waitForFinished(60000));
        const QString report = QString::fromUtf8(run.readAllStandardOutput());
        QVERIFY2(run.exitCode() == 0, qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral(" 0 mismatches")), qPrintable(report));
        QVERIFY(report.startsWith(QStringLiteral("6 docs")));
    }

    void tabularFilesRunNoFormula()
    {
        // Every cell of cross-source-links.tsv and notes.tsv, opened in a spreadsheet, is text.
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("inj.crosscheck")), &status);
        QVERIFY2(p, qPrintable(status.message));
        const SourceId wire = p->sourceAt(0).id, courier = p->sourceAt(1).id;
        const QStringList hostile{QStringLiteral("=HYPERLINK(\"http://x.test\",\"y\")"),
                                  QStringLiteral("=cmd|' /C calc'!A0"),
                                  QStringLiteral("@SUM(1)"),
                                  QStringLiteral("+1"),
                                  QStringLiteral("-2"),
                                  QStringLiteral("ok\r=1+1")};
        for (int i = 0; i < hostile.size(); ++i) {
            Link l;
            l.sourceA = wire;
            l.spanA = {i * 3, i * 3 + 2};
            l.sourceB = courier;
            l.spanB = {i * 3, i * 3 + 2};
            l.type = hostile.at(i);
            l.note = hostile.at(i);
            QVERIFY(p->addLink(l));
            Note n;
            n.target = Note::Target::Source;
            n.source = i % 2 ? wire : courier;
            n.text = hostile.at(i);
            QVERIFY(p->setNote(n));
        }
        const QString out = m_dir.filePath(QStringLiteral("brat-injection"));
        QString error;
        QVERIFY2(Brat::write(*p, out, &error), qPrintable(error));
        int cellsChecked = 0;
        for (const char *file : {"/cross-source-links.tsv", "/notes.tsv"}) {
            const QString tsv = read(out + QLatin1String(file));
            QVERIFY(!tsv.contains(u'\r'));
            for (const QString &line : tsv.split(u'\n', Qt::SkipEmptyParts)) {
                for (const QString &cell : line.split(u'\t')) {
                    ++cellsChecked;
                    QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.at(0)),
                             qPrintable(QLatin1String(file) + u' ' + cell));
                }
            }
            // Kept as text, behind an apostrophe.
            QVERIFY2(tsv.contains(QLatin1String(file).contains(QLatin1String("links"))
                                      ? QStringLiteral("'=HYPERLINK(")
                                      : QStringLiteral("\t'-2")),
                     qPrintable(tsv));
        }
        QVERIFY(cellsChecked > 20);
    }
};

QTEST_GUILESS_MAIN(TestBratExport)
#include "tst_bratexport.moc"
