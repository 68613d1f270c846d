// A crash or power cut in the middle of a write leaves a healthy project and its hot journal:
// Crosscheck rolls it back (in the file, or in a private copy for a read-only open) and opens
// the project at once with its data, never calling it damaged. A journal of another database
// beside the file is refused before SQLite can replay it. Hostile or nonsensical headers and
// schema objects are refused with one clear line, and the file is not changed.
#include "storage/hotjournal.h"
#include "storage/projectstorage.h"
#include "storage/sourcestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

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

class TestCrashRecovery : public QObject
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

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
