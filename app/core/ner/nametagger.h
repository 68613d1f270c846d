// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nermodel.h"

#include "analysis/passage.h"

#include <QString>

#include <memory>
#include <vector>

namespace Crosscheck::Core::Ner {

/// A name found in a text: its span, its class (0 PER, 1 ORG, 2 LOC, 3 MISC) and the
/// calibrated probability that both are right.
struct Name
{
    Analysis::Span span;
    int cls = 0;
    double confidence = 0;
};

/// What an analyst decided in one text: spans that are names of a class (cls >= 0) and spans
/// that are not names at all (cls = -1).
struct Evidence
{
    QString text;
    std::vector<std::pair<Analysis::Span, int>> spans;
};

/// The statistical name tagger: a model trained on openly licensed annotated text
/// (resources/ner/, tools/train-ner), run over a text's sentences. It learns from a project's
/// decisions by an online update on top of the shipped weights (adapt()).
class NameTagger
{
public:
    /// The tagger for a BCP 47 language tag ("en", "en-GB"; empty means English), or null when
    /// no model exists for it (the caller then falls back to rules).
    static const NameTagger *forLanguage(const QString &language);
    /// Loads a model file; false with \a error when it is not one.
    bool load(const QByteArray &data, QString *error);

    std::vector<Name> tag(const QString &text, const Overlay *overlay = nullptr) const;
    /// The names of one document's sentences, by token (confidences calibrated), after two
    /// document-level corrections: a name that ends in an organisation word ("… Ministry",
    /// "Kremlin") is an organisation, and one name is one class throughout the document (the
    /// class with the most confidence; a surname alone takes its full name's class).
    std::vector<std::vector<Segment>> tagSentences(const std::vector<Sentence> &sentences,
                                                   const Overlay *overlay = nullptr) const;
    /// Weights that make the tagger agree with \a evidence (a few perceptron passes over the
    /// sentences that hold it).
    Overlay adapt(const std::vector<Evidence> &evidence) const;
    const Model &model() const { return m_model; }

private:
    Model m_model;
};

} // namespace Crosscheck::Core::Ner
