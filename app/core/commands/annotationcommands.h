// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"
#include "project/undostack.h"

#include <QVector>

#include <optional>

namespace Crosscheck::Core {

class Project;

/// An edit of what analysts record, as the rows it changes: redo writes \a after and deletes
/// the rows of \a before it no longer has; undo the reverse. The kinds of edit below differ in
/// how they compute those rows from the project's current state.
class AnnotationCommand : public UndoCommand
{
public:
    AnnotationCommand(Project *project, QString text, QString action, AnnotationDelta before,
                      AnnotationDelta after);
    bool redo(QString *error) override;
    bool undo(QString *error) override;
    bool isEmpty() const { return m_before.isEmpty() && m_after.isEmpty(); }
    const AnnotationDelta &before() const { return m_before; }
    const AnnotationDelta &after() const { return m_after; }

protected:
    Project *m_project;
    QString m_action;
    AnnotationDelta m_before;
    AnnotationDelta m_after;
};

/// Tags spans as mentions of entities (one, or every occurrence at once), creating the
/// entities that are new.
class TagMentionsCommand final : public AnnotationCommand
{
public:
    /// \a entities are new, or changed (then \a changedBefore holds their rows as they were).
    TagMentionsCommand(Project *project, std::vector<Mention> mentions,
                       std::vector<Entity> entities, const QString &text,
                       std::vector<Entity> changedBefore = {});
};

class RemoveMentionsCommand final : public AnnotationCommand
{
public:
    RemoveMentionsCommand(Project *project, const QVector<qint64> &ids);
};

/// Renames an entity, changes its type or its aliases.
class EditEntityCommand final : public AnnotationCommand
{
public:
    EditEntityCommand(Project *project, Entity after);
};

/// Deletes an entity with its mentions and its note.
class RemoveEntityCommand final : public AnnotationCommand
{
public:
    RemoveEntityCommand(Project *project, qint64 id);
};

/// Folds \a others into \a keep: their mentions move over, their names become aliases.
class MergeEntitiesCommand final : public AnnotationCommand
{
public:
    /// \a name, when not empty, becomes the merged entity's name (the old one an alias).
    MergeEntitiesCommand(Project *project, qint64 keep, const QVector<qint64> &others,
                         const QString &name = {});
};

/// Moves some mentions of an entity to a new entity of the same type named \a name, whose id
/// is \a newId.
class SplitEntityCommand final : public AnnotationCommand
{
public:
    SplitEntityCommand(Project *project, qint64 entity, const QVector<qint64> &mentions,
                       const QString &name, qint64 newId);
};

/// Adds, edits (renames, recolours, nests) or with \a remove deletes an entity type.
class EditEntityTypeCommand final : public AnnotationCommand
{
public:
    EditEntityTypeCommand(Project *project, EntityType after, bool remove = false);
};

/// Adds (no \a before), edits or removes (no \a after) a contradiction or corroboration.
class EditLinkCommand final : public AnnotationCommand
{
public:
    EditLinkCommand(Project *project, std::optional<Link> before, std::optional<Link> after);
};

/// Writes, changes or (empty text) deletes a note.
class EditNoteCommand final : public AnnotationCommand
{
public:
    EditNoteCommand(Project *project, std::optional<Note> before, std::optional<Note> after);
};

/// Adds annotations read from another tool's file (W3C Web Annotation import).
class ImportAnnotationsCommand final : public AnnotationCommand
{
public:
    ImportAnnotationsCommand(Project *project, AnnotationDelta added, const QString &text);
};

/// Records decisions on suggestions; accepting one also writes what it proposed (\a accepted).
class DecideSuggestionsCommand final : public AnnotationCommand
{
public:
    DecideSuggestionsCommand(Project *project, std::vector<SuggestionDecision> decisions,
                             AnnotationDelta accepted, const QString &text);
};

} // namespace Crosscheck::Core
