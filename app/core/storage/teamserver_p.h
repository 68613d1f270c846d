#pragma once

// Private to the team server: teamserver.cpp (connections, publish, clone) and teamtables.cpp
// (a project file's tables as the server stores them, and copying their rows).

#include "database.h"
#include "teamserver.h"

#include <QSqlQuery>
#include <QStringList>

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
};

/// Names the schema uses: lower-case words (anything else in a file is refused before now, by
/// ProjectStorage's schema check; this keeps the quoted identifiers below safe regardless).
bool plainName(const QString &s);

/// The tables of an open project file, in the order the migrations made them (parents before
/// the tables that refer to them).
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

/// "CREATE TABLE schema.table (columns…, PRIMARY KEY (…))" in PostgreSQL types.
QString createTableSql(const QString &qualified, const Table &t);

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
