#include "teamserver.h"

#include "database.h"
#include "projectstorage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace Crosscheck::Core::Storage {

namespace {

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
bool plainName(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return re.match(s).hasMatch();
}

/// The tables of an open project file, in the order the migrations made them (parents before
/// the tables that refer to them).
std::optional<std::vector<Table>> tablesOf(Database &db, QString *error)
{
    std::vector<Table> out;
    QSqlQuery names = db.run(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"),
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

} // namespace

bool TeamUrl::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

std::optional<TeamUrl> TeamUrl::parse(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<TeamUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isUrl(text))
        return fail(TeamServer::tr("a team project URL starts with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(TeamServer::tr("not a valid URL: %1").arg(url.errorString()));
    TeamUrl out;
    out.user = url.userName();
    out.password = url.password();
    out.host = url.host();
    out.port = url.port(5432);
    out.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        out.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        out.port = query.queryItemValue(QStringLiteral("port")).toInt();
    out.project = query.queryItemValue(QStringLiteral("project"), QUrl::FullyDecoded);
    out.sslmode = query.queryItemValue(QStringLiteral("sslmode"));
    if (out.database.isEmpty())
        return fail(TeamServer::tr("the URL names no database (postgresql://user@host/DATABASE)"));
    if (out.port <= 0 || out.port > 65535)
        return fail(TeamServer::tr("the URL's port is not a port number"));
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!out.sslmode.isEmpty() && !modes.contains(out.sslmode))
        return fail(TeamServer::tr("unknown sslmode “%1”").arg(out.sslmode));
    return out;
}

QString TeamUrl::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(u'/');
    if (!socket)
        url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery q;
    if (socket)
        q.addQueryItem(QStringLiteral("host"), host);
    if (!project.isEmpty())
        q.addQueryItem(QStringLiteral("project"), project);
    if (!sslmode.isEmpty())
        q.addQueryItem(QStringLiteral("sslmode"), sslmode);
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

struct TeamServer::Private
{
    QString connection =
        QStringLiteral("crosscheck-team-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool open = false;

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
    bool ensureRegistry(QString *error) const
    {
        QSqlQuery q(db());
        if (!run(q, QStringLiteral("SELECT to_regclass('public.crosscheck_project') IS NOT NULL"),
                 {}, error))
            return false;
        if (q.next() && q.value(0).toBool())
            return true;
        q.finish();
        // Two first publishers at once: CREATE TABLE IF NOT EXISTS alone can collide in the
        // catalog, so the creation is serialised by an advisory lock held to the commit.
        QSqlDatabase c = db();
        if (!c.transaction()) {
            if (error)
                *error = c.lastError().text();
            return false;
        }
        if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(4851729931)"), error) ||
            !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS public.crosscheck_project ("
                                 "name TEXT PRIMARY KEY, "
                                 "schema_name TEXT NOT NULL UNIQUE, "
                                 "format INTEGER NOT NULL, "
                                 "sources BIGINT NOT NULL DEFAULT 0, "
                                 "published_by TEXT NOT NULL DEFAULT current_user, "
                                 "published_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
                  error)) {
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
};

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
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), d->connection);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    if (!url.password.isEmpty())
        db.setPassword(url.password); // else libpq reads PGPASSWORD or ~/.pgpass
    // A server on the network is verified by its certificate unless the URL says otherwise.
    const bool local = url.host.isEmpty() || url.host.startsWith(u'/') ||
                       url.host == QLatin1String("localhost") ||
                       url.host == QLatin1String("127.0.0.1") || url.host == QLatin1String("::1");
    QString sslmode = url.sslmode;
    if (sslmode.isEmpty() && !local)
        sslmode = QStringLiteral("verify-full");
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
    if (!d->exec(QStringLiteral("CREATE SCHEMA ") + quoted(schema), &why))
        return abandon(why);
    qint64 done = 0;
    for (const Table &t : *tables) {
        QStringList columns;
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            columns << quoted(t.columns.at(c)) + u' ' + serverType(t.types.at(c)) +
                           (t.notNull.at(c) ? QStringLiteral(" NOT NULL") : QString());
        QStringList key;
        for (const QString &k : t.key)
            key << quoted(k);
        if (!key.isEmpty())
            columns << QStringLiteral("PRIMARY KEY (") + key.join(QStringLiteral(", ")) + u')';
        const QString table = quoted(schema) + u'.' + quoted(t.name);
        if (!d->exec(QStringLiteral("CREATE TABLE ") + table + QStringLiteral(" (") +
                         columns.join(QStringLiteral(", ")) + u')',
                     &why))
            return abandon(why);
        QStringList select;
        for (const QString &c : t.columns)
            select << quoted(c);
        QSqlQuery rows = local.run(QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) +
                                       QStringLiteral(" FROM ") + quoted(t.name),
                                   {}, &why);
        if (!rows.isActive())
            return abandon(why);
        const int batch = batchRows(t);
        QVariantList values;
        int pending = 0;
        const auto flush = [&]() {
            if (pending == 0)
                return true;
            if (!d->run(insertSql(table, t.columns, pending), values, &why))
                return false;
            done += pending;
            values.clear();
            pending = 0;
            return !progress || progress(done, total);
        };
        while (rows.next()) {
            values << valuesOf(rows, t);
            if (++pending == batch && !flush())
                return abandon(why.isEmpty() ? tr("cancelled") : why);
        }
        if (!flush())
            return abandon(why.isEmpty() ? tr("cancelled") : why);
    }
    if (!db.commit())
        return abandon(db.lastError().text());
    return true;
}

bool TeamServer::clone(const QString &name, const QString &localPath, const Progress &progress,
                       QString *error)
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
        if (local.userVersion() != format) {
            created.reset();
            return discard(format > local.userVersion()
                               ? tr("the team project was published by a newer Crosscheck "
                                    "(format %1; this one writes %2)")
                                     .arg(format)
                                     .arg(local.userVersion())
                               : tr("the team project has the older format %1; publish it again "
                                    "from a current Crosscheck")
                                     .arg(format));
        }
        const std::optional<std::vector<Table>> tables = tablesOf(local, &why);
        if (!tables) {
            created.reset();
            return discard(why);
        }
        qint64 total = 0;
        for (const Table &t : *tables) {
            QSqlQuery c(d->db());
            if (!d->run(c,
                        QStringLiteral("SELECT count(*) FROM ") + quoted(schema) + u'.' +
                            quoted(t.name),
                        {}, &why)) {
                created.reset();
                return discard(why);
            }
            total += c.next() ? c.value(0).toLongLong() : 0;
        }
        if (!local.beginImmediate(&why)) {
            created.reset();
            return discard(why);
        }
        const auto abandon = [&](const QString &message) {
            local.rollback();
            created.reset();
            return discard(message);
        };
        // The new file's own first rows (its identity, the default types) give way to the copy.
        for (auto t = tables->rbegin(); t != tables->rend(); ++t) {
            if (!local.exec(QStringLiteral("DELETE FROM ") + quoted(t->name), {}, &why))
                return abandon(why);
        }
        qint64 done = 0;
        for (const Table &t : *tables) {
            QStringList select;
            for (const QString &c : t.columns)
                select << quoted(c);
            QStringList order;
            for (const QString &k : t.key.isEmpty() ? t.columns : t.key)
                order << quoted(k);
            QSqlQuery r(d->db());
            if (!d->run(r,
                        QStringLiteral("SELECT ") + select.join(QStringLiteral(", ")) +
                            QStringLiteral(" FROM ") + quoted(schema) + u'.' + quoted(t.name) +
                            QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", ")),
                        {}, &why))
                return abandon(why);
            const int batch = batchRows(t);
            QVariantList values;
            int pending = 0;
            const auto flush = [&]() {
                if (pending == 0)
                    return true;
                if (!local.exec(insertSql(quoted(t.name), t.columns, pending), values, &why))
                    return false;
                done += pending;
                values.clear();
                pending = 0;
                return !progress || progress(done, total);
            };
            while (r.next()) {
                values << valuesOf(r, t);
                if (++pending == batch && !flush())
                    return abandon(why.isEmpty() ? tr("cancelled") : why);
            }
            if (!flush())
                return abandon(why.isEmpty() ? tr("cancelled") : why);
        }
        if (!local.commit(&why))
            return abandon(why);
    }
    if (!ProjectStorage::moveIntoPlace(temp, localPath))
        return discard(tr("cannot move the copy into place at %1").arg(localPath));
    return true;
}

} // namespace Crosscheck::Core::Storage
