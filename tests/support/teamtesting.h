// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the team server tests (tests/storage/tst_teamserver, tst_teamsync): the server of the
// pg fixture (tests/support/pgcluster.sh) and byte-for-byte comparison of exports.
#pragma once

#include "teststrings.h"

#include "annotatedsample.h"
#include <core/formats/exporter.h>

#include <core/project/project.h>
#include <core/project/teamsync.h>
#include <core/storage/teamserver.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

#include <optional>

namespace TestData {

/// The test server's URL from CROSSCHECK_TEST_PG_STATE, or nullopt with \a why (and \a fatal:
/// under CI=true a missing server fails the run instead of skipping).
inline std::optional<Crosscheck::Core::Storage::TeamUrl> teamTestServer(QByteArray *why,
                                                                        bool *fatal)
{
    const QString state = qEnvironmentVariable("CROSSCHECK_TEST_PG_STATE");
    QFile url(state + S("/url"));
    *fatal = qEnvironmentVariable("CI") == QLatin1String("true");
    if (state.isEmpty() || !url.open(QIODevice::ReadOnly)) {
        *why = *fatal ? "no PostgreSQL server for the team tests (CI=true: install postgresql-15)"
                      : "no PostgreSQL server (apt-get install postgresql-15 libqt6sql6-psql)";
        return std::nullopt;
    }
    if (!QSqlDatabase::isDriverAvailable(S("QPSQL"))) {
        *why = *fatal ? "the Qt PostgreSQL driver is missing (CI=true: install libqt6sql6-psql)"
                      : "the Qt PostgreSQL driver is missing (apt-get install libqt6sql6-psql)";
        return std::nullopt;
    }
    QString error;
    auto parsed = Crosscheck::Core::Storage::TeamUrl::parse(
        QString::fromUtf8(url.readAll()).trimmed(), &error);
    if (!parsed) {
        *fatal = true;
        *why = error.toUtf8();
    }
    return parsed;
}

/// In initTestCase(): sets \a url to the test server, or skips (fails under CI=true).
#define CROSSCHECK_REQUIRE_TEAM_SERVER(url)                                                        \
    do {                                                                                           \
        QByteArray why_;                                                                           \
        bool fatal_ = false;                                                                       \
        const auto server_ = TestData::teamTestServer(&why_, &fatal_);                             \
        if (!server_) {                                                                            \
            if (fatal_)                                                                            \
                QFAIL(why_.constData());                                                           \
            QSKIP(why_.constData());                                                               \
        }                                                                                          \
        url = *server_;                                                                            \
    } while (false)

/// Every file under \a dir (relative path → bytes).
inline QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> out;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(dir).relativeFilePath(path), f.readAll());
    }
    return out;
}

/// W3C, CSV and brat exports of \a p, written under \a into.
inline QMap<QString, QByteArray> exportsOf(const Crosscheck::Core::Project &p, const QString &into)
{
    using namespace Crosscheck::Core;
    QString error;
    QDir().mkpath(into);
    for (const auto &[format, name] :
         {std::pair(Formats::Format::W3C, S("annotations.jsonld")),
          std::pair(Formats::Format::Csv, S("csv")), std::pair(Formats::Format::Brat, S("brat"))}) {
        if (!Formats::write(p, format, into + u'/' + name, {}, &error)) {
            qWarning("export failed: %s", qPrintable(error));
            return {};
        }
    }
    return filesUnder(into);
}

/// The same for the project file at \a path.
inline QMap<QString, QByteArray> exportsOf(const QString &path, const QString &into)
{
    Crosscheck::Core::Storage::OpenStatus status;
    const auto p = Crosscheck::Core::Project::open(path, true, &status);
    if (!p) {
        qWarning("%s does not open: %s", qPrintable(path), qPrintable(status.message));
        return {};
    }
    return exportsOf(*p, into);
}

/// One analyst's replica of a team project: a connection, a cloned file, the sync.
struct Replica
{
    Crosscheck::Core::Storage::TeamServer server;
    std::unique_ptr<Crosscheck::Core::Project> project;
    std::unique_ptr<Crosscheck::Core::TeamSync> sync;
};

inline qint64 entityNamed(const Crosscheck::Core::Project &p, const QString &name)
{
    for (const Crosscheck::Core::Entity &e : p.entities())
        if (e.name == name)
            return e.id;
    return 0;
}

/// Team projects of one test run in a folder: published from the annotated sample, joined by
/// as many replicas as a test needs (from any thread: each replica stays in the one that made it).
class TeamBench
{
public:
    TeamBench(const QTemporaryDir &dir, const Crosscheck::Core::Storage::TeamUrl &url,
              const QString &run)
        : m_dir(dir)
        , m_url(url)
        , m_run(run)
    {}

    /// Publishes the annotated sample as a team project of its own; its name.
    QString publishSample(const QString &what)
    {
        using namespace Crosscheck::Core;
        const QString name = what + m_run;
        const QString file = m_dir.filePath(what + S(".crosscheck"));
        {
            const auto p = TestData::annotatedSample(file);
            if (!p)
                return {};
        }
        Storage::TeamServer server;
        QString error;
        if (!server.connect(m_url, &error) || !server.publish(file, name, {}, &error)) {
            qWarning("publish failed: %s", qPrintable(error));
            return {};
        }
        return name;
    }

    /// A replica of \a name cloned now and joined.
    std::unique_ptr<Replica> join(const QString &name)
    {
        using namespace Crosscheck::Core;
        auto r = std::make_unique<Replica>();
        QString error;
        qint64 clock = -1;
        // Each in a folder of its own under one name: W3C exports name the file.
        const QString folder = m_dir.filePath(S("replica-%1").arg(++m_files));
        QDir().mkpath(folder);
        const QString file = folder + S("/team.crosscheck");
        if (!r->server.connect(m_url, &error) || !r->server.prepareLive(name, &error) ||
            !r->server.clone(name, file, {}, &error, &clock)) {
            qWarning("join failed: %s", qPrintable(error));
            return nullptr;
        }
        Storage::OpenStatus status;
        r->project = Project::open(file, false, &status);
        if (!r->project)
            return nullptr;
        r->sync = std::make_unique<TeamSync>(*r->project, &r->server, name);
        if (!r->sync->attach(&error, clock)) {
            qWarning("attach failed: %s", qPrintable(error));
            return nullptr;
        }
        return r;
    }

private:
    const QTemporaryDir &m_dir;
    const Crosscheck::Core::Storage::TeamUrl &m_url;
    QString m_run;
    std::atomic<int> m_files{0};
};

} // namespace TestData
