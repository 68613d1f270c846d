// Project: what analysts record (entity registry, mentions, links, notes, decisions).
#include "project.h"

#include "commands/annotationcommands.h"
#include "storage/annotationstore.h"
#include "storage/database.h"
#include "storage/sourcestore.h"
#include "suggestions/suggestions.h"
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
    m_types = m_annotationStore->types();
    for (Entity &e : m_annotationStore->entities())
        m_entities.insert(e.id, std::move(e));
    m_mentions = m_annotationStore->mentions();
    m_links = m_annotationStore->links();
    m_notes = m_annotationStore->notes();
    m_decisions = m_annotationStore->decisions();
    for (const EntityType &t : m_types)
        m_lastTypeId = std::max(m_lastTypeId, t.id);
    for (const Entity &e : std::as_const(m_entities))
        m_lastEntityId = std::max(m_lastEntityId, e.id);
    for (const Mention &m : m_mentions)
        m_lastMentionId = std::max(m_lastMentionId, m.id);
    for (const Link &l : m_links)
        m_lastLinkId = std::max(m_lastLinkId, l.id);
    for (const Note &n : m_notes)
        m_lastNoteId = std::max(m_lastNoteId, n.id);
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

void Project::setAsideInvalidSpans()
{
    const QHash<SourceId, qint64> chars = m_sourceStore->characterCounts();
    QHash<SourceId, qint64> units; // exact UTF-16 lengths, read only where they matter
    const auto fits = [&](SourceId id, const Analysis::Span &s) {
        const auto it = chars.constFind(id);
        if (it == chars.cend() || s.start < 0 || s.end < s.start)
            return false;
        if (s.end <= *it)
            return true;
        if (s.end > 2 * *it)
            return false;
        auto u = units.find(id);
        if (u == units.end())
            u = units.insert(id, m_sourceStore->text(id).size());
        return s.end <= *u;
    };
    const auto mentionsBefore = m_mentions.size();
    m_mentions.erase(std::remove_if(m_mentions.begin(), m_mentions.end(),
                                    [&](const Mention &m) {
                                        return !fits(m.source, m.span) ||
                                               !m_entities.contains(m.entity);
                                    }),
                     m_mentions.end());
    const auto linksBefore = m_links.size();
    m_links.erase(std::remove_if(m_links.begin(), m_links.end(),
                                 [&](const Link &l) {
                                     return !fits(l.sourceA, l.spanA) || !fits(l.sourceB, l.spanB);
                                 }),
                  m_links.end());
    const auto notesBefore = m_notes.size();
    m_notes.erase(
        std::remove_if(m_notes.begin(), m_notes.end(),
                       [&](const Note &n) {
                           return (n.target == Note::Target::Span && !fits(n.source, n.span)) ||
                                  (n.target == Note::Target::Source && !chars.contains(n.source));
                       }),
        m_notes.end());
    const auto passagesBefore = m_passages.size();
    m_passages.erase(std::remove_if(m_passages.begin(), m_passages.end(),
                                    [&](const Analysis::PassagePair &p) {
                                        return !fits(p.a, p.spanA) || !fits(p.b, p.spanB);
                                    }),
                     m_passages.end());
    QStringList parts;
    if (const int n = int(mentionsBefore - m_mentions.size()))
        parts << tr("%n mention(s)", nullptr, n);
    if (const int n = int(linksBefore - m_links.size()))
        parts << tr("%n link(s)", nullptr, n);
    if (const int n = int(notesBefore - m_notes.size()))
        parts << tr("%n note(s)", nullptr, n);
    if (const int n = int(passagesBefore - m_passages.size()))
        parts << tr("%n passage pair(s)", nullptr, n);
    if (!parts.isEmpty())
        m_loadProblems =
            tr("“%1” holds annotations that point outside their source's text or to a missing "
               "source or entity (a damaged or edited file); they were set aside and are not "
               "shown or exported: %2. The file was not changed.")
                .arg(displayName(), parts.join(QStringLiteral(", ")));
}

const EntityType *Project::entityType(qint64 id) const
{
    const auto it = std::find_if(m_types.begin(), m_types.end(),
                                 [id](const EntityType &t) { return t.id == id; });
    return it == m_types.end() ? nullptr : &*it;
}

const Entity *Project::entity(qint64 id) const
{
    const auto it = m_entities.constFind(id);
    return it == m_entities.cend() ? nullptr : &*it;
}

const Mention *Project::mention(qint64 id) const
{
    const auto it = std::find_if(m_mentions.begin(), m_mentions.end(),
                                 [id](const Mention &m) { return m.id == id; });
    return it == m_mentions.end() ? nullptr : &*it;
}

std::vector<Mention> Project::mentionsIn(SourceId source) const
{
    const auto from = std::lower_bound(m_mentions.begin(), m_mentions.end(), source,
                                       [](const Mention &m, SourceId s) { return m.source < s; });
    std::vector<Mention> out;
    for (auto it = from; it != m_mentions.end() && it->source == source; ++it)
        out.push_back(*it);
    return out;
}

std::vector<Mention> Project::mentionsOf(qint64 entity) const
{
    std::vector<Mention> out;
    for (const Mention &m : m_mentions) {
        if (m.entity == entity)
            out.push_back(m);
    }
    return out;
}

const Mention *Project::mentionAt(SourceId source, int pos) const
{
    const Mention *found = nullptr;
    for (const Mention &m : m_mentions) {
        if (m.source == source && m.span.start <= pos && pos <= m.span.end)
            found = &m;
    }
    return found;
}

QVector<qint64> Project::mentionsOverlapping(SourceId source, Span span) const
{
    QVector<qint64> ids;
    for (const Mention &m : m_mentions) {
        if (m.source == source && m.span.start <= span.end && span.start <= m.span.end)
            ids << m.id;
    }
    return ids;
}

QMap<QString, QVector<qint64>> Project::mentionGroupsByText(qint64 entity) const
{
    QMap<QString, QVector<qint64>> groups;
    for (const Mention &m : mentionsOf(entity))
        groups[sourceText(m.source).mid(m.span.start, m.span.length())] << m.id;
    return groups;
}

const Link *Project::link(qint64 id) const
{
    const auto it =
        std::find_if(m_links.begin(), m_links.end(), [id](const Link &l) { return l.id == id; });
    return it == m_links.end() ? nullptr : &*it;
}

const Note *Project::noteOn(Note::Target target, SourceId source, Span span, qint64 entity,
                            qint64 link) const
{
    for (const Note &n : m_notes) {
        if (n.target != target)
            continue;
        switch (target) {
        case Note::Target::Source:
            if (n.source == source)
                return &n;
            break;
        case Note::Target::Span:
            if (n.source == source && n.span == span)
                return &n;
            break;
        case Note::Target::Entity:
            if (n.entity == entity)
                return &n;
            break;
        case Note::Target::Link:
            if (n.link == link)
                return &n;
            break;
        }
    }
    return nullptr;
}

bool Project::pushAnnotationEdit(std::unique_ptr<AnnotationCommand> command, QString *error)
{
    if (!checkWritable(error))
        return false;
    if (command->isEmpty())
        return true;
    return m_undoStack->push(std::move(command), error);
}

namespace {
template<typename T, typename Key>
QSet<Key> idsOf(const std::vector<T> &rows, Key (*key)(const T &))
{
    QSet<Key> ids;
    for (const T &r : rows)
        ids.insert(key(r));
    return ids;
}
qint64 typeKey(const EntityType &t)
{
    return t.id;
}
qint64 entityKey(const Entity &e)
{
    return e.id;
}
qint64 mentionKey(const Mention &m)
{
    return m.id;
}
qint64 linkKey(const Link &l)
{
    return l.id;
}
qint64 noteKey(const Note &n)
{
    return n.id;
}
QString decisionKey(const SuggestionDecision &d)
{
    return d.key;
}
} // namespace

bool Project::writeDelta(const AnnotationDelta &remove, const AnnotationDelta &write,
                         QString *error)
{
    Storage::AnnotationStore &s = *m_annotationStore;
    // Deletes first, children before parents; writes parents before children.
    const QSet<qint64> keepNotes = idsOf(write.notes, noteKey);
    for (const Note &n : remove.notes)
        if (!keepNotes.contains(n.id) && !s.removeNote(n.id, error))
            return false;
    const QSet<qint64> keepMentions = idsOf(write.mentions, mentionKey);
    for (const Mention &m : remove.mentions)
        if (!keepMentions.contains(m.id) && !s.removeMention(m.id, error))
            return false;
    const QSet<qint64> keepLinks = idsOf(write.links, linkKey);
    for (const Link &l : remove.links)
        if (!keepLinks.contains(l.id) && !s.removeLink(l.id, error))
            return false;
    const QSet<qint64> keepEntities = idsOf(write.entities, entityKey);
    for (const Entity &e : remove.entities)
        if (!keepEntities.contains(e.id) && !s.removeEntity(e.id, error))
            return false;
    const QSet<qint64> keepTypes = idsOf(write.types, typeKey);
    for (const EntityType &t : remove.types)
        if (!keepTypes.contains(t.id) && !s.removeType(t.id, error))
            return false;
    const QSet<QString> keepDecisions = idsOf(write.decisions, decisionKey);
    for (const SuggestionDecision &d : remove.decisions)
        if (!keepDecisions.contains(d.key) && !s.setDecision(d.key, {}, m_author, error))
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

void Project::applyInMemory(const AnnotationDelta &remove, const AnnotationDelta &write)
{
    const auto drop = [](auto &rows, const auto &removeRows, const auto &writeRows, auto key) {
        QSet<decltype(key(removeRows.front()))> gone;
        for (const auto &r : removeRows)
            gone.insert(key(r));
        for (const auto &r : writeRows)
            gone.remove(key(r));
        if (gone.isEmpty())
            return;
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](const auto &r) { return gone.contains(key(r)); }),
                   rows.end());
    };
    const auto upsert = [](auto &rows, const auto &writeRows, auto key) {
        for (const auto &w : writeRows) {
            const auto it = std::find_if(rows.begin(), rows.end(),
                                         [&](const auto &r) { return key(r) == key(w); });
            if (it != rows.end())
                *it = w;
            else
                rows.push_back(w);
        }
    };
    if (!remove.types.empty())
        drop(m_types, remove.types, write.types, typeKey);
    upsert(m_types, write.types, typeKey);
    std::sort(m_types.begin(), m_types.end(), [](const EntityType &a, const EntityType &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    for (const Entity &e : remove.entities)
        m_entities.remove(e.id);
    for (const Entity &e : write.entities)
        m_entities.insert(e.id, e);
    if (!remove.mentions.empty())
        drop(m_mentions, remove.mentions, write.mentions, mentionKey);
    upsert(m_mentions, write.mentions, mentionKey);
    std::sort(m_mentions.begin(), m_mentions.end(), [](const Mention &a, const Mention &b) {
        return std::tie(a.source, a.span.start, a.id) < std::tie(b.source, b.span.start, b.id);
    });
    if (!remove.links.empty())
        drop(m_links, remove.links, write.links, linkKey);
    upsert(m_links, write.links, linkKey);
    std::sort(m_links.begin(), m_links.end(),
              [](const Link &a, const Link &b) { return a.id < b.id; });
    if (!remove.notes.empty())
        drop(m_notes, remove.notes, write.notes, noteKey);
    upsert(m_notes, write.notes, noteKey);
    std::sort(m_notes.begin(), m_notes.end(),
              [](const Note &a, const Note &b) { return a.id < b.id; });
    for (const SuggestionDecision &d : remove.decisions)
        m_decisions.remove(d.key);
    for (const SuggestionDecision &d : write.decisions) {
        if (d.decision.isEmpty())
            m_decisions.remove(d.key);
        else
            m_decisions.insert(d.key, d.decision);
    }
}

bool Project::applyAnnotations(const AnnotationDelta &remove, const AnnotationDelta &write,
                               const QString &action, QString *error)
{
    if (!checkWritable(error))
        return false;
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
        !m_sourceStore->appendLog(
            m_author, action,
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), error) ||
        !tx.commit(error))
        return false;
    applyInMemory(remove, write);
    emit annotationsChanged();
    return true;
}

AnnotationDelta Project::annotationsOf(SourceId source) const
{
    AnnotationDelta d;
    d.mentions = mentionsIn(source);
    QSet<qint64> links;
    for (const Link &l : m_links) {
        if (l.sourceA == source || l.sourceB == source) {
            d.links.push_back(l);
            links.insert(l.id);
        }
    }
    for (const Note &n : m_notes) {
        if (((n.target == Note::Target::Source || n.target == Note::Target::Span) &&
             n.source == source) ||
            (n.target == Note::Target::Link && links.contains(n.link)))
            d.notes.push_back(n);
    }
    return d;
}

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

qint64 Project::tagMention(SourceId source, Span span, qint64 entityId, QString *error)
{
    const Entity *e = entity(entityId);
    const QString text = sourceText(source);
    if (!e || rowOf(source) < 0 || !span.isValid() || span.end > text.size())
        return fail(error, tr("Nothing to tag there.")), 0;
    Mention m;
    m.id = newMentionId();
    m.source = source;
    m.span = span;
    m.entity = entityId;
    m.author = m_author;
    m.created = timestamp();
    const qint64 id = m.id;
    if (!pushAnnotationEdit(
            std::make_unique<TagMentionsCommand>(
                this, std::vector<Mention>{m}, std::vector<Entity>{},
                tr("Tag “%1” as %2")
                    .arg(text.mid(span.start, span.length()).simplified(), e->name)),
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
    e.id = newEntityId();
    e.name = name.trimmed();
    e.type = type;
    e.created = e.modified = timestamp();
    Mention m;
    m.id = newMentionId();
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
        m.id = newMentionId();
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

bool Project::mergeEntities(qint64 keep, const QVector<qint64> &others, QString *error)
{
    if (!entity(keep))
        return fail(error, tr("No such entity."));
    return pushAnnotationEdit(std::make_unique<MergeEntitiesCommand>(this, keep, others), error);
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
    auto command = std::make_unique<SplitEntityCommand>(this, entityId, mentions, name.trimmed());
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
    t.id = newTypeId();
    t.name = name.trimmed();
    t.color = color;
    t.parent = parent;
    t.position = m_types.empty() ? 1 : m_types.back().position + 1;
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
    for (const Entity &e : std::as_const(m_entities)) {
        if (e.type == id)
            return fail(error, tr("“%1” is still the type of “%2”.").arg(t->name, e.name));
    }
    for (const EntityType &c : m_types) {
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
    l.id = newLinkId();
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
        note.id = existing ? existing->id : newNoteId();
        note.text = text;
        note.author = m_author;
        note.created = existing ? existing->created : timestamp();
        note.modified = timestamp();
        after = note;
    }
    return pushAnnotationEdit(std::make_unique<EditNoteCommand>(this, before, after), error);
}

} // namespace Crosscheck::Core
