// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsearch.h"

#include "project/project.h"
#include "searchmatcher_p.h"
#include "storage/searchindex.h"

#include <QFileInfo>

#include <algorithm>

namespace Crosscheck::Core::Search {

HitContext contextOf(const QString &text, Analysis::Span span, int reach)
{
    const int start = std::clamp(span.start, 0, int(text.size()));
    const int end = std::clamp(span.end, start, int(text.size()));
    int from = start;
    while (from > 0 && start - from < reach && text.at(from - 1) != u'\n')
        --from;
    if (from > 0 && text.at(from - 1) != u'\n') { // cut at a word
        while (from < start && !text.at(from).isSpace())
            ++from;
    }
    int to = end;
    while (to < text.size() && to - end < reach && text.at(to) != u'\n')
        ++to;
    if (to < text.size() && text.at(to) != u'\n') {
        while (to > end && !text.at(to - 1).isSpace())
            --to;
    }
    const auto flat = [&](int a, int b) { return text.mid(a, b - a).replace(u'\n', u' '); };
    QString before = flat(from, start);
    while (!before.isEmpty() && before.front().isSpace())
        before.remove(0, 1);
    QString after = flat(end, to);
    while (!after.isEmpty() && after.back().isSpace())
        after.chop(1);
    return {before, flat(start, end), after};
}

SearchRun::SearchRun()
    : m_matcher(std::make_unique<Matcher>())
{}

SearchRun::~SearchRun() = default;

std::vector<SourceHits> SearchRun::next(int sources)
{
    std::vector<SourceHits> out;
    if (!m_project || !m_index || !m_error.isEmpty()) {
        m_next = m_candidates.size();
        return out;
    }
    while (m_next < m_candidates.size() && int(out.size()) < sources) {
        const SourceId id = m_candidates[m_next++];
        if (m_project->rowOf(id) < 0)
            continue;
        QString text = m_project->sourceText(id);
        std::vector<SearchHit> hits = m_matcher->hitsIn(*m_project, id, text, *m_index);
        if (!hits.empty())
            out.push_back({id, std::move(hits), std::move(text)});
    }
    return out;
}

std::vector<SourceHits> SearchRun::all()
{
    std::vector<SourceHits> out;
    while (!atEnd()) {
        std::vector<SourceHits> batch = next(64);
        std::move(batch.begin(), batch.end(), std::back_inserter(out));
    }
    return out;
}

ProjectSearch::ProjectSearch(Project *project, const QString &indexPath, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    QString path = indexPath;
    if (path.isEmpty())
        path = project->filePath().isEmpty() ? QStringLiteral(":memory:")
                                             : Storage::SearchIndex::pathFor(project->filePath());
    QString error;
    m_index = Storage::SearchIndex::open(path, &error);
    if (!m_index && path != QStringLiteral(":memory:")) {
        // The cache cannot be written (a read-only home, a full disk): searched in memory.
        qWarning("Crosscheck: search index at %s unavailable (%s); kept in memory",
                 qPrintable(path), qPrintable(error));
        m_index = Storage::SearchIndex::open(QStringLiteral(":memory:"), &error);
    }
    connect(project, &Project::annotationsChanged, this, [this](const AnnotationChange &change) {
        if (change.has(AnnotationChange::Entities))
            m_names.reset();
    });
}

ProjectSearch::~ProjectSearch() = default;

int ProjectSearch::indexedCount() const
{
    return m_index ? int(m_index->indexed().size()) : 0;
}

bool ProjectSearch::isCurrent() const
{
    if (!m_index || int(m_index->indexed().size()) != m_project->sourceCount())
        return false;
    for (const Source &s : m_project->sources()) {
        if (m_index->indexed().value(s.id) != s.contentHash)
            return false;
    }
    return true;
}

bool ProjectSearch::ensureIndexed(QString *error, const std::function<bool(int, int)> &progress)
{
    if (!m_index) {
        if (error)
            *error = tr("The search index could not be opened.");
        return false;
    }
    QSet<SourceId> wanted;
    std::vector<const Source *> toAdd;
    for (const Source &s : m_project->sources()) {
        wanted.insert(s.id);
        if (m_index->indexed().value(s.id) != s.contentHash)
            toAdd.push_back(&s);
    }
    SourceIds toRemove;
    for (auto it = m_index->indexed().cbegin(); it != m_index->indexed().cend(); ++it) {
        if (!wanted.contains(it.key()))
            toRemove << it.key();
    }
    // One transaction per batch: an interrupted build keeps what it did.
    constexpr int kBatch = 200;
    const int total = int(toAdd.size() + toRemove.size());
    int done = 0;
    const auto step = [&](const std::function<bool(QString *)> &work) {
        if (done % kBatch == 0 && !m_index->beginBatch(error))
            return false;
        if (!work(error)) {
            m_index->rollbackBatch();
            return false;
        }
        ++done;
        if ((done % kBatch == 0 || done == total) && !m_index->commitBatch(error))
            return false;
        if (progress && (done % 50 == 0 || done == total) && !progress(done, total)) {
            if (done % kBatch != 0 && done != total)
                m_index->commitBatch(nullptr); // keep what was indexed
            if (error)
                *error = tr("Indexing was stopped; the sources indexed so far are kept.");
            return false;
        }
        return true;
    };
    for (const SourceId id : std::as_const(toRemove)) {
        if (!step([&](QString *e) { return m_index->remove(id, e); }))
            return false;
    }
    for (const Source *s : toAdd) {
        if (!step([&](QString *e) {
                return m_index->add(s->id, s->contentHash, m_project->sourceText(s->id), e);
            }))
            return false;
    }
    return true;
}

qint64 ProjectSearch::entityNamed(const QString &name)
{
    if (!m_index)
        return 0;
    if (!m_names)
        m_names = std::make_unique<EntityNames>(EntityNames::of(*m_project, *m_index));
    const QStringList terms = m_index->words(name);
    return terms.isEmpty() ? 0 : m_names->find(terms, *m_index);
}

std::unique_ptr<SearchRun> ProjectSearch::start(const SearchRequest &request)
{
    std::unique_ptr<SearchRun> run(new SearchRun);
    run->m_project = m_project;
    run->m_index = m_index.get();
    SearchRun::Matcher &m = *run->m_matcher;
    m.filters = request.filters;
    m.entity = request.entity;
    m.matchCase = request.matchCase;
    if (request.filters.entityType) {
        m.types.insert(request.filters.entityType);
        for (bool grew = true; grew;) { // the types under it, at any depth
            grew = false;
            for (const EntityType &t : m_project->entityTypes()) {
                if (m.types.contains(t.parent) && !m.types.contains(t.id)) {
                    m.types.insert(t.id);
                    grew = true;
                }
            }
        }
    }
    QString error;
    if (!ensureIndexed(&error)) {
        run->m_error = error;
        return run;
    }
    if (request.regex)
        startPattern(request, *run);
    else
        startQuery(request, *run);
    return run;
}

void ProjectSearch::startPattern(const SearchRequest &request, SearchRun &run)
{
    SearchRun::Matcher &m = *run.m_matcher;
    m.regex = true;
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!request.matchCase)
        options |= QRegularExpression::CaseInsensitiveOption;
    m.pattern = QRegularExpression(request.text, options);
    if (request.text.isEmpty() || !m.pattern.isValid()) {
        run.m_error = request.text.isEmpty()
                          ? SearchRun::tr("The pattern is empty.")
                          : SearchRun::tr("The pattern is not a valid regular expression: %1 "
                                          "(at character %2).")
                                .arg(m.pattern.errorString())
                                .arg(m.pattern.patternErrorOffset() + 1);
        run.m_errorAt = int(m.pattern.patternErrorOffset());
        return;
    }
    m.pattern.optimize();
    const QStringList literals = m.requiredLiterals();
    QString error;
    if (literals.isEmpty() || !m_index->containing(literals, &run.m_candidates, &error))
        run.m_candidates = allSources();
    keepAccepted(run);
}

void ProjectSearch::startQuery(const SearchRequest &request, SearchRun &run)
{
    SearchRun::Matcher &m = *run.m_matcher;
    QString text = request.text;
    const Entity *entity = m_project->entity(request.entity);
    if (text.trimmed().isEmpty() && entity) // the entity's hits: its name stands for the query
        text = u'"' + QString(entity->name).replace(u'"', QStringLiteral("\"\"")) + u'"';
    m.entityQuery = text != request.text;
    m.query = Query::parse(text);
    if (!m.query.isValid()) {
        run.m_error = m.query.error;
        run.m_errorAt = m.query.errorAt;
        return;
    }
    if (!m_names)
        m_names = std::make_unique<EntityNames>(EntityNames::of(*m_project, *m_index));
    if (!m.resolve(*m_names, *m_index, &run.m_expansions, &run.m_error, &run.m_errorAt))
        return;
    QString error;
    if (!m_index->match(m.ftsExpression(), &run.m_candidates, &error)) {
        run.m_error = SearchRun::tr("The index refused the query: %1").arg(error);
        return;
    }
    // Sources where a named entity is tagged, however its mentions are worded.
    QSet<SourceId> extra(run.m_candidates.begin(), run.m_candidates.end());
    for (const Leaf &leaf : std::as_const(m.leaves)) {
        if (!leaf.entity)
            continue;
        for (const Mention &mention : m_project->mentionsOf(leaf.entity)) {
            if (!extra.contains(mention.source)) {
                extra.insert(mention.source);
                run.m_candidates.push_back(mention.source);
            }
        }
    }
    keepAccepted(run);
}

AnnotationDelta ProjectSearch::mentionsFor(const Project &project,
                                           const std::vector<SearchHit> &hits, qint64 entity,
                                           const QString &newName, qint64 newType)
{
    AnnotationDelta delta;
    qint64 target = entity;
    if (!entity) {
        Entity e;
        e.id = -1; // a new row: Project gives it its id
        e.name = newName.simplified();
        e.type = newType;
        e.created = e.modified = Project::timestamp();
        delta.entities.push_back(e);
        target = -1;
    }
    QSet<QPair<SourceId, int>> seen;
    for (const SearchHit &hit : hits) {
        const QPair<SourceId, int> key{hit.source, hit.span.start};
        if (!hit.span.isValid() || seen.contains(key))
            continue;
        seen.insert(key);
        const std::vector<Mention> present =
            entity ? project.mentionsIn(hit.source) : std::vector<Mention>();
        const bool already = std::any_of(present.begin(), present.end(), [&](const Mention &m) {
            return m.entity == entity && m.span == hit.span;
        });
        if (already)
            continue;
        Mention m;
        m.id = -2 - qint64(delta.mentions.size());
        m.source = hit.source;
        m.span = hit.span;
        m.entity = target;
        m.author = project.author();
        m.created = Project::timestamp();
        m.origin = QStringLiteral("batch");
        delta.mentions.push_back(m);
    }
    return delta;
}

std::vector<SourceId> ProjectSearch::allSources() const
{
    std::vector<SourceId> out;
    for (const Source &s : m_project->sources())
        out.push_back(s.id);
    return out;
}

void ProjectSearch::keepAccepted(SearchRun &run) const
{
    // In the order of the source list, through the source filters.
    std::vector<std::pair<int, SourceId>> rows;
    for (const SourceId id : run.m_candidates) {
        const int row = m_project->rowOf(id);
        if (row >= 0 && run.m_matcher->accepts(m_project->sourceAt(row)))
            rows.emplace_back(row, id);
    }
    std::sort(rows.begin(), rows.end());
    run.m_candidates.clear();
    for (const auto &r : rows)
        run.m_candidates.push_back(r.second);
}

} // namespace Crosscheck::Core::Search
