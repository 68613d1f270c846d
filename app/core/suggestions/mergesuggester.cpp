// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"
#include "namematcher.h"
#include "suggestions.h"
#include "suggestiontext.h"

#include "analysis/worddiff.h"
#include "project/project.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>

namespace Crosscheck::Core::Annotation {

using namespace Detail;
using namespace Lexicon;

namespace {
/// A name that may be merged: a registry entity's, or a suggested one (entity 0).
struct Name
{
    QString name;
    qint64 entity;
    QString type;
};

/// Candidate names: every registry entity, and suggested names that are not in it.
std::vector<Name> candidateNames(const Project &project,
                                 const std::vector<EntitySuggestion> &suggested)
{
    std::vector<Name> names;
    QSet<QString> seen;
    for (const Entity &e : project.entities()) {
        const EntityType *t = project.entityType(e.type);
        names.push_back({e.name, e.id, t ? t->name : QString()});
        seen.insert(e.name.toCaseFolded());
        for (const QString &a : e.aliases)
            seen.insert(a.toCaseFolded());
    }
    // Suggested names once per spelling: "Sandvær" and "Sandvaer" fold alike, yet an analyst
    // wants to hear that both spellings occur.
    QSet<QString> spellings;
    for (const EntitySuggestion &s : suggested) {
        if (s.entity)
            continue;
        const QString spelling = s.entityName.toCaseFolded();
        if (spellings.contains(spelling) || seen.contains(spelling))
            continue;
        spellings.insert(spelling);
        names.push_back({s.entityName, 0, s.typeName});
    }
    return names;
}

/// The names that are spellings of one another, grouped (by union-find over buckets).
std::map<size_t, std::vector<size_t>> spellingGroups(const std::vector<Name> &names,
                                                     const NameMatcher &matcher)
{
    std::vector<size_t> parent(names.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](size_t x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    // Every pair sameName() accepts shares its skeleton's consonants: bucket by them and compare
    // within a bucket only (never all pairs; each name is transliterated once).
    struct Key
    {
        QString fold, skeleton;
    };
    std::vector<Key> keys(names.size());
    QHash<QString, std::vector<size_t>> buckets;
    for (size_t i = 0; i < names.size(); ++i) {
        keys[i] = {matcher.fold(names[i].name), matcher.skeleton(names[i].name)};
        QString consonants;
        for (const QChar c : std::as_const(keys[i].skeleton)) {
            if (!QStringLiteral("aeiou ").contains(c))
                consonants += c;
        }
        if (keys[i].skeleton.size() >= 3)
            buckets[consonants].push_back(i);
    }
    for (const std::vector<size_t> &group : std::as_const(buckets)) {
        for (size_t x = 0; x < group.size(); ++x) {
            for (size_t y = x + 1; y < group.size(); ++y) {
                const Name &a = names[group[x]], &b = names[group[y]];
                if (a.entity && b.entity && a.type != b.type)
                    continue; // a person and a place that sound alike stay apart
                const Key &ka = keys[group[x]], &kb = keys[group[y]];
                bool same = ka.fold == kb.fold || ka.skeleton == kb.skeleton;
                if (!same && ka.skeleton.front() == kb.skeleton.front()) {
                    const int shorter = int(std::min(ka.skeleton.size(), kb.skeleton.size()));
                    const int limit = shorter >= 8 ? 2 : 1;
                    same = NameMatcher::distance(ka.skeleton, kb.skeleton, limit) <= limit;
                }
                if (same)
                    parent[find(group[x])] = find(group[y]);
            }
        }
    }
    std::map<size_t, std::vector<size_t>> groups;
    for (size_t i = 0; i < names.size(); ++i)
        groups[find(i)].push_back(i);
    return groups;
}
} // namespace

std::vector<MergeProposal> Suggester::merges(const std::vector<EntitySuggestion> &suggested) const
{
    const std::vector<Name> names = candidateNames(m_project, suggested);
    const std::map<size_t, std::vector<size_t>> groups = spellingGroups(names, *m_matcher);
    std::vector<MergeProposal> out;
    for (const auto &[root, members] : groups) {
        Q_UNUSED(root);
        if (members.size() < 2)
            continue;
        MergeProposal p;
        int registered = 0;
        for (size_t i : members) {
            p.names << names[i].name;
            if (names[i].entity) {
                p.entities.push_back(names[i].entity);
                ++registered;
            }
        }
        const bool scripts = std::any_of(p.names.begin(), p.names.end(), [](const QString &n) {
            return std::any_of(n.begin(), n.end(), [](QChar c) { return c.unicode() > 0x24F; });
        });
        p.reason = scripts ? QStringLiteral("the same name in another script")
                           : QStringLiteral("spelling variants of one name");
        p.confidence = registered >= 2 ? 0.8 : 0.7;
        if (decidedKey(p.key()))
            continue;
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace Crosscheck::Core::Annotation
