// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzymatch.h"

#include <algorithm>

namespace Crosscheck::Core::Text {

int fuzzyScore(const QString &needle, const QString &hay)
{
    if (needle.isEmpty())
        return 0;
    // Each letter at its next occurrence, left to right.
    const QString n = needle.toCaseFolded(), h = hay.toCaseFolded();
    int score = 0;
    qsizetype at = 0, last = -1;
    for (qsizetype k = 0; k < n.size(); ++k) {
        const QChar c = n.at(k);
        if (c.isSpace())
            continue;
        const qsizetype found = h.indexOf(c, at);
        if (found < 0)
            return -1;
        score += 2;
        if (last >= 0 && found == last + 1)
            score += 3; // adjacent to the previous letter
        else if (last >= 0)
            score -= int(std::min<qsizetype>(found - last - 1, 12)); // letters skipped
        if (found == 0 || !h.at(found - 1).isLetterOrNumber())
            score += 4; // a word's first letter
        last = found;
        at = found + 1;
    }
    // A match is a match, however spread out: scores stay at or above 0.
    return std::max(score, 0);
}

} // namespace Crosscheck::Core::Text
