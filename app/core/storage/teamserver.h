// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Crosscheck::Core::Storage {

/// Where a team project lives: libpq's URL form with the project as a parameter,
/// "postgresql://user@host:port/database?project=NAME" (also "postgres://"). The host may be a
/// Unix socket folder given as a "host" parameter ("postgresql:///db?host=/run/postgresql&…").
/// A password in the URL is accepted but never shown; without one, libpq takes PGPASSWORD or
/// ~/.pgpass.
struct TeamUrl
{
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString project;
    QString sslmode; ///< empty: "verify-full" for a host on the network, libpq's default locally

    /// Whether \a text looks like a team project URL (rather than a file name).
    static bool isUrl(const QString &text);
    /// The parsed URL, or nullopt with \a error saying what is wrong.
    static std::optional<TeamUrl> parse(const QString &text, QString *error);
    /// The URL without its password ("postgresql://analyst@db.example:5432/desk?project=kano").
    QString display() const;
    /// Whether the server is this machine (a Unix socket, localhost): no certificate to check.
    bool isLocal() const;
    /// The sslmode a connection uses: the URL's, else "verify-full" for a server on the
    /// network, else none (libpq's default).
    QString effectiveSslMode() const;
};

/// A team server: a PostgreSQL database holding team projects. Each project is a schema of its
/// own with the tables of a project file (the same columns and keys, PostgreSQL types), listed
/// in public.crosscheck_project. Publishing copies a local project in one transaction; cloning
/// copies one back into a new local file. All SQL is here; values are always bound.
///
/// Not thread-safe: a TeamServer (its connection) stays in the thread that made it.
class TeamServer final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Storage)
public:
    TeamServer();
    ~TeamServer();
    TeamServer(const TeamServer &) = delete;
    TeamServer &operator=(const TeamServer &) = delete;

    /// Connects to the server of \a url (its project is not needed); false with \a error.
    bool connect(const TeamUrl &url, QString *error);
    bool isConnected() const;

    /// The team projects on the server, by name.
    struct ProjectInfo
    {
        QString name;
        QString publishedBy;
        QString publishedAt; ///< ISO 8601
        int sources = 0;
    };
    std::optional<std::vector<ProjectInfo>> projects(QString *error);

    /// Told how far a copy is: rows copied of all rows. Returning false cancels it, and nothing
    /// stays behind.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Copies the local project file \a localPath to the server as the team project \a name, in
    /// one transaction: a project of that name already there is never replaced.
    bool publish(const QString &localPath, const QString &name, const Progress &progress,
                 QString *error);
    /// Copies the team project \a name into a new local project file \a localPath (never
    /// replacing a file there; built under a temporary name and moved into place), from one
    /// snapshot of the server; \a clock gets the project's change clock in that snapshot.
    bool clone(const QString &name, const QString &localPath, const Progress &progress,
               QString *error, qint64 *clock = nullptr);

    // --- Live editing: the team project itself, edit by edit -----------------------------------
    /// Listens for the edits of team project \a name: \a notified is called with the new clock
    /// of each one committed (on this thread, from its event loop). A lost connection ends it.
    bool listen(const QString &name, std::function<void(qint64)> notified, QString *error);
    /// A cheap call to the server: false with \a error when the connection is gone.
    bool ping(QString *error);
    /// Connects again to the server of the last connect() (after the connection was lost).
    bool reconnect(QString *error);

    /// The server's login of this connection: the author of every edit sent through it.
    QString login() const;
    /// Makes a team project ready for live editing (one published by an earlier Crosscheck
    /// gets its change clock, edit log and id sequence); false with \a error.
    bool prepareLive(const QString &name, QString *error);
    /// Holds the team project \a name for this connection until it closes: a second holder
    /// waits. For batch writers (the command line), which must see each other's edits.
    bool lockProject(const QString &name, QString *error);
    /// Ids come from the server in blocks of this many, so that no two clients choose the same.
    static constexpr qint64 IdBlock = 10000;
    /// The first id of a new block of IdBlock ids for \a name.
    std::optional<qint64> reserveIds(const QString &name, QString *error);
    /// The project's change clock: how many edits it has taken.
    std::optional<qint64> clock(const QString &name, QString *error);

    /// One entry of a team project's edit log.
    struct Change
    {
        qint64 clock = 0;
        QString key;
        QString author; ///< the server login that made it
        QString at;     ///< ISO 8601 UTC
        QString action;
        QString delta; ///< the rows before and after, as the client sent them (JSON)
    };
    /// The changes after \a clock, in clock order (at most \a limit).
    std::optional<std::vector<Change>> changesSince(const QString &name, qint64 clock, int limit,
                                                    QString *error);

    /// How the server took an edit.
    struct EditResult
    {
        enum class Outcome {
            Applied,        ///< written, at clock
            AlreadyApplied, ///< this key was applied before (at clock): nothing written again
            Refused,        ///< stale or refers to something gone: nothing written
            Failed,         ///< the server could not be asked (the connection, a server error)
        };
        Outcome outcome = Outcome::Failed;
        qint64 clock = 0;
        /// Refused: the server's reason as JSON: reason (changed, removed, exists, missing),
        /// table, mine (the row as the analyst saw it), theirs (as the server holds it), by and
        /// at (who changed it last, and when), action.
        QString conflict;
        QString error; ///< Failed: why
    };
    /// Sends one edit: \a removeRows are the rows (by table) as the analyst saw them before,
    /// \a writeRows the rows after (JSON objects of arrays), \a delta what other clients apply.
    /// Applied at most once per \a key; a serialization failure is retried a few times.
    EditResult edit(const QString &name, const QString &key, const QString &action,
                    const QString &removeRows, const QString &writeRows, const QString &delta);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Crosscheck::Core::Storage
