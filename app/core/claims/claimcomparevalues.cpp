// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcomparer_p.h"

#include "claimlexicon.h"
#include "text/tokenizer.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace Crosscheck::Core::Claims::Detail {

void Comparison::loadAntonyms()
{
    Text::Tokenizer t({QStringLiteral("en"), false});
    const auto key = [&](const QString &w) { return Text::Tokenizer::hash(t.stem(w)); };
    for (const auto &[x, y] : Lexicon::wordnetAntonyms()) {
        antonyms[key(x)].push_back({key(y), x + u'|' + y});
        antonyms[key(y)].push_back({key(x), y + u'|' + x});
    }
}

bool Comparison::antonym(size_t ia, size_t ib, const Relatedness &r)
{
    const Claim &a = claims[ia], &b = claims[ib];
    if (antonyms.isEmpty() || r.entities < 1 || r.dice < 0.6 || !sameParticipants(a, b))
        return false;
    const auto has = [](const Claim &c, uint64_t h) {
        return std::binary_search(c.content.begin(), c.content.end(), h);
    };
    for (const uint64_t h : a.content) {
        const auto it = antonyms.constFind(h);
        if (it == antonyms.constEnd() || has(b, h))
            continue;
        for (const auto &[other, words] : *it) {
            if (!has(b, other) || has(a, other))
                continue;
            const QString wa = words.section(u'|', 0, 0), wb = words.section(u'|', 1, 1);
            add(ia, ib, QStringLiteral("polarity"), QStringLiteral("antonym"), wa, wb,
                0.45 + 0.25 * r.score(),
                QStringLiteral("n|") + r.sharedEntities.join(u',') + u'|' + orderedKey(wa, wb));
            return true;
        }
    }
    return false;
}

namespace {

int gap(Span x, Span y)
{
    return x.end <= y.start ? y.start - x.end : x.start >= y.end ? x.start - y.end : 0;
}

} // namespace

const Claim::EventWord *
Comparison::nearestEvent(const Claim &c, Span at, int reach,
                         const std::function<bool(const Claim::EventWord &)> &skip)
{
    const Claim::EventWord *best = nullptr;
    int nearest = reach + 1;
    for (const Claim::EventWord &e : c.eventWords) {
        if (skip && skip(e))
            continue;
        const int d = gap(e.span, at);
        if (d < nearest) {
            nearest = d;
            best = &e;
        }
    }
    return best;
}

QString Comparison::governing(const Claim &c, const Quantity &q, int reach)
{
    // A deadline counted from something ("end the war within 24 hours of taking office")
    // times the event before it, not the one it counts from.
    const bool deadline =
        q.duration && q.relation == QLatin1String("deadline") &&
        QStringView(c.text).mid(q.span.end - c.span.start).startsWith(QLatin1String(" of "));
    // "400 protesters": the counted word itself says who is counted, not what they did.
    const Claim::EventWord *best = nearestEvent(c, q.span, reach, [&](const Claim::EventWord &e) {
        return (deadline && e.span.end > q.span.start) || q.span.contains(e.span.start);
    });
    if (!best)
        return {};
    // Only a quantity of the same kind takes the word away: "four robbers made off with
    // $137 million" still counts the money of the theft.
    const auto money = [](const Quantity &x) { return x.noun.size() == 1; };
    const int nearest = gap(best->span, q.span);
    for (const Quantity &other : c.quantities) {
        if (&other != &q && !other.noun.isEmpty() && money(other) == money(q) &&
            gap(best->span, other.span) < nearest)
            return {};
    }
    return best->cls;
}

bool Comparison::sameThing(const Quantity &x, const Quantity &y)
{
    const auto eq = [](const QString &p, const QString &q) { return !p.isEmpty() && p == q; };
    return eq(x.noun, y.noun) || eq(x.head, y.head) || eq(x.noun, y.head) || eq(x.head, y.noun);
}

bool Comparison::isLength(const Quantity &q)
{
    static const QStringList units{
        QStringLiteral("kilomet"), QStringLiteral("km"),    QStringLiteral("mile"),
        QStringLiteral("metr"),    QStringLiteral("meter"), QStringLiteral("nautic"),
        QStringLiteral("feet"),    QStringLiteral("foot"),  QStringLiteral("yard")};
    return std::any_of(units.begin(), units.end(),
                       [&](const QString &u) { return q.noun.startsWith(u); });
}

namespace {

/// A toll (the dead, the injured, the arrested) is one disagreement however many figures the
/// sources give.
bool isToll(const QString &cls)
{
    static const QSet<QString> tolls{QStringLiteral("death"), QStringLiteral("injury"),
                                     QStringLiteral("casualty"), QStringLiteral("arrest")};
    return tolls.contains(cls);
}

/// Buildings are damaged, not killed or injured: "injured and 10 houses were damaged" counts
/// no victims.
bool isThing(const Quantity &q)
{
    static const QStringList things{
        QStringLiteral("hous"),   QStringLiteral("home"),    QStringLiteral("build"),
        QStringLiteral("vehicl"), QStringLiteral("car"),     QStringLiteral("school"),
        QStringLiteral("shop"),   QStringLiteral("road"),    QStringLiteral("bridg"),
        QStringLiteral("villag"), QStringLiteral("district")};
    return std::any_of(things.begin(), things.end(),
                       [&](const QString &t) { return q.noun.startsWith(t); });
}

} // namespace

QString Comparison::yearsOf(const Claim &c)
{
    std::vector<int> y;
    for (const DateRef &d : c.dates) {
        if (d.year)
            y.push_back(d.year);
    }
    std::sort(y.begin(), y.end());
    y.erase(std::unique(y.begin(), y.end()), y.end());
    QString out;
    for (int x : y)
        out += QString::number(x) + u' ';
    return out;
}

QString Comparison::countDisagreement(const Claim &a, const Quantity &qa, const Claim &b,
                                      const Quantity &qb, const Relatedness &r) const
{
    // Counts of one event: the event word nearest to each is of one class that both claims
    // share ("five killed" and "230,000 displaced" count different things), or two sentences
    // that say much the same.
    const QString ga = governing(a, qa, 45);
    const bool near =
        !ga.isEmpty() && ga == governing(b, qb, 45) && r.sharedPredicates.contains(ga);
    if (!near && (r.dice < 0.5 || !a.predicates.isEmpty() || !b.predicates.isEmpty()))
        return {};
    if (qa.duration &&
        (r.predicates < 1 || r.entities < 1 || qa.relation == QLatin1String("running")))
        return {};
    // Distances and depths ("a depth of 10 kilometres", "431 kilometres off Banda Aceh")
    // measure many things near one event: only in sentences much alike.
    if (isLength(qa) && r.dice < 0.4)
        return {};
    if (isToll(ga) && (isThing(qa) || isThing(qb)))
        return {};
    // A toll is one item listing every figure; other counts are grouped by the two values.
    if (near && isToll(ga))
        return QStringLiteral("q|toll|") + ga + u'|' + yearsOf(a);
    return QStringLiteral("q|") + qa.noun + u'|' +
           orderedKey(number(qa.low) + u'-' + number(qa.high),
                      number(qb.low) + u'-' + number(qb.high));
}

bool Comparison::quantities(size_t ia, size_t ib, const Relatedness &r, bool &agreed)
{
    const Claim &a = claims[ia], &b = claims[ib];
    const auto overlaps = [](const Quantity &x, const Quantity &y) {
        return sameThing(x, y) && x.relation == y.relation && x.low <= y.high && y.low <= x.high;
    };
    const auto matchedIn = [&](const Quantity &q, const std::vector<Quantity> &in) {
        return std::any_of(in.begin(), in.end(), [&](const Quantity &x) { return overlaps(q, x); });
    };
    if (yearsOf(a) != yearsOf(b))
        return false;
    bool found = false;
    for (const Quantity &qa : a.quantities) {
        if (qa.noun.isEmpty())
            continue;
        if (matchedIn(qa, b.quantities)) {
            agreed = true;
            continue;
        }
        for (const Quantity &qb : b.quantities) {
            if (!sameThing(qa, qb) || qa.relation != qb.relation || matchedIn(qb, a.quantities))
                continue;
            const QString group = countDisagreement(a, qa, b, qb, r);
            if (group.isEmpty())
                continue;
            add(ia, ib, qa.duration ? QStringLiteral("datetime") : QStringLiteral("number"),
                qa.duration ? QStringLiteral("duration") : QStringLiteral("number"), qa.text,
                qb.text, (qa.duration ? 0.55 : 0.62) + 0.25 * r.score(), group);
            found = true;
        }
    }
    return found;
}

bool Comparison::dates(size_t ia, size_t ib, const Relatedness &r, bool &agreed)
{
    const Claim &a = claims[ia], &b = claims[ib];
    // Dates of one event: a shared event, the same participants and enough words in common.
    const bool event = std::any_of(r.sharedPredicates.begin(), r.sharedPredicates.end(),
                                   [](const QString &p) { return eventClasses().contains(p); });
    if (!event || r.dice < 0.25 || !sameParticipants(a, b))
        return false;
    // A date of one that the other also gives agrees ("February or March" twice).
    const auto matched = [](const DateRef &d, const std::vector<DateRef> &in) {
        return std::any_of(in.begin(), in.end(), [&](const DateRef &x) { return x == d; });
    };
    // A date belongs to the event word nearest to it (a year closer still): "Trump, who took
    // office on January 20, spoke to Putin" dates the inauguration, not the call. Empty when
    // that event is not one both claims share.
    const auto dated = [&](const Claim &c, const DateRef &d) -> QString {
        const Claim::EventWord *e =
            nearestEvent(c, d.span, d.month || d.weekday || d.relative ? 70 : 35);
        return e && r.sharedPredicates.contains(e->cls) ? e->cls : QString();
    };
    for (const DateRef &da : a.dates) {
        if (dated(a, da).isEmpty())
            continue;
        if (matched(da, b.dates)) {
            agreed = true;
            continue;
        }
        for (const DateRef &db : b.dates) {
            // Both dates of one event: "riots on December 13" and "the December 6 killing"
            // date two events.
            if (!da.comparable(db) || matched(db, a.dates) || dated(b, db) != dated(a, da))
                continue;
            add(ia, ib, QStringLiteral("datetime"), QStringLiteral("date"), da.text, db.text,
                0.5 + 0.25 * r.score(),
                QStringLiteral("d|") + r.sharedPredicates.join(u',') + u'|' +
                    orderedKey(da.text.toCaseFolded(), db.text.toCaseFolded()));
            return true;
        }
    }
    return false;
}

} // namespace Crosscheck::Core::Claims::Detail
