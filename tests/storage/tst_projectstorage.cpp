// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The project file: identity, versions, damage, read-only, the single-writer lock, durability
// settings, copies. A file Crosscheck refuses is never modified.
#include <core/project/project.h>
#include <core/storage/projectstorage.h>
#include <core/storage/sourcestore.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/file.h>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Storage;

namespace {
QByteArray fingerprint(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex() + ' ' +
           QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
}

void sql(const QString &path, const char *statement)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, statement, nullptr, nullptr, &err);
    QVERIFY2(rc == SQLITE_OK, err);
    sqlite3_close(db);
}

QStringList siblings(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + QStringLiteral("*")},
                                QDir::Files | QDir::Hidden);
}

Source sampleSource(const QString &title)
{
    Source s;
    s.meta.title = title;
    s.format = QStringLiteral("txt");
    s.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(title.toUtf8(), QCryptographicHash::Sha256).toHex());
    s.importedAt = QDateTime::currentDateTimeUtc();
    return s;
}
} // namespace

class TestProjectStorage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newProject()
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.crosscheck").arg(++m_counter));
        OpenStatus status;
        auto s = ProjectStorage::create(path, &status);
        if (!s)
            qWarning() << status.message;
        SourceStore store(s->db());
        Transaction tx(s->db());
        QString error;
        Source src = sampleSource(QStringLiteral("Stored"));
        tx.begin(&error);
        store.insert(src, QStringLiteral("Some text."), {}, &error);
        tx.commit(&error);
        return path;
    }

private slots:
    void createSetsIdentityAndDurability()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.crosscheck"));
        OpenStatus status;
        auto s = ProjectStorage::create(path, &status);
        QVERIFY2(s, qPrintable(status.message));
        QCOMPARE(s->db().applicationId(), kApplicationId);
        QCOMPARE(s->db().userVersion(), currentSchemaVersion());
        QCOMPARE(s->db().scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
        // EXTRA: the folder is synced after the journal's unlink, the commit point.
        QCOMPARE(s->db().scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 3);
        QCOMPARE(s->db().scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        const FileHeader header = FileHeader::read(path);
        QVERIFY(header.isSqlite);
        QCOMPARE(header.applicationId, kApplicationId);
        QCOMPARE(siblings(path), QStringList({QStringLiteral("new.crosscheck"),
                                              QStringLiteral("new.crosscheck.lock")}));
        s.reset();
        QCOMPARE(siblings(path), QStringList({QStringLiteral("new.crosscheck")})); // lock released

        // Never over an existing file.
        const QByteArray before = fingerprint(path);
        QVERIFY(!ProjectStorage::create(path, &status));
        QCOMPARE(status.error, OpenError::AlreadyExists);
        QCOMPARE(fingerprint(path), before);
    }

    void mistypedPathIsNotCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("typo.crosscheck"));
        OpenStatus status;
        QVERIFY(!ProjectStorage::open(path, false, &status));
        QCOMPARE(status.error, OpenError::NotFound);
        QVERIFY(status.message.contains(QLatin1String("typo.crosscheck")));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(siblings(path).isEmpty());
        QVERIFY(!ProjectStorage::open(m_dir.path(), false, &status));
        QCOMPARE(status.error, OpenError::NotAFile);
    }

    void notAProject_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("text file") << QByteArray("This is an article, not a project.\n");
        QTest::newRow("short header") << QByteArray("SQLite format 3");
    }
    void notAProject()
    {
        QFETCH(QByteArray, content);
        const QString path =
            m_dir.filePath(QStringLiteral("notproject%1.crosscheck").arg(++m_counter));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = fingerprint(path);
        OpenStatus status;
        QVERIFY(!ProjectStorage::open(path, false, &status));
        QCOMPARE(status.error, OpenError::NotAProject);
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(siblings(path).size(), 1);
    }

    void sqliteOfAnotherApplication()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.db"));
        sql(path, "CREATE TABLE notes(x); INSERT INTO notes VALUES (1);");
        const QByteArray before = fingerprint(path);
        OpenStatus status;
        QVERIFY(!ProjectStorage::open(path, false, &status));
        QCOMPARE(status.error, OpenError::NotAProject);
        QVERIFY(status.message.contains(QLatin1String("another application")));
        QCOMPARE(fingerprint(path), before);
    }

    void newerVersionRefusedUntouched()
    {
        const QString path = newProject();
        sql(path, "PRAGMA user_version = 99;");
        const QByteArray before = fingerprint(path);
        OpenStatus status;
        QVERIFY(!ProjectStorage::open(path, false, &status));
        QCOMPARE(status.error, OpenError::NewerVersion);
        QCOMPARE(status.fileVersion, 99);
        QVERIFY(status.message.contains(QLatin1String("newer version")));
        QVERIFY(!ProjectStorage::open(path, true, &status));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(siblings(path).size(), 1);
    }

    void damagedFileRefusedUntouched()
    {
        const QString path = newProject();
        {
            // Many rows so that the table spans several pages, then scribble over a b-tree page.
            auto s = ProjectStorage::open(path, false, nullptr);
            SourceStore store(s->db());
            Transaction tx(s->db());
            QString e;
            tx.begin(&e);
            for (int i = 0; i < 50; ++i) {
                Source src = sampleSource(QStringLiteral("Row%1").arg(i));
                QVERIFY(store.insert(src, QString(300, u'x'), {}, &e));
            }
            QVERIFY(tx.commit(&e));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(3 * 4096); // page 4: the root of the source table
        f.write(QByteArray(100, '\xA5'));
        f.close();
        const QByteArray before = fingerprint(path);
        OpenStatus status;
        QVERIFY(!ProjectStorage::open(path, false, &status));
        QCOMPARE(status.error, OpenError::Damaged);
        QVERIFY2(status.message.contains(QLatin1String("damaged")), qPrintable(status.message));
        // SQLite's own words go to the details, not into the message.
        QVERIFY(!status.detail.isEmpty());
        for (const char *internal : {"***", "btree", "Page ", "database main"})
            QVERIFY2(!status.message.contains(QLatin1String(internal)), qPrintable(status.message));
        QCOMPARE(fingerprint(path), before);
        QCOMPARE(siblings(path).size(), 1); // no journal or lock left behind
    }

    void readOnlyFileOpensReadOnly()
    {
        const QString path = newProject();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = fingerprint(path);
        OpenStatus status;
        auto s = ProjectStorage::open(path, false, &status);
        QVERIFY2(s, qPrintable(status.message));
        QVERIFY(s->isReadOnly());
        QVERIFY(s->readOnlyReason().contains(QLatin1String("read-only")));
        QCOMPARE(SourceStore(s->db()).all().size(), 1);
        QString error;
        QVERIFY(!s->db().exec(
            QStringLiteral("INSERT INTO project_info (key, value) VALUES ('k', 'v')"), {}, &error));
        QVERIFY2(error.contains(QLatin1String("readonly")),
                 qPrintable(error)); // the connection itself cannot write
        s.reset();
        QCOMPARE(fingerprint(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void secondInstanceIsToldAtOnce()
    {
        const QString path = newProject();
        OpenStatus status;
        auto first = ProjectStorage::open(path, false, &status);
        QVERIFY(first);
        QElapsedTimer timer;
        timer.start();
        auto second = ProjectStorage::open(path, false, &status);
        const qint64 ms = timer.elapsed();
        QVERIFY(!second);
        QCOMPARE(status.error, OpenError::AlreadyOpen);
        QVERIFY(status.message.contains(QLatin1String("already open")));
        QVERIFY(status.lockHolder.contains(QString::number(QCoreApplication::applicationPid())));
        qInfo("in-process second open refused after %lld ms", ms);
        // It may open read-only, and reads what the first one wrote.
        auto reader = ProjectStorage::open(path, true, &status);
        QVERIFY(reader);
        QVERIFY(reader->isReadOnly());
        QCOMPARE(SourceStore(reader->db()).all().size(), 1);
        reader.reset();

        // Another process (the CLI) is refused with a clear line, without SQLite's busy wait.
        QProcess cli;
        timer.restart();
        cli.start(QStringLiteral(CROSSCHECK_CLI), {QStringLiteral("import"), path, m_dir.path()});
        QVERIFY(cli.waitForFinished(20000));
        const qint64 cliMs = timer.elapsed();
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.readAllStandardError().contains("already open"), "no 'already open' message");
        qInfo("crosscheck-cli refused after %lld ms (process start included)", cliMs);
        QVERIFY2(cliMs < 4000,
                 "refusal must not wait for a lock to time out"); // a freeze guard, not a benchmark

        first.reset();
        QVERIFY(ProjectStorage::open(path, false, &status)); // released on close
    }

    void staleLockOfACrashedInstanceIsTakenOver()
    {
        const QString path = newProject();
        QFile lock(ProjectStorage::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // A lock whose process is gone (PID 2^22 - 1 is beyond Linux's default pid_max).
        lock.write(QByteArray("4194303\ncrosscheck\n") + QSysInfo::machineHostName().toUtf8() +
                   "\n");
        lock.close();
        OpenStatus status;
        auto s = ProjectStorage::open(path, false, &status);
        QVERIFY2(s, qPrintable(status.message));
        QVERIFY(!s->isReadOnly());
    }

    void emptyLockLeftByAKillIsTakenOver()
    {
        // Killed between creating the lock file and writing its PID: an empty lock file that
        // no process holds. Taken over at once, and then held properly.
        const QString path = newProject();
        QFile lock(ProjectStorage::lockFilePath(path));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.close();
        OpenStatus status;
        auto s = ProjectStorage::open(path, false, &status);
        QVERIFY2(s, qPrintable(status.message));
        QVERIFY(!s->isReadOnly());
        QVERIFY(!ProjectStorage::open(path, false, &status));
        QCOMPARE(status.error, OpenError::AlreadyOpen);
        s.reset();

        // An empty lock file that a live process holds (as Qt does while it writes the PID) is
        // not taken over.
        QVERIFY(lock.open(QIODevice::WriteOnly));
        QCOMPARE(::flock(lock.handle(), LOCK_EX | LOCK_NB), 0);
        QVERIFY(!ProjectStorage::open(path, false, &status));
        QCOMPARE(status.error, OpenError::AlreadyOpen);
        lock.close();
        QVERIFY2(ProjectStorage::open(path, false, &status), qPrintable(status.message));
    }

    void saveCopyAsWritesACompleteProject()
    {
        const QString path = newProject();
        OpenStatus status;
        auto s = ProjectStorage::open(path, false, &status);
        const QString copy = m_dir.filePath(QStringLiteral("copy.crosscheck"));
        QString error;
        QVERIFY2(s->saveCopyAs(copy, &error), qPrintable(error));
        QVERIFY2(s->saveCopyAs(copy, &error), qPrintable(error)); // replacing an older copy
        QCOMPARE(siblings(copy), QStringList({QStringLiteral("copy.crosscheck")})); // no .part left
        auto c = ProjectStorage::open(copy, false, &status);
        QVERIFY2(c, qPrintable(status.message));
        QCOMPARE(SourceStore(c->db()).all().first().meta.title, QStringLiteral("Stored"));
        QVERIFY(!s->saveCopyAs(path, &error)); // not over itself
        QVERIFY(!s->saveCopyAs(m_dir.filePath(QStringLiteral("no/such/dir/x.crosscheck")), &error));
    }

    void fullDiskLosesNothing()
    {
        const QString path = newProject();
        OpenStatus status;
        auto s = ProjectStorage::open(path, false, &status);
        SourceStore store(s->db());
        const int pages = s->db().scalar(QStringLiteral("PRAGMA page_count")).toInt();
        // No room to grow: what a full disk looks like to SQLite (SQLITE_FULL).
        QVERIFY(s->db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        QString error;
        {
            // The transaction ends (rolls back) before its database goes.
            Transaction tx(s->db());
            QVERIFY(tx.begin(&error));
            Source big = sampleSource(QStringLiteral("Big"));
            const bool inserted =
                store.insert(big, QString(200000, u'y'), {}, &error) && tx.commit(&error);
            QVERIFY(!inserted);
            QVERIFY2(error.contains(QLatin1String("full")), qPrintable(error));
        }
        QCOMPARE(store.all().size(), 1);
        s.reset();
        auto again = ProjectStorage::open(path, false, &status);
        QVERIFY2(again, qPrintable(status.message));
        QCOMPARE(SourceStore(again->db()).all().size(), 1);
    }

    void nestedTransactionsAreDurableTogetherOrNotAtAll()
    {
        const QString path = newProject();
        auto s = ProjectStorage::open(path, false, nullptr);
        QVERIFY(s);
        Database &db = s->db();
        const auto logRows = [&path] {
            // What another process would find in the file now.
            sqlite3 *other = nullptr;
            sqlite3_open_v2(path.toUtf8().constData(), &other, SQLITE_OPEN_READONLY, nullptr);
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(other, "SELECT count(*) FROM edit_log", -1, &st, nullptr);
            const int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
            sqlite3_finalize(st);
            sqlite3_close(other);
            return n;
        };
        const int before = logRows();
        QString e;
        const char *insert = "INSERT INTO edit_log (at, author, action) VALUES ('t', 'a', 'x')";
        {
            Transaction outer(db);
            QVERIFY(outer.begin(&e));
            for (int i = 0; i < 3; ++i) {
                Transaction inner(db); // what each undo command does
                QVERIFY(inner.begin(&e));
                QVERIFY(db.exec(QLatin1String(insert)));
                QVERIFY(inner.commit(&e));
                QCOMPARE(logRows(), before); // not yet in the file
            }
            {
                Transaction failing(db); // an inner edit that fails is taken back alone
                QVERIFY(failing.begin(&e));
                QVERIFY(db.exec(QLatin1String(insert)));
            }
            QVERIFY(outer.commit(&e));
        }
        QCOMPARE(logRows(), before + 3);
        {
            Transaction outer(db); // interrupted: none of it stays
            QVERIFY(outer.begin(&e));
            Transaction inner(db);
            QVERIFY(inner.begin(&e));
            QVERIFY(db.exec(QLatin1String(insert)));
            QVERIFY(inner.commit(&e));
        }
        QCOMPARE(logRows(), before + 3);
        QVERIFY(!db.inTransaction());
    }

    void statementsSplitAtCompleteStatements()
    {
        const QStringList st = Database::splitStatements(
            QStringLiteral("-- comment\nCREATE TABLE a (x);\n\nCREATE TRIGGER t BEFORE UPDATE ON "
                           "a\nBEGIN\n  SELECT 1;\nEND;\nINSERT INTO a VALUES (';');\n"));
        QCOMPARE(st.size(), 3);
        QVERIFY(st.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
        QVERIFY(st.at(1).endsWith(QLatin1String("END;")));
    }
};

QTEST_GUILESS_MAIN(TestProjectStorage)
#include "tst_projectstorage.moc"
