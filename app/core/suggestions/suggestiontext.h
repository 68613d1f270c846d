#pragma once

#include "analysis/passage.h"

#include <QString>

#include <vector>

namespace Crosscheck::Core::Annotation::Detail {

/// A word of a text as the suggesters see it.
struct Word
{
    Analysis::Span span;
    QString text;
    bool capital = false;
    bool sentenceStart = false;
};

/// Words with their positions; a word starts a sentence after . ! ? or a line break.
std::vector<Word> wordsOf(const QString &text);
/// \a span grown by up to three words on each side, not past the sentence or clause, and
/// trimmed to its words.
Analysis::Span widen(const QString &text, Analysis::Span span);
bool hasPunctuationBetween(const QString &text, const Word &a, const Word &b);

} // namespace Crosscheck::Core::Annotation::Detail
