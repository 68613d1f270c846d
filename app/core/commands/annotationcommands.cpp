// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommands.h"
#include "project/project.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace Crosscheck::Core {

AnnotationCommand::AnnotationCommand(Project *project, QString text, QString action,
                                     AnnotationDelta before, AnnotationDelta after)
    : UndoCommand(std::move(text))
    , m_project(project)
    , m_action(std::move(action))
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

bool AnnotationCommand::redo(QString *error)
{
    return m_project->applyAnnotations(m_before, m_after, m_action, error, text());
}

bool AnnotationCommand::undo(QString *error)
{
    return m_project->applyAnnotations(m_after, m_before, QStringLiteral("undo-") + m_action, error,
                                       text());
}

TagMentionsCommand::TagMentionsCommand(Project *project, std::vector<Mention> mentions,
                                       std::vector<Entity> entities, const QString &text,
                                       std::vector<Entity> changedBefore)
    : AnnotationCommand(project, text, QStringLiteral("tag-mentions"),
                        AnnotationDelta{{}, std::move(changedBefore), {}, {}, {}, {}},
                        AnnotationDelta{{}, std::move(entities), std::move(mentions), {}, {}, {}})
{}

namespace {
AnnotationDelta mentionsById(const Project *project, const QVector<qint64> &ids)
{
    AnnotationDelta d;
    for (qint64 id : ids) {
        if (const Mention *m = project->mention(id))
            d.mentions.push_back(*m);
    }
    return d;
}
} // namespace

RemoveMentionsCommand::RemoveMentionsCommand(Project *project, const QVector<qint64> &ids)
    : AnnotationCommand(project,
                        QCoreApplication::translate("Crosscheck::Core::Project",
                                                    "Remove %n mention(s)", nullptr,
                                                    int(ids.size())),
                        QStringLiteral("remove-mentions"), mentionsById(project, ids), {})
{}

namespace {
AnnotationDelta entityRow(const Project *project, qint64 id)
{
    AnnotationDelta d;
    if (const Entity *e = project->entity(id))
        d.entities.push_back(*e);
    return d;
}
} // namespace

EditEntityCommand::EditEntityCommand(Project *project, Entity after)
    : AnnotationCommand(project,
                        QCoreApplication::translate("Crosscheck::Core::Project", "Edit entity “%1”")
                            .arg(after.name),
                        QStringLiteral("edit-entity"), entityRow(project, after.id),
                        AnnotationDelta{{}, {after}, {}, {}, {}, {}})
{}

namespace {
AnnotationDelta entityWithEverything(const Project *project, qint64 id)
{
    AnnotationDelta d = entityRow(project, id);
    d.mentions = project->mentionsOf(id);
    for (const Note &n : project->notes()) {
        if (n.target == Note::Target::Entity && n.entity == id)
            d.notes.push_back(n);
    }
    return d;
}
} // namespace

RemoveEntityCommand::RemoveEntityCommand(Project *project, qint64 id)
    : AnnotationCommand(
          project,
          QCoreApplication::translate("Crosscheck::Core::Project", "Remove entity “%1”")
              .arg(project->entity(id) ? project->entity(id)->name : QString()),
          QStringLiteral("remove-entity"), entityWithEverything(project, id), {})
{}

namespace {
std::pair<AnnotationDelta, AnnotationDelta>
merge(const Project *project, qint64 keep, const QVector<qint64> &others, const QString &name)
{
    AnnotationDelta before = entityWithEverything(project, keep), after;
    const Entity *k = project->entity(keep);
    if (!k)
        return {};
    Entity merged = *k;
    for (qint64 id : others) {
        if (id == keep || !project->entity(id))
            continue;
        const AnnotationDelta other = entityWithEverything(project, id);
        before.entities.insert(before.entities.end(), other.entities.begin(), other.entities.end());
        before.mentions.insert(before.mentions.end(), other.mentions.begin(), other.mentions.end());
        before.notes.insert(before.notes.end(), other.notes.begin(), other.notes.end());
        const Entity &e = other.entities.front();
        merged.aliases << e.name << e.aliases;
        for (Mention m : other.mentions) {
            m.entity = keep;
            after.mentions.push_back(m);
        }
        // The merged entity's note keeps the other notes' text, one after the other.
        for (Note n : other.notes) {
            n.entity = keep;
            after.notes.push_back(n);
        }
    }
    if (!name.trimmed().isEmpty() && name.trimmed() != merged.name) {
        merged.aliases << merged.name;
        merged.name = name.trimmed();
    }
    merged.aliases.removeAll(merged.name);
    merged.aliases.removeDuplicates();
    std::sort(merged.aliases.begin(), merged.aliases.end());
    merged.modified = Project::timestamp();
    after.entities.push_back(merged);
    // Mentions of the kept entity do not change; they stay out of both sides.
    before.mentions.erase(std::remove_if(before.mentions.begin(), before.mentions.end(),
                                         [keep](const Mention &m) { return m.entity == keep; }),
                          before.mentions.end());
    before.notes.erase(std::remove_if(before.notes.begin(), before.notes.end(),
                                      [keep](const Note &n) { return n.entity == keep; }),
                       before.notes.end());
    return {before, after};
}
} // namespace

namespace {
QString mergeText(int n)
{
    return QCoreApplication::translate("Crosscheck::Core::Project", "Merge %n entities", nullptr,
                                       n);
}
} // namespace

MergeEntitiesCommand::MergeEntitiesCommand(Project *project, qint64 keep,
                                           const QVector<qint64> &others, const QString &name)
    : AnnotationCommand(project, mergeText(int(others.size()) + 1),
                        QStringLiteral("merge-entities"), {}, {})
{
    std::tie(m_before, m_after) = merge(project, keep, others, name);
}

namespace {
std::pair<AnnotationDelta, AnnotationDelta> split(Project *project, qint64 entity,
                                                  const QVector<qint64> &mentions,
                                                  const QString &name, qint64 newId)
{
    const Entity *from = project->entity(entity);
    if (!from || mentions.isEmpty())
        return {};
    AnnotationDelta before = mentionsById(project, mentions), after;
    Entity created;
    created.id = newId;
    created.name = name;
    created.type = from->type;
    created.created = created.modified = Project::timestamp();
    after.entities.push_back(created);
    for (Mention m : before.mentions) {
        m.entity = created.id;
        after.mentions.push_back(m);
    }
    return {before, after};
}
} // namespace

SplitEntityCommand::SplitEntityCommand(Project *project, qint64 entity,
                                       const QVector<qint64> &mentions, const QString &name,
                                       qint64 newId)
    : AnnotationCommand(
          project,
          QCoreApplication::translate("Crosscheck::Core::Project", "Split “%1” from “%2”")
              .arg(name, project->entity(entity) ? project->entity(entity)->name : QString()),
          QStringLiteral("split-entity"), {}, {})
{
    std::tie(m_before, m_after) = split(project, entity, mentions, name, newId);
}

EditEntityTypeCommand::EditEntityTypeCommand(Project *project, EntityType after, bool remove)
    : AnnotationCommand(
          project,
          remove
              ? QCoreApplication::translate("Crosscheck::Core::Project", "Remove entity type “%1”")
                    .arg(after.name)
              : QCoreApplication::translate("Crosscheck::Core::Project", "Edit entity type “%1”")
                    .arg(after.name),
          QStringLiteral("edit-entity-type"), {}, {})
{
    if (const EntityType *t = project->entityType(after.id))
        m_before.types.push_back(*t);
    if (!remove)
        m_after.types.push_back(after);
}

EditLinkCommand::EditLinkCommand(Project *project, std::optional<Link> before,
                                 std::optional<Link> after)
    : AnnotationCommand(
          project,
          !before  ? QCoreApplication::translate("Crosscheck::Core::Project", "Record a link")
          : !after ? QCoreApplication::translate("Crosscheck::Core::Project", "Remove a link")
                   : QCoreApplication::translate("Crosscheck::Core::Project", "Edit a link"),
          QStringLiteral("edit-link"), {}, {})
{
    if (before) {
        m_before.links.push_back(*before);
        if (!after) { // its note goes with it
            for (const Note &n : project->notes()) {
                if (n.target == Note::Target::Link && n.link == before->id)
                    m_before.notes.push_back(n);
            }
        }
    }
    if (after)
        m_after.links.push_back(*after);
}

EditNoteCommand::EditNoteCommand(Project *project, std::optional<Note> before,
                                 std::optional<Note> after)
    : AnnotationCommand(
          project,
          !after ? QCoreApplication::translate("Crosscheck::Core::Project", "Delete a note")
                 : QCoreApplication::translate("Crosscheck::Core::Project", "Write a note"),
          QStringLiteral("edit-note"), {}, {})
{
    Q_UNUSED(project);
    if (before)
        m_before.notes.push_back(*before);
    if (after)
        m_after.notes.push_back(*after);
}

ImportAnnotationsCommand::ImportAnnotationsCommand(Project *project, AnnotationDelta added,
                                                   const QString &text)
    : AnnotationCommand(project, text, QStringLiteral("import-annotations"), {}, std::move(added))
{}

DecideSuggestionsCommand::DecideSuggestionsCommand(Project *project,
                                                   std::vector<SuggestionDecision> decisions,
                                                   AnnotationDelta accepted, const QString &text)
    : AnnotationCommand(project, text, QStringLiteral("decide-suggestions"), {},
                        std::move(accepted))
{
    for (const SuggestionDecision &d : decisions) {
        m_before.decisions.push_back({d.key, project->suggestionDecision(d.key)});
        m_after.decisions.push_back(d);
    }
}

} // namespace Crosscheck::Core
