// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Core::Annotation {

class NameMatcher;

/// A span that looks like an entity mention, offered for review (never applied unasked).
struct EntitySuggestion
{
    SourceId source = 0;
    Span span;
    QString text;       ///< the span's text
    QString typeName;   ///< Person, Organization, Location, Event, Date/Time, Quantity, Other
    QString entityName; ///< the proposed canonical name
    qint64 entity = 0;  ///< an existing registry entity it names, or 0 for a new one
    double confidence = 0;
    QString reason;
    QString key() const; ///< stable identity for decisions: "entity:<source>:<start>:<end>"
};

/// Names that look like spellings of one entity.
struct MergeProposal
{
    std::vector<qint64> entities; ///< registry entities (empty when only suggested names)
    QStringList names;
    QString reason;
    double confidence = 0;
    QString key() const; ///< "merge:" + the sorted folded names
};

/// Two claims of different sources that may contradict (or corroborate) each other: a
/// difference inside an aligned passage pair, or two sentences about the same thing.
struct ContradictionCandidate
{
    Link::Relation relation = Link::Relation::Contradicts;
    SourceId sourceA = 0;
    Span spanA;
    QString textA;
    SourceId sourceB = 0;
    Span spanB;
    QString textB;
    /// number, datetime, place, attribution, quote, polarity, certainty, role, framing, other
    QString type;
    QString reason;     ///< one line naming both values, in the UI language
    QString reasonCode; ///< what the reason says, untranslated ("number", "certainty", …)
    double confidence = 0;
    /// Further source pairs where the same disagreement was found (one item, not one each).
    std::vector<std::pair<SourceId, SourceId>> alsoIn;
    /// Every source the disagreement was found in, once each, with its sentence and the
    /// words that disagree (or agree): the rows of the Claims view.
    struct Side
    {
        SourceId source = 0;
        Span span;
        QString text;
        QString value;
    };
    std::vector<Side> sides;
    /// "contradiction:<a>:<start>:<end>:<b>:<start>:<end>" ("corroboration:…" for those)
    QString key() const;
    /// The link recording this candidate as it stands (no id, author or times yet).
    Link toLink() const;
};

/// Finds suggestions in a project: entity candidates (the registry's names, aliases and tagged
/// spellings everywhere; the statistical name tagger of the source's language, adapted to the
/// project's own decisions, with calibrated confidences; day and month names by rule; in
/// languages without a tagger, capitalised sequences typed by titles, a gazetteer and
/// organisation endings), merge proposals
/// for spelling variants (transliteration-aware), and contradiction candidates in aligned
/// passages (numbers, dates and times) and between the claims of every sentence (see
/// Claims::ClaimComparer), strongest first, then corroborations. Decided suggestions and
/// spans already tagged are left out.
class Suggester final
{
public:
    explicit Suggester(const Project &project);
    ~Suggester();

    std::vector<EntitySuggestion> entities(SourceId source) const;
    /// The type the suggestions give the span an analyst selected in \a source (the one
    /// that overlaps it most), empty when none does: what the tag popup proposes.
    QString typeFor(SourceId source, Span span) const;
    /// Every source; \a progress (done, total) may return false to stop.
    std::vector<EntitySuggestion>
    entities(const std::function<bool(int, int)> &progress = {}) const;
    std::vector<MergeProposal> merges(const std::vector<EntitySuggestion> &suggested = {}) const;
    std::vector<ContradictionCandidate>
    contradictions(const std::function<bool(int, int)> &progress = {}) const;

    /// Whole-word, case-insensitive occurrences of any of \a names in \a text (longest first
    /// where they overlap).
    static std::vector<Span> occurrences(const QString &text, const QStringList &names);
    /// Whether \a name is a country or city of the gazetteer.
    static bool isPlace(const QString &name);

private:
    bool decidedKey(const QString &key) const;
    /// \a byTagger: the tagger's names in \a text when they are known (taggedNames()).
    std::vector<EntitySuggestion>
    entitiesIn(SourceId source, const QString &text,
               const std::vector<EntitySuggestion> *byTagger = nullptr) const;
    /// Differences inside aligned passages (word diffs): numbers, dates, quantities.
    std::vector<ContradictionCandidate>
    passageDifferences(const std::function<bool(int, int)> &progress) const;
    /// Disagreements and agreements between the claims of all sentences, one per group.
    std::vector<ContradictionCandidate>
    claimDisagreements(const std::function<bool(int, int)> &progress) const;
    /// The registry's names, aliases and tagged spellings where they occur in \a text.
    std::vector<EntitySuggestion> knownNames(const QString &text) const;
    /// The statistical name tagger's names in \a text (none for a language without a model),
    /// adapted to the project's decisions, titles left out, rejected names skipped.
    std::vector<EntitySuggestion> taggedNames(const QString &text, const QString &language) const;
    /// What the project's decisions teach the name tagger (built on first use).
    struct Learnt;
    const Learnt &learnt() const;
    const Project &m_project;
    mutable std::unique_ptr<Learnt> m_learnt;
    std::unique_ptr<NameMatcher> m_matcher;
};

} // namespace Crosscheck::Core::Annotation
