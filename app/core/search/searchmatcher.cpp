// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SearchRun::Matcher: a query resolved against the index and the registry, and checked on the
// words of each candidate source.
#include "project/project.h"
#include "searchmatcher_p.h"

#include <algorithm>

namespace Crosscheck::Core::Search {

namespace {

/// At most this many FTS5 NEAR groups are spelled out for a NEAR over alternatives; beyond,
/// the index is asked for the words ANDed and the words' distances are checked here.
constexpr int kMaxNearExpansion = 16;

QString quoted(const Alternative &a)
{
    return u'"' + a.terms.join(u' ') + u'"' + (a.prefix ? QStringLiteral("*") : QString());
}

} // namespace

struct SearchRun::Matcher::Doc
{
    const std::vector<Storage::SearchToken> &tokens;
    SourceId source;
    const Project &project;
    const QString &text;
    QStringView word(size_t i) const
    {
        return QStringView(text).mid(tokens[i].start, tokens[i].end - tokens[i].start);
    }
    /// The index of the first token that ends after \a pos.
    int tokenAt(int pos) const
    {
        const auto it =
            std::upper_bound(tokens.begin(), tokens.end(), pos,
                             [](int p, const Storage::SearchToken &t) { return p < t.end; });
        return int(it - tokens.begin());
    }
};

EntityNames EntityNames::of(const Project &project, const Storage::SearchIndex &index)
{
    EntityNames names;
    for (const Entity &e : project.entities()) {
        QStringList all = e.aliases;
        all.prepend(e.name);
        for (const QString &name : std::as_const(all)) {
            const QStringList terms = index.words(name);
            if (terms.isEmpty())
                continue;
            names.byWords.insert(terms.join(u' '), e.id);
            if (terms.size() == 1)
                names.byKey.insert(index.variantKey(terms.first()), e.id);
            addAlternative(&names.spellings[e.id], Alternative{terms, false, {}});
        }
    }
    return names;
}

qint64 EntityNames::find(const QStringList &terms, const Storage::SearchIndex &index) const
{
    if (const qint64 id = byWords.value(terms.join(u' ')))
        return id;
    return terms.size() == 1 ? byKey.value(index.variantKey(terms.first())) : 0;
}

bool SearchRun::Matcher::resolve(const EntityNames &names, Storage::SearchIndex &index,
                                 QStringList *expansions, QString *error, int *errorAt)
{
    const auto spelled = [&](const Alternative &a) { return a.terms.join(u' '); };
    for (const QueryNode *node : query.phrases()) {
        Leaf leaf;
        Alternative typed{index.words(node->text), node->prefix, {}};
        if (matchCase) {
            for (const Storage::SearchToken &t : index.tokenize(node->text))
                typed.exact << node->text.mid(t.start, t.end - t.start);
        }
        if (typed.terms.isEmpty()) {
            *error = SearchRun::tr("“%1” has no letters or digits to search for.")
                         .arg(node->text.isEmpty() ? QStringLiteral("\"\"") : node->text);
            *errorAt = node->offset;
            return false;
        }
        addAlternative(&leaf.alternatives, typed);
        if (matchCase && !entityQuery) { // exactly as typed: no other spellings
            leaves.insert(node, std::move(leaf));
            continue;
        }
        if (entityQuery) // the request names the entity, and no query
            addSpellings(&leaf, entity, names, index);
        else if (!node->quoted && !node->prefix)
            addSpellings(&leaf, names.find(typed.terms, index), names, index);
        for (size_t i = 1; i < leaf.alternatives.size(); ++i) {
            const QString s = spelled(leaf.alternatives[i]);
            if (!expansions->contains(s))
                expansions->append(s);
        }
        leaves.insert(node, std::move(leaf));
    }
    return true;
}

void SearchRun::Matcher::addSpellings(Leaf *leaf, qint64 entity, const EntityNames &names,
                                      Storage::SearchIndex &index)
{
    leaf->entity = entity;
    for (const Alternative &a : names.spellings.value(entity))
        addAlternative(&leaf->alternatives, a);
    // Spelling variants the texts hold, of every one-word spelling.
    const std::vector<Alternative> spellings = leaf->alternatives;
    for (const Alternative &a : spellings) {
        if (a.terms.size() != 1 || a.prefix)
            continue;
        for (const QString &w : index.wordsWithKey(index.variantKey(a.terms.first())))
            addAlternative(&leaf->alternatives, Alternative{{w}, false, {}});
    }
}

QString SearchRun::Matcher::leafExpression(const QueryNode &node) const
{
    QStringList parts;
    for (const Alternative &a : leaves.value(&node).alternatives)
        parts << quoted(a);
    return parts.size() == 1 ? parts.first() : u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

QString SearchRun::Matcher::nodeExpression(const QueryNode &node) const
{
    QStringList parts;
    switch (node.kind) {
    case QueryNode::Kind::Phrase:
        return leafExpression(node);
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or:
        for (const QueryNode &c : node.children)
            parts << nodeExpression(c);
        return u'(' +
               parts.join(node.kind == QueryNode::Kind::And ? QStringLiteral(" AND ")
                                                            : QStringLiteral(" OR ")) +
               u')';
    case QueryNode::Kind::Not:
        return u'(' + nodeExpression(node.children[0]) + QStringLiteral(" NOT ") +
               nodeExpression(node.children[1]) + u')';
    case QueryNode::Kind::Near:
        break;
    }
    // NEAR takes phrases only: one group per combination of alternatives, when few.
    std::vector<QStringList> groups{{}};
    for (const QueryNode &c : node.children) {
        std::vector<QStringList> next;
        for (const Alternative &a : leaves.value(&c).alternatives) {
            for (const QStringList &g : groups)
                next.push_back(g + QStringList{quoted(a)});
        }
        groups = std::move(next);
        if (int(groups.size()) > kMaxNearExpansion) {
            for (const QueryNode &leaf : node.children)
                parts << leafExpression(leaf);
            return u'(' + parts.join(QStringLiteral(" AND ")) + u')';
        }
    }
    for (const QStringList &g : groups)
        parts << QStringLiteral("NEAR(%1, %2)").arg(g.join(u' ')).arg(node.distance);
    return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
}

QString SearchRun::Matcher::ftsExpression() const
{
    return nodeExpression(query.root);
}

QStringList SearchRun::Matcher::requiredLiterals() const
{
    // Conservative: a literal run counts only outside classes and groups, and not before a
    // quantifier that may drop it; any alternation gives up (all sources are then read).
    const QString p = pattern.pattern();
    QStringList out;
    if (p.contains(u'|'))
        return out;
    QString run;
    const auto flush = [&] {
        if (run.size() >= 3)
            out << run;
        run.clear();
    };
    for (int i = 0; i < p.size(); ++i) {
        const QChar c = p.at(i);
        const QChar next = i + 1 < p.size() ? p.at(i + 1) : QChar();
        if (next == u'?' || next == u'*' || next == u'{') {
            flush();
            continue;
        }
        if (c.isLetterOrNumber() || c == u' ') {
            run += c;
            if (next == u'+')
                flush();
        } else if (c == u'\\' && i + 1 < p.size() && !next.isLetterOrNumber()) {
            run += next; // an escaped punctuation mark is itself
            ++i;
        } else {
            flush();
            if (c == u'\\')
                ++i; // \d, \w, \b …: no literal
            if (c == u'[') {
                while (i + 1 < p.size() && p.at(i + 1) != u']')
                    ++i;
            }
        }
    }
    flush();
    return out;
}

bool SearchRun::Matcher::accepts(const Source &source) const
{
    const SearchFilters &f = filters;
    if (!f.sources.isEmpty() && !f.sources.contains(source.id))
        return false;
    if (!f.outlet.isEmpty() && !source.meta.outlet.contains(f.outlet, Qt::CaseInsensitive))
        return false;
    if (!f.language.isEmpty() &&
        !(source.meta.language.compare(f.language, Qt::CaseInsensitive) == 0 ||
          source.meta.language.startsWith(f.language + u'-', Qt::CaseInsensitive)))
        return false;
    const QString date = source.meta.published.left(10);
    if ((!f.from.isEmpty() || !f.to.isEmpty()) && date.isEmpty())
        return false;
    if (!f.from.isEmpty() && date < f.from.left(10))
        return false;
    return f.to.isEmpty() || date <= f.to.left(10);
}

void SearchRun::Matcher::occurrences(const Leaf &leaf, const Doc &doc,
                                     std::vector<Occurrence> *out) const
{
    const auto &tokens = doc.tokens;
    const int n = int(tokens.size());
    for (const Alternative &a : leaf.alternatives) {
        const int len = int(a.terms.size());
        for (int i = 0; i + len <= n; ++i) {
            bool same = true;
            for (int k = 0; k < len && same; ++k) {
                const bool last = a.prefix && k == len - 1;
                if (!a.exact.isEmpty()) {
                    const QStringView w = doc.word(size_t(i + k));
                    same = last ? w.startsWith(a.exact[k]) : w == a.exact[k];
                    continue;
                }
                const QString &t = tokens[size_t(i + k)].term;
                same = last ? t.startsWith(a.terms[k]) : t == a.terms[k];
            }
            if (same)
                out->push_back({i,
                                i + len - 1,
                                {tokens[size_t(i)].start, tokens[size_t(i + len - 1)].end},
                                leaf.entity});
        }
    }
    // The entity's tagged mentions, however they are worded ("the president").
    if (leaf.entity) {
        for (const Mention &m : doc.project.mentionsIn(doc.source)) {
            if (m.entity != leaf.entity)
                continue;
            const int first = doc.tokenAt(m.span.start);
            const int last = std::max(first, doc.tokenAt(m.span.end - 1));
            out->push_back({first, last, m.span, leaf.entity});
        }
    }
}

void SearchRun::Matcher::near(const QueryNode &node, const Doc &doc,
                              std::vector<Occurrence> *out) const
{
    std::vector<std::vector<Occurrence>> each(node.children.size());
    for (size_t c = 0; c < node.children.size(); ++c) {
        occurrences(leaves.value(&node.children[c]), doc, &each[c]);
        if (each[c].empty())
            return;
    }
    const auto gap = [](const Occurrence &a, const Occurrence &b) {
        return a.last < b.first   ? b.first - a.last - 1
               : a.first > b.last ? a.first - b.last - 1
                                  : 0;
    };
    for (const Occurrence &anchor : each[0]) {
        Occurrence clump = anchor;
        bool found = true;
        for (size_t c = 1; c < each.size() && found; ++c) {
            const Occurrence *best = nullptr;
            for (const Occurrence &o : each[c]) {
                if (!best || gap(anchor, o) < gap(anchor, *best))
                    best = &o;
            }
            found = best && gap(clump, *best) <= node.distance;
            if (found) {
                clump.first = std::min(clump.first, best->first);
                clump.last = std::max(clump.last, best->last);
                clump.span = {std::min(clump.span.start, best->span.start),
                              std::max(clump.span.end, best->span.end)};
            }
        }
        if (found)
            out->push_back(clump);
    }
}

bool SearchRun::Matcher::evaluate(const QueryNode &node, const Doc &doc,
                                  std::vector<Occurrence> *out) const
{
    std::vector<Occurrence> found;
    switch (node.kind) {
    case QueryNode::Kind::Phrase:
        occurrences(leaves.value(&node), doc, &found);
        break;
    case QueryNode::Kind::Near:
        near(node, doc, &found);
        break;
    case QueryNode::Kind::And:
        for (const QueryNode &c : node.children) {
            if (!evaluate(c, doc, &found))
                return false;
        }
        break;
    case QueryNode::Kind::Or:
        for (const QueryNode &c : node.children)
            evaluate(c, doc, &found);
        break;
    case QueryNode::Kind::Not: {
        std::vector<Occurrence> excluded;
        if (!evaluate(node.children[0], doc, &found) || evaluate(node.children[1], doc, &excluded))
            return false;
        break;
    }
    }
    if (found.empty())
        return false;
    out->insert(out->end(), found.begin(), found.end());
    return true;
}

std::vector<SearchHit> SearchRun::Matcher::hitsIn(const Project &project, SourceId source,
                                                  const QString &text,
                                                  const Storage::SearchIndex &index) const
{
    std::vector<Occurrence> found;
    if (regex) {
        constexpr int kMaxHits = 10000;
        QRegularExpressionMatchIterator it = pattern.globalMatch(text);
        while (it.hasNext() && int(found.size()) < kMaxHits) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                found.push_back({0, 0, {int(m.capturedStart()), int(m.capturedEnd())}, 0});
        }
    } else {
        const std::vector<Storage::SearchToken> tokens = index.tokenize(text);
        const Doc doc{tokens, source, project, text};
        evaluate(query.root, doc, &found);
    }
    return finish(project, source, std::move(found));
}

std::vector<SearchHit> SearchRun::Matcher::finish(const Project &project, SourceId source,
                                                  std::vector<Occurrence> found) const
{
    std::sort(found.begin(), found.end(), [](const Occurrence &a, const Occurrence &b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end > b.span.end;
    });
    std::vector<SearchHit> hits;
    for (const Occurrence &o : found) {
        // One hit per place: one inside the previous one adds nothing.
        if (!hits.empty() && o.span.end <= hits.back().span.end)
            continue;
        SearchHit hit{source, o.span, o.entity, false};
        for (const qint64 id : project.mentionsOverlapping(source, o.span)) {
            const Mention *m = project.mention(id);
            if (m && m->span.overlaps(o.span) && (!o.entity || m->entity == o.entity)) {
                hit.entity = m->entity;
                hit.tagged = true;
                break;
            }
        }
        if (passesFilters(project, hit))
            hits.push_back(hit);
    }
    return hits;
}

bool SearchRun::Matcher::passesFilters(const Project &project, const SearchHit &hit) const
{
    if (entity && hit.entity != entity)
        return false;
    if (!types.isEmpty()) {
        const Entity *e = project.entity(hit.entity);
        if (!e || !types.contains(e->type))
            return false;
    }
    if (filters.scope == SearchFilters::Scope::Everywhere)
        return true;
    if (!m_sharedBuilt) {
        for (const Analysis::PassagePair &p : project.passages()) {
            m_shared[p.a].push_back(p.spanA);
            m_shared[p.b].push_back(p.spanB);
        }
        m_sharedBuilt = true;
    }
    const auto spans = m_shared.constFind(hit.source);
    const bool shared = spans != m_shared.constEnd() &&
                        std::any_of(spans->begin(), spans->end(),
                                    [&](const Analysis::Span &s) { return s.overlaps(hit.span); });
    return shared == (filters.scope == SearchFilters::Scope::SharedOnly);
}

} // namespace Crosscheck::Core::Search
