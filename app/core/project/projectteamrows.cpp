// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Project: a team replica's edits of sources and verdicts, and the team's edits as rows (the
// JSON of table → rows that the outbox and the server's edit log hold).
#include "project.h"

#include "commands/addsourcescommand.h"
#include "commands/annotationcommands.h"
#include "storage/analysisstore.h"
#include "storage/annotationstore.h"
#include "storage/teamrows.h"
#include "undostack.h"

#include <QJsonArray>
#include <QScopedValueRollback>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
/// Sorts \a rows by id and keeps each id once.
template<typename Rows>
void uniqueById(Rows &rows)
{
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [](const auto &a, const auto &b) { return a.id == b.id; }),
               rows.end());
}

/// The rows an annotation edit from \a before to \a after touches, as \a project holds them
/// now (whoever wrote them), and what makes the edit again over them.
std::pair<AnnotationDelta, AnnotationDelta>
overNow(const Project &project, const AnnotationDelta &before, const AnnotationDelta &after)
{
    // What is there now at the rows the edit touches, whoever wrote it.
    AnnotationDelta now;
    const auto collect = [&](const AnnotationDelta &d) {
        for (const EntityType &t : d.types)
            if (const EntityType *x = project.entityType(t.id))
                now.types.push_back(*x);
        for (const Entity &e : d.entities)
            if (const Entity *x = project.entity(e.id))
                now.entities.push_back(*x);
        for (const Mention &m : d.mentions)
            if (const Mention *x = project.mention(m.id))
                now.mentions.push_back(*x);
        for (const Link &l : d.links)
            if (const Link *x = project.link(l.id))
                now.links.push_back(*x);
        for (const Note &n : d.notes)
            if (const Note *x = project.note(n.id))
                now.notes.push_back(*x);
        for (const SuggestionDecision &s : d.decisions)
            now.decisions.push_back({s.key, project.suggestionDecision(s.key)});
    };
    collect(before);
    collect(after);
    // Each row once (a row in both before and after was collected twice).
    uniqueById(now.types);
    uniqueById(now.entities);
    uniqueById(now.mentions);
    uniqueById(now.links);
    uniqueById(now.notes);
    std::sort(
        now.decisions.begin(), now.decisions.end(),
        [](const SuggestionDecision &a, const SuggestionDecision &b) { return a.key < b.key; });
    now.decisions.erase(std::unique(now.decisions.begin(), now.decisions.end(),
                                    [](const SuggestionDecision &a, const SuggestionDecision &b) {
                                        return a.key == b.key;
                                    }),
                        now.decisions.end());
    AnnotationDelta target = after;
    for (const SuggestionDecision &s : now.decisions) {
        const bool kept = std::any_of(target.decisions.begin(), target.decisions.end(),
                                      [&](const SuggestionDecision &t) { return t.key == s.key; });
        if (!kept)
            target.decisions.push_back({s.key, QString()});
    }
    return {now, target};
}

/// The ids of the sources in \a records.
SourceIds idsOf(const QVector<SourceRecord> &records)
{
    SourceIds ids;
    for (const SourceRecord &r : records)
        ids << r.source.id;
    return ids;
}

/// The rows of "source" and "source_original" in \a rows that belong to \a ids.
QJsonObject sourceRowsOf(const QJsonObject &rows, const SourceIds &ids)
{
    QJsonObject out;
    for (const auto &[table, column] :
         {std::pair(QStringLiteral("source"), QStringLiteral("id")),
          std::pair(QStringLiteral("source_original"), QStringLiteral("source_id"))}) {
        QJsonArray kept;
        for (const QJsonValue &v : rows.value(table).toArray())
            if (ids.contains(v.toObject().value(column).toInteger()))
                kept.append(v);
        out.insert(table, kept);
    }
    return out;
}
} // namespace

bool Project::takeTeamIds(QVector<SourceRecord> &records, QString *error)
{
    for (SourceRecord &r : records) {
        if (r.source.id > 0)
            continue; // made again by redo, or restored by an undo: its id stays
        r.source.id = m_annotations.newSourceId();
        if (r.source.id <= 0) {
            if (error)
                *error =
                    tr("No ids are left for new rows until the team server is reachable again.");
            return false;
        }
    }
    return true;
}

std::optional<QJsonObject> Project::teamRowsOf(const SourceIds &sources, bool full,
                                               const QVector<Analysis::PassageKey> &reviews,
                                               const AnnotationDelta &annotations, bool asSeen,
                                               QString *error) const
{
    QJsonObject rows = Storage::AnnotationStore::rowsOf(annotations, asSeen, m_author);
    const Storage::TeamRows table(m_storage->db());
    if ((!sources.isEmpty() && !table.addSources(sources, full, rows, error)) ||
        (!reviews.isEmpty() && !table.addReviews(reviews, rows, error)))
        return std::nullopt;
    return rows;
}

std::optional<QJsonObject> Project::teamRowsOfSources(const SourceIds &ids, QString *error) const
{
    AnnotationDelta inside;
    QVector<Analysis::PassageKey> keys;
    SourceIds present;
    for (SourceId id : ids) {
        if (rowOf(id) < 0)
            continue;
        present << id;
        const AnnotationDelta a = m_annotations.ofSource(id);
        inside.mentions.insert(inside.mentions.end(), a.mentions.begin(), a.mentions.end());
        inside.links.insert(inside.links.end(), a.links.begin(), a.links.end());
        inside.notes.insert(inside.notes.end(), a.notes.begin(), a.notes.end());
        for (const Analysis::PassageReview &v : m_analysisStore->reviewsOf(id))
            if (!keys.contains(v.key))
                keys << v.key;
    }
    // A link between two removed sources is in both.
    uniqueById(inside.links);
    uniqueById(inside.notes);
    return teamRowsOf(present, true, keys, inside, true, error);
}

bool Project::applyTeamChange(const QJsonObject &remove, const QJsonObject &write,
                              const QString &author, const QString &action, QString *error)
{
    if (!checkWritable(error))
        return false;
    const QScopedValueRollback applying(m_applyingTeam, true);
    return runInOneTransaction(
        [&](QString *e) {
            // Parents first: new sources and changed details, then verdicts and annotations;
            // removed sources last, after what was in them.
            const QVector<SourceRecord> written = Storage::TeamRows::sourcesOf(write);
            const SourceIds kept = idsOf(written);
            QVector<SourceRecord> added;
            for (const SourceRecord &r : written) {
                if (rowOf(r.source.id) < 0)
                    added << r;
                else if (!writeMetadata(r.source.id, r.source.meta, action, e))
                    return false;
            }
            const QJsonObject addedRows = sourceRowsOf(write, idsOf(added));
            if (!added.isEmpty() && !insertRecords(added, action, e, {}, &addedRows))
                return false;
            std::vector<Analysis::PassageReview> reviews = Storage::TeamRows::reviewsOf(write);
            for (Analysis::PassageReview r : Storage::TeamRows::reviewsOf(remove)) {
                const bool rewritten =
                    std::any_of(reviews.begin(), reviews.end(),
                                [&](const Analysis::PassageReview &w) { return w.key == r.key; });
                if (!rewritten) {
                    r.status = Analysis::ReviewStatus::Unreviewed;
                    reviews.push_back(r);
                }
            }
            if (!reviews.empty() && !writeReviews(reviews, action, e))
                return false;
            const AnnotationDelta before = Storage::AnnotationStore::deltaOf(remove);
            const AnnotationDelta after = Storage::AnnotationStore::deltaOf(write);
            if ((!before.isEmpty() || !after.isEmpty()) &&
                (!applyTeamAnnotations(before, after, author, action, e) ||
                 !writeDecisionRows(write, e)))
                return false;
            SourceIds gone;
            for (SourceId id : idsOf(Storage::TeamRows::sourcesOf(remove)))
                if (!kept.contains(id) && rowOf(id) >= 0)
                    gone << id;
            return gone.isEmpty() || deleteSources(gone, action, e);
        },
        error);
}

bool Project::holdsTeamRows(const QJsonObject &before, const QJsonObject &after) const
{
    if (!holdsRows(Storage::AnnotationStore::deltaOf(before),
                   Storage::AnnotationStore::deltaOf(after)) ||
        !Storage::TeamRows(m_storage->db()).holds(before))
        return false;
    // What the edit adds must not be there yet.
    const SourceIds seen = idsOf(Storage::TeamRows::sourcesOf(before));
    for (const SourceRecord &r : Storage::TeamRows::sourcesOf(after))
        if (!seen.contains(r.source.id) &&
            (rowOf(r.source.id) >= 0 || m_byHash.contains(r.source.contentHash)))
            return false;
    const std::vector<Analysis::PassageReview> was = Storage::TeamRows::reviewsOf(before);
    for (const Analysis::PassageReview &r : Storage::TeamRows::reviewsOf(after)) {
        const bool seenKey =
            std::any_of(was.begin(), was.end(), [&](const auto &w) { return w.key == r.key; });
        if (!seenKey && m_reviews.contains(r.key))
            return false;
    }
    return true;
}

bool Project::redoTeamEdit(const QJsonObject &before, const QJsonObject &after,
                           const QString &label, QString *error)
{
    // Sources and verdicts are made again as new edits of the analyst's, over what is there.
    const QVector<SourceRecord> was = Storage::TeamRows::sourcesOf(before);
    const SourceIds seen = idsOf(was);
    const QVector<SourceRecord> wanted = Storage::TeamRows::sourcesOf(after);
    QVector<SourceRecord> added;
    for (SourceRecord r : wanted) {
        if (seen.contains(r.source.id)) {
            if (rowOf(r.source.id) >= 0 && !setSourceMetadata(r.source.id, r.source.meta, error))
                return false;
        } else if (m_byHash.contains(r.source.contentHash)) {
            if (error)
                *error = tr("The same text is already in the project.");
            return false;
        } else {
            r.source.id = 0;
            added << r;
        }
    }
    if (!added.isEmpty() &&
        !m_undoStack->push(std::make_unique<AddSourcesCommand>(this, added), error))
        return false;
    const std::vector<Analysis::PassageReview> verdicts = Storage::TeamRows::reviewsOf(after);
    for (const Analysis::PassageReview &r : verdicts)
        if (!setReviewStatus({r.key}, r.status, error))
            return false;
    for (const Analysis::PassageReview &r : Storage::TeamRows::reviewsOf(before)) {
        const bool rewritten = std::any_of(verdicts.begin(), verdicts.end(),
                                           [&](const auto &w) { return w.key == r.key; });
        if (!rewritten && !setReviewStatus({r.key}, Analysis::ReviewStatus::Unreviewed, error))
            return false;
    }
    const auto [now, target] = overNow(*this, Storage::AnnotationStore::deltaOf(before),
                                       Storage::AnnotationStore::deltaOf(after));
    if (!pushAnnotationEdit(std::make_unique<AnnotationCommand>(
                                this, label, QStringLiteral("keep-mine"), now, target),
                            error))
        return false;
    SourceIds gone;
    const SourceIds kept = idsOf(wanted);
    for (SourceId id : seen)
        if (!kept.contains(id) && rowOf(id) >= 0)
            gone << id;
    return gone.isEmpty() || removeSources(gone, error);
}

QJsonObject Project::teamRowsNow(const QJsonObject &rows) const
{
    AnnotationDelta now;
    SourceIds sources;
    QVector<Analysis::PassageKey> reviews;
    QSet<QString> seen; // "table|id": each row once
    const auto each = [&rows](const char *table, const auto &take) {
        for (const QJsonValue &v : rows.value(QLatin1String(table)).toArray())
            take(v.toObject());
    };
    const auto id = [](const QJsonObject &o, const char *column) {
        return o.value(QLatin1String(column)).toInteger();
    };
    const auto once = [&seen](const char *table, qint64 id) {
        const QString key = QLatin1String(table) + u'|' + QString::number(id);
        const bool fresh = !seen.contains(key);
        seen.insert(key);
        return fresh;
    };
    each("entity_type", [&](const QJsonObject &o) {
        if (const EntityType *t = entityType(id(o, "id")); t && once("type", t->id))
            now.types.push_back(*t);
    });
    for (const char *column : {"id", "entity_id"}) {
        each(qstrcmp(column, "id") == 0 ? "entity" : "entity_alias", [&](const QJsonObject &o) {
            if (const Entity *e = entity(id(o, column)); e && once("entity", e->id))
                now.entities.push_back(*e);
        });
    }
    each("mention", [&](const QJsonObject &o) {
        if (const Mention *m = mention(id(o, "id")); m && once("mention", m->id))
            now.mentions.push_back(*m);
    });
    each("link", [&](const QJsonObject &o) {
        if (const Link *l = link(id(o, "id")); l && once("link", l->id))
            now.links.push_back(*l);
    });
    each("note", [&](const QJsonObject &o) {
        if (const Note *n = note(id(o, "id")); n && once("note", n->id))
            now.notes.push_back(*n);
    });
    each("suggestion_decision", [&](const QJsonObject &o) {
        const QString key = o.value(QStringLiteral("key")).toString();
        if (!suggestionDecision(key).isEmpty())
            now.decisions.push_back({key, suggestionDecision(key)});
    });
    each("source", [&](const QJsonObject &o) {
        if (rowOf(id(o, "id")) >= 0 && once("source", id(o, "id")))
            sources << id(o, "id");
    });
    each("passage_review", [&](const QJsonObject &o) {
        const Analysis::PassageKey k = Storage::TeamRows::keyOf(o);
        if (m_reviews.contains(k) && !reviews.contains(k))
            reviews << k;
    });
    return teamRowsOf(sources, false, reviews, now, true, nullptr).value_or(QJsonObject());
}

namespace {
QString changedSince()
{
    return Project::tr("Someone on the team has changed this since; nothing was changed.");
}
} // namespace

bool Project::teamStillHas(const std::vector<Analysis::PassageReview> &reviews,
                           QString *error) const
{
    if (!m_team)
        return true;
    for (const Analysis::PassageReview &r : reviews) {
        const auto it = m_reviews.constFind(r.key);
        const bool same = r.status == Analysis::ReviewStatus::Unreviewed
                              ? it == m_reviews.cend()
                              : it != m_reviews.cend() && it->status == r.status &&
                                    it->author == r.author && it->modified == r.modified;
        if (!same) {
            if (error)
                *error = changedSince();
            return false;
        }
    }
    return true;
}

bool Project::teamStillHas(SourceId id, const SourceMetadata &meta, QString *error) const
{
    if (!m_team || rowOf(id) < 0 || source(id).meta == meta)
        return true;
    if (error)
        *error = changedSince();
    return false;
}

bool Project::teamStillHas(const QVector<SourceRecord> &records, QString *error) const
{
    if (!m_team)
        return true;
    // What is in the sources now is what came with them: nobody annotated in them since.
    const auto idsOfRows = [](const auto &rows) {
        QSet<qint64> ids;
        for (const auto &r : rows)
            ids.insert(r.id);
        return ids;
    };
    for (const SourceRecord &r : records) {
        if (rowOf(r.source.id) < 0)
            continue;
        const AnnotationDelta now = m_annotations.ofSource(r.source.id);
        if (idsOfRows(now.mentions) != idsOfRows(r.annotations.mentions) ||
            idsOfRows(now.links) != idsOfRows(r.annotations.links) ||
            idsOfRows(now.notes) != idsOfRows(r.annotations.notes)) {
            if (error)
                *error = changedSince();
            return false;
        }
    }
    return true;
}

} // namespace Crosscheck::Core
