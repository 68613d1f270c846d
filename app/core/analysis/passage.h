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
    bool operator==(const Span &o) const { return start == o.start && end == o.end; }
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
