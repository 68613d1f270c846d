// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sources and verdicts as the rows of a team edit, read from and written to the project file.
#include "teamrows.h"

#include "database.h"

#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Crosscheck::Core::Storage {

namespace {
const QString kReviewKey = QStringLiteral("source_a = ? AND a_start = ? AND a_end = ? AND "
                                          "source_b = ? AND b_start = ? AND b_end = ?");

/// A column's value as PostgreSQL's to_jsonb writes it.
QJsonValue jsonOf(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QByteArray:
        return QString(QStringLiteral("\\x") + QString::fromLatin1(v.toByteArray().toHex()));
    default:
        return v.toString();
    }
}

/// A value of a row written by jsonOf, to bind for a column of SQLite type \a type.
QVariant valueOf(const QJsonValue &v, const QString &type)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (type.contains(QLatin1String("BLOB"))) {
        const QString s = v.toString();
        return QByteArray::fromHex(s.mid(2).toLatin1());
    }
    if (v.isDouble())
        return type.contains(QLatin1String("INT")) ? QVariant(v.toInteger())
                                                   : QVariant(v.toDouble());
    return v.toString();
}

QVariantList keyValues(const Analysis::PassageKey &k)
{
    return {qint64(k.a), k.spanA.start, k.spanA.end, qint64(k.b), k.spanB.start, k.spanB.end};
}

/// Whether \a file has every column of \a given with the same value.
bool contains(const QJsonObject &file, const QJsonObject &given)
{
    for (auto it = given.begin(); it != given.end(); ++it)
        if (file.value(it.key()) != it.value())
            return false;
    return true;
}
} // namespace

std::optional<QJsonObject> TeamRows::row(const QString &sql, const QVariantList &values,
                                         QString *error) const
{
    QSqlQuery q = m_db.run(sql, values, error);
    if (!q.isActive())
        return std::nullopt;
    if (!q.next())
        return QJsonObject();
    QJsonObject o;
    const QSqlRecord r = q.record();
    for (int c = 0; c < r.count(); ++c)
        o.insert(r.fieldName(c), jsonOf(q.value(c)));
    return o;
}

bool TeamRows::addSources(const SourceIds &ids, bool withOriginal, QJsonObject &into,
                          QString *error) const
{
    QJsonArray sources = into.value(QStringLiteral("source")).toArray();
    QJsonArray originals = into.value(QStringLiteral("source_original")).toArray();
    for (SourceId id : ids) {
        const auto s = row(QStringLiteral("SELECT * FROM source WHERE id = ?"), {id}, error);
        if (!s)
            return false;
        if (s->isEmpty()) {
            if (error)
                *error = Database::tr("source %1 is not in the project").arg(id);
            return false;
        }
        sources.append(*s);
        if (!withOriginal)
            continue;
        const auto o =
            row(QStringLiteral("SELECT * FROM source_original WHERE source_id = ?"), {id}, error);
        if (!o)
            return false;
        if (!o->isEmpty())
            originals.append(*o);
    }
    into.insert(QStringLiteral("source"), sources);
    if (!originals.isEmpty())
        into.insert(QStringLiteral("source_original"), originals);
    return true;
}

bool TeamRows::addReviews(const QVector<Analysis::PassageKey> &keys, QJsonObject &into,
                          QString *error) const
{
    QJsonArray reviews = into.value(QStringLiteral("passage_review")).toArray();
    for (const Analysis::PassageKey &k : keys) {
        const auto r = row(QStringLiteral("SELECT * FROM passage_review WHERE ") + kReviewKey,
                           keyValues(k), error);
        if (!r)
            return false;
        if (!r->isEmpty())
            reviews.append(*r);
    }
    if (!reviews.isEmpty())
        into.insert(QStringLiteral("passage_review"), reviews);
    return true;
}

bool TeamRows::holds(const QJsonObject &rows) const
{
    for (const QJsonValue &v : rows.value(QStringLiteral("source")).toArray()) {
        const QJsonObject given = v.toObject();
        const auto file = row(QStringLiteral("SELECT * FROM source WHERE id = ?"),
                              {given.value(QStringLiteral("id")).toInteger()}, nullptr);
        if (!file || file->isEmpty() || !contains(*file, given))
            return false;
    }
    for (const QJsonValue &v : rows.value(QStringLiteral("passage_review")).toArray()) {
        const QJsonObject given = v.toObject();
        const auto file = row(QStringLiteral("SELECT * FROM passage_review WHERE ") + kReviewKey,
                              keyValues(keyOf(given)), nullptr);
        if (!file || file->isEmpty() || !contains(*file, given))
            return false;
    }
    return true;
}

bool TeamRows::insertSources(const QJsonObject &rows, QString *error)
{
    for (const QString &table : {QStringLiteral("source"), QStringLiteral("source_original")}) {
        // Only the table's own columns, in its order, each value bound.
        QSqlQuery cols =
            m_db.run(QStringLiteral("SELECT name, type FROM pragma_table_info(?) ORDER BY cid"),
                     {table}, error);
        if (!cols.isActive())
            return false;
        QStringList names, types;
        while (cols.next()) {
            names << cols.value(0).toString();
            types << cols.value(1).toString().toUpper();
        }
        const QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") +
                            names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                            QStringList(names.size(), QStringLiteral("?")).join(u',') + u')';
        for (const QJsonValue &v : rows.value(table).toArray()) {
            const QJsonObject o = v.toObject();
            QVariantList values;
            for (qsizetype c = 0; c < names.size(); ++c)
                values << valueOf(o.value(names.at(c)), types.at(c));
            if (!m_db.exec(sql, values, error))
                return false;
        }
    }
    return true;
}

QVector<SourceRecord> TeamRows::sourcesOf(const QJsonObject &rows)
{
    QVector<SourceRecord> out;
    const auto str = [](const QJsonObject &o, const char *key) {
        return o.value(QString::fromLatin1(key)).toString();
    };
    for (const QJsonValue &v : rows.value(QStringLiteral("source")).toArray()) {
        const QJsonObject o = v.toObject();
        SourceRecord r;
        Source &s = r.source;
        s.id = o.value(QStringLiteral("id")).toInteger();
        s.meta.title = str(o, "title");
        s.meta.outlet = str(o, "outlet");
        s.meta.author = str(o, "author");
        s.meta.url = str(o, "url");
        s.meta.published = str(o, "published");
        s.meta.language = str(o, "language");
        s.importedAt = QDateTime::fromString(str(o, "imported_at"), Qt::ISODateWithMs);
        s.contentHash = str(o, "content_hash");
        s.fileName = str(o, "file_name");
        s.format = str(o, "format");
        s.encoding = str(o, "encoding");
        s.wordCount = int(o.value(QStringLiteral("word_count")).toInteger());
        r.text = str(o, "body");
        for (const QJsonValue &b : rows.value(QStringLiteral("source_original")).toArray())
            if (b.toObject().value(QStringLiteral("source_id")).toInteger() == s.id)
                r.original =
                    valueOf(b.toObject().value(QStringLiteral("bytes")), QStringLiteral("BLOB"))
                        .toByteArray();
        out << r;
    }
    return out;
}

Analysis::PassageKey TeamRows::keyOf(const QJsonObject &o)
{
    const auto n = [&o](const char *key) { return o.value(QString::fromLatin1(key)).toInteger(); };
    return {n("source_a"),
            n("source_b"),
            {int(n("a_start")), int(n("a_end"))},
            {int(n("b_start")), int(n("b_end"))}};
}

std::vector<Analysis::PassageReview> TeamRows::reviewsOf(const QJsonObject &rows)
{
    std::vector<Analysis::PassageReview> out;
    for (const QJsonValue &v : rows.value(QStringLiteral("passage_review")).toArray()) {
        const QJsonObject o = v.toObject();
        out.push_back({keyOf(o),
                       Analysis::reviewStatusFromName(o.value(QStringLiteral("status")).toString()),
                       o.value(QStringLiteral("author")).toString(),
                       o.value(QStringLiteral("modified")).toString()});
    }
    return out;
}

} // namespace Crosscheck::Core::Storage
