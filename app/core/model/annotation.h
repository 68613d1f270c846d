// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"
#include "source.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Crosscheck::Core {

using Analysis::Span;

/// A kind of entity (Person, Organization, …); types may nest under a parent.
struct EntityType
{
    qint64 id = 0;
    QString name;
    QString color; ///< "#rrggbb"
    qint64 parent = 0;
    int position = 0;
    bool operator==(const EntityType &) const = default;
};

/// One entry of the project-wide registry: a canonical name, a type and other names for it.
struct Entity
{
    qint64 id = 0;
    QString name;
    qint64 type = 0;
    QStringList aliases; ///< sorted, without the canonical name
    QString created;
    QString modified;
    bool operator==(const Entity &) const = default;
};

/// A place in a source that names an entity.
struct Mention
{
    qint64 id = 0;
    SourceId source = 0;
    Span span;
    qint64 entity = 0;
    QString author;
    QString created;
    QString origin = QStringLiteral("manual"); ///< manual, all-occurrences, suggestion, batch
    double confidence = 1;
    bool operator==(const Mention &) const = default;
};

/// A recorded relation between two passages: one contradicts or corroborates the other.
struct Link
{
    enum class Relation { Contradicts, Corroborates };
    enum class Status { Open, Confirmed, Resolved, Dismissed };
    qint64 id = 0;
    SourceId sourceA = 0;
    Span spanA;
    SourceId sourceB = 0;
    Span spanB;
    Relation relation = Relation::Contradicts;
    /// number, datetime, place, attribution, quote, polarity, certainty, role, framing, other
    QString type = QStringLiteral("other");
    int severity = 2; ///< 1 minor, 2 notable, 3 major
    Status status = Status::Open;
    QString note;
    QString author;
    QString created;
    QString modified;
    bool operator==(const Link &) const = default;

    static QString relationName(Relation r);
    static Relation relationFromName(const QString &name);
    static QString statusName(Status s);
    static Status statusFromName(const QString &name);
    /// "minor", "notable", "major" (the names exchange files use) and back; a number is read
    /// too (kept to 1–3), 0 for anything else.
    static QString severityName(int severity);
    static int severityFromName(const QString &name);
    /// The contradiction types, in the order menus list them.
    static QStringList typeNames();
};

/// A memo on a source, a span of a source, an entity or a link.
struct Note
{
    enum class Target { Source, Span, Entity, Link };
    qint64 id = 0;
    Target target = Target::Source;
    SourceId source = 0; ///< Source, Span
    Span span;           ///< Span
    qint64 entity = 0;   ///< Entity
    qint64 link = 0;     ///< Link
    QString text;
    QString author;
    QString created;
    QString modified;
    bool operator==(const Note &) const = default;
    static QString targetName(Target t);
    static Target targetFromName(const QString &name);
};

/// The analyst's decision on a computed suggestion, by the suggestion's key; an empty decision
/// means none.
struct SuggestionDecision
{
    QString key;
    QString decision; ///< "accepted", "rejected" or empty
    bool operator==(const SuggestionDecision &) const = default;
};

/// Rows of every annotation kind: what an edit changes, before and after. Applying a delta
/// writes its rows and deletes the rows of the previous delta that it no longer has.
struct AnnotationDelta
{
    std::vector<EntityType> types;
    std::vector<Entity> entities;
    std::vector<Mention> mentions;
    std::vector<Link> links;
    std::vector<Note> notes;
    std::vector<SuggestionDecision> decisions;
    bool isEmpty() const
    {
        return types.empty() && entities.empty() && mentions.empty() && links.empty() &&
               notes.empty() && decisions.empty();
    }
};

} // namespace Crosscheck::Core
