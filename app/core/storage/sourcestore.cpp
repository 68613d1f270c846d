// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcestore.h"
#include "database.h"

#include <QSqlQuery>

namespace Crosscheck::Core::Storage {

namespace {
const QString kColumns = QStringLiteral(
    "id, title, outlet, author, url, published, language, imported_at, content_hash, file_name, "
    "format, encoding, word_count");

// Null QStrings bind as SQL NULL; the schema wants '' for "none".
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Source sourceFromRow(const QSqlQuery &q)
{
    Source s;
    s.id = q.value(0).toLongLong();
    s.meta.title = q.value(1).toString();
    s.meta.outlet = q.value(2).toString();
    s.meta.author = q.value(3).toString();
    s.meta.url = q.value(4).toString();
    s.meta.published = q.value(5).toString();
    s.meta.language = q.value(6).toString();
    s.importedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.contentHash = q.value(8).toString();
    s.fileName = q.value(9).toString();
    s.format = q.value(10).toString();
    s.encoding = q.value(11).toString();
    s.wordCount = q.value(12).toInt();
    return s;
}
} // namespace

QVector<Source> SourceStore::all(QString *error) const
{
    QVector<Source> sources;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM source ORDER BY id"),
                 {}, error);
    while (q.next())
        sources.push_back(sourceFromRow(q));
    return sources;
}

QHash<SourceId, qint64> SourceStore::characterCounts() const
{
    QHash<SourceId, qint64> counts;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, length(body) FROM source"));
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}

QString SourceStore::text(SourceId id) const
{
    return m_db.scalar(QStringLiteral("SELECT body FROM source WHERE id = ?"), {id}).toString();
}

QByteArray SourceStore::original(SourceId id) const
{
    return m_db
        .scalar(QStringLiteral("SELECT bytes FROM source_original WHERE source_id = ?"), {id})
        .toByteArray();
}

bool SourceStore::insert(Source &s, const QString &body, const QByteArray &original, QString *error)
{
    const QVariantList values = {
        s.id > 0 ? QVariant(s.id) : QVariant(),
        nonNull(s.meta.title),
        nonNull(s.meta.outlet),
        nonNull(s.meta.author),
        nonNull(s.meta.url),
        nonNull(s.meta.published),
        nonNull(s.meta.language),
        s.importedAt.toUTC().toString(Qt::ISODateWithMs),
        s.contentHash,
        nonNull(s.fileName),
        nonNull(s.format),
        nonNull(s.encoding),
        s.wordCount,
        nonNull(body),
    };
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT INTO source (id, title, outlet, author, url, published, language, "
                       "imported_at, content_hash, file_name, format, encoding, word_count, body) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        values, error);
    if (!q.isActive() || !q.next())
        return false;
    s.id = q.value(0).toLongLong();
    if (!original.isEmpty() &&
        !m_db.exec(QStringLiteral("INSERT INTO source_original (source_id, bytes) VALUES (?, ?)"),
                   {s.id, original}, error))
        return false;
    return true;
}

bool SourceStore::remove(SourceId id, QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM source WHERE id = ?"), {id}, error);
}

bool SourceStore::updateMetadata(SourceId id, const SourceMetadata &m, QString *error)
{
    return m_db.exec(QStringLiteral("UPDATE source SET title = ?, outlet = ?, author = ?, url = ?, "
                                    "published = ?, language = ? WHERE id = ?"),
                     {nonNull(m.title), nonNull(m.outlet), nonNull(m.author), nonNull(m.url),
                      nonNull(m.published), nonNull(m.language), id},
                     error);
}

bool SourceStore::appendLog(const QString &author, const QString &action, const QString &details,
                            QString *error)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO edit_log (at, author, action, details) VALUES (?, ?, ?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), nonNull(author),
         nonNull(action), nonNull(details)},
        error);
}

QVector<EditLogEntry> SourceStore::log(int limit) const
{
    QVector<EditLogEntry> entries;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT at, author, action, details FROM edit_log "
                                          "ORDER BY id DESC LIMIT ?"),
                           {limit});
    while (q.next()) {
        entries.push_back({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
                           q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return entries;
}

} // namespace Crosscheck::Core::Storage
