// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"

#include <memory>
#include <vector>

namespace Crosscheck::Core::Claims {

/// Turns sources into claims, one per sentence (ICU sentence breaks with abbreviations, and
/// every line a sentence of its own): the names it is about (registry names, then capitalised
/// runs, with titles split off as roles and Title Case headlines read only for names known from
/// the body text), event classes, quantities with their units and bounds, dates, the stance of
/// the writer, quotations with their speakers and a named cause. A sentence that only continues
/// the one before ("He added…") takes its names and events from it.
///
/// Use: learn() every source first (which capitalised words are names is a corpus fact), then
/// extract(). Not thread-safe.
class ClaimExtractor final
{
public:
    explicit ClaimExtractor(const QString &language = QStringLiteral("en"));
    ~ClaimExtractor();
    ClaimExtractor(const ClaimExtractor &) = delete;
    ClaimExtractor &operator=(const ClaimExtractor &) = delete;

    /// A registry name or alias: its occurrences count as the entity \a key.
    void addKnownName(const QString &name, const QString &key);
    /// Notes which capitalised words of \a text are names (capitalised inside a sentence).
    void learn(const QString &text);
    /// The claims of one source. With \a published (the article's date), weekdays, days
    /// without a year and "today" / "yesterday" are resolved to calendar days.
    std::vector<Claim> extract(SourceId source, const QString &text,
                               const QDate &published = {}) const;
    /// The key a name is compared by: registry entities by id, people by their last name when
    /// it stands alone somewhere, others by their whole folded name.
    QString keyOf(const QString &name) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Crosscheck::Core::Claims
