// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsession.h"

#include "project.h"
#include "teamlink.h"

#include <QThread>

namespace Crosscheck::Core {

namespace {
const QString kFirst = QStringLiteral("ids.first");
const QString kSpare = QStringLiteral("ids.spare");
const QString kLogin = QStringLiteral("login");
} // namespace

TeamSession::TeamSession(Project &project, Storage::TeamUrl url, std::optional<qint64> clock,
                         QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_url(std::move(url))
    , m_sync(project, nullptr, m_url.project)
{
    // The replica works offline from the start: ids and the author as it last knew them.
    m_project.setTeamReplica([this] { return takeId(); }, QString());
    Storage::TeamReplica &r = *m_project.teamReplica();
    if (clock)
        r.setState(QStringLiteral("clock"), QString::number(*clock), nullptr);
    m_sync.loadClock();
    m_login = r.state(kLogin);
    if (!m_login.isEmpty())
        m_project.setAuthor(m_login);
    const qint64 first = r.state(kFirst).toLongLong();
    if (first > 0) {
        m_blockEnd = first + Storage::TeamServer::IdBlock;
        m_nextId = r.lastIdIn(first, m_blockEnd) + 1;
    }
    m_spare = r.state(kSpare).toLongLong();
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(DeadlineMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_offlineReason = tr("the server has not answered for %1 s").arg(DeadlineMs / 1000);
        setOnline(false);
        replaceLink();
    });
    connect(&m_project, &Project::teamEditQueued, this, [this] {
        emit pendingChanged(pendingCount());
        sendNext();
    });
}

TeamSession::~TeamSession()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_link, &TeamLink::close, Qt::QueuedConnection);
    m_link->deleteLater();
    m_thread->quit();
    // A server frozen mid-call keeps the worker; the window does not wait for it.
    if (!m_thread->wait(2000))
        m_thread->setParent(nullptr); // left to end with the process
    else
        delete m_thread;
}

QString TeamSession::serverName() const
{
    const QString host = m_url.host.isEmpty() || m_url.host.startsWith(u'/')
                             ? QStringLiteral("localhost")
                             : m_url.host;
    return host + u':' + QString::number(m_url.port) + u'/' + m_url.database;
}

void TeamSession::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("crosscheck-team"));
    m_link = new TeamLink(m_url, m_url.project);
    m_link->moveToThread(m_thread);
    connect(m_link, &TeamLink::opened, this, &TeamSession::opened);
    connect(m_link, &TeamLink::lost, this, &TeamSession::lost);
    connect(m_link, &TeamLink::notified, this, [this](qint64 clock) {
        if (clock > m_sync.clock())
            fetch();
    });
    connect(m_link, &TeamLink::sent, this, &TeamSession::sent);
    connect(m_link, &TeamLink::fetched, this, &TeamSession::fetched);
    connect(m_link, &TeamLink::reserved, this, &TeamSession::reserved);
    m_thread->start();
    QMetaObject::invokeMethod(m_link, &TeamLink::open, Qt::QueuedConnection);
}

void TeamSession::replaceLink()
{
    if (!m_thread)
        return;
    // The worker is stuck in a call that QPSQL cannot cancel (a frozen backend, a network that
    // holds every byte). It is left to end on its own, its answers no longer heard; a new
    // worker with a connection of its own takes over, and what the old one had in hand is sent
    // again (applied once by its key).
    ++m_replacedLinks;
    disconnect(m_link, nullptr, this, nullptr);
    QMetaObject::invokeMethod(m_link, &TeamLink::close, Qt::QueuedConnection);
    m_link->deleteLater();
    QThread *old = m_thread;
    connect(old, &QThread::finished, old, &QObject::deleteLater);
    old->quit();
    m_thread = nullptr;
    m_link = nullptr;
    m_sending = false;
    m_fetching = false;
    m_reserving = false;
    start();
}

void TeamSession::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void TeamSession::opened(const QString &login)
{
    if (login != m_login) {
        m_login = login;
        m_project.teamReplica()->setState(kLogin, login, nullptr);
        m_project.setAuthor(login);
    }
    setOnline(true);
    // Back (or there for the first time): what is not sent is sent again, once each by its key.
    m_sending = false;
    m_fetching = false;
    if (!m_reserving && (m_nextId >= m_blockEnd || m_spare == 0)) {
        m_reserving = true;
        QMetaObject::invokeMethod(m_link, &TeamLink::reserve, Qt::QueuedConnection);
    }
    fetch();
    sendNext();
}

void TeamSession::lost(const QString &why)
{
    m_offlineReason = why;
    m_deadline.stop();
    m_sending = false;
    m_fetching = false;
    m_reserving = false;
    setOnline(false);
}

void TeamSession::sendNext()
{
    if (!m_online || m_sending)
        return;
    const std::optional<Storage::OutboxEdit> next = m_project.teamReplica()->firstPending();
    if (!next)
        return;
    const Storage::OutboxEdit &e = *next;
    const auto [removeRows, writeRows] = TeamSync::rowsOf(e);
    m_sending = true;
    m_deadline.start();
    QMetaObject::invokeMethod(
        m_link,
        [link = m_link, key = e.key, action = e.action, removeRows = removeRows,
         writeRows = writeRows,
         delta = e.delta] { link->send(key, action, removeRows, writeRows, delta); },
        Qt::QueuedConnection);
}

void TeamSession::sent(const QString &key, int outcome, qint64 clock, const QString &conflict,
                       const QString &error)
{
    m_sending = false;
    m_deadline.stop();
    using Outcome = Storage::TeamServer::EditResult::Outcome;
    if (Outcome(outcome) == Outcome::Failed)
        return; // the link says lost(); the edit is sent again when the server is back
    setOnline(true);
    const std::optional<Storage::OutboxEdit> e = m_project.teamReplica()->edit(key);
    if (e && e->state == Storage::OutboxEdit::State::Pending) {
        Storage::TeamServer::EditResult r;
        r.outcome = Outcome(outcome);
        r.clock = clock;
        r.conflict = conflict;
        r.error = error;
        QString why;
        if (!m_sync.takeResult(*e, r, &why))
            emit failed(why);
        if (r.outcome == Outcome::Refused) {
            emit editRefused(e->label, conflict);
            emit conflictsChanged();
            fetch();
        }
    }
    emit pendingChanged(pendingCount());
    sendNext();
}

void TeamSession::fetch()
{
    if (!m_online)
        return;
    if (m_fetching) {
        m_fetchAgain = true;
        return;
    }
    m_fetching = true;
    QMetaObject::invokeMethod(
        m_link, [link = m_link, since = m_sync.clock()] { link->fetch(since); },
        Qt::QueuedConnection);
}

void TeamSession::fetched(const std::vector<Storage::TeamServer::Change> &changes, bool more)
{
    m_fetching = false;
    QString why;
    if (!m_sync.takeChanges(changes, &why))
        emit failed(why);
    for (const auto &[author, what] : m_sync.lastChanges())
        emit teamActivity(author, what);
    if (!changes.empty())
        emit caughtUp(m_sync.clock());
    if (more || m_fetchAgain) {
        m_fetchAgain = false;
        fetch();
    }
    emit pendingChanged(pendingCount());
}

void TeamSession::reserved(qint64 first)
{
    m_reserving = false;
    Storage::TeamReplica &r = *m_project.teamReplica();
    if (m_nextId >= m_blockEnd) {
        m_nextId = first;
        m_blockEnd = first + Storage::TeamServer::IdBlock;
        r.setState(kFirst, QString::number(first), nullptr);
        if (m_spare == 0) {
            m_reserving = true;
            QMetaObject::invokeMethod(m_link, &TeamLink::reserve, Qt::QueuedConnection);
        }
        return;
    }
    m_spare = first;
    r.setState(kSpare, QString::number(first), nullptr);
}

qint64 TeamSession::takeId()
{
    if (m_nextId >= m_blockEnd) {
        if (m_spare == 0)
            return 0; // none until the server hands out a block: the edit says so
        m_nextId = m_spare;
        m_blockEnd = m_spare + Storage::TeamServer::IdBlock;
        m_spare = 0;
        Storage::TeamReplica &r = *m_project.teamReplica();
        r.setState(kFirst, QString::number(m_nextId), nullptr);
        r.setState(kSpare, QStringLiteral("0"), nullptr);
        if (m_online && !m_reserving) {
            m_reserving = true;
            QMetaObject::invokeMethod(m_link, &TeamLink::reserve, Qt::QueuedConnection);
        }
    }
    return m_nextId++;
}

bool TeamSession::keepMine(const QString &key, QString *error)
{
    const bool ok = m_sync.keepMine(key, error);
    emit conflictsChanged();
    return ok;
}

bool TeamSession::keepTheirs(const QString &key, QString *error)
{
    const bool ok = m_sync.keepTheirs(key, error);
    emit conflictsChanged();
    return ok;
}

bool TeamSession::resolve(const QString &key, const QSet<QString> &theirsFor, QString *error)
{
    const bool ok = m_sync.resolve(key, theirsFor, error);
    emit conflictsChanged();
    return ok;
}

} // namespace Crosscheck::Core
