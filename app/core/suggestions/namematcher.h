// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Crosscheck::Core::Annotation {

/// Compares names across spellings and scripts: "Zelensky", "Zelenskyy", "Zelenskiy" and
/// "Зеленський" share one skeleton; "Kiev", "Kyiv" and "Київ" come within one edit of each
/// other. Transliteration is ICU's (Any-Latin; Latin-ASCII). Not thread-safe.
class NameMatcher final
{
public:
    NameMatcher();
    ~NameMatcher();
    NameMatcher(const NameMatcher &) = delete;
    NameMatcher &operator=(const NameMatcher &) = delete;

    /// Latin ASCII, lower case, letters and digits only, words separated by one space.
    QString fold(const QString &name) const;
    /// fold() with the vowels i/y/j made one and doubled letters collapsed: the form spelling
    /// variants share ("zelenski", "kiv").
    QString skeleton(const QString &name) const;
    /// True when \a a and \a b are spellings of one name: equal folds or skeletons, or
    /// skeletons with the same first letter and the same consonants within one edit (two for
    /// skeletons of 8 letters or more).
    bool sameName(const QString &a, const QString &b) const;
    /// Levenshtein distance, stopping early above \a limit (returns limit + 1).
    static int distance(const QString &a, const QString &b, int limit);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Crosscheck::Core::Annotation
