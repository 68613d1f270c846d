// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to claimcomparer.cpp and claimsimilarity.cpp: how alike two claims are, and the small
// helpers the comparisons share.

#include "claim.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace Crosscheck::Core::Claims::Detail {

template<typename T>
int sharedCount(const T &a, const T &b)
{
    int n = 0;
    for (const auto &x : a)
        n += b.contains(x) ? 1 : 0;
    return n;
}

/// How closely two claims are about one thing (0–1): shared names, events and content words.
struct Relatedness
{
    int entities = 0;
    int predicates = 0;
    double dice = 0;
    QStringList sharedEntities;
    QStringList sharedPredicates;
    double score() const
    {
        return 0.35 * std::min(entities, 2) / 2.0 + 0.25 * std::min(predicates, 1) +
               0.4 * std::min(1.0, dice / 0.5);
    }
};

bool positive(Stance s);

bool negative(Stance s);

QStringList sharedSorted(const QStringList &a, const QStringList &b);

double dice(const std::vector<uint64_t> &a, const std::vector<uint64_t> &b);

double wordDice(const std::vector<QString> &a, const std::vector<QString> &b);

/// The words that carry a claim's stance about the event \a cls: from its marker to the event
/// word (either side, up to eight words away), or the event word with a few words before it
/// when the claim is stated as plain fact.
QString stancePhrase(const Claim &c, const QString &cls);

QString stanceCategory(Stance s);

QString number(double v);

QString orderedKey(QString a, QString b);

Relatedness relate(const Claim &a, const Claim &b);

/// Event classes a stance can be about (not goals such as ending a war or paying).
const QSet<QString> &eventClasses();

} // namespace Crosscheck::Core::Claims::Detail
