// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamtransfer.h"

#include <QCoreApplication>
#include <QThread>

namespace Crosscheck::Core {

TeamTransfer::TeamTransfer(Kind kind, const Storage::TeamUrl &url, const QString &localPath,
                           const QString &name, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_url(url)
    , m_localPath(localPath)
    , m_name(name)
{}

TeamTransfer::~TeamTransfer()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

TeamTransfer::Result TeamTransfer::runBlocking(Kind kind, const Storage::TeamUrl &url,
                                               const QString &localPath, const QString &name,
                                               const Storage::TeamServer::Progress &progress)
{
    Result r;
    Storage::TeamServer server;
    if (!server.connect(url, &r.error)) {
        r.notConnected = true;
        return r;
    }
    switch (kind) {
    case Kind::List:
        if (const auto list = server.projects(&r.error)) {
            r.projects = *list;
            r.ok = true;
        }
        break;
    case Kind::Publish:
        r.ok = server.publish(localPath, name, progress, &r.error);
        break;
    case Kind::Clone:
        r.ok = server.clone(name, localPath, progress, &r.error, &r.clock);
        break;
    }
    return r;
}

void TeamTransfer::start()
{
    if (m_thread)
        return;
    QPointer<TeamTransfer> self(this);
    const auto cancel = m_cancel;
    const Kind kind = m_kind;
    const Storage::TeamUrl url = m_url;
    const QString localPath = m_localPath, name = m_name;
    m_thread = QThread::create([self, cancel, kind, url, localPath, name] {
        const auto progress = [self, cancel](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, done, total] {
                    if (self)
                        emit self->progress(done, total);
                },
                Qt::QueuedConnection);
            return !cancel->load();
        };
        Result r = runBlocking(kind, url, localPath, name, progress);
        r.cancelled = cancel->load() && !r.ok;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, r] {
                if (!self)
                    return;
                self->m_result = r;
                if (self->m_thread) {
                    self->m_thread->wait();
                    delete self->m_thread;
                    self->m_thread = nullptr;
                }
                emit self->finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void TeamTransfer::cancel()
{
    m_cancel->store(true);
}

} // namespace Crosscheck::Core
