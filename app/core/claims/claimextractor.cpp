// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimextractor_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Crosscheck::Core::Claims {

namespace Detail {

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
    QStringList words;
    for (const W &x : w)
        words << x.text;
    return Lexicon::isTitleCase(words);
}

bool onlySpaceBetween(const QString &text, const W &a, const W &b)
{
    for (int i = a.span.end; i < b.span.start; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return b.span.start - a.span.end <= 2;
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

} // namespace Detail

using namespace Detail;

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

namespace {
/// "calling for his resignation", "dismissed calls": a call that is a demand, not a conversation.
bool isDemand(const std::vector<W> &w, size_t k)
{
    if (!w[k].fold.startsWith(QLatin1String("call")))
        return false;
    static const QSet<QString> before{
        QStringLiteral("dismissed"), QStringLiteral("rejected"),  QStringLiteral("ignored"),
        QStringLiteral("amid"),      QStringLiteral("despite"),   QStringLiteral("renewed"),
        QStringLiteral("growing"),   QStringLiteral("mounting"),  QStringLiteral("repeated"),
        QStringLiteral("rebuffing"), QStringLiteral("rejecting"), QStringLiteral("dismissing"),
        QStringLiteral("rebuffed")};
    return (k + 1 < w.size() && w[k + 1].fold == QLatin1String("for")) ||
           (k > 0 && before.contains(w[k - 1].fold));
}
} // namespace

std::vector<Claim> ClaimExtractor::extract(SourceId source, const QString &text,
                                           const QDate &published) const
{
    std::vector<Claim> out;
    QHash<QString, QString> affiliation;
    QString previousSpeaker;
    int previousPerson = -1;
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
            QString p = d->predicateOf(x);
            if (!p.isEmpty() && isDemand(w, k))
                p.clear();
            if (!p.isEmpty()) {
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
        if (published.isValid())
            resolveDates(c, published);
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
        d->quotes(c, text, previousSpeaker, previousPerson);
        for (const Quote &q : c.quotes) {
            if (!q.speaker.isEmpty()) {
                previousSpeaker = q.speaker;
                previousPerson = q.person;
            }
        }
        if (c.quotes.empty() && !c.entities.isEmpty()) {
            previousSpeaker = c.entities.first();
            previousPerson = -1;
        }
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
