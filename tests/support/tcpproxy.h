// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP proxy for fault tests (tests/storage/tst_teamfaults): between a client and the test
// PostgreSQL server on 127.0.0.1, in a thread of its own. It passes bytes both ways, holds them
// (a black hole: nothing arrives either way until it passes again, as on a network that stalls),
// or cuts every connection at once. No traffic leaves 127.0.0.1.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace TestData {

class TcpProxy
{
public:
    explicit TcpProxy(quint16 target)
        : m_target(target)
    {
        m_thread.start();
        m_core = new QObject;
        m_core->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_core,
            [this] {
                m_server = new QTcpServer(m_core);
                QObject::connect(m_server, &QTcpServer::newConnection, m_core,
                                 [this] { accept(); });
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    }
    ~TcpProxy()
    {
        QMetaObject::invokeMethod(
            m_core, [this] { delete m_core; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    quint16 port() const { return m_port; }
    /// Bytes are held (true) or passed (false, the held ones first).
    void setBlackHole(bool on)
    {
        m_hold = on;
        if (!on)
            QMetaObject::invokeMethod(
                m_core, [this] { flush(); }, Qt::BlockingQueuedConnection);
    }
    /// Closes every connection through the proxy, as a network that drops them would.
    void cutAll()
    {
        QMetaObject::invokeMethod(
            m_core,
            [this] {
                for (Pipe &p : m_pipes) {
                    if (p.client)
                        p.client->abort();
                    if (p.upstream)
                        p.upstream->abort();
                }
                m_pipes.clear();
            },
            Qt::BlockingQueuedConnection);
    }
    int connections() const { return m_count; }

private:
    struct Pipe
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray toUpstream; ///< held while the hole is on
        QByteArray toClient;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QTcpSocket(m_core);
            client->setParent(m_core);
            m_pipes.push_back({client, upstream, {}, {}});
            ++m_count;
            const auto pipeOf = [this, client]() -> Pipe * {
                for (Pipe &p : m_pipes)
                    if (p.client == client)
                        return &p;
                return nullptr;
            };
            QObject::connect(client, &QTcpSocket::readyRead, m_core, [this, pipeOf] {
                if (Pipe *p = pipeOf()) {
                    p->toUpstream += p->client->readAll();
                    if (!m_hold)
                        flush(*p);
                }
            });
            QObject::connect(upstream, &QTcpSocket::readyRead, m_core, [this, pipeOf] {
                if (Pipe *p = pipeOf()) {
                    p->toClient += p->upstream->readAll();
                    if (!m_hold)
                        flush(*p);
                }
            });
            QObject::connect(upstream, &QTcpSocket::connected, m_core, [this, pipeOf] {
                if (Pipe *p = pipeOf(); p && !m_hold)
                    flush(*p);
            });
            const auto close = [client, upstream] {
                client->disconnectFromHost();
                upstream->disconnectFromHost();
            };
            QObject::connect(client, &QTcpSocket::disconnected, m_core, close);
            QObject::connect(upstream, &QTcpSocket::disconnected, m_core, close);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }
    void flush(Pipe &p)
    {
        if (p.upstream && p.upstream->state() == QAbstractSocket::ConnectedState &&
            !p.toUpstream.isEmpty()) {
            p.upstream->write(p.toUpstream);
            p.toUpstream.clear();
        }
        if (p.client && !p.toClient.isEmpty()) {
            p.client->write(p.toClient);
            p.toClient.clear();
        }
    }
    void flush()
    {
        for (Pipe &p : m_pipes)
            flush(p);
    }

    quint16 m_target;
    QThread m_thread;
    QObject *m_core = nullptr;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    std::atomic<bool> m_hold{false};
    std::atomic<int> m_count{0};
    std::vector<Pipe> m_pipes;
};

} // namespace TestData
