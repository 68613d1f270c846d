// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;

namespace Crosscheck::Core::Storage {

/// One SQLite connection through Qt Sql with the helpers the stores need: bound statements,
/// BEGIN IMMEDIATE transactions, pragmas and SQLite's backup API.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Storage)
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens \a path (":memory:" for a private in-memory database). Read-only connections
    /// never write to the file.
    bool open(const QString &path, bool readOnly, QString *error);
    void close();
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }

    /// Runs one statement with positional bound values; returns the active query (check
    /// isActive()). SQL text is always a constant: values are only ever bound.
    QSqlQuery run(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);
    /// Runs a statement that returns no rows; false with \a error on failure.
    bool exec(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);
    /// A statement prepared once to be run many times with run(QSqlQuery &, …) (bulk inserts).
    QSqlQuery prepare(const QString &sql, QString *error = nullptr);
    /// Runs the prepared \a query with \a values bound; false with \a error on failure.
    static bool run(QSqlQuery &query, const QVariantList &values, QString *error = nullptr);
    /// The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

    /// Transactions nest: the outermost is BEGIN IMMEDIATE … COMMIT, inner ones are savepoints,
    /// so that several edits can be made durable together, or not at all.
    bool beginImmediate(QString *error);
    bool commit(QString *error);
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    int userVersion();
    qint32 applicationId();
    /// PRAGMA quick_check: empty when the file is sound, else what SQLite reports (one line).
    QString quickCheck();
    /// SQLite's extended result code of the last failed call on this connection (e.g.
    /// SQLITE_READONLY_ROLLBACK: a read-only connection found a hot journal it cannot replay).
    int lastErrorCode() const;
    /// Every (type, name, table, SQL) row of sqlite_schema but SQLite's own statistics tables,
    /// sorted; one string per object.
    QStringList schemaObjects(QString *error = nullptr);

    /// Copies the whole database into \a target through SQLite's online backup API.
    bool backupTo(const QString &target, QString *error);
    /// Copies \a sourcePath into this (open, usually in-memory) database.
    bool restoreFrom(const QString &sourcePath, QString *error);
    /// Splits an SQL script into complete statements (triggers included).
    static QStringList splitStatements(const QString &script);

    sqlite3 *handle() const;

private:
    /// Schema objects of an opened file are not trusted: no side-effecting function runs from a
    /// view or trigger (trusted_schema=OFF), and the connection cannot corrupt the file on
    /// purpose (SQLITE_DBCONFIG_DEFENSIVE: no writable_schema, no direct shadow-table writes).
    void harden();
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    int m_depth = 0; // open transactions: 1 the outermost, more for savepoints inside it
};

/// Rolls back on scope exit unless committed: one per user edit.
class Transaction final
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool begin(QString *error)
    {
        m_active = m_db.beginImmediate(error);
        return m_active;
    }
    bool commit(QString *error)
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_db.commit(error))
            return true;
        m_db.rollback();
        return false;
    }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace Crosscheck::Core::Storage
