// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationset.h"

#include <algorithm>

namespace Crosscheck::Core {

namespace {
qint64 typeKey(const EntityType &t)
{
    return t.id;
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

qint64 entityKey(const Entity &e)
{
    return e.id;
}
QString decisionKey(const SuggestionDecision &d)
{
    return d.key;
}

/// The rows of \a removeRows whose key \a writeRows does not have.
template<typename Row, typename Key>
std::vector<Row> without(const std::vector<Row> &removeRows, const std::vector<Row> &writeRows,
                         Key (*key)(const Row &))
{
    if (removeRows.empty())
        return {};
    QSet<Key> kept;
    for (const Row &r : writeRows)
        kept.insert(key(r));
    std::vector<Row> out;
    std::copy_if(removeRows.begin(), removeRows.end(), std::back_inserter(out),
                 [&](const Row &r) { return !kept.contains(key(r)); });
    return out;
}

/// Deletes from \a rows those with the key of one of \a gone.
template<typename Row, typename Key>
void drop(std::vector<Row> &rows, const std::vector<Row> &gone, Key (*key)(const Row &))
{
    if (gone.empty())
        return;
    QSet<Key> keys;
    for (const Row &r : gone)
        keys.insert(key(r));
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](const Row &r) { return keys.contains(key(r)); }),
               rows.end());
}

/// Replaces the rows of \a rows that \a writeRows has by id and appends the others.
template<typename Row, typename Key>
void upsert(std::vector<Row> &rows, const std::vector<Row> &writeRows, Key (*key)(const Row &))
{
    if (writeRows.empty())
        return;
    QHash<Key, size_t> at;
    for (size_t i = 0; i < rows.size(); ++i)
        at.insert(key(rows[i]), i);
    for (const Row &w : writeRows) {
        const auto it = at.constFind(key(w));
        if (it != at.cend()) {
            rows[*it] = w;
        } else {
            at.insert(key(w), rows.size());
            rows.push_back(w);
        }
    }
}

template<typename Row>
qint64 largestId(const std::vector<Row> &rows)
{
    qint64 id = 0;
    for (const Row &r : rows)
        id = std::max(id, r.id);
    return id;
}

template<typename Row>
const Row *byId(const std::vector<Row> &rows, qint64 id)
{
    const auto it = std::lower_bound(rows.begin(), rows.end(), id,
                                     [](const Row &r, qint64 v) { return r.id < v; });
    return it != rows.end() && it->id == id ? &*it : nullptr;
}
} // namespace

AnnotationDelta AnnotationSet::removedRows(const AnnotationDelta &remove,
                                           const AnnotationDelta &write)
{
    AnnotationDelta gone;
    gone.types = without(remove.types, write.types, typeKey);
    gone.entities = without(remove.entities, write.entities, entityKey);
    gone.mentions = without(remove.mentions, write.mentions, mentionKey);
    gone.links = without(remove.links, write.links, linkKey);
    gone.notes = without(remove.notes, write.notes, noteKey);
    gone.decisions = without(remove.decisions, write.decisions, decisionKey);
    return gone;
}

AnnotationChange AnnotationChange::of(const AnnotationDelta &remove, const AnnotationDelta &write)
{
    AnnotationChange c;
    for (const AnnotationDelta *d : {&remove, &write}) {
        if (!d->types.empty())
            c.kinds |= Types;
        if (!d->entities.empty())
            c.kinds |= Entities;
        if (!d->mentions.empty())
            c.kinds |= Mentions;
        if (!d->links.empty())
            c.kinds |= Links;
        if (!d->notes.empty())
            c.kinds |= Notes;
        if (!d->decisions.empty())
            c.kinds |= Decisions;
        for (const Entity &e : d->entities)
            c.entities.insert(e.id);
        for (const Mention &m : d->mentions) {
            c.entities.insert(m.entity);
            c.sources.insert(m.source);
        }
        for (const Link &l : d->links) {
            c.links.insert(l.id);
            c.sources.insert(l.sourceA);
            c.sources.insert(l.sourceB);
        }
        for (const Note &n : d->notes) {
            if (n.target == Note::Target::Source || n.target == Note::Target::Span)
                c.sources.insert(n.source);
        }
    }
    return c;
}

void AnnotationSet::load(AnnotationDelta rows)
{
    m_types = std::move(rows.types);
    std::stable_sort(m_types.begin(), m_types.end(), [](const EntityType &a, const EntityType &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    m_entities.clear();
    for (Entity &e : rows.entities)
        m_entities.insert(e.id, std::move(e));
    m_mentions.clear();
    m_links.clear();
    m_notes.clear();
    m_decisions.clear();
    apply({}, {{},
               {},
               std::move(rows.mentions),
               std::move(rows.links),
               std::move(rows.notes),
               std::move(rows.decisions)});
    m_lastTypeId = largestId(m_types);
    m_lastEntityId = m_entities.isEmpty() ? 0 : m_entities.lastKey();
    m_lastMentionId = largestId(m_mentions);
    m_lastLinkId = largestId(m_links);
    m_lastNoteId = largestId(m_notes);
}

const EntityType *AnnotationSet::type(qint64 id) const
{
    const auto it = std::find_if(m_types.begin(), m_types.end(),
                                 [id](const EntityType &t) { return t.id == id; });
    return it == m_types.end() ? nullptr : &*it;
}

const Entity *AnnotationSet::entity(qint64 id) const
{
    const auto it = m_entities.constFind(id);
    return it == m_entities.cend() ? nullptr : &*it;
}

const Mention *AnnotationSet::mention(qint64 id) const
{
    const auto it = std::find_if(m_mentions.begin(), m_mentions.end(),
                                 [id](const Mention &m) { return m.id == id; });
    return it == m_mentions.end() ? nullptr : &*it;
}

const Link *AnnotationSet::link(qint64 id) const
{
    return byId(m_links, id);
}

const Note *AnnotationSet::note(qint64 id) const
{
    return byId(m_notes, id);
}

const Note *AnnotationSet::noteOn(Note::Target target, SourceId source, Span span, qint64 entity,
                                  qint64 link) const
{
    const auto matches = [&](const Note &n) {
        if (n.target != target)
            return false;
        switch (target) {
        case Note::Target::Source:
            return n.source == source;
        case Note::Target::Span:
            return n.source == source && n.span == span;
        case Note::Target::Entity:
            return n.entity == entity;
        case Note::Target::Link:
            return n.link == link;
        }
        return false;
    };
    const auto it = std::find_if(m_notes.begin(), m_notes.end(), matches);
    return it == m_notes.end() ? nullptr : &*it;
}

std::vector<Mention> AnnotationSet::mentionsIn(SourceId source) const
{
    const auto from = std::lower_bound(m_mentions.begin(), m_mentions.end(), source,
                                       [](const Mention &m, SourceId s) { return m.source < s; });
    std::vector<Mention> out;
    for (auto it = from; it != m_mentions.end() && it->source == source; ++it)
        out.push_back(*it);
    return out;
}

std::vector<Mention> AnnotationSet::mentionsOf(qint64 entity) const
{
    std::vector<Mention> out;
    std::copy_if(m_mentions.begin(), m_mentions.end(), std::back_inserter(out),
                 [entity](const Mention &m) { return m.entity == entity; });
    return out;
}

const Mention *AnnotationSet::mentionAt(SourceId source, int pos) const
{
    const Mention *found = nullptr;
    for (const Mention &m : m_mentions) {
        if (m.source == source && m.span.start <= pos && pos <= m.span.end)
            found = &m;
    }
    return found;
}

QVector<qint64> AnnotationSet::mentionsOverlapping(SourceId source, Span span) const
{
    QVector<qint64> ids;
    for (const Mention &m : m_mentions) {
        if (m.source == source && m.span.start <= span.end && span.start <= m.span.end)
            ids << m.id;
    }
    return ids;
}

AnnotationDelta AnnotationSet::ofSource(SourceId source) const
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
        const bool onSource = n.target == Note::Target::Source || n.target == Note::Target::Span;
        if ((onSource && n.source == source) ||
            (n.target == Note::Target::Link && links.contains(n.link)))
            d.notes.push_back(n);
    }
    return d;
}

void AnnotationSet::assignIds(AnnotationDelta &delta)
{
    QHash<qint64, qint64> types;
    QHash<qint64, qint64> entities;
    QHash<qint64, qint64> links;
    // A row without an id gets a fresh one; a negative id is remembered for the references.
    const auto fresh = [](qint64 &id, QHash<qint64, qint64> *map, const auto &allocate) {
        if (id > 0)
            return;
        const qint64 next = allocate();
        if (id < 0 && map)
            map->insert(id, next);
        id = next;
    };
    const auto follow = [](qint64 &ref, const QHash<qint64, qint64> &map) {
        if (ref < 0)
            ref = map.value(ref, ref);
    };
    for (EntityType &t : delta.types)
        fresh(t.id, &types, [this] { return newTypeId(); });
    for (Entity &e : delta.entities)
        fresh(e.id, &entities, [this] { return newEntityId(); });
    for (Link &l : delta.links)
        fresh(l.id, &links, [this] { return newLinkId(); });
    for (EntityType &t : delta.types)
        follow(t.parent, types);
    for (Entity &e : delta.entities)
        follow(e.type, types);
    for (Mention &m : delta.mentions) {
        fresh(m.id, nullptr, [this] { return newMentionId(); });
        follow(m.entity, entities);
    }
    for (Note &n : delta.notes) {
        fresh(n.id, nullptr, [this] { return newNoteId(); });
        follow(n.entity, entities);
        follow(n.link, links);
    }
}

void AnnotationSet::apply(const AnnotationDelta &remove, const AnnotationDelta &write)
{
    const AnnotationDelta gone = removedRows(remove, write);
    if (!gone.types.empty() || !write.types.empty()) {
        drop(m_types, gone.types, typeKey);
        upsert(m_types, write.types, typeKey);
        std::sort(m_types.begin(), m_types.end(), [](const EntityType &a, const EntityType &b) {
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        });
    }
    for (const Entity &e : gone.entities)
        m_entities.remove(e.id);
    for (const Entity &e : write.entities)
        m_entities.insert(e.id, e);
    if (!gone.mentions.empty() || !write.mentions.empty()) {
        drop(m_mentions, gone.mentions, mentionKey);
        const auto order = [](const Mention &a, const Mention &b) {
            return std::tie(a.source, a.span.start, a.id) < std::tie(b.source, b.span.start, b.id);
        };
        if (write.mentions.size() <= 32) {
            // One edit's few mentions: each goes to its place, the others stay sorted (a full
            // sort of a large project's mentions per edit would dominate the edit).
            for (const Mention &w : write.mentions) {
                const auto old = std::find_if(m_mentions.begin(), m_mentions.end(),
                                              [&](const Mention &m) { return m.id == w.id; });
                if (old != m_mentions.end())
                    m_mentions.erase(old);
                m_mentions.insert(std::lower_bound(m_mentions.begin(), m_mentions.end(), w, order),
                                  w);
            }
        } else {
            upsert(m_mentions, write.mentions, mentionKey);
            std::sort(m_mentions.begin(), m_mentions.end(), order);
        }
    }
    const auto byIdOrder = [](const auto &a, const auto &b) { return a.id < b.id; };
    if (!gone.links.empty() || !write.links.empty()) {
        drop(m_links, gone.links, linkKey);
        upsert(m_links, write.links, linkKey);
        std::sort(m_links.begin(), m_links.end(), byIdOrder);
    }
    if (!gone.notes.empty() || !write.notes.empty()) {
        drop(m_notes, gone.notes, noteKey);
        upsert(m_notes, write.notes, noteKey);
        std::sort(m_notes.begin(), m_notes.end(), byIdOrder);
    }
    for (const SuggestionDecision &d : gone.decisions)
        m_decisions.remove(d.key);
    for (const SuggestionDecision &d : write.decisions) {
        if (d.decision.isEmpty())
            m_decisions.remove(d.key);
        else
            m_decisions.insert(d.key, d.decision);
    }
}

AnnotationSet::SetAside AnnotationSet::setAside(const std::function<bool(SourceId, Span)> &fits,
                                                const std::function<bool(SourceId)> &sourceExists)
{
    SetAside out;
    const auto eraseIf = [](auto &rows, auto pred) {
        const auto before = rows.size();
        rows.erase(std::remove_if(rows.begin(), rows.end(), pred), rows.end());
        return int(before - rows.size());
    };
    out.mentions = eraseIf(m_mentions, [&](const Mention &m) {
        return !fits(m.source, m.span) || !m_entities.contains(m.entity);
    });
    out.links = eraseIf(m_links, [&](const Link &l) {
        return !fits(l.sourceA, l.spanA) || !fits(l.sourceB, l.spanB);
    });
    out.notes = eraseIf(m_notes, [&](const Note &n) {
        return (n.target == Note::Target::Span && !fits(n.source, n.span)) ||
               (n.target == Note::Target::Source && !sourceExists(n.source));
    });
    return out;
}

} // namespace Crosscheck::Core
