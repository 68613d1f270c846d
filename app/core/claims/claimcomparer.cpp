// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcomparer.h"
#include "claimcomparer_p.h"

#include "claimlexicon.h"
#include "suggestions/lexicon.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

namespace Crosscheck::Core::Claims {

using namespace Detail;

void Comparison::add(size_t a, size_t b, const QString &type, const QString &code,
                     const QString &va, const QString &vb, double confidence, const QString &group,
                     Link::Relation relation)
{
    Finding f;
    f.relation = relation;
    f.type = type;
    f.code = code;
    f.valueA = va.simplified();
    f.valueB = vb.simplified();
    f.a = a;
    f.b = b;
    f.confidence = std::clamp(confidence, 0.05, 0.99);
    f.group = group;
    out.push_back(std::move(f));
}

bool Comparison::governs(const Claim &c, const QStringList &classes)
{
    if (c.stance == Stance::Asserted)
        return true;
    // "no" (and "none", "kein…", "жодн…") negates the noun after it, not the sentence:
    // "struck Aceh with no tsunami warning" does not deny that it struck.
    static const QRegularExpression determiner(QStringLiteral("^(no|none|kein\\w*|жодн\\w*)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const bool onNoun =
        c.stance == Stance::Negated && determiner.match(c.stanceText.trimmed()).hasMatch();
    for (const Claim::EventWord &e : c.eventWords) {
        if (!classes.contains(e.cls))
            continue;
        const int d = e.word - c.stanceWord;
        if (onNoun ? (d >= 1 && d <= 3) : std::abs(d) <= 8)
            return true;
    }
    static const QRegularExpression back(QStringLiteral("confirm|den[iy]|comment"),
                                         QRegularExpression::CaseInsensitiveOption);
    return c.inherited && c.stance == Stance::Unconfirmed && back.match(c.stanceText).hasMatch();
}

bool Comparison::sameParticipants(const Claim &a, const Claim &b) const
{
    QSet<QString> sa, sb;
    for (const QString &e : a.entities) {
        if (!places.contains(e))
            sa.insert(e);
    }
    for (const QString &e : b.entities) {
        if (!places.contains(e))
            sb.insert(e);
    }
    const QSet<QString> &small = sa.size() <= sb.size() ? sa : sb;
    const QSet<QString> &large = sa.size() <= sb.size() ? sb : sa;
    return !small.isEmpty() && std::all_of(small.begin(), small.end(),
                                           [&](const QString &e) { return large.contains(e); });
}

bool Comparison::stance(size_t ia, size_t ib, const Relatedness &r)
{
    const Claim &a = claims[ia], &b = claims[ib];
    if (a.stance == b.stance)
        return false;
    QStringList events;
    for (const QString &p : r.sharedPredicates) {
        if (eventClasses().contains(p))
            events << p;
    }
    QStringList who;
    for (const QString &e : r.sharedEntities) {
        if (!places.contains(e))
            who << e;
    }
    if (events.isEmpty() || who.isEmpty() || !governs(a, events) || !governs(b, events))
        return false;
    // The same participants: the names of one claim (places aside) all in the other.
    if (!sameParticipants(a, b))
        return false;
    const Stance sa = a.stance, sb = b.stance;
    const bool opposed = (positive(sa) && negative(sb)) || (negative(sa) && positive(sb));
    const bool negation = sa == Stance::Negated || sb == Stance::Negated || sa == Stance::Denied ||
                          sb == Stance::Denied;
    // A plain negation or denial is weak evidence: ask for more in common, and for the
    // sentence's own names.
    if (opposed && negation &&
        ((who.size() < 2 && r.dice < 0.3) || (negative(sa) ? a : b).inherited))
        return false;
    QString code;
    double base;
    if (opposed) {
        const bool unsaid = sa == Stance::Unconfirmed || sb == Stance::Unconfirmed;
        code = unsaid ? QStringLiteral("certainty") : QStringLiteral("polarity");
        base = unsaid ? 0.55 : 0.5;
    } else {
        const auto plannedVsDone = [](Stance x, Stance y) {
            return x == Stance::Planned && (y == Stance::Asserted || y == Stance::Confirmed);
        };
        const auto hedgedVsConfirmed = [](Stance x, Stance y) {
            return x == Stance::Hedged && y == Stance::Confirmed;
        };
        if (!plannedVsDone(sa, sb) && !plannedVsDone(sb, sa) && !hedgedVsConfirmed(sa, sb) &&
            !hedgedVsConfirmed(sb, sa))
            return false;
        // A plan against what happened in a given year is about two events ("would like to
        // meet" and "a meeting at the G20 summit in 2019").
        if (r.dice < 0.15 || yearsOf(a) != yearsOf(b))
            return false;
        code = (sa == Stance::Planned || sb == Stance::Planned) ? QStringLiteral("planned")
                                                                : QStringLiteral("hedged");
        base = 0.35;
    }
    if (a.inherited || b.inherited)
        base -= 0.08;
    // Grouped by who (the most written-about name they share) and what happens.
    const QString subject =
        *std::max_element(who.begin(), who.end(), [&](const QString &x, const QString &y) {
            return entityCount.value(x) < entityCount.value(y);
        });
    add(ia, ib, opposed ? code : QStringLiteral("certainty"), code, stancePhrase(a, events.first()),
        stancePhrase(b, events.first()), base + 0.25 * r.score(),
        QStringLiteral("s|") + subject + u'|' + events.first() + u'|' +
            orderedKey(stanceCategory(sa), stanceCategory(sb)));
    return true;
}

bool Comparison::cause(size_t ia, size_t ib, const Relatedness &r)
{
    const Claim &a = claims[ia], &b = claims[ib];
    if (a.cause.isEmpty() || b.cause.isEmpty())
        return false;
    const auto words = [](const QString &s) {
        QSet<QString> w;
        for (const QString &x : s.toCaseFolded().split(QRegularExpression(QStringLiteral("\\W+")),
                                                       Qt::SkipEmptyParts)) {
            if (x.size() > 3)
                w.insert(x.left(5));
        }
        return w;
    };
    QSet<QString> wa = words(a.cause), wb = words(b.cause);
    if (sharedCount(wa, wb) > 0)
        return false;
    // "steering failure" and "failure of the steering gear" are one cause: grouped by the
    // first word that says what failed.
    const auto head = [](const QString &cause) {
        for (const QString &x : cause.toCaseFolded().split(u' ', Qt::SkipEmptyParts)) {
            if (x.size() > 3 && !Lexicon::causeNouns().contains(x))
                return x;
        }
        return cause.toCaseFolded();
    };
    add(ia, ib, QStringLiteral("other"), QStringLiteral("cause"), a.cause, b.cause,
        0.55 + 0.25 * r.score(), QStringLiteral("c|") + orderedKey(head(a.cause), head(b.cause)));
    return true;
}

bool Comparison::quotes(size_t ia, size_t ib)
{
    const Claim &a = claims[ia], &b = claims[ib];
    for (const Quote &qa : a.quotes) {
        for (const Quote &qb : b.quotes) {
            const double d = wordDice(qa.words, qb.words);
            if (d < 0.6)
                continue;
            // Different speakers only when both are people: read as a person by the name
            // tagger where it knows the language, and named somewhere with a first name
            // ("Tomas Berg", then "Berg"), not an agency ("AFP") or a place ("Central
            // Aceh").
            if (person(qa) && person(qb) && qa.speaker != qb.speaker) {
                add(ia, ib, QStringLiteral("attribution"), QStringLiteral("speaker"),
                    qa.speakerName, qb.speakerName, 0.7 + 0.25 * d,
                    QStringLiteral("a|") + orderedKey(qa.speaker, qb.speaker) + u'|' +
                        qa.words.front());
                return true;
            }
            if (d < 0.92 &&
                (qa.speaker == qb.speaker || qa.speaker.isEmpty() || qb.speaker.isEmpty())) {
                add(ia, ib, QStringLiteral("quote"), QStringLiteral("wording"), qa.text, qb.text,
                    0.3 + 0.2 * d,
                    QStringLiteral("w|") + qa.speaker + u'|' +
                        orderedKey(qa.text.toCaseFolded(), qb.text.toCaseFolded()));
                return true;
            }
        }
    }
    return false;
}

bool Comparison::person(const Quote &q) const
{
    return !q.speaker.isEmpty() && q.person != 0 && !places.contains(q.speaker) &&
           fullNames.contains(q.speaker);
}

void Comparison::pair(size_t ia, size_t ib)
{
    const Claim &a = claims[ia], &b = claims[ib];
    const Relatedness r = relate(a, b);
    bool agreed = false;
    bool against = quotes(ia, ib);
    if (!a.headline && !b.headline) {
        against |= quantities(ia, ib, r, agreed);
        against |= dates(ia, ib, r, agreed);
        against |= stance(ia, ib, r);
        against |= cause(ia, ib, r);
        against |= !against && antonym(ia, ib, r);
    }
    if (against || a.headline || b.headline || r.predicates < 1 || r.entities < 1)
        return;
    if (r.dice < 0.3 && !agreed)
        return;
    if (copied && copied(a, b))
        return; // one text copied: not an independent corroboration
    add(ia, ib, QStringLiteral("other"), QStringLiteral("agree"), a.text.left(120),
        b.text.left(120), 0.2 + 0.4 * r.score() + (agreed ? 0.1 : 0),
        // One item per thing agreed on: the names and events both claims share.
        QStringLiteral("g|") + r.sharedEntities.join(u',') + u'|' + r.sharedPredicates.join(u','),
        Link::Relation::Corroborates);
}

void Comparison::roles()
{
    // Per person, the roles each source gives: "former president" against "president".
    std::map<QString, std::vector<std::pair<size_t, const Role *>>> byEntity;
    for (size_t i = 0; i < claims.size(); ++i) {
        for (const Role &r : claims[i].roles)
            byEntity[r.entity].push_back({i, &r});
    }
    // Words for a kind of person that any of the roles is too ("the chairman" is a politician).
    static const QSet<QString> vague{QStringLiteral("leader"),     QStringLiteral("official"),
                                     QStringLiteral("officer"),    QStringLiteral("chief"),
                                     QStringLiteral("politician"), QStringLiteral("figure"),
                                     QStringLiteral("member")};
    for (const auto &[entity, list] : byEntity) {
        for (size_t x = 0; x < list.size(); ++x) {
            for (size_t y = x + 1; y < list.size(); ++y) {
                const auto &[ia, ra] = list[x];
                const auto &[ib, rb] = list[y];
                if (claims[ia].source == claims[ib].source)
                    continue;
                if (ra->noun == rb->noun && ra->former != rb->former) {
                    add(ia, ib, QStringLiteral("role"), QStringLiteral("former"), ra->text,
                        rb->text, 0.72, QStringLiteral("r|") + entity + u'|' + ra->noun);
                } else if (ra->noun != rb->noun && !vague.contains(ra->noun) &&
                           !vague.contains(rb->noun) && ra->former == rb->former) {
                    add(ia, ib, QStringLiteral("role"), QStringLiteral("role"), ra->text, rb->text,
                        0.34,
                        QStringLiteral("r|") + entity + u'|' + orderedKey(ra->noun, rb->noun));
                }
            }
        }
    }
}

std::vector<Finding> ClaimComparer::compare(const std::vector<Claim> &claims, const Copied &copied,
                                            const std::function<bool(int, int)> &progress)
{
    // Postings: claims by name and event, by counted noun, by cause, by quotation words.
    QHash<QString, std::vector<size_t>> postings;
    for (size_t i = 0; i < claims.size(); ++i) {
        const Claim &c = claims[i];
        QSet<QString> keys;
        for (const QString &e : c.entities) {
            for (const QString &p : c.predicates)
                keys.insert(e + u'|' + p);
        }
        for (const Quantity &q : c.quantities) {
            if (!q.noun.isEmpty())
                keys.insert(QStringLiteral("#") + q.noun);
            if (!q.head.isEmpty())
                keys.insert(QStringLiteral("#") + q.head);
        }
        if (!c.cause.isEmpty())
            keys.insert(QStringLiteral("!cause"));
        for (const Quote &q : c.quotes) {
            for (size_t w = 0; w + 2 < q.words.size(); ++w)
                keys.insert(QStringLiteral("\"") + q.words[w] + u' ' + q.words[w + 1] + u' ' +
                            q.words[w + 2]);
        }
        for (const QString &k : keys)
            postings[k].push_back(i);
    }
    // Every pair of a short posting; in a long one (a name in every article) each claim meets
    // the next kWindow claims. The most specific postings go first, and a claim takes part in
    // at most kBudget pairs: the cost stays linear in the corpus.
    std::vector<const std::vector<size_t> *> lists;
    for (const std::vector<size_t> &list : std::as_const(postings)) {
        if (list.size() > 1)
            lists.push_back(&list);
    }
    std::sort(lists.begin(), lists.end(),
              [](const auto *x, const auto *y) { return x->size() < y->size(); });
    std::vector<int> used(claims.size(), 0);
    std::vector<std::pair<size_t, size_t>> pairs;
    for (const std::vector<size_t> *lp : lists) {
        const std::vector<size_t> &list = *lp;
        const size_t window = list.size() <= size_t(kMaxPosting) ? list.size() : size_t(kWindow);
        for (size_t x = 0; x < list.size(); ++x) {
            for (size_t y = x + 1; y < list.size() && y <= x + window; ++y) {
                const size_t a = list[x], b = list[y];
                if (claims[a].source == claims[b].source || used[a] >= kBudget ||
                    used[b] >= kBudget)
                    continue;
                ++used[a];
                ++used[b];
                pairs.push_back({a, b});
            }
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    Comparison cmp{claims, copied, {}, {}, {}, {}, {}};
    cmp.loadAntonyms();
    for (const Claim &c : claims) {
        for (const QString &e : c.entities) {
            ++cmp.entityCount[e];
            if (Annotation::Lexicon::gazetteer().contains(e))
                cmp.places.insert(e);
        }
        for (qsizetype k = 0; k < c.entities.size() && k < c.entityNames.size(); ++k) {
            if (c.entityNames.at(k).simplified().count(u' ') >= 1)
                cmp.fullNames.insert(c.entities.at(k));
        }
    }
    int done = 0;
    for (const auto &[a, b] : pairs) {
        if (progress && (done % 256) == 0 && !progress(done, int(pairs.size())))
            break;
        ++done;
        cmp.pair(a, b);
    }
    cmp.roles();
    return std::move(cmp.out);
}

namespace {
/// \a value without the quotation marks around it: the reason quotes it itself.
QString unquoted(const QString &value)
{
    static const QString marks = QStringLiteral("\"“”„«»‘’‚'");
    qsizetype from = 0, to = value.size();
    while (from < to && marks.contains(value.at(from)))
        ++from;
    while (to > from && marks.contains(value.at(to - 1)))
        --to;
    return value.mid(from, to - from).trimmed();
}
} // namespace

QString ClaimComparer::reasonText(const Finding &f, const QString &labelA, const QString &labelB)
{
    QString what;
    if (f.code == QLatin1String("number"))
        what = tr("numbers differ");
    else if (f.code == QLatin1String("duration"))
        what = tr("durations differ");
    else if (f.code == QLatin1String("date"))
        what = tr("dates or times differ");
    else if (f.code == QLatin1String("certainty"))
        what = tr("one reports it, the other does not confirm it");
    else if (f.code == QLatin1String("hedged"))
        what = tr("one confirms it, the other only hints at it");
    else if (f.code == QLatin1String("planned"))
        what = tr("one says it happened, the other that it may happen");
    else if (f.code == QLatin1String("polarity"))
        what = tr("one says it happened, the other denies it");
    else if (f.code == QLatin1String("cause"))
        what = tr("different causes");
    else if (f.code == QLatin1String("antonym"))
        what = tr("opposite words for the same people");
    else if (f.code == QLatin1String("speaker"))
        what = tr("the same words from different speakers");
    else if (f.code == QLatin1String("wording"))
        what = tr("the quotation is worded differently");
    else if (f.code == QLatin1String("former"))
        what = tr("a different title");
    else if (f.code == QLatin1String("role"))
        what = tr("a different role");
    else
        what = tr("both say the same");
    return tr("%1 — %2: “%3” · %4: “%5”")
        .arg(what, labelA, unquoted(f.valueA), labelB, unquoted(f.valueB));
}

} // namespace Crosscheck::Core::Claims
