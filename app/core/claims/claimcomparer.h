// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace Crosscheck::Core::Claims {

/// One disagreement (or agreement) between two claims of different sources.
struct Finding
{
    Link::Relation relation = Link::Relation::Contradicts;
    /// number, datetime, place, attribution, quote, polarity, certainty, role, other
    QString type;
    QString code;   ///< what the reason says (see reasonText)
    QString valueA; ///< the words of claim a that disagree (or agree)
    QString valueB;
    size_t a = 0; ///< claim indices
    size_t b = 0;
    double confidence = 0;
    QString group; ///< findings of one group are one disagreement seen in several pairs
};

/// Pairs claims that are about the same thing (indexed by entity and event class, counted
/// noun, cause and quotation words, so no all-pairs cost) and compares them: numbers with their
/// units and bounds, dates, stance (said as fact, confirmed, reported, refused to confirm,
/// denied), causes, quotations and their speakers, and the roles given to a person. Pairs with
/// nothing against them that say the same become corroborations, unless \a copied says the
/// two sentences are one text copied (then they are not independent).
class ClaimComparer final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Claims)
public:
    using Copied = std::function<bool(const Claim &, const Claim &)>;
    static std::vector<Finding> compare(const std::vector<Claim> &claims, const Copied &copied,
                                        const std::function<bool(int, int)> &progress = {});
    /// The reason of \a f in the UI language: "%1: “value a” · %2: “value b”" after what
    /// differs; \a labelA and \a labelB name the two sources.
    static QString reasonText(const Finding &f, const QString &labelA, const QString &labelB);
    /// Postings up to this long pair every two claims; longer ones pair each claim with the
    /// kWindow claims after it (sources in import order, so neighbours are often one story's).
    static constexpr int kMaxPosting = 128;
    static constexpr int kWindow = 24;
    /// The most pairs one claim is compared in.
    static constexpr int kBudget = 160;
};

} // namespace Crosscheck::Core::Claims
