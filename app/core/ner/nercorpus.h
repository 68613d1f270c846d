// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nermodel.h"

#include <QString>

#include <vector>

namespace Crosscheck::Core::Ner {

/// A sentence of an annotated corpus: its tokens (offsets as if joined by single spaces) and
/// their gold IOB2 tags.
struct LabelledSentence
{
    Sentence tokens;
    std::vector<uint8_t> tags;
};

struct LabelledDocument
{
    QString id;
    std::vector<LabelledSentence> sentences;
    std::vector<Sentence> plain() const;
};

/// How a corpus's labels are read.
enum class MiscLabels {
    Keep,   ///< MISC is a class of its own
    Drop,   ///< MISC spans are O
    Unknown ///< the corpus has no MISC class: its O tokens may be MISC (partial labels)
};

/// Reads a `TOKEN<TAB>TAG` IOB2 file (`# doc` comments start documents); false with \a error
/// when it cannot be read or a tag is not IOB2 over PER/ORG/LOC/MISC.
bool readCorpus(const QString &path, MiscLabels misc, std::vector<LabelledDocument> &out,
                QString *error);

/// The tags a sentence's labels allow, one mask per token, for a learner.
std::vector<TagMask> allowedTags(const LabelledSentence &s, MiscLabels misc);

/// The names of a tag sequence.
std::vector<Segment> segmentsOf(const std::vector<uint8_t> &tags);

/// Precision, recall and F1 counts per class, exact span and class ("typed") and exact span
/// whatever the class ("span").
struct Evaluation
{
    struct Counts
    {
        int tp = 0, fp = 0, fn = 0;
        double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
        double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
        double f1() const
        {
            const double p = precision(), r = recall();
            return p + r > 0 ? 2 * p * r / (p + r) : 0;
        }
    };
    Counts typed;
    Counts span;
    Counts perClass[kClasses];
    /// Adds one sentence; predictions of a class in \a ignored are left out (MISC when the
    /// gold has no MISC).
    void add(const std::vector<Segment> &gold, const std::vector<Segment> &predicted,
             int ignored = -1);
};

QString className(int cls); ///< PER, ORG, LOC, MISC

} // namespace Crosscheck::Core::Ner
