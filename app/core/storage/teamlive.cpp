// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TeamServer: live editing of a team project (the edit function, the change clock and log, id
// blocks). The server side is app/core/storage/team/edit-functions.sql.
#include "teamserver.h"
#include "teamserver_p.h"

#include "util/appinit.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QThread>

#include <algorithm>

namespace Crosscheck::Core::Storage {

using namespace TeamDetail;

namespace {
/// Advisory lock keys (any 64-bit numbers, the same in every client).
constexpr qint64 RegistryLock = 4851729931;

QStringList editFunctions()
{
    ensureResources();
    QFile f(QStringLiteral(":/crosscheck/team/edit-functions.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QStringLiteral("\n-- statement\n"));
}

/// What a failed call on the server says, when the connection is gone (QPSQL then reports an
/// empty error) as well.
QString errorText(const QSqlQuery &q, const QSqlDatabase &db)
{
    const QString text = q.lastError().text().trimmed();
    if (!text.isEmpty() && db.isOpen())
        return text;
    return TeamServer::tr("the connection to the server was lost");
}
} // namespace

QString TeamServer::Private::schemaOf(const QString &name, QString *error) const
{
    if (const auto it = schemas.constFind(name); it != schemas.constEnd())
        return *it;
    QSqlQuery row(db());
    if (!run(row,
             QStringLiteral("SELECT schema_name FROM public.crosscheck_project WHERE name = ?"),
             {name}, error))
        return {};
    if (!row.next()) {
        if (error)
            *error = tr("no team project named “%1” on this server").arg(name);
        return {};
    }
    const QString schema = row.value(0).toString();
    if (!plainName(schema)) {
        if (error)
            *error = tr("the server's project list is damaged (schema “%1”)").arg(schema);
        return {};
    }
    schemas.insert(name, schema);
    return schema;
}

bool TeamServer::Private::createLiveTables(const QString &schema, QString *error) const
{
    const QString s = quoted(schema) + u'.';
    QSqlQuery max(db());
    if (!run(max,
             QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM (SELECT id FROM ") + s +
                 QStringLiteral("entity_type UNION ALL SELECT id FROM ") + s +
                 QStringLiteral("entity UNION ALL SELECT id FROM ") + s +
                 QStringLiteral("mention UNION ALL SELECT id FROM ") + s +
                 QStringLiteral("link UNION ALL SELECT id FROM ") + s + QStringLiteral("note) ids"),
             {}, error) ||
        !max.next())
        return false;
    const qint64 first = max.value(0).toLongLong();
    max.finish();
    return exec(QStringLiteral("CREATE TABLE ") + s +
                    QStringLiteral("sync_clock (one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one), "
                                   "clock BIGINT NOT NULL)"),
                error) &&
           exec(QStringLiteral("INSERT INTO ") + s +
                    QStringLiteral("sync_clock (clock) VALUES (0)"),
                error) &&
           exec(QStringLiteral("CREATE TABLE ") + s +
                    QStringLiteral("sync_log (clock BIGINT PRIMARY KEY, edit_key TEXT NOT NULL "
                                   "UNIQUE, author TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT "
                                   "now(), action TEXT NOT NULL, delta TEXT NOT NULL)"),
                error) &&
           exec(QStringLiteral("CREATE TABLE ") + s +
                    QStringLiteral("sync_row (tbl TEXT NOT NULL, pk JSONB NOT NULL, clock BIGINT "
                                   "NOT NULL, PRIMARY KEY (tbl, pk))"),
                error) &&
           // The number is the server's own (no value of a client's in DDL).
           exec(QStringLiteral("CREATE SEQUENCE ") + s + QStringLiteral("ids START WITH ") +
                    QString::number(first) + QStringLiteral(" INCREMENT BY ") +
                    QString::number(IdBlock),
                error);
}

bool TeamServer::Private::inTransaction(const std::function<bool(QString *)> &work,
                                        QString *error) const
{
    QSqlDatabase c = db();
    if (!c.transaction()) {
        if (error)
            *error = c.lastError().text();
        return false;
    }
    if (!work(error)) {
        c.rollback();
        return false;
    }
    if (!c.commit()) {
        if (error)
            *error = c.lastError().text();
        return false;
    }
    return true;
}

bool TeamServer::Private::execLocked(qint64 lock, const QStringList &sql, QString *error) const
{
    return inTransaction(
        [&](QString *e) {
            if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(") + QString::number(lock) +
                          u')',
                      e))
                return false;
            return std::all_of(sql.begin(), sql.end(),
                               [&](const QString &statement) { return exec(statement, e); });
        },
        error);
}

bool TeamServer::Private::ensureRegistry(QString *error) const
{
    QSqlQuery q(db());
    if (!run(q,
             QStringLiteral("SELECT to_regclass('public.crosscheck_project') IS NOT NULL AND "
                            "to_regprocedure('public.crosscheck_edit_1(text, text, text, jsonb, "
                            "jsonb, text)') IS NOT NULL AND "
                            "to_regprocedure('public.crosscheck_in_use_1(text, bigint, jsonb)') "
                            "IS NOT NULL"),
             {}, error))
        return false;
    if (q.next() && q.value(0).toBool())
        return true;
    q.finish();
    const QStringList functions = editFunctions();
    if (functions.size() < 3) {
        if (error)
            *error = tr("the team server's edit functions are missing from this build");
        return false;
    }
    // Two first publishers at once: CREATE … IF NOT EXISTS alone can collide in the catalog, so
    // the creation is serialised by an advisory lock held to the commit.
    return execLocked(
        RegistryLock,
        QStringList{QStringLiteral("CREATE TABLE IF NOT EXISTS "
                                   "public.crosscheck_project ("
                                   "name TEXT PRIMARY KEY, "
                                   "schema_name TEXT NOT NULL UNIQUE, "
                                   "format INTEGER NOT NULL, "
                                   "sources BIGINT NOT NULL DEFAULT 0, "
                                   "published_by TEXT NOT NULL DEFAULT current_user, "
                                   "published_at TIMESTAMPTZ NOT NULL DEFAULT now())")} +
            functions,
        error);
}

bool TeamServer::listen(const QString &name, std::function<void(qint64)> notified, QString *error)
{
    const QString schema = d->schemaOf(name, error);
    if (schema.isEmpty())
        return false;
    QSqlDriver *driver = d->db().driver();
    if (!driver->subscribeToNotification(schema)) {
        if (error)
            *error = driver->lastError().text();
        return false;
    }
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [schema, notified](const QString &channel, QSqlDriver::NotificationSource,
                                        const QVariant &payload) {
                         if (channel == schema)
                             notified(payload.toLongLong());
                     });
    return true;
}

bool TeamServer::ping(QString *error)
{
    QSqlQuery q(d->db());
    if (d->db().isOpen() && q.exec(QStringLiteral("SELECT 1")) && q.next())
        return true;
    if (error)
        *error = errorText(q, d->db());
    return false;
}

bool TeamServer::reconnect(QString *error)
{
    if (!d->url) {
        if (error)
            *error = tr("not connected before");
        return false;
    }
    const TeamUrl url = *d->url;
    d->schemas.clear();
    return connect(url, error);
}

QString TeamServer::login() const
{
    QSqlQuery q(d->db());
    return d->run(q, QStringLiteral("SELECT session_user"), {}, nullptr) && q.next()
               ? q.value(0).toString()
               : QString();
}

bool TeamServer::prepareLive(const QString &name, QString *error)
{
    if (!d->ensureRegistry(error))
        return false;
    const QString schema = d->schemaOf(name, error);
    if (schema.isEmpty())
        return false;
    QSqlQuery q(d->db());
    if (!d->run(q, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                {QString(schema + QStringLiteral(".sync_clock"))}, error))
        return false;
    if (q.next() && q.value(0).toBool())
        return true;
    q.finish();
    return d->inTransaction(
        [&](QString *e) {
            QSqlQuery again(d->db());
            // The same key in every client: the server hashes the schema's name.
            return d->run(QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, 4851))"),
                          {schema}, e) &&
                   d->run(again, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                          {QString(schema + QStringLiteral(".sync_clock"))}, e) &&
                   again.next() && (again.value(0).toBool() || d->createLiveTables(schema, e));
        },
        error);
}

bool TeamServer::lockProject(const QString &name, QString *error)
{
    const QString schema = d->schemaOf(name, error);
    return !schema.isEmpty() &&
           d->run(QStringLiteral("SELECT pg_advisory_lock(hashtextextended(?, 4851))"), {schema},
                  error);
}

std::optional<qint64> TeamServer::reserveIds(const QString &name, QString *error)
{
    const QString schema = d->schemaOf(name, error);
    QSqlQuery q(d->db());
    if (schema.isEmpty() ||
        !d->run(q, QStringLiteral("SELECT nextval(?::regclass)"),
                {QString(quoted(schema) + QStringLiteral(".ids"))}, error) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> TeamServer::clock(const QString &name, QString *error)
{
    const QString schema = d->schemaOf(name, error);
    QSqlQuery q(d->db());
    if (schema.isEmpty() ||
        !d->run(q,
                QStringLiteral("SELECT clock FROM ") + quoted(schema) +
                    QStringLiteral(".sync_clock"),
                {}, error) ||
        !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<std::vector<TeamServer::Change>>
TeamServer::changesSince(const QString &name, qint64 since, int limit, QString *error)
{
    const QString schema = d->schemaOf(name, error);
    QSqlQuery q(d->db());
    if (schema.isEmpty() ||
        !d->run(q,
                QStringLiteral("SELECT clock, edit_key, author, to_char(at AT TIME ZONE 'UTC', "
                               "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), action, delta FROM ") +
                    quoted(schema) +
                    QStringLiteral(".sync_log WHERE clock > ? ORDER BY clock LIMIT ?"),
                {since, limit}, error))
        return std::nullopt;
    std::vector<Change> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

TeamServer::EditResult TeamServer::edit(const QString &name, const QString &key,
                                        const QString &action, const QString &removeRows,
                                        const QString &writeRows, const QString &delta)
{
    EditResult result;
    const QString schema = d->schemaOf(name, &result.error);
    if (schema.isEmpty())
        return result;
    for (int attempt = 1;; ++attempt) {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        if (q.prepare(QStringLiteral("SELECT public.crosscheck_edit_1(?, ?, ?, ?::jsonb, "
                                     "?::jsonb, ?)"))) {
            for (const QString &v : {schema, key, action, removeRows, writeRows, delta})
                q.addBindValue(v);
            if (q.exec() && q.next()) {
                const qint64 c = q.value(0).toLongLong();
                result.outcome =
                    c < 0 ? EditResult::Outcome::AlreadyApplied : EditResult::Outcome::Applied;
                result.clock = std::abs(c);
                return result;
            }
        }
        const QString state = q.lastError().nativeErrorCode();
        if (state == QLatin1String("CCR01")) {
            const QString text = q.lastError().databaseText();
            const qsizetype open = text.indexOf(u'{');
            const qsizetype close = text.lastIndexOf(u'}');
            result.outcome = EditResult::Outcome::Refused;
            result.conflict = open >= 0 && close > open ? text.mid(open, close - open + 1) : text;
            return result;
        }
        // A serialization failure or a deadlock is retried, a little later each time.
        const bool retry = state == QLatin1String("40001") || state == QLatin1String("40P01");
        if (!retry || attempt == 5) {
            result.error = errorText(q, d->db());
            return result;
        }
        QThread::msleep(10 * attempt + QRandomGenerator::global()->bounded(20));
    }
}

} // namespace Crosscheck::Core::Storage
