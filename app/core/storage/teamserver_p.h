// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the team server: teamserver.cpp (connections, publish, clone) and teamtables.cpp
// (a project file's tables as the server stores them, and copying their rows).

#include "database.h"
#include "teamserver.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>
#include <vector>

namespace Crosscheck::Core::Storage::TeamDetail {

/// A table of a project file as the server copies it.
struct Table
{
    QString name;
    QStringList columns;
    QStringList types; ///< the declared SQLite types (INTEGER, REAL, TEXT, BLOB)
    QList<bool> notNull;
    QStringList key; ///< primary key columns, in key order
    /// Foreign keys as the file declares them: the server enforces the same references.
    struct Reference
    {
        QStringList from;
        QString table;
        QStringList to;
        QString onDelete; ///< "CASCADE", "SET NULL", "NO ACTION", …
    };
    std::vector<Reference> references;
};

/// Names the schema uses: lower-case words (anything else in a file is refused before now, by
/// ProjectStorage's schema check; this keeps the quoted identifiers below safe regardless).
bool plainName(const QString &s);

/// The tables of an open project file, in the order the migrations made them (parents before
/// the tables that refer to them), without a replica's own state (team_outbox, team_state).
std::optional<std::vector<Table>> tablesOf(Database &db, QString *error);

/// The PostgreSQL type of an SQLite column: 64-bit integers, 8-byte floats, bytes, text.
QString serverType(const QString &sqliteType);

QString quoted(const QString &identifier);

/// The schema of a team project: derived from its name, so any name is safe as an identifier.
QString schemaFor(const QString &name);

/// "INSERT INTO table (a, b) VALUES (?, ?), (?, ?), …" for \a rows rows.
QString insertSql(const QString &table, const QStringList &columns, int rows);

/// Rows per INSERT: many at once (each statement costs round trips), within the bound-value
/// limits of both engines.
int batchRows(const Table &t);

/// The values of \a record as they are bound again: SQLite hands back integers, doubles,
/// strings and bytes; BLOB columns stay bytes, NULL stays NULL.
QVariantList valuesOf(const QSqlQuery &q, const Table &t);

/// "CREATE TABLE schema.table (columns…, PRIMARY KEY (…), FOREIGN KEY …)" in PostgreSQL
/// types, the references to tables of \a schema (deferrable: a copy may hold a child first).
QString createTableSql(const QString &schema, const Table &t);

/// "SELECT columns… FROM table" (in key order when \a ordered: the same rows in the same
/// order from either engine).
QString selectSql(const QString &from, const Table &t, bool ordered);

/// Copies the rows of \a rows (a query of \a t's columns) with \a insert, many rows to a
/// statement, counting them into \a done of \a total for \a progress. False with \a why
/// ("cancelled" when progress said stop).
bool copyRows(QSqlQuery &rows, const Table &t, const QString &target,
              const std::function<bool(const QString &, const QVariantList &, QString *)> &insert,
              qint64 &done, qint64 total, const TeamServer::Progress &progress, QString *why);

} // namespace Crosscheck::Core::Storage::TeamDetail

namespace Crosscheck::Core::Storage {

struct TeamServer::Private
{
    QString connection =
        QStringLiteral("crosscheck-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool open = false;
    mutable QHash<QString, QString> schemas; ///< team project name -> schema, as looked up
    std::optional<TeamUrl> url;              ///< of the last connect()

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    /// Runs \a sql (DDL or a statement without values) unprepared.
    bool exec(const QString &sql, QString *error) const
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }
    /// Runs \a sql with \a values bound in \a q (a query on this connection).
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error) const
    {
        q.setForwardOnly(true);
        if (!q.prepare(sql)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        return true;
    }
    bool run(const QString &sql, const QVariantList &values, QString *error) const
    {
        QSqlQuery q(db());
        return run(q, sql, values, error);
    }
    /// Replaces the rows of the new project file \a local by those of the server's \a schema,
    /// in one transaction of the file, from one snapshot of the server (and its change clock
    /// into \a clock, 0 when the project has none yet).
    bool fill(Database &local, const QString &schema, const Progress &progress, QString *why,
              qint64 *clock) const;
    bool copyInto(Database &local, const QString &schema, const Progress &progress, QString *why,
                  qint64 *clock) const;
    /// Creates public.crosscheck_project (and the edit functions) when the server has none.
    bool ensureRegistry(QString *error) const;
    /// The schema of the team project \a name from the registry; empty with \a error if none.
    QString schemaOf(const QString &name, QString *error) const;
    /// Creates the tables of live editing in \a schema (the change clock, the edit log, the
    /// last change of each row, the id sequence), inside the caller's transaction.
    bool createLiveTables(const QString &schema, QString *error) const;
    /// Runs \a work in a transaction: committed when it returns true, else rolled back.
    bool inTransaction(const std::function<bool(QString *)> &work, QString *error) const;
    /// Runs \a sql in a transaction serialised by advisory lock \a lock.
    bool execLocked(qint64 lock, const QStringList &sql, QString *error) const;
};

} // namespace Crosscheck::Core::Storage
