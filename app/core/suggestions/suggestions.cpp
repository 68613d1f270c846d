// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestions.h"
#include "lexicon.h"
#include "namematcher.h"

#include "project/project.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Crosscheck::Core::Annotation {

using namespace Lexicon;

QString EntitySuggestion::key() const
{
    return QStringLiteral("entity:%1:%2:%3").arg(source).arg(span.start).arg(span.end);
}

QString MergeProposal::key() const
{
    NameMatcher matcher;
    QStringList folded;
    for (const QString &n : names)
        folded << matcher.fold(n);
    folded.sort();
    folded.removeDuplicates();
    return QStringLiteral("merge:") + folded.join(u'|');
}

QString ContradictionCandidate::key() const
{
    return (relation == Link::Relation::Corroborates
                ? QStringLiteral("corroboration:%1:%2:%3:%4:%5:%6")
                : QStringLiteral("contradiction:%1:%2:%3:%4:%5:%6"))
        .arg(sourceA)
        .arg(spanA.start)
        .arg(spanA.end)
        .arg(sourceB)
        .arg(spanB.start)
        .arg(spanB.end);
}

Link ContradictionCandidate::toLink() const
{
    Link l;
    l.sourceA = sourceA;
    l.spanA = spanA;
    l.sourceB = sourceB;
    l.spanB = spanB;
    l.relation = relation;
    l.type = Link::typeNames().contains(type) ? type : QStringLiteral("other");
    l.note = reason;
    return l;
}

bool Suggester::isPlace(const QString &name)
{
    return gazetteer().contains(name.toCaseFolded());
}

std::vector<Span> Suggester::occurrences(const QString &text, const QStringList &names)
{
    std::vector<Span> found;
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
    for (const QString &name : sorted) {
        if (name.trimmed().isEmpty())
            continue;
        for (qsizetype at = text.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(name, at + 1, Qt::CaseInsensitive)) {
            const qsizetype end = at + name.size();
            if ((at > 0 && isWordChar(text.at(at - 1))) ||
                (end < text.size() && isWordChar(text.at(end))))
                continue;
            const Span s{int32_t(at), int32_t(end)};
            const bool overlaps = std::any_of(found.begin(), found.end(), [&](const Span &f) {
                return f.start < s.end && s.start < f.end;
            });
            if (!overlaps)
                found.push_back(s);
        }
    }
    std::sort(found.begin(), found.end(),
              [](const Span &a, const Span &b) { return a.start < b.start; });
    return found;
}

bool Suggester::decidedKey(const QString &key) const
{
    return !m_project.suggestionDecision(key).isEmpty();
}

} // namespace Crosscheck::Core::Annotation
