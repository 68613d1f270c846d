// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

#include <sqlite3.h>

#include <atomic>

namespace Crosscheck::Core::Storage {

namespace {
std::atomic<int> s_connectionCounter{0};

QString describe(const QSqlError &e)
{
    const QString db = e.databaseText();
    return db.isEmpty() ? e.text() : db;
}

bool backupBetween(sqlite3 *from, sqlite3 *to, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        rc = sqlite3_errcode(to);
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}
} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("crosscheck-%1").arg(++s_connectionCounter))
{}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, bool readOnly, QString *error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            if (error)
                *error = tr("the Qt SQLite driver (QSQLITE) is not installed");
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        db.setDatabaseName(path);
        // A short busy timeout: a locked project is reported, never waited on for seconds.
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=300");
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            if (error)
                *error = describe(db.lastError());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
    }
    m_path = path;
    m_readOnly = readOnly;
    harden();
    return true;
}

void Database::harden()
{
    if (sqlite3 *db = handle()) {
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    }
}

int Database::lastErrorCode() const
{
    sqlite3 *db = handle();
    return db ? sqlite3_extended_errcode(db) : SQLITE_OK;
}

QStringList Database::schemaObjects(QString *error)
{
    QStringList objects;
    QSqlQuery q = run(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') "
                                     "FROM sqlite_schema WHERE name NOT LIKE 'sqlite_stat%'"),
                      {}, error);
    while (q.next()) {
        objects << q.value(0).toString() + u'\x1f' + q.value(1).toString() + u'\x1f' +
                       q.value(2).toString() + u'\x1f' + q.value(3).toString();
    }
    objects.sort();
    return objects;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    while (m_depth > 0)
        rollback();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlQuery Database::run(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = describe(query.lastError());
        return query;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec() && error)
        *error = describe(query.lastError());
    return query;
}

QSqlQuery Database::prepare(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql) && error)
        *error = describe(query.lastError());
    return query;
}

bool Database::run(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

bool Database::exec(const QString &sql, const QVariantList &values, QString *error)
{
    QString err;
    QSqlQuery q = run(sql, values, &err);
    if (!err.isEmpty() || !q.isActive()) {
        if (error)
            *error = err.isEmpty() ? describe(q.lastError()) : err;
        return false;
    }
    return true;
}

QVariant Database::scalar(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q = run(sql, values, error);
    if (q.isActive() && q.next())
        return q.value(0);
    return {};
}

bool Database::beginImmediate(QString *error)
{
    // BEGIN IMMEDIATE takes the write lock up front, so an edit never fails half-way
    // because another connection started writing.
    const QString sql = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT crosscheck_%1").arg(m_depth);
    if (!exec(sql, {}, error))
        return false;
    ++m_depth;
    return true;
}

bool Database::commit(QString *error)
{
    if (m_depth == 0)
        return false;
    const QString sql = m_depth == 1 ? QStringLiteral("COMMIT")
                                     : QStringLiteral("RELEASE crosscheck_%1").arg(m_depth - 1);
    const bool ok = exec(sql, {}, error);
    if (ok)
        --m_depth;
    return ok;
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (m_depth == 1) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        const QString name = QStringLiteral("crosscheck_%1").arg(m_depth - 1);
        exec(QStringLiteral("ROLLBACK TO ") + name);
        exec(QStringLiteral("RELEASE ") + name);
    }
    --m_depth;
}

int Database::userVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

qint32 Database::applicationId()
{
    return qint32(scalar(QStringLiteral("PRAGMA application_id")).toLongLong());
}

namespace {
/// A problem report as one short line: SQLite quotes damaged schema text, line breaks and all.
QString oneLine(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 160)
        line = line.left(157) + QStringLiteral("…");
    return line;
}
} // namespace

QString Database::quickCheck()
{
    QString error;
    QSqlQuery q = run(QStringLiteral("PRAGMA quick_check(5)"), {}, &error);
    if (!error.isEmpty())
        return oneLine(error);
    QStringList problems;
    while (q.next()) {
        // quick_check may report several problems in one row, one per line.
        for (const QString &line : q.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (line.trimmed() != QLatin1String("ok"))
                problems << oneLine(line);
        }
    }
    if (problems.size() > 3)
        problems = problems.mid(0, 3) << tr("…");
    return problems.join(QStringLiteral("; "));
}

sqlite3 *Database::handle() const
{
    const QVariant v = QSqlDatabase::database(m_connectionName, false).driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool Database::backupTo(const QString &target, QString *error)
{
    sqlite3 *src = handle();
    if (!src) {
        *error = tr("the database is not open");
        return false;
    }
    sqlite3 *dst = nullptr;
    if (sqlite3_open_v2(QDir::toNativeSeparators(target).toUtf8().constData(), &dst,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(dst));
        sqlite3_close(dst);
        return false;
    }
    const bool ok = backupBetween(src, dst, error);
    if (sqlite3_close(dst) != SQLITE_OK && ok) {
        *error = tr("could not finish writing the copy");
        return false;
    }
    return ok;
}

bool Database::restoreFrom(const QString &sourcePath, QString *error)
{
    sqlite3 *dst = handle();
    sqlite3 *src = nullptr;
    if (sqlite3_open_v2(QDir::toNativeSeparators(sourcePath).toUtf8().constData(), &src,
                        SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(src));
        sqlite3_close(src);
        return false;
    }
    const bool ok = dst && backupBetween(src, dst, error);
    sqlite3_close(src);
    return ok;
}

QStringList Database::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &line : script.split(u'\n')) {
        if (current.isEmpty() &&
            (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        current += line + u'\n';
        if (sqlite3_complete(current.toUtf8().constData())) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace Crosscheck::Core::Storage
