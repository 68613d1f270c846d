// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/teamserver.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTimer;

namespace Crosscheck::Core {

/// The server side of a TeamSession: lives in a worker thread with its own connection (a
/// connection stays in the thread that made it), so that no server call ever runs on the UI
/// thread. Its slots are called queued; each answers with a signal. A heartbeat notices a lost
/// server and reconnects.
class TeamLink final : public QObject
{
    Q_OBJECT
public:
    TeamLink(Storage::TeamUrl url, QString name);
    ~TeamLink() override;

    /// How often the connection is checked. A lost one is tried again at once, then after
    /// 100 ms, 200 ms, … up to this.
    static constexpr int HeartbeatMs = 2000;

public slots:
    void open();
    void send(const QString &key, const QString &action, const QString &removeRows,
              const QString &writeRows, const QString &delta);
    void fetch(qint64 since);
    void reserve();
    void close();

signals:
    void opened(const QString &login);
    /// The server cannot be reached (or went away): \a why.
    void lost(const QString &why);
    /// It can again (after lost()).
    void back();
    /// An edit of the project was committed on the server, at \a clock.
    void notified(qint64 clock);
    void sent(const QString &key, int outcome, qint64 clock, const QString &conflict,
              const QString &error);
    void fetched(const std::vector<Crosscheck::Core::Storage::TeamServer::Change> &changes,
                 bool more);
    void reserved(qint64 first);

private:
    bool connectNow(QString *why);
    void heartbeat();
    void setLost(const QString &why);

    Storage::TeamUrl m_url;
    QString m_name;
    std::unique_ptr<Storage::TeamServer> m_server;
    void retry();

    QTimer *m_heartbeat = nullptr;
    QTimer *m_retry = nullptr;
    int m_backoffMs = 100;
    bool m_online = false;
    bool m_everOpened = false;
};

} // namespace Crosscheck::Core

Q_DECLARE_METATYPE(std::vector<Crosscheck::Core::Storage::TeamServer::Change>)
