// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsimilarity_p.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Crosscheck::Core::Claims {

namespace Detail {

bool positive(Stance s)
{
    return s == Stance::Asserted || s == Stance::Confirmed || s == Stance::Reported;
}

bool negative(Stance s)
{
    return s == Stance::Unconfirmed || s == Stance::Denied || s == Stance::Negated;
}

QStringList sharedSorted(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &x : a) {
        if (b.contains(x) && !out.contains(x))
            out << x;
    }
    out.sort();
    return out;
}

double dice(const std::vector<uint64_t> &a, const std::vector<uint64_t> &b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t common = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] == b[j])
            ++common, ++i, ++j;
        else if (a[i] < b[j])
            ++i;
        else
            ++j;
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

double wordDice(const std::vector<QString> &a, const std::vector<QString> &b)
{
    if (a.empty() || b.empty())
        return 0;
    QHash<QString, int> count;
    for (const QString &w : a)
        ++count[w];
    int common = 0;
    for (const QString &w : b) {
        auto it = count.find(w);
        if (it != count.end() && *it > 0) {
            --*it;
            ++common;
        }
    }
    return 2.0 * common / double(a.size() + b.size());
}

/// The words that carry a claim's stance about the event \a cls: from its marker to the event
/// word (either side, up to eight words away), or the event word with a few words before it
/// when the claim is stated as plain fact.
QString stancePhrase(const Claim &c, const QString &cls)
{
    const QString &t = c.text;
    const int base = c.span.start;
    const QList<Span> events = c.spansOf(cls);
    const Span event = !events.isEmpty()      ? events.first()
                       : c.eventWords.empty() ? Span{}
                                              : c.eventWords.front().span;
    int from, to;
    if (c.stanceSpan.isValid()) {
        from = c.stanceSpan.start - base;
        to = c.stanceSpan.end - base;
        for (const Span &e : events) {
            if (std::abs(e.start - c.stanceSpan.start) < 70) {
                from = std::min(from, e.start - base);
                to = std::max(to, e.end - base);
                break;
            }
        }
    } else if (event.isValid()) {
        from = event.start - base;
        to = event.end - base;
        for (int words = 0; from > 0 && words < 4;) {
            --from;
            if (t.at(from) == u',' || t.at(from) == u'.' || t.at(from) == u'“') {
                ++from;
                break;
            }
            if (t.at(from).isSpace())
                ++words;
        }
        const int stop = std::min<int>(int(t.size()), to + 24);
        while (to < stop && t.at(to) != u',' && t.at(to) != u'.')
            ++to;
    } else {
        return t.left(60).simplified();
    }
    while (to < t.size() && t.at(to).isLetterOrNumber())
        ++to;
    return t.mid(from, to - from).trimmed();
}

QString stanceCategory(Stance s)
{
    switch (s) {
    case Stance::Asserted:
    case Stance::Confirmed:
    case Stance::Reported:
        return QStringLiteral("yes");
    case Stance::Unconfirmed:
        return QStringLiteral("unsaid");
    case Stance::Denied:
    case Stance::Negated:
        return QStringLiteral("no");
    case Stance::Hedged:
        return QStringLiteral("hedged");
    case Stance::Planned:
        return QStringLiteral("planned");
    }
    return {};
}

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 6);
}

QString orderedKey(QString a, QString b)
{
    if (b < a)
        std::swap(a, b);
    return a + u'|' + b;
}

Relatedness relate(const Claim &a, const Claim &b)
{
    Relatedness r;
    r.sharedEntities = sharedSorted(a.entities, b.entities);
    r.entities = int(r.sharedEntities.size());
    for (const QString &p : a.predicates) {
        if (b.predicates.contains(p))
            r.sharedPredicates << p;
    }
    r.sharedPredicates.sort();
    r.predicates = int(r.sharedPredicates.size());
    r.dice = dice(a.content, b.content);
    return r;
}

/// Event classes a stance can be about (not goals such as ending a war or paying).
const QSet<QString> &eventClasses()
{
    static const QSet<QString> e{
        QStringLiteral("communicate"), QStringLiteral("meet"),    QStringLiteral("invade"),
        QStringLiteral("casualty"),    QStringLiteral("death"),   QStringLiteral("injury"),
        QStringLiteral("rescue"),      QStringLiteral("spill"),   QStringLiteral("crash"),
        QStringLiteral("arrest"),      QStringLiteral("shoot"),   QStringLiteral("quake"),
        QStringLiteral("acquire"),     QStringLiteral("appoint"), QStringLiteral("fire"),
        QStringLiteral("award"),       QStringLiteral("elect"),   QStringLiteral("steal"),
        QStringLiteral("riot")};
    return e;
}

} // namespace Detail

bool DateRef::comparable(const DateRef &o) const
{
    // Calendar days worked out from both articles' dates compare as days ("Friday" and
    // "January 31"); "today" or "yesterday" compare with nothing else (an outlet writing a day
    // later says "yesterday" for the other's "today").
    if (resolved.isValid() && o.resolved.isValid())
        return true;
    if (relative || o.relative)
        return false;
    if (weekday && o.weekday)
        return true;
    if (month && o.month)
        return (day != 0) == (o.day != 0);
    return year && o.year && !month && !o.month && !weekday && !o.weekday;
}

bool DateRef::operator==(const DateRef &o) const
{
    const auto earlyPart = [](const QString &p) {
        return p == QLatin1String("early") || p == QLatin1String("morning");
    };
    const auto latePart = [](const QString &p) {
        return p == QLatin1String("late") || p == QLatin1String("evening") ||
               p == QLatin1String("night");
    };
    const bool partsClash =
        (earlyPart(part) && latePart(o.part)) || (latePart(part) && earlyPart(o.part));
    if (resolved.isValid() && o.resolved.isValid())
        return resolved == o.resolved && !partsClash;
    return year == o.year && month == o.month && day == o.day && weekday == o.weekday &&
           offset == o.offset && relative == o.relative && !partsClash;
}

} // namespace Crosscheck::Core::Claims
