#include "suggestiontext.h"

#include "text/spans.h"

#include <QRegularExpression>

namespace Crosscheck::Core::Annotation::Detail {

using Analysis::Span;

/// Words with their positions; a word starts a sentence after . ! ? or a line break.
std::vector<Word> wordsOf(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    std::vector<Word> out;
    int last = 0;
    bool startNext = true;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString w = m.captured();
        int start = int(m.capturedStart());
        // Trailing dots belong to the sentence, not the word (except abbreviations like U.S.).
        while (w.endsWith(u'.') &&
               !(w.size() >= 2 && w.at(w.size() - 2).isUpper() && w.count(u'.') >= 2))
            w.chop(1);
        while (w.endsWith(u'\'') || w.endsWith(QChar(0x2019)) || w.endsWith(u'-'))
            w.chop(1);
        const QStringView between = QStringView(text).mid(last, start - last);
        for (const QChar c : between) {
            if (c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u':')
                startNext = true;
        }
        Word word;
        word.span = {start, start + int(w.size())};
        word.text = w;
        word.capital = w.at(0).isUpper();
        word.sentenceStart = startNext;
        out.push_back(word);
        startNext = m.captured().endsWith(u'.') && !(w.count(u'.') >= 2);
        last = int(m.capturedEnd());
    }
    return out;
}

/// \a span grown by up to three words on each side, not past the sentence or clause, and
/// trimmed of the spaces and punctuation at its ends.
Span widen(const QString &text, Span span)
{
    const auto stop = [](QChar c) {
        return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u'\n' || c == u':' ||
               c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == u'(' || c == u')';
    };
    int start = span.start, end = span.end;
    for (int words = 0; words < 3 && start > 0;) {
        const QChar c = text.at(start - 1);
        if (stop(c) || (c == u',' && words > 0))
            break;
        --start;
        if (c.isSpace() && start > 0 && !text.at(start - 1).isSpace())
            ++words;
    }
    for (int words = 0; words < 3 && end < text.size();) {
        const QChar c = text.at(end);
        if (stop(c) || c == u',')
            break;
        ++end;
        if (c.isSpace() && end < text.size() && !text.at(end).isSpace())
            ++words;
    }
    const Span trimmed = Text::trimToWord(text, {start, end});
    start = trimmed.start;
    end = trimmed.end;
    // A word cut at either end is completed.
    while (start > 0 && text.at(start - 1).isLetterOrNumber())
        --start;
    while (end < text.size() && text.at(end).isLetterOrNumber())
        ++end;
    return end > start ? Span{start, end} : span;
}

bool hasPunctuationBetween(const QString &text, const Word &a, const Word &b)
{
    for (int i = a.span.end; i < b.span.start; ++i) {
        const QChar c = text.at(i);
        if (!c.isSpace())
            return true;
    }
    return false;
}

} // namespace Crosscheck::Core::Annotation::Detail
