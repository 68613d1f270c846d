// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisstore.h"
#include "database.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Crosscheck::Core::Storage {

std::vector<Analysis::PassagePair> AnalysisStore::passages(QString *error) const
{
    std::vector<Analysis::PassagePair> out;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT source_a, a_start, a_end, source_b, b_start, b_end, score, kind, "
                       "moved FROM passage ORDER BY source_a, source_b, a_start"),
        {}, error);
    while (q.next()) {
        Analysis::PassagePair p;
        p.a = q.value(0).toLongLong();
        p.spanA = {q.value(1).toInt(), q.value(2).toInt()};
        p.b = q.value(3).toLongLong();
        p.spanB = {q.value(4).toInt(), q.value(5).toInt()};
        p.score = q.value(6).toDouble();
        p.kind = Analysis::kindFromName(q.value(7).toString());
        p.moved = q.value(8).toBool();
        out.push_back(p);
    }
    return out;
}

SourceIds AnalysisStore::analysedSources(const QString &engineVersion) const
{
    SourceIds ids;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT source_id FROM analysed_source WHERE engine_version = ? "
                                "ORDER BY source_id"),
                 {engineVersion});
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

bool AnalysisStore::clear(QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM passage"), {}, error) &&
           m_db.exec(QStringLiteral("DELETE FROM analysed_source"), {}, error);
}

bool AnalysisStore::removePair(SourceId a, SourceId b, QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM passage WHERE (source_a = ? AND source_b = ?) OR "
                                    "(source_a = ? AND source_b = ?)"),
                     {a, b, b, a}, error);
}

bool AnalysisStore::removeSource(SourceId source, QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM passage WHERE source_a = ? OR source_b = ?"),
                     {source, source}, error);
}

bool AnalysisStore::insert(const Analysis::PassagePair &p, QString *error)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO passage (source_a, a_start, a_end, source_b, b_start, b_end, "
                       "score, kind, moved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {qint64(p.a), p.spanA.start, p.spanA.end, qint64(p.b), p.spanB.start, p.spanB.end, p.score,
         Analysis::kindName(p.kind), p.moved ? 1 : 0},
        error);
}

bool AnalysisStore::markAnalysed(SourceId source, const QString &engineVersion, QString *error)
{
    return m_db.exec(
        QStringLiteral(
            "INSERT INTO analysed_source (source_id, engine_version, analysed_at) VALUES "
            "(?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET engine_version = "
            "excluded.engine_version, analysed_at = excluded.analysed_at"),
        {source, engineVersion, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        error);
}

namespace {
std::vector<Analysis::PassageReview> readReviews(QSqlQuery &q)
{
    std::vector<Analysis::PassageReview> out;
    while (q.next()) {
        Analysis::PassageReview r;
        r.key.a = q.value(0).toLongLong();
        r.key.spanA = {q.value(1).toInt(), q.value(2).toInt()};
        r.key.b = q.value(3).toLongLong();
        r.key.spanB = {q.value(4).toInt(), q.value(5).toInt()};
        r.status = Analysis::reviewStatusFromName(q.value(6).toString());
        r.author = q.value(7).toString();
        r.modified = q.value(8).toString();
        out.push_back(std::move(r));
    }
    return out;
}
} // namespace

std::vector<Analysis::PassageReview> AnalysisStore::reviews(QString *error) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT source_a, a_start, a_end, source_b, b_start, b_end, status, author, "
                       "modified FROM passage_review"),
        {}, error);
    return readReviews(q);
}

std::vector<Analysis::PassageReview> AnalysisStore::reviewsOf(SourceId source) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT source_a, a_start, a_end, source_b, b_start, b_end, status, author, "
                       "modified FROM passage_review WHERE source_a = ? OR source_b = ?"),
        {source, source});
    return readReviews(q);
}

bool AnalysisStore::setReview(const Analysis::PassageReview &r, QString *error)
{
    const Analysis::PassageKey &k = r.key;
    if (r.status == Analysis::ReviewStatus::Unreviewed)
        return m_db.exec(
            QStringLiteral("DELETE FROM passage_review WHERE source_a = ? AND a_start "
                           "= ? AND a_end = ? AND source_b = ? AND b_start = ? AND "
                           "b_end = ?"),
            {qint64(k.a), k.spanA.start, k.spanA.end, qint64(k.b), k.spanB.start, k.spanB.end},
            error);
    return m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO passage_review (source_a, a_start, a_end, source_b, "
                       "b_start, b_end, status, author, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?)"),
        {qint64(k.a), k.spanA.start, k.spanA.end, qint64(k.b), k.spanB.start, k.spanB.end,
         Analysis::reviewStatusName(r.status), r.author, r.modified},
        error);
}

} // namespace Crosscheck::Core::Storage
