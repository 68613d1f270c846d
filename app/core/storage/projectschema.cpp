// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectStorage: the schema, the numbered migrations that build it, and the check that a file
// holds exactly what they build.
#include "projectstorage.h"
#include "util/appinit.h"

#include <QDir>
#include <QHash>
#include <QMap>
#include <QMutex>

namespace Crosscheck::Core::Storage {

namespace {

// Numbered migrations, one SQL file each, embedded as resources.
QStringList migrationFiles()
{
    ensureResources();
    QStringList files = QDir(QStringLiteral(":/crosscheck/schema"))
                            .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(QStringLiteral(":/crosscheck/schema/"));
    return files;
}

/// Applies migrations \a from + 1 … \a to (one file each) to \a db, in the caller's transaction.
bool applyMigrations(Database &db, int from, int to, QString *error)
{
    const QStringList files = migrationFiles();
    for (int v = from; v < to && v < files.size(); ++v) {
        QFile f(files.at(v));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = ProjectStorage::tr("migration %1 is missing from this build").arg(v + 1);
            return false;
        }
        for (const QString &statement : Database::splitStatements(QString::fromUtf8(f.readAll()))) {
            if (!db.exec(statement, {}, error)) {
                *error = ProjectStorage::tr("migration %1 failed: %2").arg(v + 1).arg(*error);
                return false;
            }
        }
    }
    return true;
}

/// "trigger “zz”" for a Database::schemaObjects() entry.
QString describeObject(const QString &object)
{
    const QStringList parts = object.split(u'\x1f');
    return parts.size() < 2 ? object : parts.at(0) + QStringLiteral(" “") + parts.at(1) + u'”';
}

} // namespace

int currentSchemaVersion()
{
    static const int version = [] {
        const int n = int(migrationFiles().size());
        // Without its migrations this build would take every project for a newer one.
        if (n == 0)
            qFatal("Crosscheck: the schema migrations are missing from this build");
        return n;
    }();
    return version;
}

QStringList ProjectStorage::expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> cache;
    const QMutexLocker lock(&mutex);
    const auto it = cache.constFind(version);
    if (it != cache.constEnd())
        return *it;
    Database db;
    QString error;
    QStringList objects;
    if (db.open(QStringLiteral(":memory:"), false, &error) &&
        applyMigrations(db, 0, version, &error))
        objects = db.schemaObjects(&error);
    cache.insert(version, objects);
    return objects;
}

bool ProjectStorage::verify(int version, const QString &name, OpenStatus *status)
{
    const QString problems = m_db.quickCheck();
    if (!problems.isEmpty()) {
        // What SQLite says ("*** in database main *** Page 3: btreeInitPage() …") is for the
        // details, not the message.
        if (status)
            status->detail = problems;
        return fail(status, OpenError::Damaged,
                    tr("“%1” is damaged: parts of the file cannot be read as a project any more "
                       "(a disk or copy error). It was not changed; restore it from a backup or "
                       "a saved copy.")
                        .arg(name));
    }
    // Colleagues send each other project files: a trigger or view that Crosscheck did not
    // create would run inside the user's own edits. The schema must be exactly the one the
    // migrations up to the file's version create.
    QString error;
    const QStringList actual = m_db.schemaObjects(&error);
    const QStringList expected = expectedSchema(version);
    if (actual == expected && error.isEmpty())
        return true;
    for (int v = 1; v <= currentSchemaVersion(); ++v) {
        if (v != version && expectedSchema(v) == actual)
            return fail(status, OpenError::Damaged,
                        tr("“%1” says it is file format %2, but its tables are those of format "
                           "%3: its header was changed or damaged. It was not changed.")
                            .arg(name)
                            .arg(version)
                            .arg(v));
    }
    // By kind and name, the dangerous kinds first: what runs (triggers, views), then tables.
    const auto keyed = [](const QStringList &objects) {
        QMap<QString, QString> byKey;
        static const QStringList order{QStringLiteral("trigger"), QStringLiteral("view"),
                                       QStringLiteral("table"), QStringLiteral("index")};
        for (const QString &o : objects) {
            const QStringList parts = o.split(u'\x1f');
            const qsizetype rank = order.indexOf(parts.value(0));
            byKey.insert(QString::number(rank < 0 ? 9 : rank) + parts.value(1) + u'\x1f' +
                             parts.value(0),
                         o);
        }
        return byKey;
    };
    const QMap<QString, QString> have = keyed(actual), want = keyed(expected);
    QStringList extra, missing, changed;
    for (auto it = have.cbegin(); it != have.cend(); ++it) {
        if (!want.contains(it.key()))
            extra << describeObject(it.value());
        else if (want.value(it.key()) != it.value())
            changed << describeObject(it.value());
    }
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        if (!have.contains(it.key()))
            missing << describeObject(it.value());
    }
    const auto some = [](QStringList list) {
        if (list.size() > 3)
            list = list.mid(0, 3) << tr("%n more", nullptr, int(list.size()) - 3);
        return list.join(QStringLiteral(", "));
    };
    QStringList parts;
    if (!extra.isEmpty())
        parts << tr("it holds %1").arg(some(extra));
    if (!changed.isEmpty())
        parts << tr("it has a changed %1").arg(some(changed));
    if (!missing.isEmpty())
        parts << tr("it lacks %1").arg(some(missing));
    const QString what = parts.join(QStringLiteral("; "));
    return fail(status, OpenError::Modified,
                tr("“%1” was changed outside Crosscheck (%2). It was not opened, so that nothing "
                   "in it can run, and it was not changed.")
                    .arg(name, what));
}

bool ProjectStorage::migrate(Database &db, int fromVersion, QString *error)
{
    const QStringList files = migrationFiles();
    Transaction tx(db);
    if (!tx.begin(error))
        return false;
    if (!applyMigrations(db, fromVersion, int(files.size()), error))
        return false;
    // PRAGMAs take no bound values; both numbers are constants of this build.
    if (!db.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), {}, error) ||
        !db.exec(QStringLiteral("PRAGMA user_version = %1").arg(files.size()), {}, error))
        return false;
    return tx.commit(error);
}

} // namespace Crosscheck::Core::Storage
