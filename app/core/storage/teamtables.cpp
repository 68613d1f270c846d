// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserver_p.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QVariant>

#include <algorithm>

namespace Crosscheck::Core::Storage::TeamDetail {

/// Names the schema uses: lower-case words (anything else in a file is refused before now, by
/// ProjectStorage's schema check; this keeps the quoted identifiers below safe regardless).
bool plainName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(s).hasMatch();
}

/// The tables of an open project file, in the order the migrations made them (parents before
/// the tables that refer to them).
namespace {
bool readReferences(Database &db, Table &t, QString *error)
{
    QSqlQuery fk = db.run(QStringLiteral("SELECT id, \"table\", \"from\", \"to\", on_delete FROM "
                                         "pragma_foreign_key_list(?) ORDER BY id, seq"),
                          {t.name}, error);
    if (!fk.isActive())
        return false;
    int current = -1;
    while (fk.next()) {
        const QString table = fk.value(1).toString();
        const QString from = fk.value(2).toString();
        const QString to =
            fk.value(3).toString().isEmpty() ? QStringLiteral("id") : fk.value(3).toString();
        const QString onDelete = fk.value(4).toString().toUpper();
        static const QStringList actions{QStringLiteral("CASCADE"), QStringLiteral("SET NULL"),
                                         QStringLiteral("NO ACTION"), QStringLiteral("RESTRICT"),
                                         QStringLiteral("SET DEFAULT")};
        if (!plainName(table) || !plainName(from) || !plainName(to) ||
            !actions.contains(onDelete)) {
            if (error)
                *error =
                    TeamServer::tr("the project file has an unusual reference in “%1”").arg(t.name);
            return false;
        }
        if (fk.value(0).toInt() != current) {
            current = fk.value(0).toInt();
            t.references.push_back({{}, table, {}, onDelete});
        }
        t.references.back().from << from;
        t.references.back().to << to;
    }
    return true;
}
} // namespace

std::optional<std::vector<Table>> tablesOf(Database &db, QString *error)
{
    std::vector<Table> out;
    QSqlQuery names =
        db.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'team_%' "
                              "ORDER BY rowid"),
               {}, error);
    if (!names.isActive())
        return std::nullopt;
    QStringList list;
    while (names.next())
        list << names.value(0).toString();
    for (const QString &name : list) {
        if (!plainName(name)) {
            if (error)
                *error = TeamServer::tr("the project file has a table named “%1”").arg(name);
            return std::nullopt;
        }
        Table t;
        t.name = name;
        QSqlQuery cols = db.run(QStringLiteral("SELECT name, type, \"notnull\", pk FROM "
                                               "pragma_table_info(?) ORDER BY cid"),
                                {name}, error);
        if (!cols.isActive())
            return std::nullopt;
        std::vector<std::pair<int, QString>> key;
        while (cols.next()) {
            const QString c = cols.value(0).toString();
            if (!plainName(c)) {
                if (error)
                    *error = TeamServer::tr("the project file has a column named “%1”").arg(c);
                return std::nullopt;
            }
            t.columns << c;
            t.types << cols.value(1).toString().toUpper();
            t.notNull << (cols.value(2).toInt() != 0);
            if (cols.value(3).toInt() > 0)
                key.push_back({cols.value(3).toInt(), c});
        }
        std::sort(key.begin(), key.end());
        for (const auto &[n, c] : key)
            t.key << c;
        if (!readReferences(db, t, error))
            return std::nullopt;
        out.push_back(std::move(t));
    }
    return out;
}

/// The PostgreSQL type of an SQLite column: 64-bit integers, 8-byte floats, bytes, text.
QString serverType(const QString &sqliteType)
{
    if (sqliteType.contains(QLatin1String("INT")))
        return QStringLiteral("BIGINT");
    if (sqliteType.contains(QLatin1String("REAL")) || sqliteType.contains(QLatin1String("FLOA")) ||
        sqliteType.contains(QLatin1String("DOUB")))
        return QStringLiteral("DOUBLE PRECISION");
    if (sqliteType.contains(QLatin1String("BLOB")))
        return QStringLiteral("BYTEA");
    return QStringLiteral("TEXT");
}

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

/// The schema of a team project: derived from its name, so any name is safe as an identifier.
QString schemaFor(const QString &name)
{
    return QStringLiteral("cc_") +
           QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(24));
}

/// "INSERT INTO table (a, b) VALUES (?, ?), (?, ?), …" for \a rows rows.
QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns << quoted(c);
    QString one = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    QStringList all(rows, one);
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
           quotedColumns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ") +
           all.join(QStringLiteral(", "));
}

/// Rows per INSERT: many at once (each statement costs round trips), within the bound-value
/// limits of both engines.
int batchRows(const Table &t)
{
    return std::max(1, int(6000 / std::max<qsizetype>(1, t.columns.size())));
}

/// The values of \a record as they are bound again: SQLite hands back integers, doubles,
/// strings and bytes; BLOB columns stay bytes, NULL stays NULL.
QVariantList valuesOf(const QSqlQuery &q, const Table &t)
{
    QVariantList out;
    out.reserve(t.columns.size());
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        QVariant v = q.value(int(c));
        if (!v.isNull() && t.types.at(c).contains(QLatin1String("BLOB")))
            v = v.toByteArray();
        out << v;
    }
    return out;
}

QString createTableSql(const QString &schema, const Table &t)
{
    const auto list = [](const QStringList &names) {
        QStringList q;
        for (const QString &n : names)
            q << quoted(n);
        return q.join(QStringLiteral(", "));
    };
    QStringList columns;
    for (qsizetype c = 0; c < t.columns.size(); ++c)
        columns << quoted(t.columns.at(c)) + u' ' + serverType(t.types.at(c)) +
                       (t.notNull.at(c) ? QStringLiteral(" NOT NULL") : QString());
    QStringList key;
    for (const QString &k : t.key)
        key << quoted(k);
    if (!key.isEmpty())
        columns << QStringLiteral("PRIMARY KEY (") + key.join(QStringLiteral(", ")) + u')';
    for (const Table::Reference &r : t.references)
        columns << QStringLiteral("FOREIGN KEY (") + list(r.from) +
                       QStringLiteral(") REFERENCES ") + quoted(schema) + u'.' + quoted(r.table) +
                       QStringLiteral(" (") + list(r.to) + QStringLiteral(") ON DELETE ") +
                       r.onDelete + QStringLiteral(" DEFERRABLE INITIALLY IMMEDIATE");
    return QStringLiteral("CREATE TABLE ") + quoted(schema) + u'.' + quoted(t.name) +
           QStringLiteral(" (") + columns.join(QStringLiteral(", ")) + u')';
}

/// "SELECT columns… FROM table" (in key order when \a ordered: the same rows in the same
/// order from either engine).
QString selectSql(const QString &from, const Table &t, bool ordered)
{
    QStringList select;
    for (const QString &c : t.columns)
        select << quoted(c);
    QString sql = QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM ") + from;
    if (ordered) {
        QStringList order;
        for (const QString &k : t.key.isEmpty() ? t.columns : t.key)
            order << quoted(k);
        sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    }
    return sql;
}

/// Copies the rows of \a rows (a query of \a t's columns) with \a insert, many rows to a
/// statement, counting them into \a done of \a total for \a progress. False with \a why
/// ("cancelled" when progress said stop).
bool copyRows(QSqlQuery &rows, const Table &t, const QString &target,
              const std::function<bool(const QString &, const QVariantList &, QString *)> &insert,
              qint64 &done, qint64 total, const TeamServer::Progress &progress, QString *why)
{
    const int batch = batchRows(t);
    QVariantList values;
    int pending = 0;
    const auto flush = [&]() {
        if (pending == 0)
            return true;
        if (!insert(insertSql(target, t.columns, pending), values, why))
            return false;
        done += pending;
        values.clear();
        pending = 0;
        if (progress && !progress(done, total)) {
            *why = TeamServer::tr("cancelled");
            return false;
        }
        return true;
    };
    while (rows.next()) {
        values << valuesOf(rows, t);
        if (++pending == batch && !flush())
            return false;
    }
    return flush();
}

} // namespace Crosscheck::Core::Storage::TeamDetail
