// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace Crosscheck::Core::Analysis {

/// A character range [start, end) in a source text, in UTF-16 units.
struct Span
{
    int32_t start = 0;
    int32_t end = 0;
    int32_t length() const { return end - start; }
    bool isValid() const { return end > start; }
    bool contains(int32_t pos) const { return pos >= start && pos < end; }
    bool overlaps(const Span &o) const { return start < o.end && o.start < end; }
    bool operator==(const Span &) const = default;
};

enum class PassageKind : uint8_t {
    Verbatim,   ///< the same words in the same order
    Edited,     ///< the same passage with words changed, inserted or dropped
    Paraphrase, ///< rewritten sentences that share their content words
    Quote,      ///< text inside quotation marks in both sources
};

QString kindName(PassageKind kind); ///< "verbatim", "edited", "paraphrase", "quote"
PassageKind kindFromName(const QString &name);

/// A passage found in two documents (document indices of the engine, or source ids).
struct PassagePair
{
    int64_t a = 0;
    int64_t b = 0;
    Span spanA;
    Span spanB;
    double score = 0; ///< 0..1: share of aligned words (content-word overlap for paraphrase)
    PassageKind kind = PassageKind::Edited;
    bool moved = false; ///< sits at a clearly different position in the two texts
};

/// The identity of a passage pair: its two sources and spans. Verdicts are keyed by it, so they
/// survive a re-analysis that finds the same passage again.
struct PassageKey
{
    int64_t a = 0;
    int64_t b = 0;
    Span spanA;
    Span spanB;
    bool operator==(const PassageKey &) const = default;
};

inline PassageKey keyOf(const PassagePair &p)
{
    return {p.a, p.b, p.spanA, p.spanB};
}

inline size_t qHash(const PassageKey &k, size_t seed = 0)
{
    size_t h = seed ^ size_t(k.a * 1000003 + k.b);
    h = h * 31 + size_t(k.spanA.start);
    h = h * 31 + size_t(k.spanA.end);
    h = h * 31 + size_t(k.spanB.start);
    return h * 31 + size_t(k.spanB.end);
}

/// The analyst's verdict on a passage pair.
enum class ReviewStatus : uint8_t { Unreviewed, Confirmed, Dismissed };
QString reviewStatusName(ReviewStatus status); ///< "unreviewed", "confirmed", "dismissed"
ReviewStatus reviewStatusFromName(const QString &name);

struct PassageReview
{
    PassageKey key;
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString author;
    QString modified; ///< ISO 8601 UTC
};

/// A passage carried by three or more documents, with each member's span.
struct Family
{
    struct Member
    {
        int64_t doc = 0;
        Span span;
    };
    std::vector<Member> members;
};

} // namespace Crosscheck::Core::Analysis
