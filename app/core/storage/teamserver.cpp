// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserver.h"

#include "database.h"
#include "projectstorage.h"
#include "teamserver_p.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace Crosscheck::Core::Storage {

using namespace TeamDetail;

bool TeamServer::Private::fill(Database &local, const QString &schema, const Progress &progress,
                               QString *why, qint64 *clock) const
{
    // One snapshot of the server for every table and the clock: edits committed meanwhile are
    // either all in the copy or all after its clock.
    QSqlDatabase server = db();
    if (!server.transaction() ||
        !exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), why)) {
        if (why && why->isEmpty())
            *why = server.lastError().text();
        server.rollback();
        return false;
    }
    const bool ok = copyInto(local, schema, progress, why, clock);
    server.rollback(); // read only: nothing to keep
    return ok;
}

bool TeamServer::Private::copyInto(Database &local, const QString &schema, const Progress &progress,
                                   QString *why, qint64 *clock) const
{
    const std::optional<std::vector<Table>> tables = tablesOf(local, why);
    if (!tables)
        return false;
    qint64 total = 0;
    for (const Table &t : *tables) {
        QSqlQuery c(db());
        if (!run(c,
                 QStringLiteral("SELECT count(*) FROM ") + quoted(schema) + u'.' + quoted(t.name),
                 {}, why))
            return false;
        total += c.next() ? c.value(0).toLongLong() : 0;
    }
    if (clock) {
        QSqlQuery c(db());
        if (!run(c, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"),
                 {QString(schema + QStringLiteral(".sync_clock"))}, why) ||
            !c.next())
            return false;
        const bool live = c.value(0).toBool();
        c.finish();
        *clock = 0;
        if (live) {
            if (!run(c,
                     QStringLiteral("SELECT clock FROM ") + quoted(schema) +
                         QStringLiteral(".sync_clock"),
                     {}, why) ||
                !c.next())
                return false;
            *clock = c.value(0).toLongLong();
        }
    }
    if (!local.beginImmediate(why))
        return false;
    const auto insert = [&local](const QString &sql, const QVariantList &values, QString *e) {
        return local.exec(sql, values, e);
    };
    qint64 done = 0;
    bool ok = true;
    // The new file's own first rows (its identity, the default types) give way to the copy.
    for (auto t = tables->rbegin(); ok && t != tables->rend(); ++t)
        ok = local.exec(QStringLiteral("DELETE FROM ") + quoted(t->name), {}, why);
    for (auto t = tables->begin(); ok && t != tables->end(); ++t) {
        QSqlQuery rows(db());
        ok = run(rows, selectSql(quoted(schema) + u'.' + quoted(t->name), *t, true), {}, why) &&
             copyRows(rows, *t, quoted(t->name), insert, done, total, progress, why);
    }
    if (ok && local.commit(why))
        return true;
    local.rollback();
    return false;
}

TeamServer::TeamServer()
    : d(std::make_unique<Private>())
{}

TeamServer::~TeamServer()
{
    {
        QSqlDatabase db = d->db();
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(d->connection))
        QSqlDatabase::removeDatabase(d->connection);
}

bool TeamServer::isConnected() const
{
    return d->open && d->db().isOpen();
}

bool TeamServer::connect(const TeamUrl &url, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error = tr("the Qt PostgreSQL driver (QPSQL) is not installed (Debian: "
                        "libqt6sql6-psql)");
        return false;
    }
    d->url = url;
    if (QSqlDatabase::contains(d->connection)) {
        QSqlDatabase::database(d->connection, false).close();
        QSqlDatabase::removeDatabase(d->connection);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), d->connection);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    if (!url.password.isEmpty())
        db.setPassword(url.password); // else libpq reads PGPASSWORD or ~/.pgpass
    // A server on the network is verified by its certificate unless the URL says otherwise.
    const QString sslmode = url.effectiveSslMode();
    QString options = QStringLiteral("connect_timeout=10;application_name=crosscheck");
    if (!sslmode.isEmpty())
        options += QStringLiteral(";sslmode=") + sslmode;
    db.setConnectOptions(options);
    if (!db.open()) {
        if (error)
            *error = tr("cannot connect to %1: %2")
                         .arg(url.display(), db.lastError().text().simplified());
        return false;
    }
    d->open = true;
    // Notices ("relation … already exists, skipping") are not for the analyst.
    return d->exec(QStringLiteral("SET client_min_messages = warning"), error);
}

std::optional<std::vector<TeamServer::ProjectInfo>> TeamServer::projects(QString *error)
{
    if (!d->ensureRegistry(error))
        return std::nullopt;
    QSqlQuery rows(d->db());
    if (!d->run(rows,
                QStringLiteral("SELECT name, published_by, "
                               "to_char(published_at AT TIME ZONE 'UTC', "
                               "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), sources "
                               "FROM public.crosscheck_project"),
                {}, error))
        return std::nullopt;
    std::vector<ProjectInfo> out;
    while (rows.next())
        out.push_back({rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString(),
                       rows.value(3).toInt()});
    // Sorted here, not by the server's collation: the same list from any server.
    std::sort(out.begin(), out.end(),
              [](const ProjectInfo &a, const ProjectInfo &b) { return a.name < b.name; });
    return out;
}

bool TeamServer::publish(const QString &localPath, const QString &name, const Progress &progress,
                         QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (name.trimmed().isEmpty())
        return fail(tr("a team project needs a name (…?project=NAME)"));
    OpenStatus status;
    const std::unique_ptr<ProjectStorage> storage = ProjectStorage::open(localPath, true, &status);
    if (!storage)
        return fail(status.message);
    Database &local = storage->db();
    QString why;
    const std::optional<std::vector<Table>> tables = tablesOf(local, &why);
    if (!tables)
        return fail(why);
    qint64 total = 0;
    for (const Table &t : *tables)
        total +=
            local.scalar(QStringLiteral("SELECT count(*) FROM ") + quoted(t.name)).toLongLong();
    const qint64 sources = local.scalar(QStringLiteral("SELECT count(*) FROM source")).toLongLong();
    if (!d->ensureRegistry(&why))
        return fail(tr("the server refused the project list: %1").arg(why));
    QSqlDatabase db = d->db();
    if (!db.transaction())
        return fail(db.lastError().text());
    const auto abandon = [&](const QString &message) {
        db.rollback();
        return fail(message);
    };
    const QString schema = schemaFor(name);
    // The name is claimed first: a second publisher of the same name waits for this
    // transaction, then finds the name taken.
    QSqlQuery claim(db);
    if (!d->run(
            claim,
            QStringLiteral("INSERT INTO public.crosscheck_project (name, schema_name, format, "
                           "sources) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING name"),
            {name, schema, local.userVersion(), sources}, &why))
        return abandon(why);
    if (!claim.next())
        return abandon(tr("a team project named “%1” is already on this server").arg(name));
    claim.finish();
    // References are checked at the commit: rows are copied as the file holds them, a child
    // possibly before its parent.
    if (!d->exec(QStringLiteral("CREATE SCHEMA ") + quoted(schema), &why) ||
        !d->exec(QStringLiteral("SET CONSTRAINTS ALL DEFERRED"), &why))
        return abandon(why);
    qint64 done = 0;
    const auto insert = [this](const QString &sql, const QVariantList &values, QString *e) {
        return d->run(sql, values, e);
    };
    for (const Table &t : *tables) {
        const QString table = quoted(schema) + u'.' + quoted(t.name);
        if (!d->exec(createTableSql(schema, t), &why))
            return abandon(why);
        QSqlQuery rows = local.run(selectSql(quoted(t.name), t, false), {}, &why);
        if (!rows.isActive() || !copyRows(rows, t, table, insert, done, total, progress, &why))
            return abandon(why);
    }
    if (!d->createLiveTables(schema, &why))
        return abandon(why);
    if (!db.commit())
        return abandon(db.lastError().text());
    return true;
}

bool TeamServer::clone(const QString &name, const QString &localPath, const Progress &progress,
                       QString *error, qint64 *clock)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (QFile::exists(localPath))
        return fail(tr("%1 already exists").arg(localPath));
    QString why;
    if (!d->ensureRegistry(&why))
        return fail(why);
    QSqlQuery row(d->db());
    if (!d->run(row,
                QStringLiteral(
                    "SELECT schema_name, format FROM public.crosscheck_project WHERE name = ?"),
                {name}, &why))
        return fail(why);
    if (!row.next())
        return fail(tr("no team project named “%1” on this server").arg(name));
    const QString schema = row.value(0).toString();
    const int format = row.value(1).toInt();
    if (!plainName(schema))
        return fail(tr("the server's project list is damaged (schema “%1”)").arg(schema));
    // Built under a temporary name beside the target and moved into place when complete.
    const QString temp = ProjectStorage::temporaryPathBeside(localPath);
    const auto discard = [&](const QString &message) {
        QFile::remove(temp);
        return fail(message);
    };
    {
        OpenStatus status;
        std::unique_ptr<ProjectStorage> created = ProjectStorage::create(temp, &status);
        if (!created)
            return fail(status.message);
        Database &local = created->db();
        const int ours = local.userVersion();
        bool filled = false;
        if (format > ours)
            why = tr("the team project was published by a newer Crosscheck (format %1; this one "
                     "writes %2)")
                      .arg(format)
                      .arg(ours);
        else if (format < ours)
            why = tr("the team project has the older format %1; publish it again from a current "
                     "Crosscheck")
                      .arg(format);
        else
            filled = d->fill(local, schema, progress, &why, clock);
        created.reset();
        if (!filled)
            return discard(why);
    }
    if (!ProjectStorage::moveIntoPlace(temp, localPath))
        return discard(tr("cannot move the copy into place at %1").arg(localPath));
    return true;
}

} // namespace Crosscheck::Core::Storage
