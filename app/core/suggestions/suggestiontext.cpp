// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestiontext.h"

#include "lexicon.h"

#include "claims/claimlexicon.h"

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

QString canonicalName(const QString &name)
{
    QString n = name.trimmed();
    n.replace(QChar(0x2019), u'\'');
    if (n.endsWith(QLatin1String("'s"), Qt::CaseInsensitive))
        n.chop(2);
    while (!n.isEmpty() && !n.back().isLetterOrNumber() && n.back() != u'.' && n.back() != u')')
        n.chop(1);
    while (!n.isEmpty() && !n.front().isLetterOrNumber() && n.front() != u'(')
        n.remove(0, 1);
    return n;
}

Span withoutTitle(const QString &text, Span span, QString *title)
{
    const std::vector<Word> words = wordsOf(text.mid(span.start, span.length()));
    const auto isTitle = [](const QString &word) {
        const QString w = word.toCaseFolded();
        return Lexicon::titleWords().contains(w) ||
               Lexicon::titleWords().contains(w.chopped(w.endsWith(u'.')));
    };
    // The last title word with capitalised words on both sides of it: "U.S. President Donald
    // Trump", "Foreign Minister Sergei Lavrov", "President Trump".
    size_t first = 0;
    for (size_t k = 0; k + 1 < words.size(); ++k) {
        if (!words[k].capital)
            break;
        if (isTitle(words[k].text) && words[k + 1].capital)
            first = k + 1;
    }
    if (first > 0) {
        *title = text.mid(span.start, words[first - 1].span.end);
        span.start += words[first].span.start;
        return span;
    }
    // A title just before the name ("spokesman Dmitry Peskov"), with the capitalised words
    // that qualify it ("Ukrainian President", "Former Foreign Minister").
    const int from = std::max(0, span.start - 60);
    const QString context = text.mid(from, span.start - from);
    const std::vector<Word> before = wordsOf(context);
    title->clear();
    if (before.empty() || !isTitle(before.back().text))
        return span;
    size_t k = before.size() - 1;
    while (k > 0 && before.size() - k < 4 && before[k - 1].capital && !before[k].sentenceStart &&
           !hasPunctuationBetween(context, before[k - 1], before[k]) &&
           !Lexicon::nameConnectors().contains(before[k - 1].text) &&
           before[k - 1].text.compare(u"the", Qt::CaseInsensitive) != 0 &&
           before[k - 1].text.compare(u"a", Qt::CaseInsensitive) != 0)
        --k;
    *title = context.mid(before[k].span.start, before.back().span.end - before[k].span.start);
    return span;
}

/// The words of \a s (letters and digits, with inner commas, points and apostrophes).
QStringList wordsIn(const QString &s)
{
    QStringList w;
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N},.'’]*"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = re.globalMatch(s); it.hasNext();) {
        QString x = it.next().captured();
        while (x.endsWith(u'.') || x.endsWith(u','))
            x.chop(1);
        w << x;
    }
    return w;
}

/// Whether \a pos lies on a Title Case line (a headline), where capitals say nothing.
bool onHeadline(const QString &t, int pos)
{
    const int from = int(t.lastIndexOf(u'\n', std::max(0, pos - 1))) + 1;
    int to = int(t.indexOf(u'\n', pos));
    if (to < 0)
        to = int(t.size());
    return Claims::Lexicon::isTitleCase(wordsIn(t.mid(from, to - from)));
}

} // namespace Crosscheck::Core::Annotation::Detail
