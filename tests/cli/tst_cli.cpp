// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli as a script would use it: exit codes, stdout, one stderr line per problem.
#include <core/project/project.h>
#include <core/storage/sourcestore.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {
struct Run
{
    int code = -1;
    QString out;
    QStringList errLines;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(CROSSCHECK_CLI), args);
    p.waitForFinished(60000);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.errLines = QString::fromUtf8(p.readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
    return r;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("new without file") << QStringList{QStringLiteral("new")};
        QTest::newRow("import without paths")
            << QStringList{QStringLiteral("import"), QStringLiteral("p.crosscheck")};
        QTest::newRow("sources bad option") << QStringList{
            QStringLiteral("sources"), QStringLiteral("p.crosscheck"), QStringLiteral("--yaml")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.errLines.isEmpty());
        QVERIFY(r.errLines.join(u'\n').contains(QLatin1String("Usage:")));
    }

    void helpExitsZero()
    {
        const Run r = cli({QStringLiteral("help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("import FILE.crosscheck PATH")));
    }

    void commandHelpVersionAndOptionForms()
    {
        const Run help = cli({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.startsWith(QLatin1String("Usage: crosscheck-cli export FILE.crosscheck")));
        QVERIFY(help.out.contains(QLatin1String("-o, --output OUT")));
        QCOMPARE(cli({QStringLiteral("help"), QStringLiteral("suggest")}).code, 0);
        // --version anywhere, even after a command's arguments.
        const Run version =
            cli({QStringLiteral("sources"), QStringLiteral("x"), QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(QLatin1String("crosscheck-cli ")));
        // One wording for an unknown option, whatever the command.
        for (const QString &command :
             {QStringLiteral("sources"), QStringLiteral("export"), QStringLiteral("analyze")}) {
            const Run r = cli({command, QStringLiteral("p.crosscheck"), QStringLiteral("--yaml")});
            QCOMPARE(r.code, 2);
            QCOMPARE(r.errLines.first(), command + QStringLiteral(": unknown option --yaml"));
        }
        // --opt=value is the same as --opt value.
        const QString a = m_dir.filePath(QStringLiteral("eq-a.txt"));
        const QString b = m_dir.filePath(QStringLiteral("eq-b.txt"));
        const QByteArray text = "The harbour master said the tanker had been towed clear of the "
                                "reef by two tugs before the tide turned on Wednesday night.\n";
        for (const QString &path : {a, b}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const Run spaced = cli(
            {QStringLiteral("overlaps"), QStringLiteral("--min-words"), QStringLiteral("8"), a, b});
        const Run joined = cli({QStringLiteral("overlaps"), QStringLiteral("--min-words=8"), a, b});
        QCOMPARE(joined.code, 0);
        QCOMPARE(joined.out, spaced.out);
        QVERIFY(!joined.out.isEmpty());
        QCOMPARE(cli({QStringLiteral("overlaps"), QStringLiteral("--min-words=0"), a}).code, 2);
    }

    void newImportSources()
    {
        const QString project = m_dir.filePath(QStringLiteral("p.crosscheck"));
        QCOMPARE(cli({QStringLiteral("new"), project}).code, 0);
        const Run again = cli({QStringLiteral("new"), project});
        QCOMPARE(again.code, 1);
        QCOMPARE(again.errLines.size(), 1);
        QVERIFY(again.errLines.first().contains(QLatin1String("already exists")));

        QDir(m_dir.path()).mkdir(QStringLiteral("in"));
        const auto write = [this](const QString &name, const QByteArray &bytes) {
            QFile f(m_dir.filePath(QStringLiteral("in/") + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("a.txt"),
              "Harbour fire contained\nThe fire was put out overnight, officials said.\n");
        write(QStringLiteral("b.md"), "---\noutlet: Coast News\ndate: 2026-05-01\n---\n# Port fire "
                                      "out\n\nCrews worked all night.\n");
        write(QStringLiteral("empty.txt"), "");
        write(QStringLiteral("image.png"), "\x89PNG\r\n");
        const Run imported =
            cli({QStringLiteral("import"), project, m_dir.filePath(QStringLiteral("in"))});
        QCOMPARE(imported.code, 1); // some files failed
        QCOMPARE(imported.errLines.size(), 2);
        QVERIFY(imported.errLines.at(0).contains(QLatin1String("empty.txt: ")));
        QVERIFY(imported.errLines.at(1).contains(QLatin1String("image.png: ")));
        QVERIFY(imported.out.contains(QLatin1String("Imported 2 sources")));

        const Run listed = cli({QStringLiteral("sources"), project, QStringLiteral("--json")});
        QCOMPARE(listed.code, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Harbour fire contained"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("outlet")).toString(),
                 QStringLiteral("Coast News"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("published")).toString(),
                 QStringLiteral("2026-05-01"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Port fire out"));

        const Run table = cli({QStringLiteral("sources"), project});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QLatin1String("Harbour fire contained")));
        QVERIFY(table.out.contains(QLatin1String("2026-05-01")));

        const Run duplicate =
            cli({QStringLiteral("import"), project, m_dir.filePath(QStringLiteral("in/a.txt"))});
        // Importing it again (as after an interrupted import) is no failure: counted, skipped.
        QCOMPARE(duplicate.code, 0);
        QVERIFY2(
            duplicate.out.contains(QLatin1String("Imported 0 sources; 1 already in the project")),
            qPrintable(duplicate.out));
    }

    void missingAndBadProjects()
    {
        const Run missing =
            cli({QStringLiteral("sources"), m_dir.filePath(QStringLiteral("typo.crosscheck"))});
        QCOMPARE(missing.code, 1);
        QCOMPARE(missing.errLines.size(), 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("typo.crosscheck"))));
        const Run importMissing =
            cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("typo.crosscheck")),
                 m_dir.path()});
        QCOMPARE(importMissing.code, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("typo.crosscheck"))));
    }

    void sampleProject()
    {
        const QString project = m_dir.filePath(QStringLiteral("sample.crosscheck"));
        const Run r = cli({QStringLiteral("sample"), project});
        QCOMPARE(r.code, 0);
        const QJsonArray array =
            QJsonDocument::fromJson(
                cli({QStringLiteral("sources"), project, QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(array.size(), 5);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("outlet")).toString(),
                 QStringLiteral("Nordic Wire Service"));
    }

    void overlapsOffsetsAreCodePoints()
    {
        QDir(m_dir.path()).mkdir(QStringLiteral("ov"));
        const QString passage =
            QStringLiteral("The oil tanker Corvina ran aground on the Skarv reef outside the port "
                           "of Lindhaven early on Tuesday.");
        const auto write = [this](const QString &name, const QString &text) {
            QFile f(m_dir.filePath(QStringLiteral("ov/") + name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        };
        // Two emoji (two UTF-16 units each) and a space before the passage in "first".
        write(QStringLiteral("first.txt"),
              QStringLiteral("🙂🙂 ") + passage +
                  QStringLiteral("\nUnrelated closing words follow here."));
        write(QStringLiteral("second.txt"),
              QStringLiteral("Quite different opening.\r\n") + passage);
        write(QStringLiteral("blob.txt"), QStringLiteral("x") + QChar(0) + QStringLiteral("y"));
        const Run r = cli({QStringLiteral("overlaps"), m_dir.filePath(QStringLiteral("ov")),
                           QStringLiteral("--jsonl")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.errLines.join(u'\n').contains(QLatin1String("blob.txt")));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QJsonObject o = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("a")).toString(), QStringLiteral("first"));
        QCOMPARE(o.value(QStringLiteral("a_start")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("a_end")).toInt(), 3 + int(passage.size()));
        QCOMPARE(o.value(QStringLiteral("b")).toString(), QStringLiteral("second"));
        QCOMPARE(o.value(QStringLiteral("b_start")).toInt(), 26);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("verbatim"));
        QCOMPARE(o.value(QStringLiteral("score")).toDouble(), 1.0);
        QCOMPARE(cli({QStringLiteral("overlaps")}).code, 2);
        QCOMPARE(cli({QStringLiteral("overlaps"), m_dir.path(), QStringLiteral("--min-words"),
                      QStringLiteral("zero")})
                     .code,
                 2);
    }

    void applyAboveGivesTheSameResultEveryRun()
    {
        // Identical input, separate processes (each with its own hash seed): the same mentions
        // with the same entities and types, the same links.
        QStringList results;
        for (int run = 0; run < 3; ++run) {
            const QString p = m_dir.filePath(QStringLiteral("det-%1.crosscheck").arg(run));
            QCOMPARE(cli({QStringLiteral("sample"), p}).code, 0);
            QCOMPARE(cli({QStringLiteral("analyze"), p}).code, 0);
            QCOMPARE(cli({QStringLiteral("suggest"), p, QStringLiteral("--apply-above"),
                          QStringLiteral("0.45")})
                         .code,
                     0);
            const QString out = m_dir.filePath(QStringLiteral("det-%1").arg(run));
            QCOMPARE(cli({QStringLiteral("export"), p, QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("-o"), out})
                         .code,
                     0);
            QString rows;
            for (const char *file : {"/mentions.csv", "/links.csv"}) {
                QFile f(out + QLatin1String(file));
                QVERIFY(f.open(QIODevice::ReadOnly));
                // Without the times of the run.
                static const QRegularExpression time(
                    QStringLiteral("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z"));
                rows += QString::fromUtf8(f.readAll()).remove(time);
            }
            QVERIFY(rows.count(u'\n') > 10);
            results << rows;
        }
        QCOMPARE(results.at(1), results.at(0));
        QCOMPARE(results.at(2), results.at(0));
    }

    void suggestPrintsWhatTheSampleHides()
    {
        const QString path = m_dir.filePath(QStringLiteral("suggest.crosscheck"));
        QCOMPARE(cli({QStringLiteral("sample"), path}).code, 0);
        const Run r = cli({QStringLiteral("suggest"), path, QStringLiteral("--jsonl")});
        QCOMPARE(r.code, 0);
        QList<QJsonObject> all;
        for (const QString &l : r.out.split(u'\n', Qt::SkipEmptyParts))
            all << QJsonDocument::fromJson(l.toUtf8()).object();
        QVERIFY(all.size() > 30);
        const auto has = [&](const std::function<bool(const QJsonObject &)> &pred) {
            return std::any_of(all.begin(), all.end(), pred);
        };
        // Entities: the planted people and organisations, with their types.
        QVERIFY(has([](const QJsonObject &o) {
            return o[QStringLiteral("kind")] == QLatin1String("entity") &&
                   o[QStringLiteral("text")] == QLatin1String("Ingrid Solberg") &&
                   o[QStringLiteral("type")] == QLatin1String("Person") &&
                   o[QStringLiteral("source")] == QLatin1String("01-nordic-wire");
        }));
        QVERIFY(has([](const QJsonObject &o) {
            return o[QStringLiteral("text")] == QLatin1String("Baltic Meridian Shipping") &&
                   o[QStringLiteral("type")] == QLatin1String("Organization");
        }));
        // The merge: the beach spelt "Sandvær" by the Courier and "Sandvaer" by the Coastal Daily.
        QVERIFY(has([](const QJsonObject &o) {
            const QJsonArray names = o[QStringLiteral("names")].toArray();
            return o[QStringLiteral("kind")] == QLatin1String("merge") &&
                   names.contains(QStringLiteral("Sandvær")) &&
                   names.contains(QStringLiteral("Sandvaer"));
        }));
        // Contradictions: 120 / 1,200 tonnes, six months / six weeks, Solberg / Berg.
        const auto contradiction = [&](const QString &a, const QString &b, const QString &type) {
            return has([&](const QJsonObject &o) {
                const QString ta =
                    o[QStringLiteral("a")].toObject()[QStringLiteral("text")].toString();
                const QString tb =
                    o[QStringLiteral("b")].toObject()[QStringLiteral("text")].toString();
                return o[QStringLiteral("kind")] == QLatin1String("contradiction") &&
                       o[QStringLiteral("type")] == type &&
                       ((ta.contains(a) && tb.contains(b)) || (ta.contains(b) && tb.contains(a)));
            });
        };
        QVERIFY(contradiction(QStringLiteral("120 tonnes"), QStringLiteral("1,200 tonnes"),
                              QStringLiteral("number")));
        QVERIFY(contradiction(QStringLiteral("six months"), QStringLiteral("six weeks"),
                              QStringLiteral("datetime")));
        QVERIFY(contradiction(QStringLiteral("Ingrid Solberg"), QStringLiteral("Tomas Berg"),
                              QStringLiteral("attribution")));
        // The table form says the same in readable lines; --kinds narrows it.
        const Run table = cli(
            {QStringLiteral("suggest"), path, QStringLiteral("--kinds"), QStringLiteral("merges")});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("Sandvær / Sandvaer")));
        QVERIFY(!table.out.contains(QStringLiteral("contradiction\t")));
        QCOMPARE(cli({QStringLiteral("suggest"), path, QStringLiteral("--kinds"),
                      QStringLiteral("people")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("suggest"), path, QStringLiteral("--apply-above"),
                      QStringLiteral("2")})
                     .code,
                 2);
    }

    void suggestOffsetsAreCodePoints()
    {
        const QString path = m_dir.filePath(QStringLiteral("emoji.crosscheck"));
        QCOMPARE(cli({QStringLiteral("new"), path}).code, 0);
        const QString text = QStringLiteral("🚢🚢 The harbour master Ingrid Solberg spoke. "
                                            "👩‍🚒 Minister Tomas Berg replied.");
        QFile f(m_dir.filePath(QStringLiteral("emoji.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        QCOMPARE(cli({QStringLiteral("import"), path, f.fileName()}).code, 0);
        const Run r = cli({QStringLiteral("suggest"), path, QStringLiteral("--jsonl"),
                           QStringLiteral("--kinds"), QStringLiteral("entities")});
        QCOMPARE(r.code, 0);
        const QVector<uint> cps = text.toUcs4();
        int checked = 0;
        for (const QString &l : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(l.toUtf8()).object();
            const int start = o[QStringLiteral("start")].toInt(),
                      end = o[QStringLiteral("end")].toInt();
            // The code points [start, end) of the text are the suggestion's text.
            const QString slice = QString::fromUcs4(
                reinterpret_cast<const char32_t *>(cps.constData() + start), end - start);
            QCOMPARE(slice, o[QStringLiteral("text")].toString());
            ++checked;
        }
        QVERIFY(checked >= 2);
        // "Ingrid" starts after two emoji, a space and "The harbour master ": code point 22
        // (UTF-16 offset 24).
        QVERIFY(r.out.contains(QStringLiteral("\"end\":36,\"entity\":\"Ingrid Solberg\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"start\":22")));
    }

    void applyAboveIsOneLoggedStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("apply.crosscheck"));
        QCOMPARE(cli({QStringLiteral("sample"), path}).code, 0);
        const Run r = cli({QStringLiteral("suggest"), path, QStringLiteral("--jsonl"),
                           QStringLiteral("--apply-above"), QStringLiteral("0.8")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.errLines.join(u'\n').contains(QStringLiteral("Applied")));
        int expectedMentions = 0, expectedLinks = 0;
        QSet<QString> applied; // source:start:end of the entity suggestions applied
        const auto where = [](const QJsonObject &o) -> QString {
            return o[QStringLiteral("source")].toString() + u':' +
                   QString::number(o[QStringLiteral("start")].toInt()) + u':' +
                   QString::number(o[QStringLiteral("end")].toInt());
        };
        for (const QString &l : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(l.toUtf8()).object();
            if (o[QStringLiteral("confidence")].toDouble() < 0.8)
                continue;
            if (o[QStringLiteral("kind")] == QLatin1String("entity")) {
                ++expectedMentions;
                applied.insert(where(o));
            }
            if (o[QStringLiteral("kind")] == QLatin1String("contradiction"))
                ++expectedLinks;
        }
        QVERIFY(expectedMentions > 0);
        // What was applied is no longer pending, and the project holds it. (New names of the
        // registry may now be found elsewhere with more confidence than before: those are new
        // suggestions, not left-overs.)
        const Run again = cli({QStringLiteral("suggest"), path, QStringLiteral("--jsonl")});
        for (const QString &l : again.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(l.toUtf8()).object();
            if (o[QStringLiteral("kind")] == QLatin1String("entity"))
                QVERIFY2(!applied.contains(where(o)), qPrintable(l));
            if (o[QStringLiteral("kind")] == QLatin1String("contradiction"))
                QVERIFY2(o[QStringLiteral("confidence")].toDouble() < 0.8, qPrintable(l));
        }
        Crosscheck::Core::Storage::OpenStatus status;
        auto project = Crosscheck::Core::Project::open(path, true, &status);
        QVERIFY(project);
        QCOMPARE(int(project->mentions().size()), expectedMentions);
        QCOMPARE(int(project->links().size()), expectedLinks);
        for (const auto &m : project->mentions()) {
            QCOMPARE(m.origin, QStringLiteral("batch"));
            QVERIFY(m.confidence >= 0.8);
        }
        const auto log = project->editLog();
        QCOMPARE(std::count_if(log.begin(), log.end(),
                               [](const Crosscheck::Core::Storage::EditLogEntry &e) {
                                   return e.action == QLatin1String("decide-suggestions");
                               }),
                 1L);
    }

    void exportAndImportAnnotations()
    {
        const QString from = m_dir.filePath(QStringLiteral("export-from.crosscheck"));
        QCOMPARE(cli({QStringLiteral("sample"), from}).code, 0);
        QCOMPARE(cli({QStringLiteral("suggest"), from, QStringLiteral("--apply-above"),
                      QStringLiteral("0.8")})
                     .code,
                 0);
        const QString jsonld = m_dir.filePath(QStringLiteral("annotations.jsonld"));
        const Run w3c = cli({QStringLiteral("export"), from, QStringLiteral("--format"),
                             QStringLiteral("w3c"), QStringLiteral("-o"), jsonld});
        QCOMPARE(w3c.code, 0);
        QFile f(jsonld);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject collection = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(collection[QStringLiteral("type")].toString(),
                 QStringLiteral("AnnotationCollection"));
        const int total = collection[QStringLiteral("total")].toInt();
        QVERIFY(total > 5);
        // Into a fresh copy of the sample: everything anchors.
        const QString to = m_dir.filePath(QStringLiteral("export-to.crosscheck"));
        QCOMPARE(cli({QStringLiteral("sample"), to}).code, 0);
        const Run imported = cli({QStringLiteral("import-annotations"), to, jsonld});
        QCOMPARE(imported.code, 0);
        QVERIFY(imported.out.contains(QStringLiteral("0 annotation(s) not anchored")));
        Crosscheck::Core::Storage::OpenStatus status;
        auto a = Crosscheck::Core::Project::open(from, true, &status);
        auto b = Crosscheck::Core::Project::open(to, true, &status);
        QCOMPARE(b->mentions().size(), a->mentions().size());
        QCOMPARE(b->links().size(), a->links().size());
        QCOMPARE(int(a->mentions().size() + a->links().size()), total);
        // CSV into a folder, with a byte-order mark on request.
        const QString csv = m_dir.filePath(QStringLiteral("csv"));
        QCOMPARE(cli({QStringLiteral("export"), from, QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("-o"), csv, QStringLiteral("--bom")})
                     .code,
                 0);
        QFile mentions(csv + QStringLiteral("/mentions.csv"));
        QVERIFY(mentions.open(QIODevice::ReadOnly));
        QVERIFY(mentions.readAll().startsWith("\xEF\xBB\xBFsource,"));
        QVERIFY(QFileInfo::exists(csv + QStringLiteral("/links.csv")));
        const QString brat = m_dir.filePath(QStringLiteral("brat"));
        QCOMPARE(cli({QStringLiteral("export"), from, QStringLiteral("--format"),
                      QStringLiteral("brat"), QStringLiteral("-o"), brat})
                     .code,
                 0);
        QVERIFY(QFileInfo::exists(brat + QStringLiteral("/01-nordic-wire.ann")));
        QVERIFY(QFileInfo::exists(brat + QStringLiteral("/annotation.conf")));
        QCOMPARE(cli({QStringLiteral("export"), from, QStringLiteral("--format"),
                      QStringLiteral("docx"), QStringLiteral("-o"), csv})
                     .code,
                 2);
        // REFI-QDA out, and back in as a new project with the same annotations.
        const QString qdpx = m_dir.filePath(QStringLiteral("shared.qdpx"));
        QCOMPARE(cli({QStringLiteral("export"), from, QStringLiteral("--format"),
                      QStringLiteral("qdpx"), QStringLiteral("-o"), qdpx})
                     .code,
                 0);
        const QString fromQdpx = m_dir.filePath(QStringLiteral("from-qdpx.crosscheck"));
        const Run qin = cli({QStringLiteral("import-qdpx"), qdpx, fromQdpx});
        QCOMPARE(qin.code, 0);
        QVERIFY2(qin.out.contains(QRegularExpression(QStringLiteral("\\b5 source"))),
                 qPrintable(qin.out));
        QVERIFY(!qin.out.contains(QLatin1String("Not mapped")));
        auto c = Crosscheck::Core::Project::open(fromQdpx, true, &status);
        QVERIFY(c);
        QCOMPARE(c->mentions().size(), a->mentions().size());
        QCOMPARE(c->links().size(), a->links().size());
        // Never over an existing file; a file that is not a project leaves nothing behind.
        QCOMPARE(cli({QStringLiteral("import-qdpx"), qdpx, fromQdpx}).code, 1);
        const QString none = m_dir.filePath(QStringLiteral("none.crosscheck"));
        QFile junkZip(m_dir.filePath(QStringLiteral("junk.qdpx")));
        QVERIFY(junkZip.open(QIODevice::WriteOnly));
        junkZip.write("PK\x03\x04 this is not a zip");
        junkZip.close();
        const Run notQdpx = cli({QStringLiteral("import-qdpx"), junkZip.fileName(), none});
        QCOMPARE(notQdpx.code, 1);
        QCOMPARE(notQdpx.errLines.size(), 1);
        QVERIFY(!QFileInfo::exists(none));
        // The analyst report, as HTML and as PDF.
        const QString html = m_dir.filePath(QStringLiteral("report.html"));
        const Run h = cli({QStringLiteral("export"), from, QStringLiteral("--format"),
                           QStringLiteral("html"), QStringLiteral("-o"), html});
        QCOMPARE(h.code, 0);
        for (const QString &l : h.errLines)
            QVERIFY2(l.startsWith(QLatin1String("export: ")), qPrintable(l)); // progress only
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("<h2>Entity index</h2>"));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(cli({QStringLiteral("export"), from, QStringLiteral("--format"),
                      QStringLiteral("pdf"), QStringLiteral("-o"), pdf})
                     .code,
                 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        // An annotation file that is not JSON: a message, nothing added.
        QFile junk(m_dir.filePath(QStringLiteral("junk.jsonld")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{oops");
        junk.close();
        const Run bad = cli({QStringLiteral("import-annotations"), to, junk.fileName()});
        QCOMPARE(bad.code, 1);
        QCOMPARE(bad.errLines.size(), 1);
    }

    void diffShowsWordChanges()
    {
        const auto write = [this](const QString &name, const QString &text) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        };
        write(
            QStringLiteral("da.txt"),
            QStringLiteral("The tanker ran aground early on Tuesday, spilling about 120 tonnes."));
        write(QStringLiteral("db.txt"),
              QStringLiteral(
                  "The old tanker ran aground late on Monday, spilling some 1,200 tonnes."));
        const Run r = cli({QStringLiteral("diff"), m_dir.filePath(QStringLiteral("da.txt")),
                           m_dir.filePath(QStringLiteral("db.txt"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("[-early-]{+late+}")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("[-about 120-]{+some 1,200+}")));
        QVERIFY2(r.out.startsWith(QLatin1String("The {+old+} tanker ran aground ")),
                 qPrintable(r.out));
        QCOMPARE(cli({QStringLiteral("diff"), m_dir.filePath(QStringLiteral("da.txt"))}).code, 2);
    }

    void seedsImportWithTheirTitles()
    {
        const QString seeds = QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds");
        if (!QDir(seeds).exists())
            QSKIP("../shared/seeds is not beside the project");
        const QString project = m_dir.filePath(QStringLiteral("seeds.crosscheck"));
        QCOMPARE(cli({QStringLiteral("new"), project}).code, 0);
        const Run r = cli({QStringLiteral("import"), project, seeds});
        QCOMPARE(r.code, 0);
        QVERIFY(r.errLines.isEmpty());
        const QJsonArray array =
            QJsonDocument::fromJson(
                cli({QStringLiteral("sources"), project, QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(array.size(), 5);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("US President Trump Hints at Direct Talks with Putin, Aims to End "
                                "Ukraine Conflict"));
        QVERIFY(array.at(2)
                    .toObject()
                    .value(QStringLiteral("title"))
                    .toString()
                    .endsWith(QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
