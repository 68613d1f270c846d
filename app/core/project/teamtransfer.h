// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/teamserver.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace Crosscheck::Core {

/// One conversation with a team server off the UI thread: list its projects, publish a project
/// file, or clone a team project into a new file. The connection is made, used and closed in
/// the worker thread (Qt's rule for database connections); progress and the end are signalled
/// back to the thread that started it. A server that does not answer never blocks the caller.
class TeamTransfer final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { List, Publish, Clone };
    /// \a localPath: the file to publish or to clone into (unused for List); \a name: the team
    /// project (unused for List).
    TeamTransfer(Kind kind, const Storage::TeamUrl &url, const QString &localPath,
                 const QString &name, QObject *parent = nullptr);
    ~TeamTransfer() override;

    void start();
    /// Asks the transfer to stop; it ends with nothing left behind (finished() still comes).
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        std::vector<Storage::TeamServer::ProjectInfo> projects; ///< List
        qint64 clock = 0; ///< Clone: the project's change clock in the copy
        /// The server could not be reached or refused the login (a password may be missing).
        bool notConnected = false;
    };
    Result result() const { return m_result; }
    const Storage::TeamUrl &url() const { return m_url; }
    /// The same transfer again with \a url (e.g. with the password the analyst gave).
    TeamTransfer *again(const Storage::TeamUrl &url, QObject *parent) const
    {
        return new TeamTransfer(m_kind, url, m_localPath, m_name, parent);
    }

    /// The same work on the calling thread (tests, the command line).
    static Result runBlocking(Kind kind, const Storage::TeamUrl &url, const QString &localPath,
                              const QString &name,
                              const Storage::TeamServer::Progress &progress = {});

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    Kind m_kind;
    Storage::TeamUrl m_url;
    QString m_localPath;
    QString m_name;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    Result m_result;
};

} // namespace Crosscheck::Core
