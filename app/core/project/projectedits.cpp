// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Project: the edits of what analysts record, each validated and then pushed as one command.
#include "project.h"

#include "commands/annotationcommands.h"
#include "suggestions/suggestions.h"

#include <QSet>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// The tagged text as a new alias of \a e: a name written otherwise than the entity's name
/// and aliases ("Kellogg" tagged as "Keith Kellogg"), empty when it is one of them (case
/// and a possessive aside), or when it is no name at all (no capital letter: "he", "the
/// envoy" stay mentions without becoming aliases).
QString newAlias(const Entity &e, const QString &tagged)
{
    QString text = tagged.simplified();
    for (const QString &possessive : {QStringLiteral("'s"), QStringLiteral("\u2019s")})
        if (text.endsWith(possessive, Qt::CaseInsensitive))
            text.chop(2);
    text = text.trimmed();
    if (text.isEmpty() ||
        std::none_of(text.begin(), text.end(), [](QChar c) { return c.isUpper(); }))
        return {};
    QStringList known = e.aliases;
    known << e.name;
    for (const QString &k : known)
        if (k.compare(text, Qt::CaseInsensitive) == 0)
            return {};
    return text;
}
} // namespace

qint64 Project::tagMention(SourceId source, Span span, qint64 entityId, QString *error)
{
    const Entity *e = entity(entityId);
    const QString text = sourceText(source);
    if (!e || rowOf(source) < 0 || !span.isValid() || span.end > text.size())
        return fail(error, tr("Nothing to tag there.")), 0;
    Mention m;
    m.id = m_annotations.newMentionId();
    m.source = source;
    m.span = span;
    m.entity = entityId;
    m.author = m_author;
    m.created = timestamp();
    const qint64 id = m.id;
    // A name written otherwise becomes an alias in the same step, so that Tag All finds it.
    std::vector<Entity> changed, before;
    const QString alias = newAlias(*e, text.mid(span.start, span.length()));
    if (!alias.isEmpty()) {
        before.push_back(*e);
        Entity after = *e;
        after.aliases << alias;
        after.aliases.sort();
        after.modified = m.created;
        changed.push_back(after);
    }
    if (!pushAnnotationEdit(
            std::make_unique<TagMentionsCommand>(
                this, std::vector<Mention>{m}, std::move(changed),
                tr("Tag “%1” as %2").arg(text.mid(span.start, span.length()).simplified(), e->name),
                std::move(before)),
            error))
        return 0;
    return id;
}

qint64 Project::tagNewEntity(SourceId source, Span span, const QString &name, qint64 type,
                             QString *error)
{
    const QString text = sourceText(source);
    if (rowOf(source) < 0 || !span.isValid() || span.end > text.size())
        return fail(error, tr("Nothing to tag there.")), 0;
    if (name.trimmed().isEmpty() || !entityType(type))
        return fail(error, tr("An entity needs a name and a type.")), 0;
    Entity e;
    e.id = m_annotations.newEntityId();
    e.name = name.trimmed();
    e.type = type;
    e.created = e.modified = timestamp();
    Mention m;
    m.id = m_annotations.newMentionId();
    m.source = source;
    m.span = span;
    m.entity = e.id;
    m.author = m_author;
    m.created = e.created;
    const qint64 id = e.id;
    if (!pushAnnotationEdit(std::make_unique<TagMentionsCommand>(
                                this, std::vector<Mention>{m}, std::vector<Entity>{e},
                                tr("Tag “%1” as a new entity").arg(e.name)),
                            error))
        return 0;
    return id;
}

std::vector<Mention> Project::untaggedOccurrences(qint64 entityId) const
{
    std::vector<Mention> out;
    const Entity *e = entity(entityId);
    if (!e)
        return out;
    QStringList names = e->aliases;
    names.prepend(e->name);
    for (const Source &s : m_sources) {
        const std::vector<Mention> tagged = mentionsIn(s.id);
        for (const Span &span : Annotation::Suggester::occurrences(sourceText(s.id), names)) {
            const bool overlaps = std::any_of(tagged.begin(), tagged.end(), [&](const Mention &m) {
                return m.span.start < span.end && span.start < m.span.end;
            });
            if (overlaps)
                continue;
            Mention m;
            m.source = s.id;
            m.span = span;
            m.entity = entityId;
            m.origin = QStringLiteral("all-occurrences");
            out.push_back(m);
        }
    }
    return out;
}

int Project::tagAllOccurrences(qint64 entityId, QString *error)
{
    std::vector<Mention> found = untaggedOccurrences(entityId);
    if (found.empty())
        return 0;
    const QString now = timestamp();
    for (Mention &m : found) {
        m.id = m_annotations.newMentionId();
        m.author = m_author;
        m.created = now;
    }
    const int n = int(found.size());
    if (!pushAnnotationEdit(
            std::make_unique<TagMentionsCommand>(
                this, std::move(found), std::vector<Entity>{},
                tr("Tag %n more occurrence(s) of “%1”", nullptr, n).arg(entity(entityId)->name)),
            error))
        return -1;
    return n;
}

bool Project::removeMentions(const QVector<qint64> &ids, QString *error)
{
    return pushAnnotationEdit(std::make_unique<RemoveMentionsCommand>(this, ids), error);
}

bool Project::editEntity(const Entity &changed, QString *error)
{
    const Entity *e = entity(changed.id);
    if (!e)
        return fail(error, tr("No such entity."));
    if (changed.name.trimmed().isEmpty() || !entityType(changed.type))
        return fail(error, tr("An entity needs a name and a type."));
    Entity after = changed;
    after.name = after.name.trimmed();
    // A renamed entity is still found under its old name.
    if (after.name != e->name && after.name.compare(e->name, Qt::CaseInsensitive) != 0)
        after.aliases << e->name;
    QStringList aliases;
    for (const QString &a : after.aliases) {
        if (!a.trimmed().isEmpty() && a.trimmed() != after.name)
            aliases << a.trimmed();
    }
    aliases.removeDuplicates();
    aliases.sort();
    after.aliases = aliases;
    after.created = e->created;
    if (after.name == e->name && after.type == e->type && after.aliases == e->aliases)
        return true;
    after.modified = timestamp();
    return pushAnnotationEdit(std::make_unique<EditEntityCommand>(this, after), error);
}

bool Project::removeEntity(qint64 id, QString *error)
{
    if (!entity(id))
        return fail(error, tr("No such entity."));
    return pushAnnotationEdit(std::make_unique<RemoveEntityCommand>(this, id), error);
}

bool Project::mergeEntities(qint64 keep, const QVector<qint64> &others, QString *error,
                            const QString &name)
{
    if (!entity(keep))
        return fail(error, tr("No such entity."));
    return pushAnnotationEdit(std::make_unique<MergeEntitiesCommand>(this, keep, others, name),
                              error);
}

qint64 Project::splitEntity(qint64 entityId, const QVector<qint64> &mentions, const QString &name,
                            QString *error)
{
    if (!entity(entityId) || name.trimmed().isEmpty() || mentions.isEmpty())
        return fail(error, tr("Choose the mentions to split off and a name.")), 0;
    for (qint64 m : mentions) {
        if (!mention(m) || mention(m)->entity != entityId)
            return fail(error, tr("Those mentions are not all of this entity.")), 0;
    }
    auto command = std::make_unique<SplitEntityCommand>(this, entityId, mentions, name.trimmed(),
                                                        m_annotations.newEntityId());
    const qint64 id = command->after().entities.empty() ? 0 : command->after().entities.front().id;
    if (!pushAnnotationEdit(std::move(command), error))
        return 0;
    return id;
}

qint64 Project::addEntityType(const QString &name, const QString &color, qint64 parent,
                              QString *error)
{
    if (name.trimmed().isEmpty())
        return fail(error, tr("A type needs a name.")), 0;
    EntityType t;
    t.id = m_annotations.newTypeId();
    t.name = name.trimmed();
    t.color = color;
    t.parent = parent;
    t.position = entityTypes().empty() ? 1 : entityTypes().back().position + 1;
    if (!pushAnnotationEdit(std::make_unique<EditEntityTypeCommand>(this, t), error))
        return 0;
    return t.id;
}

bool Project::editEntityType(const EntityType &type, QString *error)
{
    const EntityType *t = entityType(type.id);
    if (!t || type.name.trimmed().isEmpty())
        return fail(error, tr("A type needs a name."));
    if (type.parent == type.id)
        return fail(error, tr("A type cannot be nested under itself."));
    for (qint64 p = type.parent; p; p = entityType(p) ? entityType(p)->parent : 0) {
        if (p == type.id)
            return fail(error, tr("A type cannot be nested under one of its own subtypes."));
    }
    if (*t == type)
        return true;
    return pushAnnotationEdit(std::make_unique<EditEntityTypeCommand>(this, type), error);
}

bool Project::removeEntityType(qint64 id, QString *error)
{
    const EntityType *t = entityType(id);
    if (!t)
        return fail(error, tr("No such type."));
    for (const Entity &e : entities()) {
        if (e.type == id)
            return fail(error, tr("“%1” is still the type of “%2”.").arg(t->name, e.name));
    }
    for (const EntityType &c : entityTypes()) {
        if (c.parent == id)
            return fail(error, tr("“%1” still has subtypes.").arg(t->name));
    }
    return pushAnnotationEdit(std::make_unique<EditEntityTypeCommand>(this, *t, true), error);
}

qint64 Project::addLink(Link l, QString *error)
{
    const QString ta = sourceText(l.sourceA), tb = sourceText(l.sourceB);
    if (rowOf(l.sourceA) < 0 || rowOf(l.sourceB) < 0 || !l.spanA.isValid() || !l.spanB.isValid() ||
        l.spanA.end > ta.size() || l.spanB.end > tb.size())
        return fail(error, tr("A link needs a span in each of two sources.")), 0;
    if (l.sourceA == l.sourceB && l.spanA.start < l.spanB.end && l.spanB.start < l.spanA.end)
        return fail(error, tr("The two spans of a link must not overlap.")), 0;
    l.id = m_annotations.newLinkId();
    l.author = m_author;
    l.created = l.modified = timestamp();
    if (!pushAnnotationEdit(std::make_unique<EditLinkCommand>(this, std::nullopt, l), error))
        return 0;
    return l.id;
}

bool Project::editLink(const Link &changed, QString *error)
{
    const Link *l = link(changed.id);
    if (!l)
        return fail(error, tr("No such link."));
    Link after = changed;
    after.created = l->created;
    after.author = l->author;
    if (after == *l)
        return true;
    after.modified = timestamp();
    return pushAnnotationEdit(std::make_unique<EditLinkCommand>(this, *l, after), error);
}

bool Project::removeLink(qint64 id, QString *error)
{
    const Link *l = link(id);
    if (!l)
        return fail(error, tr("No such link."));
    return pushAnnotationEdit(std::make_unique<EditLinkCommand>(this, *l, std::nullopt), error);
}

bool Project::setNote(Note note, QString *error)
{
    const Note *existing = noteOn(note.target, note.source, note.span, note.entity, note.link);
    const QString text = note.text.trimmed();
    if (!existing && text.isEmpty())
        return true;
    if (existing && existing->text == text)
        return true;
    std::optional<Note> before;
    if (existing)
        before = *existing;
    std::optional<Note> after;
    if (!text.isEmpty()) {
        note.id = existing ? existing->id : m_annotations.newNoteId();
        note.text = text;
        note.author = m_author;
        note.created = existing ? existing->created : timestamp();
        note.modified = timestamp();
        after = note;
    }
    return pushAnnotationEdit(std::make_unique<EditNoteCommand>(this, before, after), error);
}

bool Project::checkAdded(const AnnotationDelta &added, QString *error) const
{
    const auto fits = spanChecker();
    const auto inside = [&](SourceId source, Span span) {
        return span.isValid() && fits(source, span);
    };
    QSet<qint64> newTypes;
    QSet<qint64> newEntities;
    for (const EntityType &t : added.types)
        newTypes.insert(t.id);
    for (const Entity &e : added.entities) {
        if (entity(e.id))
            return fail(error, tr("“%1” is already in the registry.").arg(e.name));
        if (e.name.trimmed().isEmpty() || (!entityType(e.type) && !newTypes.contains(e.type)))
            return fail(error, tr("An entity needs a name and a type."));
        newEntities.insert(e.id);
    }
    QSet<qint64> mentionIds;
    if (!added.mentions.empty()) {
        for (const Mention &m : mentions())
            mentionIds.insert(m.id);
    }
    for (const Mention &m : added.mentions) {
        if (mentionIds.contains(m.id) || !inside(m.source, m.span))
            return fail(error, tr("A mention lies outside its source's text."));
        if (!entity(m.entity) && !newEntities.contains(m.entity))
            return fail(error, tr("A mention names no entity of the registry."));
    }
    for (const Link &l : added.links) {
        if (link(l.id) || !inside(l.sourceA, l.spanA) || !inside(l.sourceB, l.spanB))
            return fail(error, tr("A link needs a span in each of two sources."));
    }
    return true;
}

bool Project::importAnnotations(AnnotationDelta added, const QString &text, QString *error)
{
    if (!checkWritable(error))
        return false;
    m_annotations.assignIds(added);
    return checkAdded(added, error) &&
           pushAnnotationEdit(
               std::make_unique<ImportAnnotationsCommand>(this, std::move(added), text), error);
}

bool Project::decideSuggestions(std::vector<SuggestionDecision> decisions, AnnotationDelta accepted,
                                const QString &text, QString *error)
{
    if (!checkWritable(error))
        return false;
    m_annotations.assignIds(accepted);
    return checkAdded(accepted, error) &&
           pushAnnotationEdit(std::make_unique<DecideSuggestionsCommand>(this, std::move(decisions),
                                                                         std::move(accepted), text),
                              error);
}

} // namespace Crosscheck::Core
