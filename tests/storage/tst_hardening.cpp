// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A crash or power cut in the middle of a write leaves a healthy project and its hot journal:
// Crosscheck rolls it back (in the file, or in a private copy for a read-only open) and opens
// the project at once with its data, never calling it damaged. A journal of another database
// beside the file is refused before SQLite can replay it. Hostile or nonsensical headers and
// schema objects are refused with one clear line, and the file is not changed. A second writer
// through a link is refused; a folder import reads regular files only, inside the folder.
#include <core/project/project.h>
#include <core/storage/hotjournal.h>
#include <core/storage/projectstorage.h>
#include <core/storage/sourcestore.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Storage;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256).toHex();
}

bool sql(const QString &path, const char *statement)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    char *err = nullptr;
    const int rc = sqlite3_exec(db, statement, nullptr, nullptr, &err);
    if (err) {
        qWarning("%s", err);
        sqlite3_free(err);
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

/// A project of \a sources sources (text of \a size characters each).
QString makeProject(const QString &path, int sources, int size = 2000)
{
    OpenStatus status;
    auto s = ProjectStorage::create(path, &status);
    if (!s) {
        qWarning("%s", qPrintable(status.message));
        return {};
    }
    SourceStore store(s->db());
    Transaction tx(s->db());
    QString error;
    tx.begin(&error);
    for (int i = 0; i < sources; ++i) {
        Source src;
        src.meta.title = QStringLiteral("Source %1").arg(i);
        src.format = QStringLiteral("txt");
        const QString text = QString(size, QChar(u'a' + i % 26));
        src.contentHash = QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
        src.importedAt = QDateTime::currentDateTimeUtc();
        store.insert(src, text, {}, &error);
    }
    tx.commit(&error);
    return path;
}

/// Leaves at \a crashPath what a crash in the middle of a large write to \a path leaves: the
/// file with some of the transaction's pages already written (a five-page cache spills them)
/// and its hot journal.
bool crashMidWrite(const QString &path, const QString &crashPath)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    bool ok = sqlite3_exec(db,
                           "PRAGMA cache_size=5; BEGIN IMMEDIATE;"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 3000) INSERT INTO edit_log (at, author, action, details) "
                           "SELECT 'now', 'crash test', 'fill', hex(randomblob(600)) FROM n;",
                           nullptr, nullptr, nullptr) == SQLITE_OK;
    ok = ok && QFile::exists(HotJournal::pathFor(path)) && QFile::copy(path, crashPath) &&
         QFile::copy(HotJournal::pathFor(path), HotJournal::pathFor(crashPath));
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return ok;
}

/// The power cut of the emulator (tests/reliability/powercut_shim.cpp): a journal whose unlink
/// was never made durable by a sync of its folder comes back. True when one did.
bool cutPower(const QString &project)
{
    const QString kept = HotJournal::pathFor(project) + QStringLiteral(".unsynced-unlink");
    return QFile::exists(kept) && QFile::rename(kept, HotJournal::pathFor(project));
}

int count(ProjectStorage &s, const char *table)
{
    return s.db().scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toInt();
}

QString cli(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(CROSSCHECK_CLI), args);
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}
} // namespace

class TestHardening : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString path(const char *stem)
    {
        return m_dir.filePath(QLatin1String(stem) + QString::number(++m_n) +
                              QStringLiteral(".crosscheck"));
    }

private slots:
    void crashMidWriteOpensAtOnceWithItsData()
    {
        const QString original = makeProject(path("orig"), 12);
        const QString crash = path("crash");
        QVERIFY(crashMidWrite(original, crash));
        QVERIFY(bytesOf(crash) != bytesOf(original)); // the transaction had written pages
        QCOMPARE(HotJournal::check(crash), HotJournal::Verdict::Belongs);

        OpenStatus status;
        auto s = ProjectStorage::open(crash, false, &status);
        QVERIFY2(s, qPrintable(status.message));
        QVERIFY(status.recovered);
        QVERIFY(!s->isReadOnly());
        QCOMPARE(count(*s, "source"), 12);
        QCOMPARE(count(*s, "edit_log"), 0); // the interrupted edit is rolled back, whole
        QVERIFY(!QFile::exists(HotJournal::pathFor(crash)));
        QCOMPARE(s->db().quickCheck(), QString());
        // Still writable after recovery.
        QVERIFY(s->db().exec(QStringLiteral("INSERT INTO edit_log (at, author, action) "
                                            "VALUES ('now', 'me', 'after')")));
        s.reset();

        // The command line too: another crash state, listed at once, nothing called damaged.
        const QString crash2 = path("crash");
        QVERIFY(crashMidWrite(original, crash2));
        int rc = 0;
        const QString out = cli({QStringLiteral("sources"), crash2}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY2(out.contains(QLatin1String("Source 11")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("damaged")), qPrintable(out));
    }

    void readOnlyOpenRecoversInAPrivateCopy()
    {
        const QString original = makeProject(path("orig"), 7);
        const QString crash = path("crash");
        QVERIFY(crashMidWrite(original, crash));
        const QByteArray file = sha(crash), journal = sha(HotJournal::pathFor(crash));

        OpenStatus status;
        auto s = ProjectStorage::open(crash, true, &status);
        QVERIFY2(s, qPrintable(status.message));
        QVERIFY(status.recovered);
        QVERIFY(s->isReadOnly());
        QCOMPARE(count(*s, "source"), 7);
        QCOMPARE(count(*s, "edit_log"), 0);
        s.reset();
        // Neither the file nor its journal was touched.
        QCOMPARE(sha(crash), file);
        QCOMPARE(sha(HotJournal::pathFor(crash)), journal);

        // A file marked read-only is recovered the same way.
        QFile::setPermissions(crash, QFile::ReadOwner | QFile::ReadGroup);
        s = ProjectStorage::open(crash, false, &status);
        QVERIFY2(s, qPrintable(status.message));
        QVERIFY(s->isReadOnly());
        QCOMPARE(count(*s, "source"), 7);
        s.reset();
        QCOMPARE(sha(crash), file);
        QFile::setPermissions(crash, QFile::ReadOwner | QFile::WriteOwner);
    }

    void journalOfAnotherDatabaseIsNeverReplayed()
    {
        // Project A crashed mid-write; its journal ends up beside project B.
        const QString a = makeProject(path("a"), 10);
        const QString crash = path("crash");
        QVERIFY(crashMidWrite(a, crash));
        const QString b = makeProject(path("b"), 3, 500);
        QVERIFY(QFile::copy(HotJournal::pathFor(crash), HotJournal::pathFor(b)));
        const QByteArray before = sha(b);
        QString why;
        QCOMPARE(HotJournal::check(b, &why), HotJournal::Verdict::Foreign);
        QVERIFY(!why.isEmpty());

        for (const bool readOnly : {false, true}) {
            OpenStatus status;
            QVERIFY(!ProjectStorage::open(b, readOnly, &status));
            QCOMPARE(status.error, OpenError::StrayJournal);
            QVERIFY2(status.message.contains(QLatin1String("journal of another database")),
                     qPrintable(status.message));
            QVERIFY(!status.message.contains(QLatin1String("damaged")));
            QCOMPARE(sha(b), before);
            QVERIFY(QFile::exists(HotJournal::pathFor(b)));
        }
        // Moved away, B opens with its own three sources.
        QVERIFY(QFile::remove(HotJournal::pathFor(b)));
        OpenStatus status;
        auto s = ProjectStorage::open(b, false, &status);
        QVERIFY2(s, qPrintable(status.message));
        QCOMPARE(count(*s, "source"), 3);
    }

    void impossibleFormatNumbersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative") << QByteArray("\xff\xff\xff\xff", 4)
                                  << QStringLiteral("file format -1");
        QTest::newRow("zero") << QByteArray("\0\0\0\0", 4) << QStringLiteral("file format 0");
        // An older number on today's tables: what it means, not "migration 2 failed".
        QTest::newRow("older on current tables")
            << QByteArray("\0\0\0\1", 4) << QStringLiteral("its tables are those of format");
    }
    void impossibleFormatNumbersAreRefused()
    {
        QFETCH(QByteArray, version);
        QFETCH(QString, expected);
        const QString p = makeProject(path("v"), 2);
        {
            QFile f(p);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(60);
            f.write(version);
        }
        const QByteArray before = sha(p);
        for (const bool readOnly : {false, true}) {
            OpenStatus status;
            QVERIFY(!ProjectStorage::open(p, readOnly, &status));
            QCOMPARE(status.error, OpenError::Damaged);
            QVERIFY2(status.message.contains(expected), qPrintable(status.message));
            QVERIFY(!status.message.contains(u'\n'));
        }
        QCOMPARE(sha(p), before);
        int rc = 0;
        const QString out = cli({QStringLiteral("sources"), p}, &rc);
        QVERIFY2(rc > 0, qPrintable(out)); // refused, not a crash
        QVERIFY2(out.contains(expected), qPrintable(out));
        QCOMPARE(sha(p), before);
    }

    void hostileSchemaObjectsAreRefusedBeforeTheyRun_data()
    {
        QTest::addColumn<QByteArray>("statement");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger wiping annotations")
            << QByteArray("CREATE TRIGGER zz AFTER INSERT ON edit_log BEGIN DELETE FROM mention; "
                          "DELETE FROM link; END;")
            << QStringLiteral("trigger “zz”");
        QTest::newRow("view in place of a table")
            << QByteArray("PRAGMA foreign_keys=OFF; ALTER TABLE source RENAME TO source_old; "
                          "CREATE VIEW source AS SELECT * FROM source_old;")
            << QStringLiteral("view “source”");
        QTest::newRow("endless view")
            << QByteArray("CREATE VIEW forever AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL "
                          "SELECT i + 1 FROM r) SELECT i FROM r;")
            << QStringLiteral("view “forever”");
        QTest::newRow("a missing index")
            << QByteArray("DROP INDEX edit_log_at;") << QStringLiteral("lacks index “edit_log_at”");
        QTest::newRow("an extra table") << QByteArray("CREATE TABLE notes_of_mine (x);")
                                        << QStringLiteral("table “notes_of_mine”");
    }
    void hostileSchemaObjectsAreRefusedBeforeTheyRun()
    {
        QFETCH(QByteArray, statement);
        QFETCH(QString, named);
        const QString p = makeProject(path("h"), 2);
        QVERIFY(sql(p, statement.constData()));
        const QByteArray before = sha(p);
        for (const bool readOnly : {false, true}) {
            OpenStatus status;
            QVERIFY(!ProjectStorage::open(p, readOnly, &status));
            QCOMPARE(status.error, OpenError::Modified);
            QVERIFY2(status.message.contains(named), qPrintable(status.message));
            QVERIFY2(status.message.contains(QLatin1String("changed outside Crosscheck")),
                     qPrintable(status.message));
        }
        int rc = 0;
        const QString out = cli(
            {QStringLiteral("import"), p, QStringLiteral(CROSSCHECK_SOURCE_DIR "/README.md")}, &rc);
        QVERIFY2(rc > 0, qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("Imported")), qPrintable(out));
        QCOMPARE(sha(p), before);
    }

    void spansOutsideTheirTextAreSetAside()
    {
        // A crafted project: a mention past the end of its text, a link into a missing
        // source, a passage beyond the text. Exports used to crash on such rows.
        const QString p = path("spans");
        int rc = 0;
        cli({QStringLiteral("sample"), p}, &rc);
        QCOMPARE(rc, 0);
        cli({QStringLiteral("analyze"), p}, &rc);
        QCOMPARE(rc, 0);
        QVERIFY(sql(p, "INSERT INTO entity (name, type_id, created, modified) SELECT 'X', id, "
                       "'now', 'now' FROM entity_type LIMIT 1;"
                       "INSERT INTO mention (source_id, start_pos, end_pos, entity_id, author, "
                       "created) SELECT 1, 5, 10, max(id), 't', 'now' FROM entity;"
                       "INSERT INTO mention (source_id, start_pos, end_pos, entity_id, author, "
                       "created) SELECT 1, 999990, 999999, max(id), 't', 'now' FROM entity;"
                       "UPDATE passage SET a_end = 5000000 WHERE id = (SELECT min(id) FROM "
                       "passage);"));
        const QByteArray before = sha(p);
        for (const char *format : {"brat", "html", "w3c", "csv"}) {
            const QString out =
                m_dir.filePath(QStringLiteral("out-%1-%2").arg(++m_n).arg(QLatin1String(format)));
            const QString text = cli({QStringLiteral("export"), p, QStringLiteral("--format"),
                                      QLatin1String(format), QStringLiteral("-o"), out},
                                     &rc);
            QVERIFY2(rc == 0, qPrintable(QLatin1String(format) + u' ' + text));
            QVERIFY2(text.contains(QLatin1String("set aside")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("1 mention")), qPrintable(text));
            QVERIFY2(text.contains(QLatin1String("1 passage pair")), qPrintable(text));
        }
        QCOMPARE(sha(p), before);
        OpenStatus status;
        auto project = Project::open(p, true, &status);
        QVERIFY(project);
        QCOMPARE(int(project->mentions().size()), 1); // the valid one stays
        QVERIFY(!project->loadProblems().isEmpty());
    }

    void secondWriterThroughALinkIsRefused()
    {
        const QString p = makeProject(path("lock"), 1);
        const QString soft = m_dir.filePath(QStringLiteral("soft-link.crosscheck"));
        const QString hard = m_dir.filePath(QStringLiteral("hard-link.crosscheck"));
        QVERIFY(QFile::link(p, soft));
        QVERIFY(::link(QFile::encodeName(p).constData(), QFile::encodeName(hard).constData()) == 0);
        OpenStatus status;
        auto first = ProjectStorage::open(p, false, &status);
        QVERIFY2(first, qPrintable(status.message));
        for (const QString &other : {soft, hard}) {
            QVERIFY(!ProjectStorage::open(other, false, &status));
            QCOMPARE(status.error, OpenError::AlreadyOpen);
            int rc = 0;
            const QString out = cli({QStringLiteral("import"), other,
                                     QStringLiteral(CROSSCHECK_SOURCE_DIR "/README.md")},
                                    &rc);
            QCOMPARE(rc, 1);
            QVERIFY2(out.contains(QLatin1String("already open")), qPrintable(out));
            QVERIFY(ProjectStorage::open(other, true, &status)); // reading is fine
        }
        first.reset();
        // Released: through the hard link now, and then the original is refused.
        auto viaLink = ProjectStorage::open(hard, false, &status);
        QVERIFY2(viaLink, qPrintable(status.message));
        QVERIFY(!ProjectStorage::open(p, false, &status));
        QCOMPARE(status.error, OpenError::AlreadyOpen);
    }

    void folderImportReadsRegularFilesInsideTheFolderOnly()
    {
        const QString folder = m_dir.filePath(QStringLiteral("articles"));
        QVERIFY(QDir().mkpath(folder));
        {
            QFile f(folder + QStringLiteral("/real.txt"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("A real article about the harbour.\n\nIt has two paragraphs.\n");
        }
        const QString outside = m_dir.filePath(QStringLiteral("secret.txt"));
        {
            QFile f(outside);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Not for import.\n");
        }
        QVERIFY(QFile::link(outside, folder + QStringLiteral("/outside.txt")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), folder + QStringLiteral("/zero.txt")));
        QVERIFY(QFile::link(folder + QStringLiteral("/real.txt"),
                            folder + QStringLiteral("/inside-link.md")));
        QVERIFY(::mkfifo(QFile::encodeName(folder + QStringLiteral("/pipe.txt")).constData(),
                         0600) == 0);
        const QString p = makeProject(path("import"), 0);
        int rc = 0;
        const QString out = cli({QStringLiteral("import"), p, folder}, &rc);
        QVERIFY2(out.contains(QLatin1String("outside.txt: a link to a file outside the folder")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("zero.txt: a link to a file outside the folder")),
                 qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("pipe.txt: is not a regular file")), qPrintable(out));
        OpenStatus status;
        auto s = ProjectStorage::open(p, true, &status);
        QVERIFY(s);
        // real.txt, and the link inside the folder (same text: reported as already there).
        QCOMPARE(count(*s, "source"), 1);
        QCOMPARE(s->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM source WHERE body LIKE "
                                            "'%Not for import%'"))
                     .toInt(),
                 0);
        // Named explicitly, a device is refused too, at once.
        const QString dev = cli({QStringLiteral("import"), p, QStringLiteral("/dev/zero")}, &rc);
        QVERIFY2(dev.contains(QLatin1String("not a regular file")), qPrintable(dev));
    }

    void powerCutKeepsAcknowledgedEdits_data()
    {
        QTest::addColumn<QString>("synchronous");
        QTest::addColumn<bool>("survives");
        // The emulator's control: with FULL, SQLite does not sync the folder after the
        // journal's unlink, and the power cut brings the journal back.
        QTest::newRow("sqlite3 FULL (control)") << QStringLiteral("FULL") << false;
        QTest::newRow("sqlite3 EXTRA") << QStringLiteral("EXTRA") << true;
    }
    void powerCutKeepsAcknowledgedEdits()
    {
        QFETCH(QString, synchronous);
        QFETCH(bool, survives);
        const QString shim = QStringLiteral(CROSSCHECK_POWERCUT_SHIM);
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 command-line program is not installed");
        const QString p = makeProject(path("power"), 1);
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), shim);
        run.setProcessEnvironment(env);
        run.start(sqlite3, {p, QStringLiteral("PRAGMA synchronous=%1; INSERT INTO edit_log (at, "
                                              "author, action) VALUES ('t', 'a', 'acknowledged');")
                                   .arg(synchronous)});
        QVERIFY(run.waitForFinished(30000));
        QCOMPARE(run.exitCode(), 0); // the commit was acknowledged
        cutPower(p);
        OpenStatus status;
        auto s = ProjectStorage::open(p, false, &status);
        QVERIFY2(s, qPrintable(status.message));
        QCOMPARE(count(*s, "edit_log") == 1, survives);
    }

    void powerCutAfterEachCrosscheckEdit()
    {
        // Crosscheck's own writes (imports through the CLI), each followed by a power cut:
        // every acknowledged import is there afterwards. CROSSCHECK_POWERCUT_CYCLES sets how
        // many (the reliability harness runs 1,000).
        const int cycles = qEnvironmentVariableIntValue("CROSSCHECK_POWERCUT_CYCLES") > 0
                               ? qEnvironmentVariableIntValue("CROSSCHECK_POWERCUT_CYCLES")
                               : 12;
        const QString p = makeProject(path("cycles"), 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(CROSSCHECK_POWERCUT_SHIM));
        int lost = 0, cut = 0;
        for (int i = 0; i < cycles; ++i) {
            const QString article = m_dir.filePath(QStringLiteral("article-%1.txt").arg(i));
            QFile f(article);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("Article %1 about the harbour.\n\nA second paragraph.\n")
                        .arg(i)
                        .toUtf8());
            f.close();
            QProcess run;
            run.setProcessEnvironment(env);
            run.start(QStringLiteral(CROSSCHECK_CLI), {QStringLiteral("import"), p, article});
            QVERIFY(run.waitForFinished(30000));
            QCOMPARE(run.exitCode(), 0);
            cut += cutPower(p);
            OpenStatus status;
            auto s = ProjectStorage::open(p, true, &status);
            QVERIFY2(s, qPrintable(status.message));
            lost += (i + 1) - count(*s, "source");
        }
        qInfo("%d power cuts after acknowledged imports, %d journals brought back, %d imports lost",
              cycles, cut, lost);
        QCOMPARE(lost, 0);
    }

    void damagedSourceTextIsNeverExportedSilently()
    {
        // A byte of one source's text changed on disk: SQLite cannot tell (no page checksums),
        // the SHA-256 recorded at import can.
        const QString p = makeProject(path("text"), 5);
        QByteArray bytes = bytesOf(p);
        const qsizetype at = bytes.indexOf(QByteArray(2000, 'd')); // the text of "Source 3"
        QVERIFY(at > 0);
        bytes[at + 1000] = 'e';
        {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        OpenStatus status;
        auto project = Project::open(p, true, &status);
        QVERIFY2(project, qPrintable(status.message));
        QCOMPARE(project->damagedSources().size(), 1);
        QCOMPARE(project->source(project->damagedSources().first()).meta.title,
                 QStringLiteral("Source 3"));
        project.reset();
        int rc = 0;
        const QString out = m_dir.filePath(QStringLiteral("damaged.jsonld"));
        const QString text = cli({QStringLiteral("export"), p, QStringLiteral("--format"),
                                  QStringLiteral("w3c"), QStringLiteral("-o"), out},
                                 &rc);
        QCOMPARE(rc, 1);
        QVERIFY2(text.contains(QStringLiteral("“Source 3” (source 4)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Nothing was written")), qPrintable(text));
        QVERIFY(!QFile::exists(out));
    }

    void untouchedProjectsStillOpen()
    {
        // Every file the migrations made, of today's format, opens with the schema check.
        const QString p = makeProject(path("ok"), 3);
        OpenStatus status;
        QVERIFY2(ProjectStorage::open(p, false, &status), qPrintable(status.message));
        QVERIFY(!status.recovered);
        QVERIFY2(ProjectStorage::open(p, true, &status), qPrintable(status.message));
        for (int v = 1; v <= currentSchemaVersion(); ++v)
            QVERIFY(!ProjectStorage::expectedSchema(v).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_hardening.moc"
