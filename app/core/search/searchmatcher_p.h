// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a SearchRun checks each source with: the query resolved against the index (folded words,
// entities, spelling variants) or the pattern, and the filters.

#include "model/annotation.h"
#include "projectsearch.h"
#include "storage/searchindex.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Crosscheck::Core::Search {

/// One way to write a phrase: its folded words, the last one a prefix or not.
struct Alternative
{
    QStringList terms;
    bool prefix = false;
    /// With SearchRequest::matchCase: the words as typed (case and accents kept).
    QStringList exact;
    bool operator==(const Alternative &) const = default;
};

inline void addAlternative(std::vector<Alternative> *alts, Alternative a)
{
    if (!a.terms.isEmpty() && std::find(alts->begin(), alts->end(), a) == alts->end())
        alts->push_back(std::move(a));
}

/// A phrase of the query as searched: every way of writing it, and the entity it names.
struct Leaf
{
    std::vector<Alternative> alternatives;
    qint64 entity = 0;
};

/// Where a phrase (or a NEAR group) occurs: its first and last word and its span.
struct Occurrence
{
    int first = 0;
    int last = 0;
    Analysis::Span span;
    qint64 entity = 0; ///< the entity of the phrase it matched (0: none)
};

/// The registry's names as the index folds them, to find the entity a phrase names.
struct EntityNames
{
    QHash<QString, qint64> byWords; ///< folded words of a name or alias, space-separated
    QHash<QString, qint64> byKey;   ///< the variant key of a one-word name or alias
    QHash<qint64, std::vector<Alternative>> spellings; ///< an entity's names and aliases
    static EntityNames of(const Project &project, const Storage::SearchIndex &index);
    /// The entity \a terms name, or 0.
    qint64 find(const QStringList &terms, const Storage::SearchIndex &index) const;
};

struct SearchRun::Matcher
{
    bool regex = false;
    QRegularExpression pattern;
    Query query;
    QHash<const QueryNode *, Leaf> leaves;
    SearchFilters filters;
    QSet<qint64> types;       ///< filters.entityType and the types under it
    qint64 entity = 0;        ///< SearchRequest::entity
    bool entityQuery = false; ///< the query is the entity's name: the request had none
    bool matchCase = false;   ///< SearchRequest::matchCase

    /// Resolves every phrase of the query; false with \a error (translated) when one has no
    /// words to search for.
    bool resolve(const EntityNames &names, Storage::SearchIndex &index, QStringList *expansions,
                 QString *error, int *errorAt);
    /// The FTS5 expression that finds (a superset of) the sources the query matches.
    QString ftsExpression() const;
    /// Literals every match of the pattern holds (3 characters or more), for the trigram index.
    QStringList requiredLiterals() const;
    /// True when \a source passes the source filters.
    bool accepts(const Source &source) const;
    /// The hits in \a text of \a source.
    std::vector<SearchHit> hitsIn(const Project &project, SourceId source, const QString &text,
                                  const Storage::SearchIndex &index) const;

private:
    struct Doc;
    /// Makes \a leaf find \a entity: its names and aliases, and their spelling variants.
    void addSpellings(Leaf *leaf, qint64 entity, const EntityNames &names,
                      Storage::SearchIndex &index);
    bool evaluate(const QueryNode &node, const Doc &doc, std::vector<Occurrence> *out) const;
    void occurrences(const Leaf &leaf, const Doc &doc, std::vector<Occurrence> *out) const;
    void near(const QueryNode &node, const Doc &doc, std::vector<Occurrence> *out) const;
    QString leafExpression(const QueryNode &node) const;
    QString nodeExpression(const QueryNode &node) const;
    /// Marks, filters and orders the hits of one source.
    std::vector<SearchHit> finish(const Project &project, SourceId source,
                                  std::vector<Occurrence> found) const;
    bool passesFilters(const Project &project, const SearchHit &hit) const;
    /// The spans of \a source inside passages another source shares.
    mutable QHash<SourceId, std::vector<Analysis::Span>> m_shared;
    mutable bool m_sharedBuilt = false;
};

} // namespace Crosscheck::Core::Search
