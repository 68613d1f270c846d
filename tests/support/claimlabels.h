// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-made claim labels of tests/data/claims/*.tsv, shared by tst_claims and bench_claims:
// one labelled pair per line (relation, type, source A, words of A, source B, words of B), and
// which labels a contradiction candidate matches.
#pragma once

#include <core/project/project.h>
#include <core/suggestions/suggestions.h>

#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace TestData {

struct ClaimLabel
{
    QString relation, type, a, wordsA, b, wordsB;
};

/// The label lines of a labels file's \a text ("#" lines are comments or directives).
inline std::vector<ClaimLabel> parseClaimLabels(const QString &text)
{
    std::vector<ClaimLabel> out;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const QStringList c = line.split(u'\t');
        if (c.size() >= 6)
            out.push_back({c[0], c[1], c[2], c[3], c[4], c[5]});
    }
    return out;
}

/// The labels \a c matches, in label order: its leading pair, or two of the sources its group
/// lists (one disagreement seen in several pairs is one candidate, and may match several
/// labels). A side matches when its file name starts with the label's source and its sentence
/// holds the label's words (\a cs).
inline QList<int> claimLabelsOf(const Crosscheck::Core::Project &p,
                                const Crosscheck::Core::Annotation::ContradictionCandidate &c,
                                const std::vector<ClaimLabel> &labels, Qt::CaseSensitivity cs)
{
    const auto file = [&](Crosscheck::Core::SourceId id) {
        return QFileInfo(p.source(id).fileName).fileName();
    };
    std::vector<std::pair<QString, QString>> sides{{file(c.sourceA), c.textA},
                                                   {file(c.sourceB), c.textB}};
    for (const auto &s : c.sides)
        sides.push_back({file(s.source), s.text});
    const auto side = [cs](const std::pair<QString, QString> &s, const QString &src,
                           const QString &words) {
        return s.first.startsWith(src) && s.second.contains(words, cs);
    };
    QList<int> out;
    for (size_t i = 0; i < labels.size(); ++i) {
        const ClaimLabel &l = labels[i];
        bool matched = false;
        for (size_t x = 0; x < sides.size() && !matched; ++x) {
            for (size_t y = 0; y < sides.size() && !matched; ++y)
                matched = x != y && side(sides[x], l.a, l.wordsA) && side(sides[y], l.b, l.wordsB);
        }
        if (matched)
            out.append(int(i));
    }
    return out;
}

} // namespace TestData
