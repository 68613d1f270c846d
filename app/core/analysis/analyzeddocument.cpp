// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzeddocument.h"
#include "passage.h"

#include <algorithm>

namespace Crosscheck::Core::Analysis {

QString kindName(PassageKind kind)
{
    switch (kind) {
    case PassageKind::Verbatim:
        return QStringLiteral("verbatim");
    case PassageKind::Edited:
        return QStringLiteral("edited");
    case PassageKind::Paraphrase:
        return QStringLiteral("paraphrase");
    case PassageKind::Quote:
        return QStringLiteral("quote");
    }
    return {};
}

PassageKind kindFromName(const QString &name)
{
    if (name == QLatin1String("verbatim"))
        return PassageKind::Verbatim;
    if (name == QLatin1String("paraphrase"))
        return PassageKind::Paraphrase;
    if (name == QLatin1String("quote"))
        return PassageKind::Quote;
    return PassageKind::Edited;
}

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Confirmed:
        return QStringLiteral("confirmed");
    case ReviewStatus::Dismissed:
        return QStringLiteral("dismissed");
    case ReviewStatus::Unreviewed:
        break;
    }
    return QStringLiteral("unreviewed");
}

ReviewStatus reviewStatusFromName(const QString &name)
{
    if (name == QLatin1String("confirmed"))
        return ReviewStatus::Confirmed;
    if (name == QLatin1String("dismissed"))
        return ReviewStatus::Dismissed;
    return ReviewStatus::Unreviewed;
}

AnalyzedDocument AnalyzedDocument::make(int64_t id, const QString &text, Text::Tokenizer &tokenizer)
{
    AnalyzedDocument doc;
    doc.id = id;
    const std::vector<Text::Token> tokens = tokenizer.tokenize(text);
    const size_t estimate = tokens.size();
    doc.wordStart.reserve(estimate);
    doc.wordTail.reserve(estimate);
    doc.wordNorm.reserve(estimate);
    std::vector<uint64_t> stems; // only needed for the content stems below
    stems.reserve(estimate);
    doc.wordFlags.reserve(estimate);
    bool sentenceOpen = false;
    for (size_t t = 0; t < tokens.size(); ++t) {
        const Text::Token &tok = tokens[t];
        if (tok.is(Text::Token::Word)) {
            if (!sentenceOpen) {
                doc.sentenceStart.push_back(uint32_t(doc.wordNorm.size()));
                sentenceOpen = true;
            }
            doc.wordStart.push_back(tok.start);
            doc.wordNorm.push_back(tok.norm);
            stems.push_back(tok.stem);
            uint8_t flags = tok.flags;
            // Punctuation glued to the word's end belongs to a passage ending there ("ago.\"").
            int32_t tail = tok.end;
            for (size_t u = t + 1;
                 u < tokens.size() && tokens[u].is(Text::Token::Punct) && tokens[u].start == tail;
                 ++u) {
                const QChar c = text.at(tokens[u].start);
                if (c == u'(' || c == u'[' || c == u'-' || c.unicode() == 0x2014 ||
                    c.unicode() == 0x2013)
                    break;
                tail = tokens[u].end;
                flags |= tokens[u].flags & Text::Token::SentenceEnd;
            }
            doc.wordTail.push_back(tail);
            doc.wordFlags.push_back(flags);
        }
        if (tok.is(Text::Token::SentenceEnd))
            sentenceOpen = false;
    }
    doc.sentenceStart.push_back(uint32_t(doc.wordNorm.size()));
    // Content stems per sentence, for the paraphrase stage.
    doc.contentStart.reserve(doc.sentenceStart.size());
    std::vector<uint64_t> sentence;
    for (size_t s = 0; s + 1 < doc.sentenceStart.size(); ++s) {
        doc.contentStart.push_back(uint32_t(doc.contentStems.size()));
        sentence.clear();
        for (uint32_t w = doc.sentenceStart[s]; w < doc.sentenceStart[s + 1]; ++w)
            if (!doc.wordIs(w, Text::Token::Stopword))
                sentence.push_back(stems[w]);
        std::sort(sentence.begin(), sentence.end());
        sentence.erase(std::unique(sentence.begin(), sentence.end()), sentence.end());
        doc.contentStems.insert(doc.contentStems.end(), sentence.begin(), sentence.end());
    }
    doc.contentStart.push_back(uint32_t(doc.contentStems.size()));
    // The arrays were sized for every token, punctuation included: give the rest back.
    doc.wordStart.shrink_to_fit();
    doc.wordTail.shrink_to_fit();
    doc.wordNorm.shrink_to_fit();
    doc.wordFlags.shrink_to_fit();
    return doc;
}

} // namespace Crosscheck::Core::Analysis
