// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimextractor_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Crosscheck::Core::Claims {

using namespace Detail;

namespace {

/// A number written at word i: its value, the last word it takes ("1 million", "230, 000"), and
/// a unit written inside the token ("ten-kilometre").
struct Number
{
    double value = 0;
    size_t last = 0;
    bool digits = false;
    QString unit;
    QString token;
};

std::optional<Number> numberAt(const QString &text, const std::vector<W> &w, size_t i)
{
    Number n;
    n.token = w[i].fold;
    if (const qsizetype dash = n.token.indexOf(u'-'); dash > 0) {
        n.unit = n.token.mid(dash + 1);
        n.token = n.token.left(dash);
    }
    n.digits = isNumberToken(n.token);
    // "6. 1" (a decimal point followed by a space, as some wire copy writes it): the "1" is
    // the decimal part of a magnitude, not a count.
    if (n.digits && i > 0 && isNumberToken(w[i - 1].text)) {
        const QString gap = text.mid(w[i - 1].span.end, w[i].span.start - w[i - 1].span.end);
        if (gap.trimmed() == QLatin1String("."))
            return std::nullopt;
    }
    // A clock time ("15: 01 IST", "1: 28PM", "07.50 hrs") is when, not how many.
    if (n.digits && i > 0 &&
        text.mid(w[i - 1].span.end, w[i].span.start - w[i - 1].span.end).trimmed() ==
            QLatin1String(":"))
        return std::nullopt;
    if (n.digits && i + 1 < w.size() &&
        (Lexicon::isClockWord(w[i + 1].fold) ||
         text.mid(w[i].span.end, w[i + 1].span.start - w[i].span.end).trimmed() ==
             QLatin1String(":")))
        return std::nullopt;
    if (n.digits && !n.unit.isEmpty() && Lexicon::isClockWord(n.unit.toCaseFolded()))
        return std::nullopt;
    std::optional<double> value = n.digits           ? numberValue(n.token)
                                  : n.unit.isEmpty() ? w[i].i.number
                                                     : Lexicon::numberWord(n.token);
    if (!value)
        return std::nullopt;
    // A year is a date, not a quantity; "000" is the tail of "230, 000".
    if (n.digits && n.token.size() == 4 && *value >= 1900 && *value <= 2100)
        return std::nullopt;
    if (n.digits && n.token.size() == 3 && n.token.startsWith(u'0'))
        return std::nullopt;
    n.last = i;
    n.value = *value;
    if (n.digits && i + 1 < w.size() && w[i + 1].fold.size() == 3 && isNumberToken(w[i + 1].fold) &&
        text.mid(w[i].span.end, w[i + 1].span.start - w[i].span.end).trimmed() ==
            QLatin1String(",")) {
        n.value = n.value * 1000 + numberValue(w[i + 1].fold).value_or(0);
        ++n.last;
    }
    // "$137-million", "1 million", "two thousand"
    if (const std::optional<double> m = Lexicon::numberWord(n.unit); m && *m >= 100) {
        n.value *= *m;
        n.unit.clear();
    }
    while (n.unit.isEmpty() && n.last + 1 < w.size()) {
        const std::optional<double> m = w[n.last + 1].i.number;
        if (!m || *m < 100 || w[n.last + 1].i.vague)
            break;
        n.value *= *m;
        ++n.last;
    }
    // A lone "one" or "a" is an article more often than a count.
    if (!n.digits && n.value == 1 && n.unit.isEmpty() && n.last == i)
        return std::nullopt;
    return n;
}

/// What the number counts: a currency (sign before, name after), else the next word (skipping
/// "of"), with the word after that as a second guess at the head ("two speed boats").
void countedNoun(const QString &text, const std::vector<W> &w, size_t i, const Number &n,
                 QString &noun, QString &head, size_t &nounAt)
{
    noun = n.unit;
    nounAt = n.last;
    const QChar sign = w[i].span.start > 0 ? text.at(w[i].span.start - 1) : QChar();
    static const QHash<QString, QString> currencies{
        {QStringLiteral("dollars"), QStringLiteral("$")},
        {QStringLiteral("dollar"), QStringLiteral("$")},
        {QStringLiteral("euros"), QStringLiteral("€")},
        {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("pounds"), QStringLiteral("£")},
        {QStringLiteral("pound"), QStringLiteral("£")}};
    const size_t after = n.last + 1;
    if (sign == u'$' || sign == QChar(0x20AC) || sign == QChar(0xA3)) {
        noun = sign;
    } else if (after < w.size() && currencies.contains(w[after].fold)) {
        noun = currencies.value(w[after].fold);
        nounAt = after;
    }
    if (noun.isEmpty()) {
        for (size_t k = after; k < w.size() && k <= n.last + 2; ++k) {
            // The thing counted follows the number across spaces only: "15, was" (an age
            // between commas) and "6. 1" count nothing; a function word is not a thing.
            if (!onlySpaceBetween(text, w[k - 1], w[k]))
                break;
            if (w[k].fold == QLatin1String("of"))
                continue;
            if (w[k].i.stop || w[k].text.isEmpty() || !w[k].text.front().isLetter())
                break;
            noun = w[k].fold;
            nounAt = k;
            break;
        }
    }
    if (nounAt > n.last && nounAt + 1 < w.size() && !w[nounAt + 1].i.stop &&
        !isNumberToken(w[nounAt + 1].text) && onlySpaceBetween(text, w[nounAt], w[nounAt + 1]))
        head = w[nounAt + 1].i.stem;
}

/// The range a bound gives \a v: "about" ±20 %, "at least" to infinity, and so on.
void setRange(Quantity &q, double v, Lexicon::Bound bound)
{
    const double inf = std::numeric_limits<double>::infinity();
    q.low = q.high = v;
    switch (bound) {
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
}

/// A duration is a deadline ("within six months", "100 days to broker"), a time elapsed
/// ("since", "ago") or a length.
QString durationRelation(const QString &before, const QString &next)
{
    const QStringList prev = before.split(u' ', Qt::SkipEmptyParts);
    const auto has = [&prev](const char *x) { return prev.contains(QLatin1String(x)); };
    if (has("within") || has("in") || has("by") || has("innerhalb") || has("binnen") ||
        next == QLatin1String("to"))
        return QStringLiteral("deadline");
    if (has("since") || has("after") || has("seit") || next == QLatin1String("ago") ||
        next == QLatin1String("since") || next == QLatin1String("after"))
        return QStringLiteral("elapsed");
    // "five days of rioting": how long it has run when the report was written, which reports
    // of different days give differently.
    if (next == QLatin1String("of"))
        return QStringLiteral("running");
    return QStringLiteral("length");
}

} // namespace

void ClaimExtractor::Private::quantities(Claim &c, const QString &text,
                                         const std::vector<W> &w) const
{
    for (size_t i = 0; i < w.size(); ++i) {
        const std::optional<Number> n = numberAt(text, w, i);
        if (!n)
            continue;
        QString noun, head;
        size_t nounAt = n->last;
        countedNoun(text, w, i, *n, noun, head, nounAt);
        QString before;
        for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k)
            before += w[k].fold + u' ';
        before = before.trimmed();
        Quantity q;
        const std::optional<double> days = Lexicon::durationUnit(noun);
        q.duration = days.has_value();
        setRange(q, n->value * (days ? *days : 1),
                 Lexicon::isVaguePlural(n->token) ? Lexicon::Bound::AtLeast
                                                  : Lexicon::boundBefore(before));
        if (noun.size() == 1 && !noun.at(0).isLetterOrNumber()) {
            // a currency: compared as it is
        } else if (q.duration) {
            noun = QStringLiteral("duration");
            q.relation =
                durationRelation(before, nounAt + 1 < w.size() ? w[nounAt + 1].fold : QString());
        } else if (!noun.isEmpty()) {
            noun = info(noun).stem;
        }
        // An age ("15-year-old") belongs to a person, not to the event: not compared.
        if (noun.endsWith(QLatin1String("old"))) {
            i = n->last;
            continue;
        }
        q.noun = noun;
        q.head = head;
        q.span = {w[i].span.start, w[std::max(n->last, nounAt)].span.end};
        q.text = text.mid(q.span.start, q.span.length());
        c.quantities.push_back(q);
        i = n->last;
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
            // "next Friday", "last Friday"
            if (i > 0 && (w[i - 1].fold == QLatin1String("next") ||
                          w[i - 1].fold == QLatin1String("last"))) {
                first = i - 1;
                d.offset = w[i - 1].fold == QLatin1String("next") ? 7 : -7;
            }
        } else if (const std::optional<int> rel = Lexicon::relativeDay(w[i].fold, language)) {
            d.relative = true;
            d.offset = *rel;
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

void Detail::resolveDates(Claim &c, const QDate &published)
{
    const bool ahead = c.stance == Stance::Planned;
    for (DateRef &d : c.dates) {
        if (d.relative) {
            d.resolved = published.addDays(d.offset);
        } else if (d.weekday) {
            // The last such day on or before the article (the next one after it for plans);
            // "next Friday" and "last Friday" a week further.
            int back = (published.dayOfWeek() - d.weekday + 7) % 7;
            QDate day = published.addDays(-back);
            if (ahead && back > 0)
                day = day.addDays(7);
            if (d.offset > 0 && day <= published)
                day = day.addDays(7);
            if (d.offset < 0 && back == 0)
                day = day.addDays(-7);
            d.resolved = day;
        } else if (d.month && d.day) {
            int year = d.year ? d.year : published.year();
            QDate day(year, d.month, d.day);
            if (!d.year && day.isValid()) {
                // Nearest before the article (after it for plans), within a year.
                if (!ahead && day > published.addDays(14))
                    day = QDate(year - 1, d.month, d.day);
                else if (ahead && day < published.addDays(-14))
                    day = QDate(year + 1, d.month, d.day);
            }
            d.resolved = day;
        }
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

int ClaimExtractor::Private::personAt(const std::vector<Ner::Name> &tagged, qsizetype at,
                                      qsizetype length) const
{
    if (!tagger)
        return -1;
    for (const Ner::Name &n : tagged) {
        if (n.span.start < at + length && at < n.span.end)
            return n.cls == 0 ? 1 : 0;
    }
    return 0;
}

ClaimExtractor::Private::Speaker
ClaimExtractor::Private::speakerOf(const Claim &c, const QString &s,
                                   const std::vector<std::pair<int, bool>> &verbs) const
{
    // The name tagger says which names are people: "Ema Suryani, a doctor in Bener Meriah
    // district, told AFP" is Suryani's, though the district is nearer the verb.
    const std::vector<Ner::Name> tagged = tagger ? tagger->tag(s) : std::vector<Ner::Name>{};
    Speaker out;
    int best = 0; // characters between the name and its verb ("Solberg told", "said Putin")
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
        const int isPerson = personAt(tagged, at, n.size());
        for (const auto &[v, told] : verbs) {
            // "X told Y": the speaker comes before "told"; "said X" or "X said" either side.
            if (told && v < pos)
                continue;
            const int gap = v >= pos ? v - (pos + int(n.size())) : pos - v;
            // A person beats any other name; among names of one kind, the nearest wins. A
            // person may stand further from the verb, across an apposition ("Ema Suryani, a
            // doctor at a clinic in Lampahan city, told AFP").
            const bool better = out.key.isEmpty() || (isPerson == 1 && out.person != 1) ||
                                ((isPerson == 1) == (out.person == 1) && gap < best);
            if (gap >= 0 && gap < (isPerson == 1 ? 120 : 60) && better) {
                best = gap;
                out = {c.entities.at(k), n, isPerson};
            }
        }
    }
    return out;
}

void ClaimExtractor::Private::quotes(Claim &c, const QString &text, const QString &previousSpeaker,
                                     int previousPerson) const
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
    const Speaker found = speakerOf(c, s, verbs);
    QString speaker = found.key, name = found.name;
    int person = found.person;
    if (speaker.isEmpty() && pronoun && verb) {
        speaker = previousSpeaker;
        person = previousPerson;
    }
    if (!verb && speaker.isEmpty())
        return;
    for (Quote &q : c.quotes) {
        q.speaker = speaker;
        q.person = person;
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

} // namespace Crosscheck::Core::Claims
