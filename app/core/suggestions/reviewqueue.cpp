// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewqueue.h"
#include "namematcher.h"

#include "project/project.h"
#include "project/undostack.h"

#include <QCoreApplication>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Crosscheck::Core::Annotation {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Crosscheck::Core::ReviewQueue", text);
}

/// Runs \a edits as one undo step named \a text.
bool asOneStep(Project &project, const QString &text, const std::function<bool()> &edits)
{
    UndoStack *stack = project.undoStack();
    const int before = stack->count();
    stack->beginMacro(text);
    const bool ok = edits();
    stack->endMacro();
    if (!ok && stack->count() > before)
        stack->undo(); // what did get done is taken back
    return ok;
}

bool decide(Project &project, const QString &key, const QString &decision, QString *error,
            const QString &text)
{
    return project.decideSuggestions({{key, decision}}, {}, text, error);
}
/// Records \a link (its author and times set here) and the acceptance of \a key as one step.
bool recordLink(Project &project, const QString &key, Link link, const QString &text,
                QString *error)
{
    link.id = 0;
    link.author = project.author();
    link.created = link.modified = Project::timestamp();
    AnnotationDelta accepted;
    accepted.links.push_back(link);
    return project.decideSuggestions({{key, QStringLiteral("accepted")}}, std::move(accepted), text,
                                     error);
}
} // namespace

qint64 ReviewQueue::entityNamed(const Project &project, const QString &name)
{
    const NameMatcher matcher;
    const QString folded = matcher.fold(name);
    for (const Entity &e : project.entities()) {
        bool same = matcher.fold(e.name) == folded;
        for (const QString &a : e.aliases)
            same = same || matcher.fold(a) == folded;
        if (same)
            return e.id;
    }
    return 0;
}

QString ReviewItem::key() const
{
    switch (kind) {
    case Kind::Contradiction:
        return contradiction.key();
    case Kind::Merge:
        return merge.key();
    case Kind::Entity:
        return entity.key();
    case Kind::Passage:
        break;
    }
    return QStringLiteral("passage:%1").arg(passage);
}

std::vector<ReviewItem> ReviewQueue::sameName(const std::vector<ReviewItem> &items,
                                              const ReviewItem &item)
{
    std::vector<ReviewItem> out;
    if (item.kind != ReviewItem::Kind::Entity)
        return out;
    for (const ReviewItem &i : items)
        if (i.kind == ReviewItem::Kind::Entity && i.group == item.group)
            out.push_back(i);
    return out;
}

std::vector<ReviewItem> ReviewQueue::sameType(const std::vector<ReviewItem> &items,
                                              const ReviewItem &item)
{
    std::vector<ReviewItem> out;
    if (item.kind != ReviewItem::Kind::Entity)
        return out;
    for (const ReviewItem &i : items)
        if (i.kind == ReviewItem::Kind::Entity && i.entity.typeName == item.entity.typeName)
            out.push_back(i);
    return out;
}

bool ReviewQueue::acceptAll(Project &project, const std::vector<ReviewItem> &items, QString *error)
{
    SuggestionBatch batch;
    for (const ReviewItem &i : items)
        if (i.kind == ReviewItem::Kind::Entity)
            batch.entities.push_back(i.entity);
    return !batch.entities.empty() && acceptAbove(project, batch, 0.0, nullptr, error);
}

bool ReviewQueue::rejectAll(Project &project, const std::vector<ReviewItem> &items, QString *error)
{
    std::vector<SuggestionDecision> decisions;
    for (const ReviewItem &i : items)
        if (i.kind == ReviewItem::Kind::Entity)
            decisions.push_back({i.entity.key(), QStringLiteral("rejected")});
    if (decisions.empty())
        return false;
    return project.decideSuggestions(
        std::move(decisions), {},
        QCoreApplication::translate("Crosscheck::Core::ReviewQueue",
                                    "Reject “%1” everywhere (%n suggestion(s))", nullptr,
                                    int(items.size()))
            .arg(items.front().entity.text),
        error);
}

qint64 ReviewQueue::typeId(const Project &project, const QString &typeName)
{
    qint64 other = 0;
    for (const EntityType &t : project.entityTypes()) {
        if (t.name.compare(typeName, Qt::CaseInsensitive) == 0)
            return t.id;
        if (t.name == QLatin1String("Other"))
            other = t.id;
    }
    return other ? other : (project.entityTypes().empty() ? 0 : project.entityTypes().back().id);
}

std::vector<ReviewItem> ReviewQueue::build(const Project &project)
{
    std::vector<ReviewItem> out;
    const Suggester suggester(project);
    for (ContradictionCandidate &c : suggester.contradictions()) {
        ReviewItem i;
        i.kind = ReviewItem::Kind::Contradiction;
        i.confidence = c.confidence;
        i.contradiction = std::move(c);
        out.push_back(std::move(i));
    }
    std::vector<EntitySuggestion> entities = suggester.entities();
    for (MergeProposal &m : suggester.merges(entities)) {
        if (m.entities.size() < 2)
            continue; // names not in the registry yet: tagging comes first
        ReviewItem i;
        i.kind = ReviewItem::Kind::Merge;
        i.confidence = m.confidence;
        i.merge = std::move(m);
        out.push_back(std::move(i));
    }
    std::stable_sort(entities.begin(), entities.end(),
                     [](const EntitySuggestion &a, const EntitySuggestion &b) {
                         return a.confidence > b.confidence;
                     });
    // One name's occurrences together, where its most confident one ranks.
    const NameMatcher matcher;
    std::vector<std::vector<ReviewItem>> names;
    QHash<QString, size_t> nameAt;
    for (EntitySuggestion &e : entities) {
        ReviewItem i;
        i.kind = ReviewItem::Kind::Entity;
        i.confidence = e.confidence;
        i.group = QStringLiteral("name:%1:%2").arg(e.typeName, matcher.fold(e.text));
        i.entity = std::move(e);
        auto at = nameAt.constFind(i.group);
        if (at == nameAt.constEnd()) {
            at = nameAt.insert(i.group, names.size());
            names.emplace_back();
        }
        names[at.value()].push_back(std::move(i));
    }
    for (std::vector<ReviewItem> &name : names)
        std::move(name.begin(), name.end(), std::back_inserter(out));
    std::vector<ReviewItem> passages;
    for (size_t p = 0; p < project.passages().size(); ++p) {
        const Analysis::PassagePair &pair = project.passages()[p];
        if (project.reviewStatus(Analysis::keyOf(pair)) != Analysis::ReviewStatus::Unreviewed)
            continue;
        ReviewItem i;
        i.kind = ReviewItem::Kind::Passage;
        i.passage = int(p);
        i.confidence = pair.score;
        passages.push_back(std::move(i));
    }
    std::stable_sort(
        passages.begin(), passages.end(),
        [](const ReviewItem &a, const ReviewItem &b) { return a.confidence > b.confidence; });
    out.insert(out.end(), passages.begin(), passages.end());
    // Contradictions first, strongest first, then corroborations.
    std::stable_sort(out.begin(),
                     out.begin() + std::count_if(out.begin(), out.end(),
                                                 [](const ReviewItem &i) {
                                                     return i.kind ==
                                                            ReviewItem::Kind::Contradiction;
                                                 }),
                     [](const ReviewItem &a, const ReviewItem &b) {
                         if (a.contradiction.relation != b.contradiction.relation)
                             return a.contradiction.relation == Link::Relation::Contradicts;
                         return a.confidence > b.confidence;
                     });
    for (ReviewItem &i : out)
        if (i.group.isEmpty())
            i.group = i.key();
    return out;
}

bool ReviewQueue::accept(Project &project, const ReviewItem &item, QString *error)
{
    switch (item.kind) {
    case ReviewItem::Kind::Contradiction: {
        const ContradictionCandidate &c = item.contradiction;
        if (!c.spanA.isValid() || !c.spanB.isValid()) {
            if (error)
                *error = tr("One side of this difference is empty: edit it to choose both spans.");
            return false;
        }
        return recordLink(project, c.key(), c.toLink(),
                          c.relation == Link::Relation::Corroborates
                              ? tr("Record a suggested corroboration")
                              : tr("Record a suggested contradiction"),
                          error);
    }
    case ReviewItem::Kind::Merge: {
        const MergeProposal &m = item.merge;
        // The entity with the most mentions keeps its name.
        std::vector<qint64> ids = m.entities;
        std::stable_sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
            return project.mentionsOf(a).size() > project.mentionsOf(b).size();
        });
        return asOneStep(project, tr("Merge suggested entities"), [&] {
            return project.mergeEntities(ids.front(), QVector<qint64>(ids.begin() + 1, ids.end()),
                                         error) &&
                   decide(project, m.key(), QStringLiteral("accepted"), error, {});
        });
    }
    case ReviewItem::Kind::Entity: {
        const EntitySuggestion &s = item.entity;
        // The registry may have gained this name since the queue was built (an earlier item
        // of the same name was accepted): tag it as that entity rather than a twin.
        const qint64 entity = s.entity ? s.entity : entityNamed(project, s.entityName);
        return asOneStep(project, tr("Tag a suggested entity"), [&] {
            const bool tagged = entity
                                    ? project.tagMention(s.source, s.span, entity, error) != 0
                                    : project.tagNewEntity(s.source, s.span, s.entityName,
                                                           typeId(project, s.typeName), error) != 0;
            return tagged && decide(project, s.key(), QStringLiteral("accepted"), error, {});
        });
    }
    case ReviewItem::Kind::Passage:
        return project.setReviewStatus({Analysis::keyOf(project.passages()[size_t(item.passage)])},
                                       Analysis::ReviewStatus::Confirmed, error);
    }
    return false;
}

bool ReviewQueue::reject(Project &project, const ReviewItem &item, QString *error)
{
    switch (item.kind) {
    case ReviewItem::Kind::Contradiction:
        return decide(project, item.contradiction.key(), QStringLiteral("rejected"), error,
                      tr("Reject a suggested contradiction"));
    case ReviewItem::Kind::Merge:
        return decide(project, item.merge.key(), QStringLiteral("rejected"), error,
                      tr("Keep suggested entities apart"));
    case ReviewItem::Kind::Entity:
        return decide(project, item.entity.key(), QStringLiteral("rejected"), error,
                      tr("Reject a suggested entity"));
    case ReviewItem::Kind::Passage:
        return project.setReviewStatus({Analysis::keyOf(project.passages()[size_t(item.passage)])},
                                       Analysis::ReviewStatus::Dismissed, error);
    }
    return false;
}

bool ReviewQueue::acceptEdited(Project &project, const ReviewItem &item, const ReviewEdit &edit,
                               QString *error)
{
    switch (item.kind) {
    case ReviewItem::Kind::Contradiction:
        if (!edit.link.spanA.isValid() || !edit.link.spanB.isValid()) {
            if (error)
                *error = tr("One side of this difference is empty: record the link by hand "
                            "(select, Ctrl+M, select, Ctrl+L).");
            return false;
        }
        return recordLink(project, item.contradiction.key(), edit.link,
                          tr("Record an edited contradiction"), error);
    case ReviewItem::Kind::Entity: {
        const EntitySuggestion &s = item.entity;
        const QString name = edit.name.isEmpty() ? s.entityName : edit.name;
        return asOneStep(project, tr("Tag a suggested entity"), [&] {
            const bool tagged =
                edit.entity ? project.tagMention(s.source, s.span, edit.entity, error) != 0
                            : project.tagNewEntity(s.source, s.span, name, edit.type, error) != 0;
            return tagged && decide(project, s.key(), QStringLiteral("accepted"), error, {});
        });
    }
    case ReviewItem::Kind::Merge:
    case ReviewItem::Kind::Passage:
        return accept(project, item, error);
    }
    return false;
}

Note ReviewQueue::noteTarget(const Project &project, const ReviewItem &item)
{
    Note note;
    note.target = Note::Target::Span;
    switch (item.kind) {
    case ReviewItem::Kind::Entity:
        note.source = item.entity.source;
        note.span = item.entity.span;
        break;
    case ReviewItem::Kind::Contradiction: {
        const ContradictionCandidate &c = item.contradiction;
        const bool useA = c.spanA.isValid();
        note.source = useA ? c.sourceA : c.sourceB;
        note.span = useA ? c.spanA : c.spanB;
        break;
    }
    case ReviewItem::Kind::Passage:
        note.source = project.passages()[size_t(item.passage)].a;
        note.span = project.passages()[size_t(item.passage)].spanA;
        break;
    case ReviewItem::Kind::Merge:
        note.target = Note::Target::Entity;
        note.entity = item.merge.entities.empty() ? 0 : item.merge.entities.front();
        break;
    }
    return note;
}

namespace {
constexpr double kSlack = 1e-9; // a confidence printed as 0.45 is "at least 0.45"

double rounded(double confidence)
{
    return std::round(confidence * 100) / 100;
}

/// The new rows of a batch: entities, mentions and links, with their decisions.
struct BatchRows
{
    AnnotationDelta after;
    std::vector<SuggestionDecision> decisions;
};

BatchRows batchRows(Project &project, const SuggestionBatch &batch, double threshold,
                    BatchOutcome *outcome)
{
    BatchRows rows;
    const NameMatcher matcher;
    QHash<QString, qint64> byName; // folded name -> entity id (registry, or -n: created now)
    for (const Entity &e : project.entities()) {
        byName.insert(matcher.fold(e.name), e.id);
        for (const QString &a : e.aliases)
            byName.insert(matcher.fold(a), e.id);
    }
    const QString now = Project::timestamp();
    for (const EntitySuggestion &e : batch.entities) {
        if (e.confidence + kSlack < threshold)
            continue;
        qint64 id = e.entity ? e.entity : byName.value(matcher.fold(e.entityName));
        if (!id) {
            Entity created;
            created.id = id = -qint64(rows.after.entities.size() + 1);
            created.name = e.entityName;
            created.type = ReviewQueue::typeId(project, e.typeName);
            created.created = created.modified = now;
            rows.after.entities.push_back(created);
            byName.insert(matcher.fold(e.entityName), id);
        }
        Mention m;
        m.source = e.source;
        m.span = e.span;
        m.entity = id;
        m.author = project.author();
        m.created = now;
        m.origin = QStringLiteral("batch");
        m.confidence = e.confidence;
        rows.after.mentions.push_back(m);
        rows.decisions.push_back({e.key(), QStringLiteral("accepted")});
        ++outcome->mentions;
    }
    for (const ContradictionCandidate &c : batch.contradictions) {
        if (c.confidence + kSlack < threshold || !c.spanA.isValid() || !c.spanB.isValid())
            continue;
        Link l = c.toLink();
        l.id = 0;
        l.note = tr("%1 (batch run, confidence %2)").arg(c.reason).arg(rounded(c.confidence));
        l.author = project.author();
        l.created = l.modified = now;
        rows.after.links.push_back(l);
        rows.decisions.push_back({c.key(), QStringLiteral("accepted")});
        ++outcome->links;
    }
    return rows;
}
} // namespace

bool ReviewQueue::acceptAbove(Project &project, const SuggestionBatch &batch, double threshold,
                              BatchOutcome *outcome, QString *error)
{
    BatchOutcome counted;
    const QString author = project.author();
    project.setAuthor(author + QStringLiteral(" (batch)"));
    const BatchRows rows = batchRows(project, batch, threshold, &counted);
    const QString text = tr("Apply suggestions above %1").arg(threshold);
    // Every part of the step in one database transaction: a crash half-way leaves none of it.
    const auto applyAll = [&](QString *err) {
        return asOneStep(project, text, [&] {
            bool ok = project.decideSuggestions(rows.decisions, rows.after, text, err);
            for (const MergeProposal &m : batch.merges) {
                if (!ok || m.confidence + kSlack < threshold || m.entities.size() < 2)
                    continue;
                const std::vector<qint64> &ids = m.entities;
                ok = project.mergeEntities(ids.front(), QVector<qint64>(ids.begin() + 1, ids.end()),
                                           err) &&
                     decide(project, m.key(), QStringLiteral("accepted"), err, {});
                counted.merges += ok;
            }
            return ok;
        });
    };
    const bool ok = project.runInOneTransaction(applyAll, error);
    project.setAuthor(author);
    if (ok && outcome)
        *outcome = counted;
    return ok;
}

} // namespace Crosscheck::Core::Annotation
