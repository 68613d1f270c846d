#include "claimextractor.h"
#include "claimlexicon.h"

#include "suggestions/lexicon.h"
#include "suggestions/namematcher.h"
#include "text/spans.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Crosscheck::Core::Claims {

namespace {

/// A word of a sentence: letters and digits with inner points, commas, apostrophes and hyphens.
/// What the lexicons say about a folded word, looked up once per distinct word.
struct WordInfo
{
    QString stem;
    QString predicate; ///< its event class, if any
    uint64_t hash = 0; ///< of the stem
    std::optional<double> number;
    int month = 0;
    int weekday = 0;
    bool stop = false;
    bool role = false;
    bool modifier = false; ///< a role modifier or a nationality
    bool vague = false;
    bool dayPart = false;
    bool cause = false;
    bool pronoun = false;
    bool connector = false;
};

struct W
{
    Span span;
    QString text;
    QString fold; ///< case-folded, without a possessive 's
    bool cap = false;
    WordInfo i;
};

std::vector<W> wordsIn(const QString &text, Span s)
{
    // Letters and digits with inner points, commas, apostrophes and hyphens; "U.S." keeps its
    // final point, other words lose trailing punctuation.
    std::vector<W> out;
    const auto isCore = [](QChar c) { return c.isLetterOrNumber() || c.isMark(); };
    const auto isInner = [](QChar c) {
        return c == u'.' || c == u',' || c == u'\'' || c == QChar(0x2019) || c == u'-';
    };
    int i = s.start;
    while (i < s.end) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < s.end && (isCore(text.at(j)) || isInner(text.at(j))))
            ++j;
        int end = j;
        // An initialism: capital, point, capital, point …
        bool initialism = end - i >= 4;
        for (int k = i; k < end && initialism; ++k)
            initialism = ((k - i) % 2 == 0) ? text.at(k).isUpper() : text.at(k) == u'.';
        initialism = initialism && (end - i) % 2 == 0;
        if (!initialism) {
            while (end > i && isInner(text.at(end - 1)))
                --end;
        }
        if (end > i) {
            W w;
            w.span = {i, end};
            w.text = text.mid(i, end - i);
            QString f = w.text.toCaseFolded();
            if (f.endsWith(QLatin1String("'s")) || f.endsWith(QStringLiteral("’s")))
                f.chop(2);
            w.fold = f;
            w.cap = w.text.at(0).isUpper();
            out.push_back(std::move(w));
        }
        i = j;
    }
    return out;
}

/// Title Case: most of the longer words capitalised (a headline, a title line).
bool isTitleCase(const std::vector<W> &w)
{
    int longer = 0, caps = 0;
    for (const W &x : w) {
        if (x.text.size() < 4)
            continue;
        ++longer;
        caps += x.cap ? 1 : 0;
    }
    return longer >= 3 && caps * 10 >= longer * 7;
}

bool onlySpaceBetween(const QString &text, const W &a, const W &b)
{
    for (int i = a.span.end; i < b.span.start; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return b.span.start - a.span.end <= 2;
}

bool isNumberToken(const QString &x)
{
    return !x.isEmpty() && x.at(0).isDigit() && std::all_of(x.begin(), x.end(), [](QChar c) {
        return c.isDigit() || c == u',' || c == u'.';
    });
}

double numberValue(const QString &x)
{
    QString t = x;
    // "1,200" and "3,400" group thousands; "1.5" is a decimal ("1.200" in German groups).
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([,.]\\d{3})+$"));
    if (grouped.match(t).hasMatch())
        t.remove(u',').remove(u'.');
    else
        t.replace(u',', u'.');
    return t.toDouble();
}

const QSet<QString> &roleModifiers()
{
    static const QSet<QString> m{
        QStringLiteral("former"),  QStringLiteral("deputy"),  QStringLiteral("foreign"),
        QStringLiteral("vice"),    QStringLiteral("prime"),   QStringLiteral("acting"),
        QStringLiteral("supreme"), QStringLiteral("lead"),    QStringLiteral("chief"),
        QStringLiteral("top"),     QStringLiteral("retired"), QStringLiteral("interim"),
        QStringLiteral("senior"),  QStringLiteral("state")};
    return m;
}

} // namespace

struct ClaimExtractor::Private
{
    QString language;
    Text::Tokenizer tokenizer;
    Text::SentenceBreaks breaks;
    Annotation::NameMatcher matcher;
    QHash<QString, QString> known;     ///< skeleton of a registry name or alias → key
    QHash<QString, QString> knownLast; ///< skeleton of such a name's last word → key ("" if two)
    QHash<QString, int> nameWords;     ///< folded word → times capitalised inside a sentence
    QHash<QString, int> lowerWords;    ///< folded word → times written in lower case
    QSet<QString> singleNames;         ///< skeletons of one-word names seen alone
    QHash<QString, QString> predicateByStem;
    QSet<QString> attribution;
    /// Per folded word, what the lexicons say (the vocabulary of a corpus is small; hashing,
    /// ICU and Snowball are not cheap per word).
    mutable QHash<QString, WordInfo> words;
    mutable QHash<QString, QString> skeletons;

    const WordInfo &info(const QString &fold) const
    {
        auto it = words.find(fold);
        if (it == words.end()) {
            WordInfo w;
            const QString n = tokenizer.normalize(fold);
            w.stop = tokenizer.isStopword(n);
            w.stem = tokenizer.stem(n);
            w.hash = Text::Tokenizer::hash(w.stem);
            w.predicate = predicateByStem.value(w.stem);
            w.number = Lexicon::numberWord(fold);
            w.month = Lexicon::monthNumber(fold, language);
            w.weekday = Lexicon::weekdayNumber(fold, language);
            w.role = Lexicon::roleNouns().contains(fold);
            w.modifier = roleModifiers().contains(fold) || Lexicon::isNationality(fold);
            w.vague = Lexicon::isVaguePlural(fold);
            w.dayPart = Lexicon::dayParts().contains(fold);
            w.cause = Lexicon::causeNouns().contains(fold);
            w.pronoun = Lexicon::isPronoun(fold);
            w.connector = Annotation::Lexicon::nameConnectors().contains(fold);
            it = words.insert(fold, w);
        }
        return *it;
    }
    std::vector<W> wordsOf(const QString &text, Span s) const
    {
        std::vector<W> w = wordsIn(text, s);
        for (W &x : w)
            x.i = info(x.fold);
        return w;
    }
    QString skel(const QString &name) const
    {
        auto it = skeletons.find(name);
        if (it == skeletons.end())
            it = skeletons.insert(name, matcher.skeleton(name));
        return *it;
    }

    explicit Private(const QString &lang)
        : language(lang)
        , tokenizer({lang, false})
        , breaks(lang)
    {
        const QHash<QString, QStringList> &classes = Lexicon::predicateClasses(lang);
        for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
            for (const QString &w : it.value())
                predicateByStem.insert(tokenizer.stem(tokenizer.normalize(w)), it.key());
        }
        attribution = Annotation::Lexicon::attributionVerbs();
        for (const char *w : {"remarked", "asserted", "stating", "noted", "explained", "warned",
                              "sagte", "erklärte", "сказав", "заявив", "заявила"})
            attribution.insert(QString::fromUtf8(w));
    }

    bool isName(const W &w, bool sentenceStart, bool headline) const
    {
        if (!w.cap || w.i.number || isNumberToken(w.text))
            return false;
        if (!known.isEmpty() && known.contains(skel(w.text)))
            return true;
        const bool stop = w.i.stop;
        if (stop)
            return false;
        if (!sentenceStart && !headline)
            return true;
        // At a sentence start or in a headline a capital proves nothing: the word must be
        // written as a name inside body sentences more often than in lower case.
        return nameWords.value(w.fold) > lowerWords.value(w.fold);
    }

    QString key(const QString &name) const;

    QString predicateOf(const W &w) const { return w.i.predicate; }

    void names(Claim &c, const QString &text, const std::vector<W> &w,
               QHash<QString, QString> &affiliation) const;
    void roleBefore(Claim &c, const QString &text, const std::vector<W> &w, size_t first,
                    const QString &key) const;
    void roleAfter(Claim &c, const QString &text, const std::vector<W> &w, size_t last,
                   const QString &key) const;
    void quantities(Claim &c, const QString &text, const std::vector<W> &w) const;
    void dates(Claim &c, const std::vector<W> &w, const QString &text) const;
    void stance(Claim &c, const QString &text) const;
    void quotes(Claim &c, const QString &text, const QString &previousSpeaker) const;
    void cause(Claim &c, const QString &text, const std::vector<W> &w) const;
};

ClaimExtractor::ClaimExtractor(const QString &language)
    : d(std::make_unique<Private>(language))
{}

ClaimExtractor::~ClaimExtractor() = default;

void ClaimExtractor::addKnownName(const QString &name, const QString &key)
{
    const QString sk = d->matcher.skeleton(name);
    d->known.insert(sk, key);
    const QStringList parts = sk.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() >= 2) {
        const auto it = d->knownLast.constFind(parts.back());
        d->knownLast.insert(parts.back(),
                            it == d->knownLast.cend() || *it == key ? key : QString());
    }
}

void ClaimExtractor::learn(const QString &text)
{
    for (const Span s : d->breaks.sentences(text)) {
        const std::vector<W> w = wordsIn(text, s);
        if (d->language != QLatin1String("de") && isTitleCase(w))
            continue;
        for (size_t i = 0; i < w.size(); ++i) {
            if (w[i].cap && i > 0)
                d->nameWords[w[i].fold] += 1;
            else if (!w[i].cap)
                d->lowerWords[w[i].fold] += 1;
            // A capitalised word standing alone (no capital word beside it) is a one-word name.
            const bool alone =
                w[i].cap && i > 0 && (i + 1 >= w.size() || !w[i + 1].cap) && !w[i - 1].cap;
            if (alone)
                d->singleNames.insert(d->skel(w[i].fold));
        }
    }
}

QString ClaimExtractor::keyOf(const QString &name) const
{
    return d->key(name);
}

QString ClaimExtractor::Private::key(const QString &name) const
{
    const QString sk = skel(name);
    if (const auto it = known.constFind(sk); it != known.cend())
        return *it;
    static const QHash<QString, QString> same{
        {QStringLiteral("united states"), QStringLiteral("us")},
        {QStringLiteral("usa"), QStringLiteral("us")},
        {QStringLiteral("america"), QStringLiteral("us")},
        {QStringLiteral("united kingdom"), QStringLiteral("uk")},
        {QStringLiteral("britain"), QStringLiteral("uk")}};
    if (const auto it = same.constFind(sk); it != same.cend())
        return *it;
    const QStringList parts = sk.split(u' ', Qt::SkipEmptyParts);
    // "Berg" after "Tomas Berg" is in the registry: the registry entity.
    if (parts.size() == 1) {
        if (const QString k = knownLast.value(sk); !k.isEmpty())
            return k;
    }
    if (parts.size() >= 2 && parts.size() <= 3 && singleNames.contains(parts.back())) {
        if (const QString k = knownLast.value(parts.back()); !k.isEmpty())
            return k;
        return parts.back();
    }
    return sk;
}

void ClaimExtractor::Private::roleBefore(Claim &c, const QString &text, const std::vector<W> &w,
                                         size_t first, const QString &key) const
{
    // "the former president, Donald Trump" / "Kremlin spokesman Dmitry Peskov": role words
    // right before the name (a comma allowed once).
    size_t from = first;
    QString noun;
    bool former = false;
    while (from > 0 && first - from < 6) {
        const W &x = w[from - 1];
        const bool role = x.i.role;
        const bool modifier = x.i.modifier;
        const bool org = x.cap && !role && !modifier && !noun.isEmpty() && isName(x, false, false);
        if (!role && !modifier && !org)
            break;
        const QString gap = text.mid(x.span.end, w[from].span.start - x.span.end).trimmed();
        if (!gap.isEmpty() && !(gap == QLatin1String(",") && from == first))
            break;
        if (role && noun.isEmpty())
            noun = x.fold;
        former |= x.fold == QLatin1String("former");
        --from;
    }
    if (noun.isEmpty())
        return;
    c.roles.push_back({key,
                       noun,
                       former,
                       {w[from].span.start, w[first - 1].span.end},
                       text.mid(w[from].span.start, w[first - 1].span.end - w[from].span.start)});
}

void ClaimExtractor::Private::roleAfter(Claim &c, const QString &text, const std::vector<W> &w,
                                        size_t last, const QString &key) const
{
    // "Keith Kellogg, a retired American general involved in …": an apposition after a comma.
    if (last + 2 >= w.size())
        return;
    const QString gap = text.mid(w[last].span.end, w[last + 1].span.start - w[last].span.end);
    if (gap.trimmed() != QLatin1String(","))
        return;
    const QString det = w[last + 1].fold;
    if (det != QLatin1String("a") && det != QLatin1String("an") && det != QLatin1String("the"))
        return;
    QString noun;
    bool former = false;
    size_t end = last + 1;
    for (size_t i = last + 2; i < w.size() && i < last + 10; ++i) {
        const QString g = text.mid(w[i - 1].span.end, w[i].span.start - w[i - 1].span.end);
        if (g.contains(u',') || g.contains(u'.'))
            break;
        former |= w[i].fold == QLatin1String("former");
        if (w[i].i.role) {
            noun = w[i].fold;
            end = i;
        }
    }
    if (noun.isEmpty())
        return;
    const Span s{w[last + 1].span.start, w[end].span.end};
    c.roles.push_back({key, noun, former, s, text.mid(s.start, s.length())});
}

void ClaimExtractor::Private::names(Claim &c, const QString &text, const std::vector<W> &w,
                                    QHash<QString, QString> &affiliation) const
{
    for (size_t i = 0; i < w.size();) {
        if (!isName(w[i], i == 0, c.headline) || w[i].i.role) {
            ++i;
            continue;
        }
        size_t j = i;
        while (j + 1 < w.size() && onlySpaceBetween(text, w[j], w[j + 1])) {
            const bool next = isName(w[j + 1], false, c.headline) && !w[j + 1].i.role;
            const bool connector =
                w[j + 1].i.connector && j + 2 < w.size() && isName(w[j + 2], false, c.headline);
            if (!next && !connector)
                break;
            ++j;
            // A possessive ends the name ("Trump's team").
            if (w[j].fold != w[j].text.toCaseFolded())
                break;
        }
        QStringList parts;
        for (size_t k = i; k <= j; ++k)
            parts << w[k].fold;
        const QString name = text.mid(w[i].span.start, w[j].span.end - w[i].span.start);
        const QString k = key(parts.join(u' '));
        c.entities << k;
        c.entityNames << name;
        roleBefore(c, text, w, i, k);
        roleAfter(c, text, w, j, k);
        // "Kremlin spokesman Dmitry Peskov": the person speaks for the Kremlin from now on.
        if (i >= 2 && w[i - 1].i.role && w[i - 2].cap && isName(w[i - 2], i == 2, false))
            affiliation.insert(k, key(w[i - 2].fold));
        i = j + 1;
    }
    for (qsizetype k = 0, n = c.entities.size(); k < n; ++k) {
        const QString a = affiliation.value(c.entities.at(k));
        if (!a.isEmpty() && !c.entities.contains(a)) {
            c.entities << a;
            c.entityNames << a;
        }
    }
}

void ClaimExtractor::Private::quantities(Claim &c, const QString &text,
                                         const std::vector<W> &w) const
{
    for (size_t i = 0; i < w.size(); ++i) {
        QString token = w[i].fold;
        QString unitInToken;
        // "ten-kilometre", "24-hour": the unit is inside the token.
        if (const qsizetype dash = token.indexOf(u'-'); dash > 0) {
            unitInToken = token.mid(dash + 1);
            token = token.left(dash);
        }
        std::optional<double> value;
        if (isNumberToken(token))
            value = numberValue(token);
        else
            value = unitInToken.isEmpty() ? w[i].i.number : Lexicon::numberWord(token);
        if (!value)
            continue;
        const bool digits = isNumberToken(token);
        // A year is a date, not a quantity.
        if (digits && token.size() == 4 && *value >= 1900 && *value <= 2100)
            continue;
        size_t last = i;
        double v = *value;
        // "230, 000" as written with spaces: one number.
        if (digits && last + 1 < w.size() && w[last + 1].fold.size() == 3 &&
            isNumberToken(w[last + 1].fold) &&
            text.mid(w[last].span.end, w[last + 1].span.start - w[last].span.end).trimmed() ==
                QLatin1String(",")) {
            v = v * 1000 + numberValue(w[last + 1].fold);
            ++last;
        }
        if (digits && token.size() == 3 && token.startsWith(u'0'))
            continue; // the tail of such a number
        // "$137-million": a multiplier inside the token
        if (const std::optional<double> m = Lexicon::numberWord(unitInToken); m && *m >= 100) {
            v *= *m;
            unitInToken.clear();
        }
        // "1 million", "two thousand"
        while (unitInToken.isEmpty() && last + 1 < w.size()) {
            const std::optional<double> m = w[last + 1].i.number;
            if (!m || *m < 100 || w[last + 1].i.vague)
                break;
            v *= *m;
            ++last;
        }
        // A lone "one" or "a" is an article more often than a count.
        if (!digits && v == 1 && unitInToken.isEmpty() && last == i)
            continue;
        QString noun = unitInToken;
        size_t nounAt = last;
        // Money: a currency sign before the number or a currency after it.
        const QChar sign = w[i].span.start > 0 ? text.at(w[i].span.start - 1) : QChar();
        static const QHash<QString, QString> currencies{
            {QStringLiteral("dollars"), QStringLiteral("$")},
            {QStringLiteral("dollar"), QStringLiteral("$")},
            {QStringLiteral("euros"), QStringLiteral("€")},
            {QStringLiteral("euro"), QStringLiteral("€")},
            {QStringLiteral("pounds"), QStringLiteral("£")},
            {QStringLiteral("pound"), QStringLiteral("£")}};
        if (sign == u'$' || sign == QChar(0x20AC) || sign == QChar(0xA3)) {
            noun = sign;
        } else if (last + 1 < w.size() && currencies.contains(w[last + 1].fold)) {
            noun = currencies.value(w[last + 1].fold);
            nounAt = last + 1;
        }
        if (noun.isEmpty()) {
            for (size_t k = last + 1; k < w.size() && k <= last + 2; ++k) {
                if (w[k].fold == QLatin1String("of"))
                    continue;
                noun = w[k].fold;
                nounAt = k;
                break;
            }
        }
        QString head;
        if (nounAt > last && nounAt + 1 < w.size() && !w[nounAt + 1].i.stop &&
            !isNumberToken(w[nounAt + 1].text) && onlySpaceBetween(text, w[nounAt], w[nounAt + 1]))
            head = w[nounAt + 1].i.stem;
        QString before;
        for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k)
            before += w[k].fold + u' ';
        const Lexicon::Bound bound = Lexicon::boundBefore(before.trimmed());
        Quantity q;
        const std::optional<double> days = Lexicon::durationUnit(noun);
        q.duration = days.has_value();
        if (days)
            v *= *days;
        const bool vague = Lexicon::isVaguePlural(token);
        q.low = q.high = v;
        const double inf = std::numeric_limits<double>::infinity();
        switch (vague ? Lexicon::Bound::AtLeast : bound) {
        case Lexicon::Bound::Exact:
            break;
        case Lexicon::Bound::About:
            q.low = v * 0.8;
            q.high = v * 1.2;
            break;
        case Lexicon::Bound::AtLeast:
            q.high = inf;
            break;
        case Lexicon::Bound::MoreThan:
            q.low = v + (v >= 10 ? 1 : 1e-9);
            q.high = inf;
            break;
        case Lexicon::Bound::AtMost:
            q.low = 0;
            break;
        case Lexicon::Bound::LessThan:
            q.low = 0;
            q.high = v - (v >= 10 ? 1 : 1e-9);
            break;
        }
        if (noun.size() == 1 && !noun.at(0).isLetterOrNumber()) {
            // a currency: compared as it is
        } else if (q.duration) {
            noun = QStringLiteral("duration");
            const QStringList prev = before.trimmed().split(u' ', Qt::SkipEmptyParts);
            const QString next = nounAt + 1 < w.size() ? w[nounAt + 1].fold : QString();
            const auto has = [&prev](const char *x) { return prev.contains(QLatin1String(x)); };
            if (has("within") || has("in") || has("by") || has("innerhalb") || has("binnen") ||
                next == QLatin1String("to"))
                q.relation = QStringLiteral("deadline");
            else if (has("since") || has("after") || has("seit") || next == QLatin1String("ago") ||
                     next == QLatin1String("since") || next == QLatin1String("after"))
                q.relation = QStringLiteral("elapsed");
            else
                q.relation = QStringLiteral("length");
        } else if (!noun.isEmpty())
            noun = info(noun).stem;
        q.noun = noun;
        q.head = head;
        q.span = {w[i].span.start, w[std::max(last, nounAt)].span.end};
        q.text = text.mid(q.span.start, q.span.length());
        c.quantities.push_back(q);
        i = last;
    }
}

void ClaimExtractor::Private::dates(Claim &c, const std::vector<W> &w, const QString &text) const
{
    for (size_t i = 0; i < w.size(); ++i) {
        DateRef d;
        size_t last = i;
        size_t first = i;
        // Month names must be capitalised in English ("may", "march" are verbs).
        const int month = w[i].cap || language != QLatin1String("en") ? w[i].i.month : 0;
        const int weekday = w[i].cap || language != QLatin1String("en") ? w[i].i.weekday : 0;
        const auto dayNumber = [&](size_t k) {
            bool ok = false;
            const int n = w[k].fold.toInt(&ok);
            return ok && n >= 1 && n <= 31 ? n : 0;
        };
        const auto yearAt = [&](size_t k) {
            bool ok = false;
            const int n = w[k].fold.toInt(&ok);
            return ok && w[k].fold.size() == 4 && n >= 1900 && n <= 2100 ? n : 0;
        };
        if (month) {
            d.month = month;
            if (i + 1 < w.size() && dayNumber(i + 1)) {
                d.day = dayNumber(i + 1);
                last = i + 1;
            } else if (i > 0 && dayNumber(i - 1)) {
                d.day = dayNumber(i - 1);
                first = i - 1;
            }
            if (last + 1 < w.size() && yearAt(last + 1))
                d.year = yearAt(++last);
        } else if (weekday) {
            d.weekday = weekday;
        } else if (yearAt(i)) {
            d.year = yearAt(i);
        } else {
            continue;
        }
        // "early on Tuesday", "Tuesday morning", "late Monday"
        for (size_t k = first >= 2 ? first - 2 : 0; k < first; ++k) {
            if (w[k].i.dayPart) {
                d.part = w[k].fold;
                first = k;
            }
        }
        if (last + 1 < w.size() && w[last + 1].i.dayPart)
            d.part = w[++last].fold;
        d.span = {w[first].span.start, w[last].span.end};
        d.text = text.mid(d.span.start, d.span.length());
        c.dates.push_back(d);
        i = last;
    }
}

void ClaimExtractor::Private::stance(Claim &c, const QString &text) const
{
    // The earliest marker sets the stance ("confirmed …, with a spokesperson unable to
    // comment" is a confirmation); at one place the stronger meaning wins.
    const QString s = text.mid(c.span.start, c.span.length());
    int best = -1;
    for (const Lexicon::StancePattern &p : Lexicon::stancePatterns(language)) {
        const QRegularExpressionMatch m = p.re.match(s);
        if (!m.hasMatch())
            continue;
        if (best < 0 || m.capturedStart() < best) {
            best = int(m.capturedStart());
            c.stance = p.stance;
            c.stanceSpan = {c.span.start + best, c.span.start + int(m.capturedEnd())};
        }
    }
    if (best >= 0)
        c.stanceText = text.mid(c.stanceSpan.start, c.stanceSpan.length());
}

void ClaimExtractor::Private::quotes(Claim &c, const QString &text,
                                     const QString &previousSpeaker) const
{
    static const QRegularExpression re(QStringLiteral("[“\"‘«„]([^”\"’»“]{8,})[”\"’»“]"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    const QString s = text.mid(c.span.start, c.span.length());
    static const QString marks = QStringLiteral("“\"‘«„");
    if (std::none_of(s.begin(), s.end(), [](QChar ch) { return marks.contains(ch); }))
        return;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        Quote q;
        q.span = {c.span.start + int(m.capturedStart(1)), c.span.start + int(m.capturedEnd(1))};
        q.text = m.captured(1);
        for (const W &x : wordsIn(text, q.span))
            q.words.push_back(x.fold);
        if (q.words.size() < 3)
            continue;
        c.quotes.push_back(std::move(q));
    }
    if (c.quotes.empty())
        return;
    // The speaker: a name outside the quotes next to an attribution verb, else the sentence's
    // only name outside them, else (a pronoun) the speaker of the sentence before.
    const std::vector<W> w = wordsOf(text, c.span);
    const auto inQuote = [&](const W &x) {
        return std::any_of(c.quotes.begin(), c.quotes.end(),
                           [&](const Quote &q) { return q.span.contains(x.span.start); });
    };
    bool verb = false;
    bool pronoun = false;
    for (const W &x : w) {
        if (inQuote(x))
            continue;
        verb |= attribution.contains(x.fold);
        pronoun |= x.i.pronoun;
    }
    // Positions of the attribution verbs outside the quotes.
    std::vector<std::pair<int, bool>> verbs; // position, and whether it names a listener
    for (const W &x : w) {
        if (!inQuote(x) && attribution.contains(x.fold))
            verbs.push_back({x.span.start, x.fold == QLatin1String("told") ||
                                               x.fold == QLatin1String("informed")});
    }
    QString speaker, name;
    int best = 60; // characters between the name and its verb ("Solberg told", "said Putin")
    for (qsizetype k = 0; k < c.entityNames.size(); ++k) {
        const QString &n = c.entityNames.at(k);
        const qsizetype at = s.indexOf(n);
        if (at < 0)
            continue;
        const int pos = c.span.start + int(at);
        const bool inside = std::any_of(c.quotes.begin(), c.quotes.end(),
                                        [&](const Quote &q) { return q.span.contains(pos); });
        if (inside)
            continue;
        for (const auto &[v, told] : verbs) {
            // "X told Y": the speaker comes before "told"; "said X" or "X said" either side.
            if (told && v < pos)
                continue;
            const int gap = v >= pos ? v - (pos + int(n.size())) : pos - v;
            if (gap >= 0 && gap < best) {
                best = gap;
                speaker = c.entities.at(k);
                name = n;
            }
        }
    }
    if (speaker.isEmpty() && pronoun && verb)
        speaker = previousSpeaker;
    if (!verb && speaker.isEmpty())
        return;
    for (Quote &q : c.quotes) {
        q.speaker = speaker;
        q.speakerName = name.isEmpty() ? speaker : name;
    }
}

void ClaimExtractor::Private::cause(Claim &c, const QString &text, const std::vector<W> &w) const
{
    for (size_t i = 0; i < w.size(); ++i) {
        if (!w[i].i.cause)
            continue;
        // "a failure of the steering gear", "a steering gear failure", "human error on the
        // bridge": the cause noun with the words that say what failed.
        size_t first = i, last = i;
        while (first > 0 && i - first < 3 && !w[first - 1].i.stop &&
               onlySpaceBetween(text, w[first - 1], w[first]) && !predicateOf(w[first - 1]).size())
            --first;
        if (i + 2 < w.size() &&
            (w[i + 1].fold == QLatin1String("of") || w[i + 1].fold == QLatin1String("on") ||
             w[i + 1].fold == QLatin1String("in"))) {
            size_t k = i + 2;
            if (k < w.size() && w[k].i.stop)
                ++k;
            for (; k < w.size() && k <= i + 5 && onlySpaceBetween(text, w[k - 1], w[k]); ++k) {
                if (w[k].i.stop)
                    break;
                last = k;
            }
        }
        if (first == i && last == i)
            continue; // "a fault" alone says nothing about what failed
        c.causeSpan = {w[first].span.start, w[last].span.end};
        c.cause = text.mid(c.causeSpan.start, c.causeSpan.length());
        c.predicates.insert(QStringLiteral("cause"));
        return;
    }
}

std::vector<Claim> ClaimExtractor::extract(SourceId source, const QString &text) const
{
    std::vector<Claim> out;
    QHash<QString, QString> affiliation;
    QString previousSpeaker;
    for (const Span s : d->breaks.sentences(text)) {
        Claim c;
        c.source = source;
        c.span = s;
        c.text = text.mid(s.start, s.length());
        const std::vector<W> w = d->wordsOf(text, s);
        if (w.size() < 3)
            continue;
        // German capitalises every noun: Title Case says nothing there.
        c.headline = d->language != QLatin1String("de") && isTitleCase(w);
        d->names(c, text, w, affiliation);
        for (size_t k = 0; k < w.size(); ++k) {
            const W &x = w[k];
            const QString p = d->predicateOf(x);
            if (!p.isEmpty()) {
                if (c.predicates.isEmpty())
                    c.predicateSpan = x.span;
                c.predicates.insert(p);
                c.eventWords.push_back({p, int(k), x.span});
            }
            const WordInfo &wi = x.i;
            if (!wi.stop && !isNumberToken(x.text))
                c.content.push_back(wi.hash);
        }
        std::sort(c.content.begin(), c.content.end());
        c.content.erase(std::unique(c.content.begin(), c.content.end()), c.content.end());
        d->quantities(c, text, w);
        d->dates(c, w, text);
        d->stance(c, text);
        for (size_t k = 0; k < w.size() && c.stanceSpan.isValid(); ++k) {
            if (w[k].span.end > c.stanceSpan.start) {
                c.stanceWord = int(k);
                break;
            }
        }
        d->cause(c, text, w);
        // "He added…", "In this instance, I am unable…": a sentence with no name of its own
        // that speaks of someone continues the sentence before.
        if (!out.empty() && c.entities.isEmpty() &&
            std::any_of(w.begin(), w.end(), [](const W &x) { return x.i.pronoun; })) {
            const Claim &prev = out.back();
            c.entities = prev.entities;
            c.entityNames = prev.entityNames;
            if (c.predicates.isEmpty())
                c.predicates = prev.predicates;
            c.inherited = true;
        }
        d->quotes(c, text, previousSpeaker);
        for (const Quote &q : c.quotes) {
            if (!q.speaker.isEmpty())
                previousSpeaker = q.speaker;
        }
        if (c.quotes.empty() && !c.entities.isEmpty())
            previousSpeaker = c.entities.first();
        out.push_back(std::move(c));
    }
    // Only claims something can be compared by stay: names with an event, a quantity, a date,
    // a cause, a quotation or a role (most sentences of a long text are none of these).
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const Claim &c) {
                                 return (c.entities.isEmpty() || c.predicates.isEmpty()) &&
                                        c.quantities.empty() && c.dates.empty() &&
                                        c.cause.isEmpty() && c.quotes.empty() && c.roles.empty();
                             }),
              out.end());
    return out;
}

} // namespace Crosscheck::Core::Claims
