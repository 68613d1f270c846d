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
    /// replacing a file there; built under a temporary name and moved into place).
    bool clone(const QString &name, const QString &localPath, const Progress &progress,
               QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Crosscheck::Core::Storage
