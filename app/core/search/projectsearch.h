// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"
#include "model/annotation.h"
#include "model/source.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Crosscheck::Core {

class Project;
namespace Storage {
class SearchIndex;
}

namespace Search {

/// Which hits a search keeps, beside what the query asks.
struct SearchFilters
{
    enum class Scope {
        Everywhere,
        SharedOnly, ///< inside passages another source shares
        UniqueOnly  ///< in text found in no other source
    };
    SourceIds sources;     ///< empty: every source
    QString outlet;        ///< part of the outlet's name, any case; empty: every outlet
    QString from, to;      ///< published on or after / on or before (ISO dates); empty: open
    QString language;      ///< BCP 47 tag ("en"); empty: every language
    qint64 entityType = 0; ///< only hits on entities of this type (or a type under it)
    Scope scope = Scope::Everywhere;
};

struct SearchRequest
{
    QString text;       ///< the query, or the pattern in regular-expression mode
    bool regex = false; ///< a QRegularExpression, not the query language
    /// Case and accents as typed (and no other spellings); by default neither counts.
    bool matchCase = false;
    qint64 entity = 0; ///< the hits of this registry entity (its mentions and its names)
    SearchFilters filters;
};

/// One place a search found.
struct SearchHit
{
    SourceId source = 0;
    Analysis::Span span; ///< UTF-16 offsets
    /// The registry entity it is a mention of (tagged), or an untagged occurrence of whose name
    /// or alias the query named; 0 for neither.
    qint64 entity = 0;
    bool tagged = false;
};

struct SourceHits
{
    SourceId source = 0;
    std::vector<SearchHit> hits; ///< in text order
    QString text;                ///< the source's text as searched: the hits' contexts come from it
};

class ProjectSearch;
struct EntityNames;

/// A hit in its context: a line of text either side, as result lists show it.
struct HitContext
{
    QString before;
    QString hit;
    QString after;
    QString joined() const { return before + hit + after; }
};
/// The context of \a span in \a text: the text of its paragraph, at most \a reach characters
/// either side (cut at a word), with line breaks as spaces.
HitContext contextOf(const QString &text, Analysis::Span span, int reach = 80);

/// A search under way: the sources are searched a batch at a time, so that the first hits show
/// at once and a long search never holds the window.
class SearchRun final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Search::SearchRun)
public:
    ~SearchRun();
    /// Empty when the query is good; else translated, naming the problem (nothing is searched).
    QString error() const { return m_error; }
    int errorAt() const { return m_errorAt; }
    /// Spellings searched beyond those typed: an entity's names and aliases, spelling variants
    /// the texts hold ("Zelenskyy", "Zelenskiy" for Zelensky).
    QStringList expansions() const { return m_expansions; }
    /// Sources that may hold hits (the index's candidates, before they are checked).
    int candidateCount() const { return int(m_candidates.size()); }
    bool atEnd() const { return m_next >= m_candidates.size(); }
    /// Checks the next candidates until \a sources of them had hits (or none are left).
    std::vector<SourceHits> next(int sources);
    /// Every hit left.
    std::vector<SourceHits> all();

private:
    friend class ProjectSearch;
    SearchRun();
    struct Matcher;
    QPointer<const Project> m_project;
    Storage::SearchIndex *m_index = nullptr;
    std::unique_ptr<Matcher> m_matcher;
    std::vector<SourceId> m_candidates;
    size_t m_next = 0;
    QString m_error;
    int m_errorAt = -1;
    QStringList m_expansions;
};

/// The project's search: keeps the search index in step with the sources (incremental on
/// import, removal and undo; rebuilt when missing or stale) and runs searches over it.
class ProjectSearch final : public QObject
{
    Q_OBJECT
public:
    /// \a indexPath: where the index is kept; empty: the cache file of the project's file (an
    /// in-memory index for an in-memory project, or when the cache cannot be written).
    explicit ProjectSearch(Project *project, const QString &indexPath = {},
                           QObject *parent = nullptr);
    ~ProjectSearch() override;

    /// Brings the index up to date: indexes new sources, drops removed ones. \a progress is
    /// called with the sources done and to do; when it returns false indexing stops (what was
    /// indexed is kept) and false is returned.
    bool ensureIndexed(QString *error = nullptr,
                       const std::function<bool(int, int)> &progress = {});
    /// Sources the index holds.
    int indexedCount() const;
    bool isCurrent() const;
    Storage::SearchIndex *index() const { return m_index.get(); }

    /// Starts \a request (bringing the index up to date first); see SearchRun.
    std::unique_ptr<SearchRun> start(const SearchRequest &request);
    /// The registry entity named \a name (its name, an alias or a spelling of either), or 0.
    qint64 entityNamed(const QString &name);
    /// The mentions that tagging \a hits as \a entity adds (for Project::importAnnotations, as
    /// one undo step): hits already tagged as it are left out. With \a entity 0 a new entity
    /// named \a newName of type \a newType is added with them.
    static AnnotationDelta mentionsFor(const Project &project, const std::vector<SearchHit> &hits,
                                       qint64 entity, const QString &newName = {},
                                       qint64 newType = 0);

private:
    void startPattern(const SearchRequest &request, SearchRun &run);
    void startQuery(const SearchRequest &request, SearchRun &run);
    std::vector<SourceId> allSources() const;
    /// Keeps the candidates the source filters accept, in the order of the source list.
    void keepAccepted(SearchRun &run) const;

    Project *m_project;
    std::unique_ptr<Storage::SearchIndex> m_index;
    std::unique_ptr<EntityNames> m_names; ///< built when first needed
};

} // namespace Search
} // namespace Crosscheck::Core
