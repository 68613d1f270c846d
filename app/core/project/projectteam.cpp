// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Project: the local replica of a team project. Annotation edits are queued for the server in
// the transaction that writes them; the team's edits are applied without undo.
#include "project.h"

#include "commands/annotationcommands.h"
#include "storage/annotationstore.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "storage/teamreplica.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
/// Whether every row of \a rows with an id of its kind that \a before lacks is new (not in
/// the project): \a has says whether the project holds an id.
template<typename Row, typename Has>
bool allNew(const std::vector<Row> &rows, const std::vector<Row> &before, Has has)
{
    return std::all_of(rows.begin(), rows.end(), [&](const Row &r) {
        const bool replaces =
            std::any_of(before.begin(), before.end(), [&](const Row &b) { return b.id == r.id; });
        return replaces || !has(r.id);
    });
}
} // namespace

void Project::setTeamReplica(std::function<qint64()> ids, const QString &author)
{
    if (!m_team)
        m_team = std::make_unique<Storage::TeamReplica>(m_storage->db());
    m_annotations.setIdSource(std::move(ids));
    setAuthor(author);
    // Edits made before this project became a replica were not queued: they cannot be undone
    // against the team's rows.
    m_undoStack->clear();
}

bool Project::holdsRows(const AnnotationDelta &before, const AnnotationDelta &after) const
{
    for (const EntityType &t : before.types)
        if (!entityType(t.id) || !(*entityType(t.id) == t))
            return false;
    for (const Entity &e : before.entities)
        if (!entity(e.id) || !(*entity(e.id) == e))
            return false;
    for (const Mention &m : before.mentions)
        if (!mention(m.id) || !(*mention(m.id) == m))
            return false;
    for (const Link &l : before.links)
        if (!link(l.id) || !(*link(l.id) == l))
            return false;
    for (const Note &n : before.notes)
        if (!note(n.id) || !(*note(n.id) == n))
            return false;
    for (const SuggestionDecision &d : before.decisions)
        if (suggestionDecision(d.key) != d.decision)
            return false;
    for (const SuggestionDecision &d : after.decisions) {
        const bool replaces =
            std::any_of(before.decisions.begin(), before.decisions.end(),
                        [&](const SuggestionDecision &b) { return b.key == d.key; });
        if (!replaces && !suggestionDecision(d.key).isEmpty())
            return false;
    }
    // What the new rows refer to must be there, or come with them.
    const auto hasEntity = [&](qint64 id) {
        return entity(id) || std::any_of(after.entities.begin(), after.entities.end(),
                                         [id](const Entity &e) { return e.id == id; });
    };
    const auto hasType = [&](qint64 id) {
        return entityType(id) || std::any_of(after.types.begin(), after.types.end(),
                                             [id](const EntityType &t) { return t.id == id; });
    };
    const auto hasLink = [&](qint64 id) {
        return link(id) || std::any_of(after.links.begin(), after.links.end(),
                                       [id](const Link &l) { return l.id == id; });
    };
    if (std::any_of(after.mentions.begin(), after.mentions.end(),
                    [&](const Mention &m) { return !hasEntity(m.entity); }) ||
        std::any_of(after.entities.begin(), after.entities.end(),
                    [&](const Entity &e) { return !hasType(e.type); }) ||
        std::any_of(after.notes.begin(), after.notes.end(), [&](const Note &n) {
            return (n.entity && !hasEntity(n.entity)) || (n.link && !hasLink(n.link));
        }))
        return false;
    return allNew(after.types, before.types, [this](qint64 id) { return entityType(id); }) &&
           allNew(after.entities, before.entities, [this](qint64 id) { return entity(id); }) &&
           allNew(after.mentions, before.mentions, [this](qint64 id) { return mention(id); }) &&
           allNew(after.links, before.links, [this](qint64 id) { return link(id); }) &&
           allNew(after.notes, before.notes, [this](qint64 id) { return note(id); });
}

bool Project::queueTeamEdit(const AnnotationDelta &remove, const AnnotationDelta &write,
                            const QString &action, const QString &label, QString *error)
{
    const auto noId = [](const auto &rows) {
        return std::any_of(rows.begin(), rows.end(), [](const auto &r) { return r.id <= 0; });
    };
    if (noId(write.types) || noId(write.entities) || noId(write.mentions) || noId(write.links) ||
        noId(write.notes)) {
        if (error)
            *error = tr("No ids are left for new rows until the team server is reachable again.");
        return false;
    }
    const QJsonObject rows = Storage::AnnotationStore::rowsOf(write, false, m_author);
    // The file's decisions carry the same author and time as the ones the server gets.
    return queueTeamRows(Storage::AnnotationStore::rowsOf(remove, true), rows, action, label,
                         error) &&
           writeDecisionRows(rows, error);
}

bool Project::writeDecisionRows(const QJsonObject &rows, QString *error)
{
    for (const QJsonValue &v : rows.value(QStringLiteral("suggestion_decision")).toArray()) {
        const QJsonObject o = v.toObject();
        if (!m_annotationStore->setDecision(o.value(QStringLiteral("key")).toString(),
                                            o.value(QStringLiteral("decision")).toString(),
                                            o.value(QStringLiteral("author")).toString(), error,
                                            o.value(QStringLiteral("at")).toString()))
            return false;
    }
    return true;
}

bool Project::queueTeamRows(const QJsonObject &remove, const QJsonObject &write,
                            const QString &action, const QString &label, QString *error)
{
    Storage::OutboxEdit e;
    e.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.action = action;
    e.label = label;
    e.created = timestamp();
    const QJsonObject delta{{QStringLiteral("label"), label},
                            {QStringLiteral("remove"), remove},
                            {QStringLiteral("write"), write}};
    e.delta = QString::fromUtf8(QJsonDocument(delta).toJson(QJsonDocument::Compact));
    return m_team->append(e, error);
}

bool Project::applyTeamAnnotations(const AnnotationDelta &remove, const AnnotationDelta &write,
                                   const QString &author, const QString &action, QString *error)
{
    if (!writeDelta(remove, write, error) ||
        !m_sourceStore->appendLog(author, action, QStringLiteral("team"), error))
        return false;
    m_annotations.apply(remove, write);
    emit annotationsChanged(AnnotationChange::of(remove, write));
    return true;
}

} // namespace Crosscheck::Core
