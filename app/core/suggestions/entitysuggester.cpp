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

std::vector<EntitySuggestion> Suggester::entities(SourceId source) const
{
    return entitiesIn(source, m_project.sourceText(source));
}

std::vector<EntitySuggestion>
Suggester::entities(const std::function<bool(int, int)> &progress) const
{
    std::vector<EntitySuggestion> out;
    const int n = m_project.sourceCount();
    for (int i = 0; i < n; ++i) {
        if (progress && !progress(i, n))
            break;
        const SourceId id = m_project.sourceAt(i).id;
        std::vector<EntitySuggestion> s = entitiesIn(id, m_project.sourceText(id));
        out.insert(out.end(), std::make_move_iterator(s.begin()), std::make_move_iterator(s.end()));
    }
    return out;
}

namespace {
/// The end of the run of capitalised words from \a i, with connectors inside it ("Bank of
/// England").
size_t runEnd(const QString &text, const std::vector<Word> &words, size_t i)
{
    size_t j = i + 1;
    while (j < words.size()) {
        if (hasPunctuationBetween(text, words[j - 1], words[j]))
            break;
        if (words[j].capital && !words[j].sentenceStart) {
            ++j;
            continue;
        }
        if (nameConnectors().contains(words[j].text) && j + 1 < words.size() &&
            words[j + 1].capital && !hasPunctuationBetween(text, words[j], words[j + 1])) {
            j += 2;
            continue;
        }
        break;
    }
    return j;
}

/// Leading function words at a sentence start ("The Corvina") and titles leave [from, to);
/// trailing function words too. Returns the title, which says the name is a person's; a title
/// just before the run in lower case counts ("harbour master Ingrid Solberg").
QString trimRun(const QString &text, const std::vector<Word> &words, size_t &from, size_t &to,
                const Text::Tokenizer &tokenizer)
{
    QString title;
    while (from < to) {
        const QString w = words[from].text.toCaseFolded();
        if (titleWords().contains(w) || titleWords().contains(w.chopped(w.endsWith(u'.'))))
            title = words[from].text;
        else if (!words[from].sentenceStart ||
                 !tokenizer.isStopword(tokenizer.normalize(words[from].text)))
            break;
        ++from;
    }
    while (to > from && tokenizer.isStopword(tokenizer.normalize(words[to - 1].text)))
        --to;
    if (from < to && title.isEmpty() && from > 0) {
        const Word &prev = words[from - 1];
        if (!prev.capital && titleWords().contains(prev.text.toCaseFolded()) &&
            !hasPunctuationBetween(text, prev, words[from]))
            title = prev.text;
    }
    return title;
}

/// Types the name over words [from, to) from its clues; false for a lone capitalised word at
/// a sentence start (just the first word).
bool typeRun(const QString &text, const std::vector<Word> &words, size_t from, size_t to,
             const QString &title, EntitySuggestion &s)
{
    const Span span{words[from].span.start, words[to - 1].span.end};
    const QString name = text.mid(span.start, span.length());
    const QString lastWord = words[to - 1].text.toCaseFolded();
    const bool single = to - from == 1;
    const bool acronym =
        single && name.size() >= 2 && name.size() <= 6 &&
        std::all_of(name.begin(), name.end(), [](QChar c) { return c.isUpper() || c.isDigit(); });
    s.span = span;
    s.entityName = name;
    const auto set = [&s](const QString &type, double confidence, const QString &reason) {
        s.typeName = type;
        s.confidence = confidence;
        s.reason = reason;
    };
    if (dateWords().contains(lastWord) || dateWords().contains(name.toCaseFolded()))
        set(QStringLiteral("Date/Time"), 0.6, QStringLiteral("a day or month name"));
    else if (!title.isEmpty())
        set(QStringLiteral("Person"), 0.85, QStringLiteral("after the title “%1”").arg(title));
    else if (Suggester::isPlace(name))
        set(QStringLiteral("Location"), 0.8, QStringLiteral("a country or city"));
    else if (organisationWords().contains(lastWord) || acronym)
        set(QStringLiteral("Organization"), 0.7,
            acronym ? QStringLiteral("an acronym")
                    : QStringLiteral("ends in “%1”").arg(words[to - 1].text));
    else if (!single && to - from <= 3)
        set(QStringLiteral("Person"), 0.5, QStringLiteral("a capitalised name"));
    else if (single && words[from].sentenceStart)
        return false;
    else
        set(QStringLiteral("Other"), 0.4, QStringLiteral("a capitalised name"));
    return true;
}
} // namespace

std::vector<EntitySuggestion> Suggester::entitiesIn(SourceId source, const QString &text) const
{
    std::vector<EntitySuggestion> out;
    const std::vector<Mention> tagged = m_project.mentionsIn(source);
    const auto isTagged = [&](Span s) {
        return std::any_of(tagged.begin(), tagged.end(), [&](const Mention &m) {
            return m.span.start < s.end && s.start < m.span.end;
        });
    };
    const auto decided = [&](const EntitySuggestion &s) {
        return !m_project.suggestionDecision(s.key()).isEmpty();
    };
    Text::Tokenizer tokenizer({m_project.source(source).meta.language, false});
    const auto add = [&](EntitySuggestion s) {
        s.source = source;
        s.text = text.mid(s.span.start, s.span.length());
        if (isTagged(s.span) || decided(s))
            return;
        const bool overlaps = std::any_of(out.begin(), out.end(), [&](const EntitySuggestion &o) {
            return o.span.start < s.span.end && s.span.start < o.span.end;
        });
        if (!overlaps)
            out.push_back(std::move(s));
    };
    // Known names and aliases of the registry first: they are the surest.
    for (EntitySuggestion &s : knownNames(text))
        add(std::move(s));
    const std::vector<Word> words = wordsOf(text);
    for (size_t i = 0; i < words.size();) {
        if (!words[i].capital) {
            ++i;
            continue;
        }
        size_t from = i;
        size_t to = runEnd(text, words, i); // [from, to)
        i = to;
        const QString title = trimRun(text, words, from, to, tokenizer);
        EntitySuggestion s;
        if (from < to && typeRun(text, words, from, to, title, s))
            add(s);
    }
    std::sort(out.begin(), out.end(), [](const EntitySuggestion &a, const EntitySuggestion &b) {
        return a.span.start < b.span.start;
    });
    return out;
}

std::vector<EntitySuggestion> Suggester::knownNames(const QString &text) const
{
    std::vector<EntitySuggestion> out;
    for (const Entity &e : m_project.entities()) {
        QStringList names = e.aliases;
        names.prepend(e.name);
        const EntityType *t = m_project.entityType(e.type);
        for (const Span &s : occurrences(text, names)) {
            EntitySuggestion sug;
            sug.span = s;
            sug.typeName = t ? t->name : QStringLiteral("Other");
            sug.entityName = e.name;
            sug.entity = e.id;
            sug.confidence = 0.9;
            sug.reason = QStringLiteral("a known name of “%1”").arg(e.name);
            out.push_back(sug);
        }
    }
    return out;
}

} // namespace Crosscheck::Core::Annotation
