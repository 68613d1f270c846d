#include "reviewqueue.h"
#include "namematcher.h"

#include "commands/annotationcommands.h"
#include "project/project.h"
#include "project/undostack.h"

#include <QCoreApplication>

#include <algorithm>

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
    return project.pushAnnotationEdit(
        std::make_unique<DecideSuggestionsCommand>(&project,
                                                   std::vector<SuggestionDecision>{{key, decision}},
                                                   AnnotationDelta{}, AnnotationDelta{}, text),
        error);
}
} // namespace

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
    for (EntitySuggestion &e : entities) {
        ReviewItem i;
        i.kind = ReviewItem::Kind::Entity;
        i.confidence = e.confidence;
        i.entity = std::move(e);
        out.push_back(std::move(i));
    }
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
    // Contradictions first, strongest first.
    std::stable_sort(
        out.begin(),
        out.begin() + std::count_if(out.begin(), out.end(),
                                    [](const ReviewItem &i) {
                                        return i.kind == ReviewItem::Kind::Contradiction;
                                    }),
        [](const ReviewItem &a, const ReviewItem &b) { return a.confidence > b.confidence; });
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
        Link l;
        l.id = project.newLinkId();
        l.sourceA = c.sourceA;
        l.spanA = c.spanA;
        l.sourceB = c.sourceB;
        l.spanB = c.spanB;
        l.type = c.type;
        l.note = c.reason;
        l.author = project.author();
        l.created = l.modified = Project::timestamp();
        AnnotationDelta after;
        after.links.push_back(l);
        return project.pushAnnotationEdit(
            std::make_unique<DecideSuggestionsCommand>(
                &project, std::vector<SuggestionDecision>{{c.key(), QStringLiteral("accepted")}},
                AnnotationDelta{}, after, tr("Record a suggested contradiction")),
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
        qint64 entity = s.entity;
        if (!entity) {
            const NameMatcher matcher;
            const QString folded = matcher.fold(s.entityName);
            for (const Entity &e : project.entities()) {
                bool same = matcher.fold(e.name) == folded;
                for (const QString &a : e.aliases)
                    same = same || matcher.fold(a) == folded;
                if (same) {
                    entity = e.id;
                    break;
                }
            }
        }
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

} // namespace Crosscheck::Core::Annotation
