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
};

/// The review queue: contradiction candidates, merge proposals, entity suggestions and passage
/// pairs without a verdict, in that order (each by confidence). Accepting or rejecting an item
/// is one undo step that also records the decision, so the item does not come back.
class ReviewQueue final
{
public:
    static std::vector<ReviewItem> build(const Project &project);

    /// Accepts \a item: records the contradiction as a link, merges the entities, tags the
    /// mention, or confirms the passage pair.
    static bool accept(Project &project, const ReviewItem &item, QString *error = nullptr);
    static bool reject(Project &project, const ReviewItem &item, QString *error = nullptr);
    /// The registry type for a suggested type name (Other when there is none of that name).
    static qint64 typeId(const Project &project, const QString &typeName);
};

} // namespace Crosscheck::Core::Annotation
