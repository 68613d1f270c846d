// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatautil.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace Crosscheck::Core::Metadata {

QString normalizeDate(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression dateOnly(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (const auto m = dateOnly.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid()) {
        // "2026-03-14 09:30:00" (space instead of T)
        QString t = text;
        static const QRegularExpression spaced(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d"));
        if (spaced.match(t).hasMatch()) {
            t[10] = u'T';
            dt = QDateTime::fromString(t, Qt::ISODate);
        }
    }
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::RFC2822Date);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime) // no zone given: keep it floating
            return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        return dt.toString(Qt::ISODate);
    }
    const QLocale c(QLocale::English);
    for (const QString &format : {QStringLiteral("d MMMM yyyy"), QStringLiteral("MMMM d, yyyy"),
                                  QStringLiteral("d MMM yyyy"), QStringLiteral("MMM d, yyyy"),
                                  QStringLiteral("dd.MM.yyyy"), QStringLiteral("yyyy/MM/dd")}) {
        const QDate d = c.toDate(text, format);
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    return {};
}

QString normalizeLanguage(const QString &tag)
{
    QString t = tag.trimmed().toLower();
    t.replace(u'_', u'-');
    const int dash = t.indexOf(u'-');
    if (dash > 0)
        t = t.left(dash);
    static const QRegularExpression valid(QStringLiteral("^[a-z]{2,3}$"));
    return valid.match(t).hasMatch() ? t : QString();
}

} // namespace Crosscheck::Core::Metadata
