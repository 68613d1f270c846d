// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nertext.h"

#include <QSet>

namespace Crosscheck::Core::Ner {

namespace {

constexpr int kMaxSentence = 150;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

/// Abbreviations that keep their period (folded, without it).
const QSet<QString> &abbreviations()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        for (const char *w :
             {"mr",  "mrs",  "ms",   "dr",   "prof", "st",   "jr",    "sr",   "gen", "col",
              "lt",  "sgt",  "capt", "gov",  "sen",  "rep",  "inc",   "corp", "ltd", "co",
              "vs",  "etc",  "no",   "jan",  "feb",  "mar",  "apr",   "jun",  "jul", "aug",
              "sep", "sept", "oct",  "nov",  "dec",  "mt",   "ft",    "maj",  "adm", "cmdr",
              "rev", "hon",  "pres", "supt", "dept", "univ", "approx"})
            out.insert(QString::fromLatin1(w));
        return out;
    }();
    return words;
}

class Scanner
{
public:
    explicit Scanner(const QString &text)
        : m_text(text)
        , m_n(int32_t(text.size()))
    {}

    std::vector<Token> tokens()
    {
        std::vector<Token> out;
        int32_t i = 0;
        while (i < m_n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            if (!isWordChar(c)) {
                // One token per punctuation character; a character and its surrogate pair stay one.
                const int32_t len = c.isHighSurrogate() && i + 1 < m_n ? 2 : 1;
                push(out, i, i + len);
                i += len;
                continue;
            }
            i = word(out, i);
        }
        return out;
    }

private:
    void push(std::vector<Token> &out, int32_t from, int32_t to)
    {
        out.push_back({from, to, m_text.mid(from, to - from)});
    }

    /// The word from \a i (a word character), pushed with its clitics split off; returns its end.
    int32_t word(std::vector<Token> &out, int32_t i)
    {
        int32_t j = i;
        bool digits = true;
        bool dotted = false; // "U.S."
        while (j < m_n) {
            const QChar c = m_text.at(j);
            if (isWordChar(c)) {
                digits = digits && c.isDigit();
                ++j;
                continue;
            }
            const bool next = j + 1 < m_n && isWordChar(m_text.at(j + 1));
            if ((c == u',' || c == u'.') && digits && next && m_text.at(j + 1).isDigit()) {
                ++j; // 3,400 / 2.5
                continue;
            }
            if (c == u'.' && next && j - i <= 3 && m_text.at(j + 1).isLetter() &&
                (j + 2 >= m_n || !isWordChar(m_text.at(j + 2)) || m_text.at(j + 2) == u'.')) {
                dotted = true; // U.S / e.g
                ++j;
                continue;
            }
            if (c == u'&' && next && j > i && m_text.at(j - 1).isUpper()) {
                ++j; // AT&T
                continue;
            }
            if (isApostrophe(c) && next && !clitic(j) && !negation(i, j)) {
                ++j; // O'Brien, rock'n'roll
                continue;
            }
            break;
        }
        // A period that belongs to the word: initials, abbreviations, dotted acronyms.
        if (j < m_n && m_text.at(j) == u'.') {
            const QString w = m_text.mid(i, j - i);
            if (dotted || (w.size() == 1 && w.at(0).isUpper()) ||
                abbreviations().contains(w.toCaseFolded()))
                ++j;
        }
        // n't: "don't" → "do" "n't"
        if (j < m_n && negation(i, j)) {
            push(out, i, j - 1);
            push(out, j - 1, j + 2);
            return j + 2;
        }
        push(out, i, j);
        if (j < m_n && isApostrophe(m_text.at(j)) && clitic(j)) {
            int32_t k = j + 1;
            while (k < m_n && isWordChar(m_text.at(k)))
                ++k;
            push(out, j, k);
            return k;
        }
        return j;
    }

    /// Whether the apostrophe at \a j is the one of "n't" ending the word that starts at \a i.
    bool negation(int32_t i, int32_t j) const
    {
        return isApostrophe(m_text.at(j)) && j - i >= 2 && m_text.at(j - 1).toLower() == u'n' &&
               j + 1 < m_n && m_text.at(j + 1).toLower() == u't' &&
               (j + 2 >= m_n || !isWordChar(m_text.at(j + 2)));
    }

    /// Whether the apostrophe at \a j starts a clitic: 's 're 've 'll 'd 'm (then a non-letter).
    bool clitic(int32_t j) const
    {
        int32_t k = j + 1;
        while (k < m_n && m_text.at(k).isLetter() && k - j <= 3)
            ++k;
        if (k < m_n && isWordChar(m_text.at(k)))
            return false;
        const QString rest = m_text.mid(j + 1, k - j - 1).toCaseFolded();
        return rest == u"s" || rest == u"re" || rest == u"ve" || rest == u"ll" || rest == u"d" ||
               rest == u"m";
    }

    const QString &m_text;
    const int32_t m_n;
};

bool endsSentence(const QString &t)
{
    return t == u"." || t == u"!" || t == u"?" || t == u"\u2026";
}

bool isClosing(const QString &t)
{
    return t == u"\"" || t == u"\u201d" || t == u"\u2019" || t == u")" || t == u"]" ||
           t == u"\u00bb" || t == u"'";
}

bool opensSentence(const QString &t)
{
    const QChar c = t.at(0);
    return c.isUpper() || c.isDigit() || c == u'"' || c == u'\u201c' || c == u'\u00ab' ||
           c == u'\u2018' || c == u'\'' || c == u'(' || c == u'-' || c == u'\u2013' ||
           c == u'\u2014' || (c.isLetter() && !c.isLower());
}

/// Line breaks between two tokens: 0, 1 or 2 (a blank line or more).
int breaksBetween(const QString &text, int32_t from, int32_t to)
{
    int n = 0;
    for (int32_t i = from; i < to && n < 2; ++i)
        n += text.at(i) == u'\n' || text.at(i) == u'\u2029';
    return n;
}

} // namespace

std::vector<Sentence> sentencesOf(const QString &text)
{
    const std::vector<Token> tokens = Scanner(text).tokens();
    std::vector<Sentence> out;
    Sentence current;
    bool terminal = false; // the sentence ended with . ! ? (and closing marks)
    for (const Token &t : tokens) {
        if (!current.empty()) {
            const int breaks = breaksBetween(text, current.back().end, t.start);
            const bool start = opensSentence(t.text);
            if ((terminal && start && !isClosing(t.text)) || breaks >= 2 ||
                (breaks == 1 && (start || terminal)) || int(current.size()) >= kMaxSentence) {
                out.push_back(std::move(current));
                current.clear();
                terminal = false;
            }
        }
        if (endsSentence(t.text))
            terminal = true;
        else if (!(terminal && isClosing(t.text)))
            terminal = false;
        current.push_back(t);
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

} // namespace Crosscheck::Core::Ner
