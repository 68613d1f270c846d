// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlink.h"

#include <QTimer>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
/// Changes fetched at once; more are asked for right after.
constexpr int FetchBatch = 500;
} // namespace

TeamLink::TeamLink(Storage::TeamUrl url, QString name)
    : m_url(std::move(url))
    , m_name(std::move(name))
{
    qRegisterMetaType<std::vector<Storage::TeamServer::Change>>();
}

TeamLink::~TeamLink() = default;

bool TeamLink::connectNow(QString *why)
{
    m_server = std::make_unique<Storage::TeamServer>();
    const auto notified = [this](qint64 clock) { emit this->notified(clock); };
    return m_server->connect(m_url, why) && m_server->prepareLive(m_name, why) &&
           m_server->listen(m_name, notified, why);
}

void TeamLink::open()
{
    if (!m_heartbeat) {
        m_heartbeat = new QTimer(this);
        m_heartbeat->setInterval(HeartbeatMs);
        connect(m_heartbeat, &QTimer::timeout, this, &TeamLink::heartbeat);
        m_heartbeat->start();
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &TeamLink::retry);
    }
    QString why;
    if (!connectNow(&why)) {
        setLost(why);
        return;
    }
    m_online = true;
    m_everOpened = true;
    emit opened(m_server->login());
}

void TeamLink::setLost(const QString &why)
{
    const bool was = m_online;
    m_online = false;
    if (was || !m_everOpened)
        emit lost(why);
    m_everOpened = true;
    if (was) {
        m_backoffMs = 100;
        m_retry->start(0);
    }
}

void TeamLink::heartbeat()
{
    QString why;
    if (m_online) {
        if (!m_server->ping(&why))
            setLost(why);
        return;
    }
    retry();
}

void TeamLink::retry()
{
    if (m_online || !m_heartbeat)
        return;
    // Lost: a new connection (its subscription too), then the session catches up.
    QString why;
    if (!connectNow(&why)) {
        m_retry->start(m_backoffMs);
        m_backoffMs = std::min(2 * m_backoffMs, HeartbeatMs);
        return;
    }
    m_online = true;
    m_retry->stop();
    emit opened(m_server->login());
    emit back();
}

void TeamLink::send(const QString &key, const QString &action, const QString &removeRows,
                    const QString &writeRows, const QString &delta)
{
    using Outcome = Storage::TeamServer::EditResult::Outcome;
    if (!m_online) {
        emit sent(key, int(Outcome::Failed), 0, {}, tr("the team server cannot be reached"));
        return;
    }
    const Storage::TeamServer::EditResult r =
        m_server->edit(m_name, key, action, removeRows, writeRows, delta);
    if (r.outcome == Outcome::Failed)
        setLost(r.error);
    emit sent(key, int(r.outcome), r.clock, r.conflict, r.error);
}

void TeamLink::fetch(qint64 since)
{
    if (!m_online)
        return;
    QString why;
    const auto changes = m_server->changesSince(m_name, since, FetchBatch, &why);
    if (!changes) {
        setLost(why);
        return;
    }
    emit fetched(*changes, int(changes->size()) == FetchBatch);
}

void TeamLink::reserve()
{
    if (!m_online)
        return;
    QString why;
    const std::optional<qint64> first = m_server->reserveIds(m_name, &why);
    if (!first) {
        setLost(why);
        return;
    }
    emit reserved(*first);
}

void TeamLink::close()
{
    delete m_heartbeat;
    m_heartbeat = nullptr;
    delete m_retry;
    m_retry = nullptr;
    m_server.reset();
    m_online = false;
}

} // namespace Crosscheck::Core
