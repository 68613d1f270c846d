// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"
#include "namematcher.h"
#include "suggestions.h"
#include "suggestiontext.h"

#include "analysis/worddiff.h"
#include "ner/nametagger.h"
#include "project/project.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <map>
#include <numeric>
#include <thread>

namespace Crosscheck::Core::Annotation {

using namespace Detail;
using namespace Lexicon;

std::vector<EntitySuggestion> Suggester::entities(SourceId source) const
{
    return entitiesIn(source, m_project.sourceText(source));
}

QString Suggester::typeFor(SourceId source, Span span) const
{
    QString best;
    int bestOverlap = 0;
    for (const EntitySuggestion &s : entities(source)) {
        const int overlap = std::min(s.span.end, span.end) - std::max(s.span.start, span.start);
        if (overlap > bestOverlap) {
            bestOverlap = overlap;
            best = s.typeName;
        }
    }
    return best;
}

namespace {

/// Sources whose texts the name tagger reads on worker threads.
struct TaggingChunk
{
    int first = 0;
    std::vector<QString> texts, languages;
    std::vector<std::vector<EntitySuggestion>> named;
    std::atomic<size_t> next{0};
    std::vector<std::thread> workers;

    void join()
    {
        for (std::thread &t : workers)
            t.join();
        workers.clear();
    }
};

/// The tagger's class of an entity type (-1: none, such as dates and quantities).
int classOfType(const QString &type)
{
    if (type == u"Person")
        return 0;
    if (type == u"Organization")
        return 1;
    if (type == u"Location")
        return 2;
    if (type == u"Date/Time" || type == u"Quantity")
        return -1;
    return 3;
}

QString typeOfClass(int cls)
{
    static const QString names[] = {QStringLiteral("Person"), QStringLiteral("Organization"),
                                    QStringLiteral("Location"), QStringLiteral("Other")};
    return names[std::clamp(cls, 0, 3)];
}

/// One name, one type across the project: articles about one story use a name in one sense,
/// so where the tagger typed most occurrences of a name one way (by summed confidence, at
/// least twice as much as the other way), the rest are retyped to match.
void harmoniseTypes(std::vector<EntitySuggestion> &all)
{
    struct Votes
    {
        std::array<double, 4> mass{};
        std::array<int, 4> count{};
    };
    QHash<QString, Votes> votes;
    const auto kindOf = [](const EntitySuggestion &s) {
        return s.entity ? -1 : classOfType(s.typeName);
    };
    for (const EntitySuggestion &s : all)
        if (const int k = kindOf(s); k >= 0) {
            Votes &v = votes[s.entityName.toCaseFolded()];
            v.mass[size_t(k)] += s.confidence;
            ++v.count[size_t(k)];
        }
    for (EntitySuggestion &s : all) {
        const int k = kindOf(s);
        if (k < 0)
            continue;
        const Votes &v = votes[s.entityName.toCaseFolded()];
        const auto best = size_t(std::max_element(v.mass.begin(), v.mass.end()) - v.mass.begin());
        if (int(best) == k || v.count[best] < 2 || v.mass[best] < 2 * v.mass[size_t(k)])
            continue;
        const int total = std::accumulate(v.count.begin(), v.count.end(), 0);
        s.typeName = typeOfClass(int(best));
        s.confidence = std::round(100 * v.mass[best] / v.count[best]) / 100;
        s.reason = QStringLiteral("typed as %1 of its %2 occurrences in the project are")
                       .arg(v.count[best])
                       .arg(total);
    }
}

} // namespace

std::vector<EntitySuggestion>
Suggester::entities(const std::function<bool(int, int)> &progress) const
{
    // The name tagger takes most of the time: it runs on worker threads, a chunk of sources
    // ahead of this thread, which reads the texts (the source store stays on its thread) and
    // does the rest.
    std::vector<EntitySuggestion> out;
    const int n = m_project.sourceCount();
    const int threads = int(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
    const int chunkSize = 16 * threads;
    learnt(); // built once, before the threads read it
    const auto start = [&](int first) {
        auto c = std::make_unique<TaggingChunk>();
        c->first = first;
        for (int i = first; i < std::min(n, first + chunkSize); ++i) {
            const Source &src = m_project.sourceAt(i);
            c->texts.push_back(m_project.sourceText(src.id));
            c->languages.push_back(src.meta.language);
        }
        c->named.resize(c->texts.size());
        TaggingChunk *chunk = c.get();
        for (int t = 0; t < threads; ++t)
            c->workers.emplace_back([this, chunk] {
                for (size_t i = chunk->next++; i < chunk->texts.size(); i = chunk->next++)
                    chunk->named[i] = taggedNames(chunk->texts[i], chunk->languages[i]);
            });
        return c;
    };
    std::unique_ptr<TaggingChunk> current = start(0);
    current->join();
    while (!current->texts.empty()) {
        const int first = current->first;
        std::unique_ptr<TaggingChunk> ahead = start(first + chunkSize);
        for (size_t i = 0; i < current->texts.size(); ++i) {
            if (progress && !progress(first + int(i), n)) {
                ahead->join();
                return out;
            }
            std::vector<EntitySuggestion> s = entitiesIn(m_project.sourceAt(first + int(i)).id,
                                                         current->texts[i], &current->named[i]);
            out.insert(out.end(), std::make_move_iterator(s.begin()),
                       std::make_move_iterator(s.end()));
        }
        ahead->join();
        current = std::move(ahead);
    }
    harmoniseTypes(out);
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
/// A rule's organisation the tagger did not read, not in a headline: several capitalised words
/// ending in an organisation word ("the Marine Accident Investigation Board"), an acronym of
/// three letters or more ("a TASS inquiry") or "the Kremlin"; offered with less confidence than the
/// tagger's.
bool organisationTheTaggerMissed(const QString &text, size_t words, EntitySuggestion &s)
{
    if (s.typeName != u"Organization" || onHeadline(text, s.span.start))
        return false;
    const QString name = text.mid(s.span.start, s.span.length());
    const bool acronym = name.size() >= 3 && name == name.toUpper();
    if (words < 2 && !acronym && !organisationMetonyms().contains(name.toCaseFolded()))
        return false;
    s.confidence = words < 2 ? 0.4 : 0.5;
    s.reason += QStringLiteral(" (the name tagger read no name here)");
    return true;
}

} // namespace

/// The names the tagger has learnt from, and the spellings the analyst rejected.
struct Suggester::Learnt
{
    QHash<const Ner::NameTagger *, Ner::Overlay> overlays;
    QSet<QString> rejected; ///< canonical names of rejected entity suggestions, folded
    QHash<qint64, QStringList> spellings; ///< entity → the spellings its mentions have
};

namespace {

constexpr int kMaxEvidenceSources = 400;
constexpr double kLongerNameWins = 0.6;

QString reasonOf(int cls)
{
    switch (cls) {
    case 0:
        return QStringLiteral("the name tagger reads a person's name");
    case 1:
        return QStringLiteral("the name tagger reads an organisation's name");
    case 2:
        return QStringLiteral("the name tagger reads a place name");
    default:
        return QStringLiteral("the name tagger reads a name (event, work, nationality…)");
    }
}

/// "entity:<source>:<start>:<end>" → its parts.
bool parseEntityKey(const QString &key, SourceId &source, Span &span)
{
    const QStringList parts = key.split(u':');
    if (parts.size() != 4 || parts.at(0) != u"entity")
        return false;
    source = parts.at(1).toLongLong();
    span = {parts.at(2).toInt(), parts.at(3).toInt()};
    return span.end > span.start;
}

} // namespace

Suggester::Suggester(const Project &project)
    : m_project(project)
    , m_matcher(std::make_unique<NameMatcher>())
{}

Suggester::~Suggester() = default;

const Suggester::Learnt &Suggester::learnt() const
{
    if (m_learnt)
        return *m_learnt;
    m_learnt = std::make_unique<Learnt>();
    QHash<SourceId, Ner::Evidence> evidence;
    const auto evidenceOf = [&](SourceId s) -> Ner::Evidence * {
        if (!evidence.contains(s)) {
            if (evidence.size() >= kMaxEvidenceSources || !m_project.source(s).id)
                return nullptr;
            evidence[s].text = m_project.sourceText(s);
        }
        return &evidence[s];
    };
    for (const Mention &m : m_project.mentions()) {
        const Entity *e = m_project.entity(m.entity);
        const EntityType *t = e ? m_project.entityType(e->type) : nullptr;
        const int cls = classOfType(t ? t->name : QString());
        Ner::Evidence *ev = evidenceOf(m.source);
        if (ev && m.span.end <= ev->text.size()) {
            const QString spelling = canonicalName(ev->text.mid(m.span.start, m.span.length()));
            QStringList &known = m_learnt->spellings[m.entity];
            if (spelling.size() >= 2 && !known.contains(spelling, Qt::CaseInsensitive))
                known.append(spelling);
            if (cls >= 0)
                ev->spans.emplace_back(m.span, cls);
        }
    }
    const QHash<QString, QString> &decisions = m_project.suggestionDecisions();
    for (auto it = decisions.constBegin(); it != decisions.constEnd(); ++it) {
        SourceId source = 0;
        Span span;
        if (it.value() != u"rejected" || !parseEntityKey(it.key(), source, span))
            continue;
        Ner::Evidence *ev = evidenceOf(source);
        if (!ev || span.end > ev->text.size())
            continue;
        m_learnt->rejected.insert(
            canonicalName(ev->text.mid(span.start, span.length())).toCaseFolded());
        ev->spans.emplace_back(span, -1);
    }
    QHash<const Ner::NameTagger *, std::vector<Ner::Evidence>> byTagger;
    for (auto it = evidence.begin(); it != evidence.end(); ++it)
        if (const Ner::NameTagger *tagger =
                Ner::NameTagger::forLanguage(m_project.source(it.key()).meta.language))
            byTagger[tagger].push_back(std::move(it.value()));
    for (auto it = byTagger.constBegin(); it != byTagger.constEnd(); ++it)
        m_learnt->overlays.insert(it.key(), it.key()->adapt(it.value()));
    return *m_learnt;
}

std::vector<EntitySuggestion>
Suggester::entitiesIn(SourceId source, const QString &text,
                      const std::vector<EntitySuggestion> *byTagger) const
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
    const Learnt &learnt = this->learnt();
    const QString language = m_project.source(source).meta.language;
    Text::Tokenizer tokenizer({language, false});
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
    // Known names and aliases of the registry first: they are the surest, except inside a
    // longer name the tagger is fairly sure of ("Washington Post" around a known "Washington").
    const Ner::NameTagger *tagger = Ner::NameTagger::forLanguage(language);
    const std::vector<EntitySuggestion> named = byTagger ? *byTagger : taggedNames(text, language);
    for (EntitySuggestion &s : knownNames(text)) {
        const bool inside = std::any_of(named.begin(), named.end(), [&](const EntitySuggestion &n) {
            return n.confidence >= kLongerNameWins && n.span.start <= s.span.start &&
                   s.span.end <= n.span.end && n.span.length() > s.span.length();
        });
        if (!inside)
            add(std::move(s));
    }
    for (const EntitySuggestion &s : named)
        add(s);
    // Rules: day and month names always; every capitalised sequence where no tagger exists; where
    // one does, names of several words that end in an organisation word outside headlines.
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
        if (from < to && typeRun(text, words, from, to, title, s) &&
            (!tagger || s.typeName == u"Date/Time" ||
             organisationTheTaggerMissed(text, to - from, s)) &&
            !learnt.rejected.contains(canonicalName(s.entityName).toCaseFolded()))
            add(s);
    }
    std::sort(out.begin(), out.end(), [](const EntitySuggestion &a, const EntitySuggestion &b) {
        return a.span.start < b.span.start;
    });
    return out;
}

std::vector<EntitySuggestion> Suggester::taggedNames(const QString &text,
                                                     const QString &language) const
{
    std::vector<EntitySuggestion> out;
    const Ner::NameTagger *tagger = Ner::NameTagger::forLanguage(language);
    if (!tagger)
        return out;
    const Learnt &learnt = this->learnt();
    const auto overlay = learnt.overlays.constFind(tagger);
    for (const Ner::Name &n :
         tagger->tag(text, overlay == learnt.overlays.constEnd() ? nullptr : &overlay.value())) {
        EntitySuggestion s;
        QString title;
        s.span = n.cls == Ner::PerClass ? withoutTitle(text, n.span, &title) : n.span;
        s.entityName = canonicalName(text.mid(s.span.start, s.span.length()));
        if (s.entityName.isEmpty() || learnt.rejected.contains(s.entityName.toCaseFolded()))
            continue;
        s.typeName = typeOfClass(n.cls);
        s.confidence = n.confidence;
        s.reason = reasonOf(n.cls);
        if (!title.isEmpty())
            s.reason += QStringLiteral(", after the title “%1”").arg(title);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<EntitySuggestion> Suggester::knownNames(const QString &text) const
{
    std::vector<EntitySuggestion> out;
    const Learnt &learnt = this->learnt();
    for (const Entity &e : m_project.entities()) {
        QStringList names = e.aliases;
        names.prepend(e.name);
        names += learnt.spellings.value(e.id);
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
