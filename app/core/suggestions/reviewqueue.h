// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggestions.h"

#include <vector>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Core::Annotation {

/// One thing awaiting the analyst's decision.
struct ReviewItem
{
    enum class Kind { Contradiction, Merge, Entity, Passage };
    Kind kind = Kind::Passage;
    ContradictionCandidate contradiction;
    MergeProposal merge;
    EntitySuggestion entity;
    int passage = -1; ///< index into Project::passages()
    double confidence = 0;
    /// Entity items that suggest one name as one type share it (the name folded for case,
    /// accents and transliteration); every other item has a group of its own.
    QString group;
    /// The item's identity across rebuilds of the queue (its suggestion's key).
    QString key() const;
};

/// What the analyst changed on an item before accepting it (Edit Item, Retype).
struct ReviewEdit
{
    qint64 entity = 0; ///< entity items: tag as this registry entity, else as a new one
    QString name;      ///< the new entity's name (the suggested one when empty)
    qint64 type = 0;   ///< the new entity's type
    Link link;         ///< contradiction items: the link to record instead of the candidate
};

/// Suggestions to apply in one batch (crosscheck-cli suggest --apply-above).
struct SuggestionBatch
{
    std::vector<EntitySuggestion> entities;
    std::vector<MergeProposal> merges;
    std::vector<ContradictionCandidate> contradictions;
};

/// How many suggestions of each kind a batch applied.
struct BatchOutcome
{
    int mentions = 0;
    int links = 0;
    int merges = 0;
};

/// The review queue: contradiction candidates, merge proposals, entity suggestions and passage
/// pairs without a verdict, in that order (each by confidence; the occurrences of one suggested
/// name follow each other, from where its most confident one ranks). Accepting or rejecting an item
/// is one undo step that also records the decision, so the item does not come back.
class ReviewQueue final
{
public:
    static std::vector<ReviewItem> build(const Project &project);

    /// Accepts \a item: records the contradiction as a link, merges the entities, tags the
    /// mention, or confirms the passage pair.
    static bool accept(Project &project, const ReviewItem &item, QString *error = nullptr);
    static bool reject(Project &project, const ReviewItem &item, QString *error = nullptr);
    /// Accepts \a item as the analyst edited it (entity and contradiction items): the tag or
    /// link and the decision are one undo step, so the item does not come back.
    static bool acceptEdited(Project &project, const ReviewItem &item, const ReviewEdit &edit,
                             QString *error = nullptr);
    /// The note target of \a item (its text left empty): the suggested span, the passage's
    /// first side or the first entity of a merge.
    static Note noteTarget(const Project &project, const ReviewItem &item);
    /// Applies every suggestion of \a batch with a confidence of at least \a threshold, with
    /// its decision, as one undo step and one transaction (all or nothing). Mentions and
    /// links carry the author "<author> (batch)"; contradictions need both spans.
    static bool acceptAbove(Project &project, const SuggestionBatch &batch, double threshold,
                            BatchOutcome *outcome = nullptr, QString *error = nullptr);
    /// The entity items of \a items that suggest the same name as \a item (the same words,
    /// case, accents and transliteration aside, as the same type): one name, every occurrence.
    static std::vector<ReviewItem> sameName(const std::vector<ReviewItem> &items,
                                            const ReviewItem &item);
    /// The entity items of \a items suggested as the same type as \a item ("every Location").
    static std::vector<ReviewItem> sameType(const std::vector<ReviewItem> &items,
                                            const ReviewItem &item);
    /// Accepts (tags) or rejects every one of the entity items \a items, as one undo step.
    static bool acceptAll(Project &project, const std::vector<ReviewItem> &items,
                          QString *error = nullptr);
    static bool rejectAll(Project &project, const std::vector<ReviewItem> &items,
                          QString *error = nullptr);
    /// The registry entity named \a name, or aliased so, ignoring case, accents and
    /// transliteration (NameMatcher::fold); 0 when none.
    static qint64 entityNamed(const Project &project, const QString &name);
    /// The registry type for a suggested type name (Other when there is none of that name).
    static qint64 typeId(const Project &project, const QString &typeName);
};

} // namespace Crosscheck::Core::Annotation
