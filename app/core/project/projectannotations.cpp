// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Project: what analysts record (entity registry, mentions, links, notes, decisions): loading,
// the lookups that need the file, and writing an edit in one transaction.
#include "project.h"

#include "commands/annotationcommands.h"
#include "storage/annotationstore.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "undostack.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Crosscheck::Core {

QString Project::timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void Project::loadAnnotations()
{
    AnnotationDelta rows;
    rows.types = m_annotationStore->types();
    rows.entities = m_annotationStore->entities();
    rows.mentions = m_annotationStore->mentions();
    rows.links = m_annotationStore->links();
    rows.notes = m_annotationStore->notes();
    const QHash<QString, QString> decisions = m_annotationStore->decisions();
    for (auto it = decisions.cbegin(); it != decisions.cend(); ++it)
        rows.decisions.push_back({it.key(), it.value()});
    m_annotations.load(std::move(rows));
}

bool Project::runInOneTransaction(const std::function<bool(QString *)> &edits, QString *error)
{
    QString err;
    if (!checkWritable(&err)) {
        if (error)
            *error = err;
        return false;
    }
    Storage::Transaction tx(m_storage->db());
    if (!tx.begin(&err) || !edits(&err) || !tx.commit(&err)) {
        if (error)
            *error = err;
        return false;
    }
    return true;
}

std::function<bool(SourceId, Span)> Project::spanChecker() const
{
    auto chars = std::make_shared<const QHash<SourceId, qint64>>(m_sourceStore->characterCounts());
    auto units = std::make_shared<QHash<SourceId, qint64>>(); // exact UTF-16 lengths, when needed
    const Storage::SourceStore *store = m_sourceStore.get();
    return [chars, units, store](SourceId id, Span s) {
        const auto it = chars->constFind(id);
        if (it == chars->cend() || s.start < 0 || s.end < s.start)
            return false;
        if (s.end <= *it)
            return true;
        if (s.end > 2 * *it)
            return false;
        auto u = units->find(id);
        if (u == units->end())
            u = units->insert(id, store->text(id).size());
        return s.end <= *u;
    };
}

void Project::setAsideInvalidSpans()
{
    const auto fits = spanChecker();
    const AnnotationSet::SetAside gone =
        m_annotations.setAside(fits, [this](SourceId id) { return rowOf(id) >= 0; });
    const auto passagesBefore = m_passages.size();
    m_passages.erase(std::remove_if(m_passages.begin(), m_passages.end(),
                                    [&](const Analysis::PassagePair &p) {
                                        return !fits(p.a, p.spanA) || !fits(p.b, p.spanB);
                                    }),
                     m_passages.end());
    QStringList parts;
    if (gone.mentions)
        parts << tr("%n mention(s)", nullptr, gone.mentions);
    if (gone.links)
        parts << tr("%n link(s)", nullptr, gone.links);
    if (gone.notes)
        parts << tr("%n note(s)", nullptr, gone.notes);
    if (const int n = int(passagesBefore - m_passages.size()))
        parts << tr("%n passage pair(s)", nullptr, n);
    if (!parts.isEmpty())
        m_loadProblems =
            tr("“%1” holds annotations that point outside their source's text or to a missing "
               "source or entity (a damaged or edited file); they were set aside and are not "
               "shown or exported: %2. The file was not changed.")
                .arg(displayName(), parts.join(QStringLiteral(", ")));
}

QMap<QString, QVector<qint64>> Project::mentionGroupsByText(qint64 entity) const
{
    QMap<QString, QVector<qint64>> groups;
    for (const Mention &m : mentionsOf(entity))
        groups[sourceText(m.source).mid(m.span.start, m.span.length())] << m.id;
    return groups;
}

bool Project::pushAnnotationEdit(std::unique_ptr<AnnotationCommand> command, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (command->isEmpty())
        return true;
    return m_undoStack->push(std::move(command), error);
}

bool Project::writeDelta(const AnnotationDelta &remove, const AnnotationDelta &write,
                         QString *error)
{
    Storage::AnnotationStore &s = *m_annotationStore;
    const AnnotationDelta gone = AnnotationSet::removedRows(remove, write);
    // Deletes first, children before parents; writes parents before children.
    for (const Note &n : gone.notes)
        if (!s.removeNote(n.id, error))
            return false;
    for (const Mention &m : gone.mentions)
        if (!s.removeMention(m.id, error))
            return false;
    for (const Link &l : gone.links)
        if (!s.removeLink(l.id, error))
            return false;
    for (const Entity &e : gone.entities)
        if (!s.removeEntity(e.id, error))
            return false;
    for (const EntityType &t : gone.types)
        if (!s.removeType(t.id, error))
            return false;
    for (const SuggestionDecision &d : gone.decisions)
        if (!s.setDecision(d.key, {}, m_author, error))
            return false;

    for (const EntityType &t : write.types)
        if (!s.write(t, error))
            return false;
    for (const Entity &e : write.entities)
        if (!s.write(e, error))
            return false;
    for (const Link &l : write.links)
        if (!s.write(l, error))
            return false;
    for (const Mention &m : write.mentions)
        if (!s.write(m, error))
            return false;
    for (const Note &n : write.notes)
        if (!s.write(n, error))
            return false;
    for (const SuggestionDecision &d : write.decisions)
        if (!s.setDecision(d.key, d.decision, m_author, error))
            return false;
    return true;
}

bool Project::applyAnnotations(const AnnotationDelta &remove, const AnnotationDelta &write,
                               const QString &action, QString *error, const QString &label)
{
    if (!checkWritable(error))
        return false;
    if (m_team && !holdsRows(remove, write)) {
        // An undo or redo of a row another analyst has changed since: theirs stays.
        if (error)
            *error = tr("Someone on the team has changed this since; nothing was changed.");
        return false;
    }
    Storage::Transaction tx(m_storage->db());
    const QJsonObject details{
        {QStringLiteral("types"), int(write.types.size())},
        {QStringLiteral("entities"), int(write.entities.size())},
        {QStringLiteral("mentions"), int(write.mentions.size())},
        {QStringLiteral("links"), int(write.links.size())},
        {QStringLiteral("notes"), int(write.notes.size())},
        {QStringLiteral("decisions"), int(write.decisions.size())},
        {QStringLiteral("removed"), int(remove.mentions.size() + remove.links.size() +
                                        remove.notes.size() + remove.entities.size())}};
    if (!tx.begin(error) || !writeDelta(remove, write, error) ||
        (m_team && !queueTeamEdit(remove, write, action, label, error)) ||
        !m_sourceStore->appendLog(
            m_author, action,
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), error) ||
        !tx.commit(error))
        return false;
    m_annotations.apply(remove, write);
    emit annotationsChanged(AnnotationChange::of(remove, write));
    if (m_team)
        emit teamEditQueued();
    return true;
}

} // namespace Crosscheck::Core
