// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/teamreplica.h"
#include "storage/teamserver.h"
#include "teamsync.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <vector>

class QThread;

namespace Crosscheck::Core {

class Project;
class TeamLink;

/// A team project open in the window, live: \a project is its local replica. Every edit is
/// made there at once and queued; the session sends the queue in order and applies the team's
/// edits as the server announces them (LISTEN/NOTIFY), through a TeamLink on a worker thread:
/// the UI thread never waits for the server. When the server goes away editing goes on, the
/// edits wait in the replica's outbox and are sent, once each, when it is back.
class TeamSession final : public QObject
{
    Q_OBJECT
public:
    /// \a clock: where the replica's rows stand on the server (a fresh clone); without it the
    /// replica's own.
    TeamSession(Project &project, Storage::TeamUrl url, std::optional<qint64> clock = {},
                QObject *parent = nullptr);
    ~TeamSession() override;

    /// How long an edit may wait for the server before the session counts as offline.
    static constexpr int DeadlineMs = 5000;

    void start();
    bool isOnline() const { return m_online; }
    /// How often a worker stuck past the deadline was replaced by a new one.
    int replacedLinks() const { return m_replacedLinks; }
    /// Why the server could not be reached last (empty while online).
    QString offlineReason() const { return m_online ? QString() : m_offlineReason; }
    /// The server login (the last known one while offline).
    QString login() const { return m_login; }
    /// The server and database ("db.desk.example:5432/crosscheck").
    QString serverName() const;
    QString projectName() const { return m_url.project; }
    qint64 clock() const { return m_sync.clock(); }
    int pendingCount() const { return m_sync.pendingCount(); }
    std::vector<Storage::OutboxEdit> conflicts() const { return m_sync.conflicts(); }
    bool keepMine(const QString &key, QString *error);
    bool keepTheirs(const QString &key, QString *error);
    std::vector<ConflictField> conflictFields(const QString &key) const
    {
        return m_sync.conflictFields(key);
    }
    /// See TeamSync::resolve(); \a key leaves the conflicts (conflictsChanged()).
    bool resolve(const QString &key, const QSet<QString> &theirsFor, QString *error);

signals:
    /// A refused edit was kept, or one was resolved.
    void conflictsChanged();
    void onlineChanged(bool online);
    /// Edits kept on this computer, waiting for the server.
    void pendingChanged(int pending);
    /// Another analyst's edit arrived: \a author did \a what (the edit's undo text).
    void teamActivity(const QString &author, const QString &what);
    /// The server refused our edit \a what: \a conflict says why (TeamServer::EditResult).
    void editRefused(const QString &what, const QString &conflict);
    /// The replica caught up to \a clock.
    void caughtUp(qint64 clock);
    /// Something could not be written to the replica (a full disk): \a message.
    void failed(const QString &message);

private:
    void opened(const QString &login);
    void lost(const QString &why);
    void sendNext();
    void sent(const QString &key, int outcome, qint64 clock, const QString &conflict,
              const QString &error);
    void fetch();
    void fetched(const std::vector<Storage::TeamServer::Change> &changes, bool more);
    void reserved(qint64 first);
    qint64 takeId();
    void setOnline(bool online);
    /// Leaves a worker stuck past the deadline and starts a new one.
    void replaceLink();

    Project &m_project;
    Storage::TeamUrl m_url;
    TeamSync m_sync;
    QThread *m_thread = nullptr;
    TeamLink *m_link = nullptr;
    QTimer m_deadline;
    QString m_login;
    QString m_offlineReason;
    bool m_online = false;
    bool m_sending = false;
    bool m_fetching = false;
    bool m_fetchAgain = false;
    bool m_reserving = false;
    qint64 m_nextId = 0;
    qint64 m_blockEnd = 0;
    qint64 m_spare = 0;
    int m_replacedLinks = 0;
};

} // namespace Crosscheck::Core
