// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namematcher.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <QMutex>

#include <algorithm>
#include <vector>

namespace Crosscheck::Core::Annotation {

struct NameMatcher::Private
{
    std::unique_ptr<icu::Transliterator> toLatin;
};

NameMatcher::NameMatcher()
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->toLatin.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower",
                                                         UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        d->toLatin.reset();
}

NameMatcher::~NameMatcher() = default;

QString NameMatcher::fold(const QString &name) const
{
    QString latin = name;
    const bool ascii =
        std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        latin = name.toLower(); // what the transliteration makes of ASCII, without its cost
    } else if (d->toLatin) {
        icu::UnicodeString u(reinterpret_cast<const UChar *>(name.utf16()), int32_t(name.size()));
        d->toLatin->transliterate(u);
        latin = QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
    } else {
        latin = name.toLower();
    }
    QString out;
    out.reserve(latin.size());
    bool space = false;
    for (const QChar c : latin) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            out += c.toLower();
            space = false;
        } else if (c.isSpace() || c == u'-') {
            space = true;
        } // apostrophes and soft signs vanish: "Zelens'kij" -> "zelenskij"
    }
    return out;
}

QString NameMatcher::skeleton(const QString &name) const
{
    QString f = fold(name);
    for (QChar &c : f) {
        if (c == u'y' || c == u'j')
            c = u'i';
    }
    QString out;
    for (const QChar c : f) {
        if (!out.isEmpty() && out.back() == c)
            continue;
        out += c;
    }
    return out;
}

int NameMatcher::distance(const QString &a, const QString &b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (size_t j = 0; j <= size_t(b.size()); ++j)
        prev[j] = int(j);
    for (size_t i = 1; i <= size_t(a.size()); ++i) {
        cur[0] = int(i);
        int best = cur[0];
        for (size_t j = 1; j <= size_t(b.size()); ++j) {
            const int cost = a.at(qsizetype(i - 1)) == b.at(qsizetype(j - 1)) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            best = std::min(best, cur[j]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

bool NameMatcher::sameName(const QString &a, const QString &b) const
{
    const QString fa = fold(a), fb = fold(b);
    if (fa.isEmpty() || fb.isEmpty())
        return false;
    if (fa == fb)
        return true;
    const QString sa = skeleton(a), sb = skeleton(b);
    if (sa == sb)
        return sa.size() >= 3;
    const int shorter = int(std::min(sa.size(), sb.size()));
    if (shorter < 3)
        return false;
    // Variants keep their first letter and their consonants, and differ in vowels only
    // ("Kyiv"/"Kiev"; not "Iran"/"Iraq", not "Paris"/"Baris").
    if (sa.front() != sb.front())
        return false;
    const auto consonants = [](const QString &s) {
        QString out;
        for (const QChar c : s) {
            if (!QStringLiteral("aeiou").contains(c))
                out += c;
        }
        return out;
    };
    if (consonants(sa) != consonants(sb))
        return false;
    const int limit = shorter >= 8 ? 2 : 1;
    return distance(sa, sb, limit) <= limit;
}

} // namespace Crosscheck::Core::Annotation
