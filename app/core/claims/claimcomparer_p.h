// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to the claim comparison: claimcomparer.cpp (pairing, stance, causes, quotations,
// roles) and claimcomparevalues.cpp (numbers, dates and antonyms).

#include "claimcomparer.h"
#include "claimsimilarity_p.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <vector>

namespace Crosscheck::Core::Claims::Detail {

/// One run of ClaimComparer::compare: the claims, what is known across them, and the findings.
struct Comparison
{
    const std::vector<Claim> &claims;
    const ClaimComparer::Copied &copied;
    QHash<QString, int> entityCount; ///< claims naming each entity
    QSet<QString> places;            ///< entity keys that are places
    QSet<QString> fullNames;         ///< entity keys written somewhere as two or more words
    /// WordNet antonyms by the hash of their stems, each with its pair's words.
    QHash<uint64_t, std::vector<std::pair<uint64_t, QString>>> antonyms;
    std::vector<Finding> out;

    void loadAntonyms();

    /// One claim says a word whose WordNet antonym the other says ("Smith won" / "Smith lost"),
    /// of the same people, in sentences otherwise nearly the same (a rewrite that flipped one
    /// word; with a looser test, "quake hits" met "two others missing"), and neither says both.
    bool antonym(size_t ia, size_t ib, const Relatedness &r);

    void add(size_t a, size_t b, const QString &type, const QString &code, const QString &va,
             const QString &vb, double confidence, const QString &group,
             Link::Relation relation = Link::Relation::Contradicts);

    /// The event word of \a c nearest to \a at (by the characters between them) within
    /// \a reach characters, leaving out those \a skip names; null when none is that near.
    static const Claim::EventWord *
    nearestEvent(const Claim &c, Span at, int reach,
                 const std::function<bool(const Claim::EventWord &)> &skip = {});

    /// The class of the event word that governs the quantity \a q of \a c: the event word
    /// nearest to it within \a reach characters, provided no other quantity of the sentence is
    /// nearer to that word ("killing five people and leaving 170,000 homeless": "killing" counts
    /// the five, not the 170,000). Empty when none governs it.
    static QString governing(const Claim &c, const Quantity &q, int reach);

    /// Whether two quantities count the same thing: "19 crew" and "21 crew members", "two
    /// speed boats" and "three boats".
    static bool sameThing(const Quantity &x, const Quantity &y);

    /// The years a claim names, in order, as a key: claims of different years are of different
    /// events ("five died on Tuesday" and "in 2004 a tsunami killed 230,000").
    static QString yearsOf(const Claim &c);

    /// Whether \a q is a distance or a depth (kilometres, miles, metres, feet).
    static bool isLength(const Quantity &q);

    /// The group of the disagreement between the counts \a qa of \a a and \a qb of \a b, or
    /// empty when they do not count one thing of one event.
    QString countDisagreement(const Claim &a, const Quantity &qa, const Claim &b,
                              const Quantity &qb, const Relatedness &r) const;

    /// Counts of one thing that do not overlap (a number or a duration conflict); \a agreed
    /// when some count is the same in both.
    bool quantities(size_t ia, size_t ib, const Relatedness &r, bool &agreed);

    /// Dates of one event that the other claim does not also give; \a agreed when one is
    /// given by both.
    bool dates(size_t ia, size_t ib, const Relatedness &r, bool &agreed);

    /// Whether the claim's stance marker governs an event of \a classes: one of its words
    /// within eight words of the marker (or, for a sentence that continues the one before, a
    /// refusal to confirm or comment, which points back at that sentence's event).
    static bool governs(const Claim &c, const QStringList &classes);

    bool sameParticipants(const Claim &a, const Claim &b) const;

    bool stance(size_t ia, size_t ib, const Relatedness &r);

    bool cause(size_t ia, size_t ib, const Relatedness &r);

    bool quotes(size_t ia, size_t ib);

    bool person(const Quote &q) const;

    void pair(size_t ia, size_t ib);

    void roles();
};

} // namespace Crosscheck::Core::Claims::Detail
