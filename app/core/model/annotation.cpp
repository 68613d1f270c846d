// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"

#include <algorithm>

namespace Crosscheck::Core {

QString Link::relationName(Relation r)
{
    return r == Relation::Corroborates ? QStringLiteral("corroborates")
                                       : QStringLiteral("contradicts");
}

Link::Relation Link::relationFromName(const QString &name)
{
    return name == QLatin1String("corroborates") ? Relation::Corroborates : Relation::Contradicts;
}

QString Link::severityName(int severity)
{
    return severity <= 1   ? QStringLiteral("minor")
           : severity >= 3 ? QStringLiteral("major")
                           : QStringLiteral("notable");
}

int Link::severityFromName(const QString &name)
{
    if (name == QLatin1String("minor"))
        return 1;
    if (name == QLatin1String("notable"))
        return 2;
    if (name == QLatin1String("major"))
        return 3;
    bool ok = false;
    const int n = name.toInt(&ok);
    return ok ? std::clamp(n, 1, 3) : 0;
}

QString Link::statusName(Status s)
{
    switch (s) {
    case Status::Confirmed:
        return QStringLiteral("confirmed");
    case Status::Resolved:
        return QStringLiteral("resolved");
    case Status::Dismissed:
        return QStringLiteral("dismissed");
    case Status::Open:
        break;
    }
    return QStringLiteral("open");
}

Link::Status Link::statusFromName(const QString &name)
{
    if (name == QLatin1String("confirmed"))
        return Status::Confirmed;
    if (name == QLatin1String("resolved"))
        return Status::Resolved;
    if (name == QLatin1String("dismissed"))
        return Status::Dismissed;
    return Status::Open;
}

QStringList Link::typeNames()
{
    return {QStringLiteral("number"),      QStringLiteral("datetime"), QStringLiteral("place"),
            QStringLiteral("attribution"), QStringLiteral("quote"),    QStringLiteral("polarity"),
            QStringLiteral("certainty"),   QStringLiteral("role"),     QStringLiteral("framing"),
            QStringLiteral("other")};
}

QString Note::targetName(Target t)
{
    switch (t) {
    case Target::Span:
        return QStringLiteral("span");
    case Target::Entity:
        return QStringLiteral("entity");
    case Target::Link:
        return QStringLiteral("link");
    case Target::Source:
        break;
    }
    return QStringLiteral("source");
}

Note::Target Note::targetFromName(const QString &name)
{
    if (name == QLatin1String("span"))
        return Target::Span;
    if (name == QLatin1String("entity"))
        return Target::Entity;
    if (name == QLatin1String("link"))
        return Target::Link;
    return Target::Source;
}

} // namespace Crosscheck::Core
