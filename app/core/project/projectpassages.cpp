// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Project: the passages the engine found, and the analyst's verdicts on them.
#include "project.h"

#include "commands/setpassagereviewcommand.h"
#include "storage/analysisstore.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "undostack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crosscheck::Core {

Analysis::ReviewStatus Project::reviewStatus(const Analysis::PassageKey &key) const
{
    const auto it = m_reviews.constFind(key);
    return it == m_reviews.cend() ? Analysis::ReviewStatus::Unreviewed : it->status;
}

Analysis::PassageReview Project::review(const Analysis::PassageKey &key) const
{
    const auto it = m_reviews.constFind(key);
    return it == m_reviews.cend() ? Analysis::PassageReview{key, {}, {}, {}} : *it;
}

bool Project::setReviewStatus(const QVector<Analysis::PassageKey> &keys,
                              Analysis::ReviewStatus status, QString *error)
{
    if (!checkWritable(error))
        return false;
    std::vector<Analysis::PassageReview> before, after;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const Analysis::PassageKey &k : keys) {
        if (reviewStatus(k) == status)
            continue;
        before.push_back(review(k));
        after.push_back({k, status, m_author, now});
    }
    if (after.empty())
        return true;
    return m_undoStack->push(
        std::make_unique<SetPassageReviewCommand>(this, std::move(before), std::move(after)),
        error);
}

bool Project::writeReviews(const std::vector<Analysis::PassageReview> &reviews,
                           const QString &action, QString *error, const QString &label)
{
    if (!checkWritable(error))
        return false;
    Storage::Transaction tx(m_storage->db());
    if (!tx.begin(error))
        return false;
    QVector<Analysis::PassageKey> keys;
    for (const Analysis::PassageReview &r : reviews)
        keys << r.key;
    // A team replica queues the verdicts as they were and as they are.
    std::optional<QJsonObject> before = QJsonObject();
    if (queuesTeamEdits() && !(before = teamRowsOf({}, false, keys, {}, true, error)))
        return false;
    QJsonArray details;
    for (const Analysis::PassageReview &r : reviews) {
        if (!m_analysisStore->setReview(r, error))
            return false;
        details.append(
            QJsonObject{{QStringLiteral("a"), qint64(r.key.a)},
                        {QStringLiteral("b"), qint64(r.key.b)},
                        {QStringLiteral("spanA"), QJsonArray{r.key.spanA.start, r.key.spanA.end}},
                        {QStringLiteral("spanB"), QJsonArray{r.key.spanB.start, r.key.spanB.end}},
                        {QStringLiteral("status"), Analysis::reviewStatusName(r.status)}});
    }
    if (queuesTeamEdits()) {
        const auto after = teamRowsOf({}, false, keys, {}, false, error);
        if (!after || !queueTeamRows(*before, *after, action, label, error))
            return false;
    }
    if (!m_sourceStore->appendLog(
            m_author, action,
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), error) ||
        !tx.commit(error))
        return false;
    for (const Analysis::PassageReview &r : reviews) {
        if (r.status == Analysis::ReviewStatus::Unreviewed)
            m_reviews.remove(r.key);
        else
            m_reviews.insert(r.key, r);
    }
    emit reviewsChanged(keys);
    return true;
}

Analysis::AnalysisInput Project::analysisInput(bool full) const
{
    Analysis::AnalysisInput input;
    input.full = full;
    // Sources analysed by another engine version count as not analysed; when none is analysed
    // by this version the analysis runs in full and replaces what is stored.
    for (const Source &s : m_sources) {
        Analysis::EngineDocument d{s.id, sourceText(s.id), s.meta.language};
        if (!full && m_analysed.contains(s.id))
            input.analysed.push_back(std::move(d));
        else
            input.fresh.push_back(std::move(d));
    }
    if (!full && input.analysed.empty())
        input.full = true;
    return input;
}

bool Project::isAnalysisCurrent() const
{
    for (const Source &s : m_sources)
        if (!m_analysed.contains(s.id))
            return false;
    return true;
}

bool Project::applyAnalysis(const Analysis::AnalysisOutput &output, QString *error)
{
    // A team replica analyses its sources itself: passages are computed, not shared.
    if (!checkWritable(error) || output.cancelled)
        return false;
    Storage::Transaction tx(m_storage->db());
    if (!tx.begin(error))
        return false;
    if (output.replaceAll && !m_analysisStore->clear(error))
        return false;
    // Incrementally analysed sources get all their passages anew (they may hold ones from an
    // earlier engine version).
    if (!output.replaceAll)
        for (SourceId id : output.analysed)
            if (!m_analysisStore->removeSource(id, error))
                return false;
    for (const auto &[a, b] : output.droppedPairs)
        if (!m_analysisStore->removePair(a, b, error))
            return false;
    for (const Analysis::PassagePair &p : output.added) {
        // Sources removed while the analysis ran have no passages.
        if (rowOf(p.a) < 0 || rowOf(p.b) < 0)
            continue;
        if (!m_analysisStore->insert(p, error))
            return false;
    }
    for (SourceId id : output.analysed)
        if (rowOf(id) >= 0 && !m_analysisStore->markAnalysed(id, Analysis::engineVersion(), error))
            return false;
    if (!m_sourceStore->appendLog(m_author, QStringLiteral("analyse-overlaps"),
                                  QStringLiteral("{\"passages\":%1,\"sources\":%2}")
                                      .arg(output.added.size())
                                      .arg(output.analysed.size()),
                                  error) ||
        !tx.commit(error))
        return false;
    m_passages = m_analysisStore->passages();
    m_analysed.clear();
    for (SourceId id : m_analysisStore->analysedSources(Analysis::engineVersion()))
        m_analysed.insert(id);
    emit passagesChanged();
    return true;
}

} // namespace Crosscheck::Core
