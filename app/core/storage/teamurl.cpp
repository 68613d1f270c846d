// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamserver.h"

#include <QUrl>
#include <QUrlQuery>

namespace Crosscheck::Core::Storage {

bool TeamUrl::isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) ||
           text.startsWith(QLatin1String("postgres://"));
}

std::optional<TeamUrl> TeamUrl::parse(const QString &text, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<TeamUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isUrl(text))
        return fail(TeamServer::tr("a team project URL starts with postgresql://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return fail(TeamServer::tr("not a valid URL: %1").arg(url.errorString()));
    TeamUrl out;
    out.user = url.userName();
    out.password = url.password();
    out.host = url.host();
    out.port = url.port(5432);
    out.database = url.path().mid(1);
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("host")))
        out.host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (query.hasQueryItem(QStringLiteral("port")))
        out.port = query.queryItemValue(QStringLiteral("port")).toInt();
    out.project = query.queryItemValue(QStringLiteral("project"), QUrl::FullyDecoded);
    out.sslmode = query.queryItemValue(QStringLiteral("sslmode"));
    if (out.database.isEmpty())
        return fail(TeamServer::tr("the URL names no database (postgresql://user@host/DATABASE)"));
    if (out.port <= 0 || out.port > 65535)
        return fail(TeamServer::tr("the URL's port is not a port number"));
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!out.sslmode.isEmpty() && !modes.contains(out.sslmode))
        return fail(TeamServer::tr("unknown sslmode “%1”").arg(out.sslmode));
    return out;
}

QString TeamUrl::display() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(u'/');
    if (!socket)
        url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery q;
    if (socket)
        q.addQueryItem(QStringLiteral("host"), host);
    if (!project.isEmpty())
        q.addQueryItem(QStringLiteral("project"), project);
    if (!sslmode.isEmpty())
        q.addQueryItem(QStringLiteral("sslmode"), sslmode);
    url.setQuery(q);
    return url.toString(QUrl::FullyEncoded);
}

bool TeamUrl::isLocal() const
{
    return host.isEmpty() || host.startsWith(u'/') || host == QLatin1String("localhost") ||
           host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

QString TeamUrl::effectiveSslMode() const
{
    if (!sslmode.isEmpty())
        return sslmode;
    return isLocal() ? QString() : QStringLiteral("verify-full");
}

} // namespace Crosscheck::Core::Storage
