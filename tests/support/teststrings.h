// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Short literals for tests built with QT_NO_CAST_FROM_ASCII: S("…") is a QString, L({…}) a
// QStringList and LS({…}) a QSet<QString>, all from UTF-8.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace TestData {

inline QString S(const char *s)
{
    return QString::fromUtf8(s);
}

inline QStringList L(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out << S(i);
    return out;
}

inline QSet<QString> LS(std::initializer_list<const char *> items)
{
    const QStringList l = L(items);
    return QSet<QString>(l.begin(), l.end());
}

} // namespace TestData
