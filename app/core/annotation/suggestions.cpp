#include "suggestions.h"
#include "namematcher.h"

#include "analysis/worddiff.h"
#include "project/project.h"
#include "text/tokenizer.h"

#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>

namespace Crosscheck::Core::Annotation {

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
    return QStringLiteral("contradiction:%1:%2:%3:%4:%5:%6")
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
    l.type = type;
    l.note = reason;
    return l;
}

namespace {

QString uc(const icu::UnicodeString &u)
{
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

/// Countries (Qt's locale database, English names) and cities (ICU's time zone exemplar
/// cities), folded to lower case.
const QSet<QString> &gazetteer()
{
    static const QSet<QString> places = [] {
        QSet<QString> out;
        for (int c = 1; c <= int(QLocale::LastCountry); ++c) {
            const QString name = QLocale::territoryToString(QLocale::Territory(c));
            if (!name.isEmpty() && name != QLatin1String("Default"))
                out.insert(name.toCaseFolded());
        }
        // Everyday short forms the locale database spells out.
        for (const char *n : {"Russia", "Britain", "America", "Syria", "Iran", "Korea",
                              "North Korea", "South Korea", "Moldova", "Gaza", "Crimea", "Donbas",
                              "Europe", "Africa", "Asia", "Kyiv", "Kiev"})
            out.insert(QString::fromLatin1(n).toCaseFolded());
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::TimeZoneNames> names(
            icu::TimeZoneNames::createInstance(icu::Locale::getEnglish(), status));
        std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createEnumeration(status));
        if (U_SUCCESS(status) && names && zones) {
            while (const icu::UnicodeString *id = zones->snext(status)) {
                if (U_FAILURE(status))
                    break;
                icu::UnicodeString city;
                names->getExemplarLocationName(*id, city);
                if (!city.isBogus() && city.length() > 0)
                    out.insert(uc(city).toCaseFolded());
            }
        }
        return out;
    }();
    return places;
}

const QSet<QString> &titleWords()
{
    static const QSet<QString> words{
        QStringLiteral("president"),  QStringLiteral("minister"),    QStringLiteral("chancellor"),
        QStringLiteral("spokesman"),  QStringLiteral("spokeswoman"), QStringLiteral("spokesperson"),
        QStringLiteral("envoy"),      QStringLiteral("secretary"),   QStringLiteral("ambassador"),
        QStringLiteral("governor"),   QStringLiteral("mayor"),       QStringLiteral("senator"),
        QStringLiteral("general"),    QStringLiteral("captain"),     QStringLiteral("master"),
        QStringLiteral("director"),   QStringLiteral("chief"),       QStringLiteral("chairman"),
        QStringLiteral("chairwoman"), QStringLiteral("ceo"),         QStringLiteral("king"),
        QStringLiteral("queen"),      QStringLiteral("pope"),        QStringLiteral("judge"),
        QStringLiteral("adviser"),    QStringLiteral("advisor"),     QStringLiteral("commissioner"),
        QStringLiteral("premier"),    QStringLiteral("mr"),          QStringLiteral("mrs"),
        QStringLiteral("ms"),         QStringLiteral("dr"),          QStringLiteral("prof"),
        QStringLiteral("leader"),     QStringLiteral("official"),    QStringLiteral("officer"),
        QStringLiteral("prosecutor"), QStringLiteral("inspector"),   QStringLiteral("colonel"),
        QStringLiteral("lieutenant"), QStringLiteral("sergeant"),    QStringLiteral("councillor"),
    };
    return words;
}

const QSet<QString> &organisationWords()
{
    static const QSet<QString> words{
        QStringLiteral("ministry"),     QStringLiteral("agency"),
        QStringLiteral("service"),      QStringLiteral("shipping"),
        QStringLiteral("board"),        QStringLiteral("council"),
        QStringLiteral("party"),        QStringLiteral("army"),
        QStringLiteral("navy"),         QStringLiteral("coastguard"),
        QStringLiteral("guard"),        QStringLiteral("company"),
        QStringLiteral("corporation"),  QStringLiteral("corp"),
        QStringLiteral("inc"),          QStringLiteral("ltd"),
        QStringLiteral("group"),        QStringLiteral("bank"),
        QStringLiteral("university"),   QStringLiteral("institute"),
        QStringLiteral("committee"),    QStringLiteral("commission"),
        QStringLiteral("union"),        QStringLiteral("parliament"),
        QStringLiteral("government"),   QStringLiteral("police"),
        QStringLiteral("news"),         QStringLiteral("times"),
        QStringLiteral("post"),         QStringLiteral("daily"),
        QStringLiteral("association"),  QStringLiteral("foundation"),
        QStringLiteral("office"),       QStringLiteral("court"),
        QStringLiteral("forces"),       QStringLiteral("department"),
        QStringLiteral("authority"),    QStringLiteral("organisation"),
        QStringLiteral("organization"), QStringLiteral("airlines"),
        QStringLiteral("fund"),         QStringLiteral("kremlin"),
        QStringLiteral("pentagon"),     QStringLiteral("ledger"),
        QStringLiteral("courier"),      QStringLiteral("brief"),
        QStringLiteral("wire"),         QStringLiteral("press"),
    };
    return words;
}

const QSet<QString> &dateWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        const QLocale english(QLocale::English);
        for (int m = 1; m <= 12; ++m)
            out << english.monthName(m).toCaseFolded()
                << english.monthName(m, QLocale::ShortFormat).toCaseFolded();
        for (int d = 1; d <= 7; ++d)
            out << english.dayName(d).toCaseFolded();
        for (const char *w :
             {"morning",   "evening",  "night",   "afternoon", "noon",  "midnight", "today",
              "yesterday", "tomorrow", "tonight", "hour",      "hours", "day",      "days",
              "week",      "weeks",    "month",   "months",    "year",  "years",    "am",
              "pm",        "early",    "late",    "earlier",   "later", "minutes",  "minute"})
            out << QString::fromLatin1(w);
        return out;
    }();
    return words;
}

const QSet<QString> &negations()
{
    static const QSet<QString> words{QStringLiteral("not"),     QStringLiteral("no"),
                                     QStringLiteral("never"),   QStringLiteral("n't"),
                                     QStringLiteral("without"), QStringLiteral("denied"),
                                     QStringLiteral("deny"),    QStringLiteral("denies"),
                                     QStringLiteral("nobody"),  QStringLiteral("none")};
    return words;
}

const QSet<QString> &attributionVerbs()
{
    static const QSet<QString> words{
        QStringLiteral("said"),      QStringLiteral("says"),     QStringLiteral("told"),
        QStringLiteral("according"), QStringLiteral("stated"),   QStringLiteral("claimed"),
        QStringLiteral("announced"), QStringLiteral("added"),    QStringLiteral("quoted"),
        QStringLiteral("insisted"),  QStringLiteral("declared"), QStringLiteral("confirmed"),
        QStringLiteral("wrote"),     QStringLiteral("reported"), QStringLiteral("statement")};
    return words;
}

/// Lower-case connectors allowed inside a name ("Bank of England", "Ursula von der Leyen").
const QSet<QString> &nameConnectors()
{
    static const QSet<QString> words{
        QStringLiteral("of"),  QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("van"),
        QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("la"),  QStringLiteral("al"),
        QStringLiteral("bin"), QStringLiteral("da")};
    return words;
}

struct Word
{
    Span span;
    QString text;
    bool capital = false;
    bool sentenceStart = false;
};

/// Words with their positions; a word starts a sentence after . ! ? or a line break.
std::vector<Word> wordsOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    std::vector<Word> out;
    int last = 0;
    bool startNext = true;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString w = m.captured();
        int start = int(m.capturedStart());
        // Trailing dots belong to the sentence, not the word (except abbreviations like U.S.).
        while (w.endsWith(u'.') &&
               !(w.size() >= 2 && w.at(w.size() - 2).isUpper() && w.count(u'.') >= 2))
            w.chop(1);
        while (w.endsWith(u'\'') || w.endsWith(QChar(0x2019)) || w.endsWith(u'-'))
            w.chop(1);
        const QStringView between = QStringView(text).mid(last, start - last);
        for (const QChar c : between) {
            if (c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u':')
                startNext = true;
        }
        Word word;
        word.span = {start, start + int(w.size())};
        word.text = w;
        word.capital = w.at(0).isUpper();
        word.sentenceStart = startNext;
        out.push_back(word);
        startNext = m.captured().endsWith(u'.') && !(w.count(u'.') >= 2);
        last = int(m.capturedEnd());
    }
    return out;
}

/// \a span grown by up to three words on each side, not past the sentence or clause, and
/// trimmed of the spaces and punctuation at its ends.
Span widen(const QString &text, Span span)
{
    const auto stop = [](QChar c) {
        return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u'\n' || c == u':' ||
               c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == u'(' || c == u')';
    };
    int start = span.start, end = span.end;
    for (int words = 0; words < 3 && start > 0;) {
        const QChar c = text.at(start - 1);
        if (stop(c) || (c == u',' && words > 0))
            break;
        --start;
        if (c.isSpace() && start > 0 && !text.at(start - 1).isSpace())
            ++words;
    }
    for (int words = 0; words < 3 && end < text.size();) {
        const QChar c = text.at(end);
        if (stop(c) || c == u',')
            break;
        ++end;
        if (c.isSpace() && end < text.size() && !text.at(end).isSpace())
            ++words;
    }
    while (start < end && !text.at(start).isLetterOrNumber())
        ++start;
    while (end > start && !text.at(end - 1).isLetterOrNumber())
        --end;
    // A word cut at either end is completed.
    while (start > 0 && text.at(start - 1).isLetterOrNumber())
        --start;
    while (end < text.size() && text.at(end).isLetterOrNumber())
        ++end;
    return end > start ? Span{start, end} : span;
}

bool hasPunctuationBetween(const QString &text, const Word &a, const Word &b)
{
    for (int i = a.span.end; i < b.span.start; ++i) {
        const QChar c = text.at(i);
        if (!c.isSpace())
            return true;
    }
    return false;
}

} // namespace

Suggester::Suggester(const Project &project)
    : m_project(project)
    , m_matcher(std::make_unique<NameMatcher>())
{}

Suggester::~Suggester() = default;

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
    for (const Entity &e : m_project.entities()) {
        QStringList names = e.aliases;
        names.prepend(e.name);
        for (const Span &s : occurrences(text, names)) {
            EntitySuggestion sug;
            sug.span = s;
            const EntityType *t = m_project.entityType(e.type);
            sug.typeName = t ? t->name : QStringLiteral("Other");
            sug.entityName = e.name;
            sug.entity = e.id;
            sug.confidence = 0.9;
            sug.reason = QStringLiteral("a known name of “%1”").arg(e.name);
            add(sug);
        }
    }

    const std::vector<Word> words = wordsOf(text);
    for (size_t i = 0; i < words.size();) {
        if (!words[i].capital) {
            ++i;
            continue;
        }
        // A run of capitalised words, with connectors inside it.
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
        size_t from = i, to = j; // [from, to)
        i = j;
        // Leading function words at a sentence start ("The Corvina") and titles go; a title
        // says the name is a person's.
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
        if (from >= to)
            continue;
        // A title just before the run in lower case ("harbour master Ingrid Solberg").
        if (title.isEmpty() && from > 0) {
            const Word &prev = words[from - 1];
            if (!prev.capital && titleWords().contains(prev.text.toCaseFolded()) &&
                !hasPunctuationBetween(text, prev, words[from]))
                title = prev.text;
        }
        const Span span{words[from].span.start, words[to - 1].span.end};
        const QString name = text.mid(span.start, span.length());
        const QString lastWord = words[to - 1].text.toCaseFolded();
        const bool single = to - from == 1;
        const bool acronym = single && name.size() >= 2 && name.size() <= 6 &&
                             std::all_of(name.begin(), name.end(),
                                         [](QChar c) { return c.isUpper() || c.isDigit(); });
        EntitySuggestion s;
        s.span = span;
        s.entityName = name;
        if (dateWords().contains(lastWord) || dateWords().contains(name.toCaseFolded())) {
            s.typeName = QStringLiteral("Date/Time");
            s.confidence = 0.6;
            s.reason = QStringLiteral("a day or month name");
        } else if (!title.isEmpty()) {
            s.typeName = QStringLiteral("Person");
            s.confidence = 0.85;
            s.reason = QStringLiteral("after the title “%1”").arg(title);
        } else if (isPlace(name)) {
            s.typeName = QStringLiteral("Location");
            s.confidence = 0.8;
            s.reason = QStringLiteral("a country or city");
        } else if (organisationWords().contains(lastWord) || acronym) {
            s.typeName = QStringLiteral("Organization");
            s.confidence = 0.7;
            s.reason = acronym ? QStringLiteral("an acronym")
                               : QStringLiteral("ends in “%1”").arg(words[to - 1].text);
        } else if (!single && to - from <= 3) {
            s.typeName = QStringLiteral("Person");
            s.confidence = 0.5;
            s.reason = QStringLiteral("a capitalised name");
        } else {
            // A lone capitalised word at a sentence start is just the first word.
            if (single && words[from].sentenceStart)
                continue;
            s.typeName = QStringLiteral("Other");
            s.confidence = 0.4;
            s.reason = QStringLiteral("a capitalised name");
        }
        add(s);
    }
    std::sort(out.begin(), out.end(), [](const EntitySuggestion &a, const EntitySuggestion &b) {
        return a.span.start < b.span.start;
    });
    return out;
}

std::vector<MergeProposal> Suggester::merges(const std::vector<EntitySuggestion> &suggested) const
{
    // Candidate names: every registry entity, and suggested names that are not in it.
    struct Name
    {
        QString name;
        qint64 entity;
        QString type;
    };
    std::vector<Name> names;
    QSet<QString> seen;
    for (const Entity &e : m_project.entities()) {
        const EntityType *t = m_project.entityType(e.type);
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
        keys[i] = {m_matcher->fold(names[i].name), m_matcher->skeleton(names[i].name)};
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

bool Suggester::decidedKey(const QString &key) const
{
    return !m_project.suggestionDecision(key).isEmpty();
}

std::vector<ContradictionCandidate>
Suggester::contradictions(const std::function<bool(int, int)> &progress) const
{
    std::vector<ContradictionCandidate> out;
    QSet<QString> keys;
    QHash<SourceId, QString> texts;
    const auto textOf = [&](SourceId id) -> const QString & {
        auto it = texts.find(id);
        if (it == texts.end())
            it = texts.insert(id, m_project.sourceText(id));
        return *it;
    };
    Text::Tokenizer tokenizer({QStringLiteral("en"), false});
    const auto &passages = m_project.passages();
    for (size_t pi = 0; pi < passages.size(); ++pi) {
        if (progress && !progress(int(pi), int(passages.size())))
            break;
        const Analysis::PassagePair &p = passages[pi];
        // Copies (shared, cheap): a reference into the cache would dangle when it grows.
        const QString ta = textOf(p.a), tb = textOf(p.b);
        const Analysis::WordDiff diff =
            Analysis::WordDiff::compute(ta, p.spanA, tb, p.spanB, tokenizer);
        // Context words around a run, for attribution.
        const auto around = [](const QString &t, Span s, int chars) {
            const int from = std::max(0, s.start - chars);
            return t.mid(from, std::min<int>(int(t.size()), s.end + chars) - from).toCaseFolded();
        };
        // Passages end where the wording stops matching, so a sentence that ends differently
        // ("within six months." / "within six weeks.") has its difference just outside: the
        // words up to the end of the sentence on both sides count as one more run.
        std::vector<Analysis::DiffRun> runs = diff.runs;
        const auto tail = [](const QString &t, int from) {
            int end = from;
            while (end < t.size() && end - from < 60 && t.at(end) != u'.' && t.at(end) != u'!' &&
                   t.at(end) != u'?' && t.at(end) != u'\n' && t.at(end) != u';')
                ++end;
            return Span{from, end};
        };
        const auto head = [](const QString &t, int to) {
            int start = to;
            while (start > 0 && to - start < 60 && t.at(start - 1) != u'.' &&
                   t.at(start - 1) != u'!' && t.at(start - 1) != u'?' && t.at(start - 1) != u'\n' &&
                   t.at(start - 1) != u';')
                --start;
            return Span{start, to};
        };
        for (const auto &[sa, sb] :
             {std::make_pair(tail(ta, p.spanA.end), tail(tb, p.spanB.end)),
              std::make_pair(head(ta, p.spanA.start), head(tb, p.spanB.start))}) {
            if (sa.isValid() && sb.isValid())
                runs.push_back({Analysis::DiffRun::Kind::Replace, sa, sb, -2});
        }
        for (const Analysis::DiffRun &run : runs) {
            if (run.kind == Analysis::DiffRun::Kind::Equal || run.moveId >= 0)
                continue;
            const bool outside = run.moveId == -2; // the sentence's end or start, see above
            const QString a = ta.mid(run.a.start, run.a.length());
            const QString b = tb.mid(run.b.start, run.b.length());
            const auto wordsIn = [](const QString &s) {
                QStringList w;
                static const QRegularExpression re(
                    QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N},.'’]*"),
                    QRegularExpression::UseUnicodePropertiesOption);
                for (auto it = re.globalMatch(s); it.hasNext();) {
                    QString x = it.next().captured();
                    while (x.endsWith(u'.') || x.endsWith(u','))
                        x.chop(1);
                    w << x;
                }
                return w;
            };
            const QStringList wa = wordsIn(a), wb = wordsIn(b);
            if (wa.isEmpty() && wb.isEmpty())
                continue;
            const auto any = [](const QStringList &w, const QSet<QString> &set) {
                return std::any_of(w.begin(), w.end(), [&](const QString &x) {
                    return set.contains(x.toCaseFolded());
                });
            };
            const auto numbers = [](const QStringList &w) {
                QStringList n;
                for (const QString &x : w) {
                    if (std::any_of(x.begin(), x.end(), [](QChar c) { return c.isDigit(); }))
                        n << x;
                }
                return n;
            };
            const auto capitals = [](const QStringList &w) {
                QStringList n;
                for (const QString &x : w) {
                    if (x.at(0).isUpper())
                        n << x;
                }
                return n;
            };
            static const QSet<QString> countWords{
                QStringLiteral("one"),      QStringLiteral("two"),    QStringLiteral("three"),
                QStringLiteral("four"),     QStringLiteral("five"),   QStringLiteral("six"),
                QStringLiteral("seven"),    QStringLiteral("eight"),  QStringLiteral("nine"),
                QStringLiteral("ten"),      QStringLiteral("dozen"),  QStringLiteral("hundred"),
                QStringLiteral("thousand"), QStringLiteral("million")};
            ContradictionCandidate c;
            // A contradiction is one source saying X where the other says Y: a replacement of
            // a few words. Only a negation counts on one side alone.
            const bool negationA = any(wa, negations()), negationB = any(wb, negations());
            if (wa.size() > (outside ? 4 : 12) || wb.size() > (outside ? 4 : 12))
                continue;
            if (wa.isEmpty() || wb.isEmpty()) {
                if (negationA == negationB)
                    continue;
                c.type = QStringLiteral("framing");
                c.reason = QStringLiteral("a negation on one side only: “%1”")
                               .arg((wa.isEmpty() ? b : a).simplified());
                c.confidence = 0.6;
            } else {
                const QStringList na = numbers(wa), nb = numbers(wb);
                const auto quantity = [&](const QStringList &w) {
                    return !numbers(w).isEmpty() || any(w, countWords);
                };
                const auto names = [&](const QStringList &w) {
                    QStringList n;
                    for (const QString &x : capitals(w)) {
                        if (!tokenizer.isStopword(tokenizer.normalize(x)) && !x.contains(u'\'') &&
                            !x.contains(QChar(0x2019)))
                            n << x;
                    }
                    return n;
                };
                if (!na.isEmpty() && !nb.isEmpty() && na != nb) {
                    c.type = QStringLiteral("number");
                    c.reason = QStringLiteral("numbers differ: “%1” vs “%2”")
                                   .arg(na.join(u' '), nb.join(u' '));
                    c.confidence = 0.85;
                } else if (any(wa, dateWords()) && any(wb, dateWords())) {
                    c.type = QStringLiteral("datetime");
                    c.reason = QStringLiteral("dates or times differ: “%1” vs “%2”")
                                   .arg(a.simplified(), b.simplified());
                    c.confidence = 0.75;
                } else if (quantity(wa) && quantity(wb)) {
                    c.type = QStringLiteral("number");
                    c.reason = QStringLiteral("quantities differ: “%1” vs “%2”")
                                   .arg(a.simplified(), b.simplified());
                    c.confidence = 0.7;
                } else if (negationA != negationB) {
                    c.type = QStringLiteral("framing");
                    c.reason = QStringLiteral("a negation on one side only");
                    c.confidence = 0.6;
                } else if (!names(wa).isEmpty() && !names(wb).isEmpty() && names(wa) != names(wb)) {
                    const bool attributed =
                        any(wordsIn(around(ta, run.a, 60)), attributionVerbs()) ||
                        any(wordsIn(around(tb, run.b, 60)), attributionVerbs());
                    const bool place = std::any_of(wa.begin(), wa.end(), isPlace) ||
                                       std::any_of(wb.begin(), wb.end(), isPlace);
                    c.type = attributed
                                 ? QStringLiteral("attribution")
                                 : (place ? QStringLiteral("place") : QStringLiteral("other"));
                    c.reason = attributed
                                   ? QStringLiteral("a different name where someone is quoted: "
                                                    "“%1” vs “%2”")
                                         .arg(names(wa).join(u' '), names(wb).join(u' '))
                                   : QStringLiteral("different names: “%1” vs “%2”")
                                         .arg(names(wa).join(u' '), names(wb).join(u' '));
                    c.confidence = attributed ? 0.7 : 0.5;
                } else {
                    continue;
                }
            }
            if (p.kind == Analysis::PassageKind::Paraphrase)
                c.confidence -= 0.1;
            c.sourceA = p.a;
            c.sourceB = p.b;
            // The differing words with a few words of their sentence on each side, so that the
            // quote reads as a claim ("within six months", not "months"). An empty side keeps
            // pointing at the place where the other side's words would go.
            c.spanA = run.a.isValid() ? widen(ta, run.a) : run.a;
            c.spanB = run.b.isValid() ? widen(tb, run.b) : run.b;
            c.textA = ta.mid(c.spanA.start, c.spanA.length());
            c.textB = tb.mid(c.spanB.start, c.spanB.length());
            if (keys.contains(c.key()) || decidedKey(c.key()))
                continue;
            keys.insert(c.key());
            out.push_back(std::move(c));
        }
    }
    return out;
}

} // namespace Crosscheck::Core::Annotation
