// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QFlags>
#include <QHash>
#include <QMap>
#include <QSet>

#include <functional>

namespace Crosscheck::Core {

/// What one annotation edit changed, so that models and views update what it touched rather
/// than everything (after Tiled's ChangeEvent): the kinds of rows, and the entities, links and
/// sources concerned.
struct AnnotationChange
{
    enum Kind {
        Types = 0x1,
        Entities = 0x2,
        Mentions = 0x4,
        Links = 0x8,
        Notes = 0x10,
        Decisions = 0x20,
    };
    Q_DECLARE_FLAGS(Kinds, Kind)

    Kinds kinds;
    /// Entities added, edited or removed, and the entities whose mentions changed.
    QSet<qint64> entities;
    /// Links added, edited or removed.
    QSet<qint64> links;
    /// Sources whose mentions, links or notes changed.
    QSet<SourceId> sources;

    bool has(Kind kind) const { return kinds.testFlag(kind); }
    /// The change that writing \a write and deleting the rows of \a remove makes.
    static AnnotationChange of(const AnnotationDelta &remove, const AnnotationDelta &write);
};

/// The in-memory registry of what analysts record: entity types, entities, mentions, links,
/// notes and decisions on suggestions, with their lookups and id allocators. A plain value:
/// Project keeps it in step with the project file.
class AnnotationSet
{
public:
    /// Replaces the contents with \a rows as stored; the id allocators go on after the largest
    /// id of each kind.
    void load(AnnotationDelta rows);

    const std::vector<EntityType> &types() const { return m_types; } ///< by position
    const QMap<qint64, Entity> &entities() const { return m_entities; }
    const std::vector<Mention> &mentions() const { return m_mentions; } ///< by source, start
    const std::vector<Link> &links() const { return m_links; }          ///< by id
    const std::vector<Note> &notes() const { return m_notes; }          ///< by id
    /// "accepted", "rejected" or empty.
    QString decision(const QString &key) const { return m_decisions.value(key); }
    const QHash<QString, QString> &decisions() const { return m_decisions; }

    const EntityType *type(qint64 id) const;
    const Entity *entity(qint64 id) const;
    const Mention *mention(qint64 id) const;
    const Link *link(qint64 id) const;
    const Note *note(qint64 id) const;
    const Note *noteOn(Note::Target target, SourceId source, Span span, qint64 entity,
                       qint64 link) const;
    std::vector<Mention> mentionsIn(SourceId source) const;
    std::vector<Mention> mentionsOf(qint64 entity) const;
    /// The mention of \a source whose span holds \a pos (its ends included); the last one by
    /// position when several do.
    const Mention *mentionAt(SourceId source, int pos) const;
    /// Ids of the mentions of \a source that overlap or touch \a span.
    QVector<qint64> mentionsOverlapping(SourceId source, Span span) const;
    /// The mentions, links and notes that belong to \a source (what goes when it goes).
    AnnotationDelta ofSource(SourceId source) const;

    /// Fresh ids for new rows (chosen before the row is written, so that redo after undo
    /// writes the same row again).
    qint64 newTypeId() { return m_idSource ? m_idSource() : ++m_lastTypeId; }
    qint64 newEntityId() { return m_idSource ? m_idSource() : ++m_lastEntityId; }
    qint64 newMentionId() { return m_idSource ? m_idSource() : ++m_lastMentionId; }
    qint64 newLinkId() { return m_idSource ? m_idSource() : ++m_lastLinkId; }
    qint64 newNoteId() { return m_idSource ? m_idSource() : ++m_lastNoteId; }
    /// A team replica's next id for a source (0: the file chooses one).
    qint64 newSourceId() { return m_idSource ? m_idSource() : 0; }
    /// Where fresh ids come from instead (a team project: blocks reserved on the server, so that
    /// no two analysts choose the same); an empty function: the largest id so far + 1 again.
    void setIdSource(std::function<qint64()> source) { m_idSource = std::move(source); }
    /// Gives every row of \a delta whose id is 0 or less a fresh id. Rows that refer to a
    /// negative id (a type's parent, an entity's type, a mention's entity, a note's entity or
    /// link) then refer to the row that had it: importers number new rows -1, -2, … among
    /// themselves and leave the real ids to this.
    void assignIds(AnnotationDelta &delta);

    /// The rows of \a remove whose id (a decision: key) \a write does not have: the rows that
    /// applying the two deletes.
    static AnnotationDelta removedRows(const AnnotationDelta &remove, const AnnotationDelta &write);
    /// Deletes removedRows(\a remove, \a write) and writes \a write.
    void apply(const AnnotationDelta &remove, const AnnotationDelta &write);

    struct SetAside
    {
        int mentions = 0;
        int links = 0;
        int notes = 0;
    };
    /// Drops every mention, link and span note whose span does not \a fit its source, every
    /// mention of a missing entity and every source note of a missing source.
    SetAside setAside(const std::function<bool(SourceId, Span)> &fits,
                      const std::function<bool(SourceId)> &sourceExists);

private:
    std::vector<EntityType> m_types;
    QMap<qint64, Entity> m_entities;
    std::vector<Mention> m_mentions;
    std::vector<Link> m_links;
    std::vector<Note> m_notes;
    QHash<QString, QString> m_decisions;
    std::function<qint64()> m_idSource;
    qint64 m_lastTypeId = 0;
    qint64 m_lastEntityId = 0;
    qint64 m_lastMentionId = 0;
    qint64 m_lastLinkId = 0;
    qint64 m_lastNoteId = 0;
};

} // namespace Crosscheck::Core

Q_DECLARE_OPERATORS_FOR_FLAGS(Crosscheck::Core::AnnotationChange::Kinds)
