// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "spans.h"
#include "abbreviations.h"

#include <QStringList>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/unistr.h>

#include <map>
#include <memory>
#include <vector>

namespace Crosscheck::Core::Text {

namespace {
/// Whether the character at \a i is part of a word; a surrogate pair (an emoji, a historic
/// script) counts as a letter when it is one.
bool wordish(const QString &text, int i)
{
    const char32_t c = QChar::isHighSurrogate(text.at(i).unicode()) && i + 1 < text.size()
                           ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                       : QChar::isLowSurrogate(text.at(i).unicode()) && i > 0
                           ? QChar::surrogateToUcs4(text.at(i - 1), text.at(i))
                           : text.at(i).unicode();
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) ||
           QChar::category(c) == QChar::Symbol_Other;
}
/// The start of the word \a i is in, before the "X." pairs of an initialism ("U." before
/// "S" in "U.S.").
int wordStart(const QString &text, int i)
{
    while (i > 0 && wordish(text, i - 1))
        --i;
    while (i >= 2 && text.at(i - 1) == u'.' && text.at(i - 2).isLetter() &&
           (i == 2 || !wordish(text, i - 3)))
        i -= 2;
    return i;
}

/// The end of the abbreviation ("U.S.", "Mr.") that starts at \a start, or -1 when none does.
int abbreviationEnd(const QString &text, int start)
{
    int wordEnd = start;
    while (wordEnd < int(text.size()) && wordish(text, wordEnd))
        ++wordEnd;
    const qsizetype end = Abbreviations::end(text, start, wordEnd);
    return end > wordEnd ? int(end) : -1;
}

/// \a span with the full stops of an abbreviation it starts or ends in: "S" in "U.S." is
/// "U.S.", "Mr" before ". Peskov" is "Mr.".
Analysis::Span withAbbreviations(const QString &text, Analysis::Span span)
{
    if (span.length() == 0)
        return span;
    const int first = wordStart(text, span.start);
    if (first < span.start && abbreviationEnd(text, first) > span.start)
        span.start = first;
    const int last = wordStart(text, span.end - 1);
    span.end = std::max(span.end, abbreviationEnd(text, last));
    return span;
}
} // namespace

Analysis::Span trimToWord(const QString &text, Analysis::Span span)
{
    span.start = std::clamp(span.start, 0, int(text.size()));
    span.end = std::clamp(span.end, span.start, int(text.size()));
    const int selectedEnd = span.end;
    while (span.start < span.end && !wordish(text, span.start))
        ++span.start;
    while (span.end > span.start && !wordish(text, span.end - 1))
        --span.end;
    // The full stop of an abbreviation is part of it when the selection took it.
    if (span.length() > 0) {
        const int end = abbreviationEnd(text, wordStart(text, span.end - 1));
        if (end > span.end && end <= selectedEnd)
            span.end = end;
    }
    return span;
}

Analysis::Span wholeWords(const QString &text, Analysis::Span span)
{
    span = trimToWord(text, span);
    if (span.length() == 0)
        return span;
    while (span.start > 0 && wordish(text, span.start - 1))
        --span.start;
    while (span.end < int(text.size()) && wordish(text, span.end))
        ++span.end;
    return withAbbreviations(text, span);
}

namespace {
/// Whether ICU's boundary \a b (after the spaces) follows an abbreviation that does not end
/// the sentence there.
bool isAbbreviationBreak(const QString &text, int b)
{
    int end = b;
    while (end > 0 && text.at(end - 1).isSpace()) {
        if (text.at(end - 1) == u'\n')
            return false; // a line break ends a sentence whatever precedes it
        --end;
    }
    if (end == 0 || text.at(end - 1) != u'.')
        return false;
    int start = end;
    while (start > 0 && !text.at(start - 1).isSpace() && text.at(start - 1) != u'(' &&
           text.at(start - 1) != u'"' && text.at(start - 1) != QChar(0x201C))
        --start;
    const QStringView word = QStringView(text).mid(start, end - start);
    if (Abbreviations::isTitle(word.chopped(1)))
        return true;
    if (!Abbreviations::isInitialism(word))
        return false;
    int next = b;
    while (next < text.size() && text.at(next).isLetter())
        ++next;
    return !Abbreviations::startsSentence(QStringView(text).mid(b, next - b));
}

/// ICU's sentence iterator for \a language with the language's abbreviations filtered, built
/// once per thread and language (building the filter costs far more than iterating a text).
icu::BreakIterator *sentenceIterator(const QString &language)
{
    thread_local std::map<QString, std::unique_ptr<icu::BreakIterator>> cache;
    auto found = cache.find(language);
    if (found != cache.end())
        return found->second.get();
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(language.toLatin1().constData());
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !it) {
        it.reset();
    } else {
        status = U_ZERO_ERROR;
        std::unique_ptr<icu::FilteredBreakIteratorBuilder> filter(
            icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
        if (U_SUCCESS(status) && filter) {
            icu::BreakIterator *wrapped = filter->wrapIteratorWithFilter(it.release(), status);
            it.reset(U_SUCCESS(status) ? wrapped : nullptr);
        }
    }
    return cache.emplace(language, std::move(it)).first->second.get();
}

/// Every sentence boundary of \a text (0 and the text's length included).
std::vector<int> boundaries(const QString &text, const QString &language)
{
    icu::BreakIterator *it = sentenceIterator(language);
    std::vector<int> out{0};
    if (!it) {
        out.push_back(int(text.size()));
        return out;
    }
    const icu::Locale locale(language.toLatin1().constData());
    const icu::UnicodeString ustr(false, reinterpret_cast<const UChar *>(text.utf16()),
                                  int32_t(text.size()));
    it->setText(ustr);
    it->first();
    const bool english = QLatin1String(locale.getLanguage()) == QLatin1String("en");
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
        if (!english || b >= text.size() || !isAbbreviationBreak(text, int(b)))
            out.push_back(int(b));
    }
    if (out.back() != text.size())
        out.push_back(int(text.size()));
    return out;
}

/// \a boundary without the spaces before it (ICU's boundary follows them).
int withoutTrailingSpace(const QString &text, int start, int boundary)
{
    while (boundary > start && text.at(boundary - 1).isSpace())
        --boundary;
    return boundary;
}
} // namespace

SentenceBreaks::SentenceBreaks(const QString &language)
    : m_language(language)
{}

int SentenceBreaks::sentenceEnd(const QString &text, int pos) const
{
    const std::vector<int> b = boundaries(text, m_language);
    for (size_t i = 1; i < b.size(); ++i) {
        const int end = withoutTrailingSpace(text, b[i - 1], b[i]);
        if (end > b[i - 1] && end > pos) // a run of blank lines is no sentence
            return end;
    }
    return int(text.size());
}

int SentenceBreaks::sentenceStart(const QString &text, int pos) const
{
    const std::vector<int> b = boundaries(text, m_language);
    for (size_t i = b.size(); i-- > 0;) {
        if (b[i] < pos && b[i] < text.size()) {
            // A start in the spaces between sentences is the next sentence's start.
            int start = b[i];
            while (start < pos && text.at(start).isSpace())
                ++start;
            if (start < pos)
                return start;
        }
    }
    return 0;
}

std::vector<Analysis::Span> SentenceBreaks::sentences(const QString &text) const
{
    std::vector<Analysis::Span> out;
    const std::vector<int> b = boundaries(text, m_language);
    for (size_t i = 1; i < b.size(); ++i) {
        // ICU breaks after a paragraph separator; a single line break inside a span ends a
        // sentence too (titles and list items carry no full stop).
        int from = b[i - 1];
        const int to = b[i];
        while (from < to) {
            int lineEnd = from;
            while (lineEnd < to && text.at(lineEnd) != u'\n')
                ++lineEnd;
            int s = from, e = lineEnd;
            while (s < e && text.at(s).isSpace())
                ++s;
            while (e > s && text.at(e - 1).isSpace())
                --e;
            if (e > s)
                out.push_back({s, e});
            from = lineEnd + 1;
        }
    }
    return out;
}

} // namespace Crosscheck::Core::Text
