// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"
#include "abbreviations.h"
#include "stopwords.h"

#include <QSet>

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <unordered_map>

namespace Crosscheck::Core::Text {

namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

// Scripts written without spaces between words: their runs go through ICU's dictionary
// segmentation instead of the fast path.
inline bool isNoSpaceScript(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFF9F) ||
           (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1780 && c <= 0x17FF) ||
           (c >= 0x1000 && c <= 0x109F) || (c >= 0x20000 && c <= 0x2FA1F);
}

inline bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

inline bool isApostrophe(char32_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}

inline bool isDigit(char32_t c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') : QChar::isDigit(c);
}

// One code point at i; advances i past it.
inline char32_t codePointAt(const QChar *s, qsizetype n, qsizetype &i)
{
    const char16_t u = s[i].unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < n && s[i + 1].isLowSurrogate()) {
        const char32_t c = QChar::surrogateToUcs4(u, s[i + 1].unicode());
        i += 2;
        return c;
    }
    ++i;
    return u;
}

inline char32_t peek(const QChar *s, qsizetype n, qsizetype i)
{
    if (i >= n)
        return 0;
    return codePointAt(s, n, i);
}

// Quotes, apostrophes and dashes that mean the same in every typography.
inline char16_t unifyPunct(char16_t c)
{
    switch (c) {
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
    case 0x301D:
    case 0x301E:
    case 0xFF02:
        return u'"';
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2039:
    case 0x203A:
    case 0x02BC:
    case 0x2032:
    case 0x0060:
    case 0x00B4:
        return u'\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
        return u'-';
    case 0x2026:
        return u'.';
    default:
        return c;
    }
}

inline bool isDoubleQuote(char16_t c)
{
    return c == u'"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB ||
           c == 0x300C || c == 0x300D || c == 0x300E || c == 0x300F;
}

inline bool isSentencePunct(char16_t c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
           c == 0xFF1F || c == 0x061F;
}

QString languageToStemmer(const QString &lang)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("en"), QStringLiteral("english")},
        {QStringLiteral("de"), QStringLiteral("german")},
        {QStringLiteral("fr"), QStringLiteral("french")},
        {QStringLiteral("es"), QStringLiteral("spanish")},
        {QStringLiteral("it"), QStringLiteral("italian")},
        {QStringLiteral("pt"), QStringLiteral("portuguese")},
        {QStringLiteral("nl"), QStringLiteral("dutch")},
        {QStringLiteral("ru"), QStringLiteral("russian")},
        {QStringLiteral("sv"), QStringLiteral("swedish")},
        {QStringLiteral("no"), QStringLiteral("norwegian")},
        {QStringLiteral("nb"), QStringLiteral("norwegian")},
        {QStringLiteral("da"), QStringLiteral("danish")},
        {QStringLiteral("fi"), QStringLiteral("finnish")},
        {QStringLiteral("hu"), QStringLiteral("hungarian")},
        {QStringLiteral("ro"), QStringLiteral("romanian")},
        {QStringLiteral("tr"), QStringLiteral("turkish")},
        {QStringLiteral("ar"), QStringLiteral("arabic")},
        {QStringLiteral("el"), QStringLiteral("greek")},
        {QStringLiteral("ca"), QStringLiteral("catalan")},
        {QStringLiteral("eu"), QStringLiteral("basque")},
        {QStringLiteral("ga"), QStringLiteral("irish")},
        {QStringLiteral("lt"), QStringLiteral("lithuanian")},
        {QStringLiteral("sr"), QStringLiteral("serbian")},
        {QStringLiteral("id"), QStringLiteral("indonesian")},
        {QStringLiteral("hi"), QStringLiteral("hindi")},
        {QStringLiteral("hy"), QStringLiteral("armenian")},
        {QStringLiteral("ta"), QStringLiteral("tamil")},
        {QStringLiteral("ne"), QStringLiteral("nepali")},
    };
    return map.value(lang);
}

/// Whether a sentence starts after the initialism that ends at \a i: a word that starts
/// sentences follows, or nothing but the end of the text.
bool endsSentenceAfterInitialism(QStringView text, qsizetype i)
{
    qsizetype k = i;
    while (k < text.size() && (text.at(k) == u'"' || text.at(k).unicode() == 0x201D ||
                               text.at(k).unicode() == 0x2019 || text.at(k) == u')'))
        ++k;
    while (k < text.size() && (text.at(k) == u' ' || text.at(k) == u'\t'))
        ++k;
    if (k >= text.size())
        return true;
    qsizetype w = k;
    while (w < text.size() && text.at(w).isLetter())
        ++w;
    return Abbreviations::startsSentence(text.mid(k, w - k));
}

struct CacheEntry
{
    uint64_t norm;
    uint64_t stem;
    bool stop;
};

} // namespace

struct Tokenizer::Private
{
    TokenizerOptions options;
    sb_stemmer *stemmer = nullptr;
    QSet<QString> stopwords;
    std::unordered_map<uint64_t, CacheEntry> cache; // raw token hash -> normalised facts
    std::unique_ptr<icu::BreakIterator> breaker;

    CacheEntry lookup(const QChar *s, qsizetype n, uint64_t raw)
    {
        const auto it = cache.find(raw);
        if (it != cache.end())
            return it->second;
        if (cache.size() > 4'000'000)
            cache.clear(); // bounded memory on adversarial input
        const QString normalized = normalizeWord(QString(s, n));
        const uint64_t norm = hash(normalized);
        CacheEntry e{norm, norm, stopwords.contains(normalized)};
        if (stemmer) {
            const QByteArray utf8 = normalized.toUtf8();
            const sb_symbol *out = sb_stemmer_stem(
                stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
            if (out) {
                const QString stemmed = QString::fromUtf8(reinterpret_cast<const char *>(out),
                                                          sb_stemmer_length(stemmer));
                e.stem = hash(stemmed) ^ 0x5bd1e995ULL; // stems live apart from words
            }
        }
        cache.emplace(raw, e);
        return e;
    }

    QString normalizeWord(QString w) const
    {
        for (QChar &c : w) {
            if (isApostrophe(c.unicode()))
                c = u'\'';
        }
        bool ascii = true;
        for (const QChar c : w)
            ascii &= c.unicode() < 0x80;
        if (!ascii) {
            w = w.normalized(QString::NormalizationForm_KC);
            if (options.foldDiacritics) {
                QString folded;
                const QString decomposed = w.normalized(QString::NormalizationForm_D);
                for (const QChar c : decomposed) {
                    if (c.category() != QChar::Mark_NonSpacing)
                        folded += c;
                }
                w = folded.normalized(QString::NormalizationForm_C);
            }
        }
        return w.toCaseFolded();
    }
};

Tokenizer::Tokenizer(TokenizerOptions options)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    const QString algorithm = languageToStemmer(d->options.language);
    if (!algorithm.isEmpty())
        d->stemmer = sb_stemmer_new(algorithm.toLatin1().constData(), "UTF_8");
    const QStringList words = stopwords(d->options.language);
    for (const QString &w : words)
        d->stopwords.insert(d->normalizeWord(w));
    UErrorCode status = U_ZERO_ERROR;
    d->breaker.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
        d->breaker.reset();
}

Tokenizer::~Tokenizer()
{
    if (d->stemmer)
        sb_stemmer_delete(d->stemmer);
}

bool Tokenizer::hasStemmer() const
{
    return d->stemmer != nullptr;
}

QString Tokenizer::language() const
{
    return d->options.language;
}

uint64_t Tokenizer::hash(const QChar *data, qsizetype size)
{
    uint64_t h = kFnvOffset;
    for (qsizetype i = 0; i < size; ++i) {
        h ^= data[i].unicode();
        h *= kFnvPrime;
    }
    return h;
}

QString Tokenizer::normalize(const QString &word) const
{
    return d->normalizeWord(word);
}

QString Tokenizer::stem(const QString &normalizedWord) const
{
    if (!d->stemmer)
        return normalizedWord;
    const QByteArray utf8 = normalizedWord.toUtf8();
    const sb_symbol *out = sb_stemmer_stem(
        d->stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    return QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(d->stemmer));
}

bool Tokenizer::isStopword(const QString &normalizedWord) const
{
    return d->stopwords.contains(normalizedWord);
}

std::vector<Token> Tokenizer::tokenize(const QString &text)
{
    std::vector<Token> tokens;
    tokens.reserve(size_t(text.size() / 5));
    const QChar *s = text.constData();
    const qsizetype n = text.size();
    bool inQuote = false;
    int wordsInQuote = 0;

    // normEnd: where the normalised form ends ("Mr." is the word "mr", as "Mr" is).
    const auto addWord = [&](qsizetype start, qsizetype end, bool number, qsizetype normEnd = -1) {
        const qsizetype len = (normEnd < 0 ? end : normEnd) - start;
        const CacheEntry e = d->lookup(s + start, len, hash(s + start, len));
        Token t;
        t.start = int32_t(start);
        t.end = int32_t(end);
        t.norm = e.norm;
        t.stem = e.stem;
        t.flags = Token::Word | (number ? Token::Number : 0) | (e.stop ? Token::Stopword : 0) |
                  (inQuote ? Token::InQuote : 0);
        tokens.push_back(t);
        if (inQuote && ++wordsInQuote > 300)
            inQuote = false; // an unclosed quote does not swallow the rest of the text
    };

    qsizetype i = 0;
    while (i < n) {
        const qsizetype start = i;
        const char16_t u = s[i].unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t' || u == u' ' || u == 0x00A0 || u == 0x2009 ||
            u == 0x202F || u == 0x3000 || (u < 0x80 ? false : QChar::isSpace(u))) {
            // A blank line ends a paragraph, and with it any quotation left open.
            if (u == u'\n') {
                if (!tokens.empty())
                    tokens.back().flags |= Token::SentenceEnd;
                qsizetype j = i + 1;
                while (j < n && (s[j] == u' ' || s[j] == u'\r' || s[j] == u'\t'))
                    ++j;
                if (j < n && s[j] == u'\n')
                    inQuote = false;
            }
            ++i;
            continue;
        }
        const char32_t c = codePointAt(s, n, i);
        if (isNoSpaceScript(c)) {
            // The whole run of no-space script goes to ICU's dictionary segmentation.
            qsizetype end = i;
            while (end < n) {
                qsizetype probe = end;
                const char32_t next = codePointAt(s, n, probe);
                if (!isNoSpaceScript(next) && !QChar::isMark(next))
                    break;
                end = probe;
            }
            if (d->breaker) {
                const icu::UnicodeString run(false, reinterpret_cast<const UChar *>(s + start),
                                             int32_t(end - start));
                d->breaker->setText(run);
                int32_t from = d->breaker->first();
                for (int32_t to = d->breaker->next(); to != icu::BreakIterator::DONE;
                     from = to, to = d->breaker->next()) {
                    if (d->breaker->getRuleStatus() >= UBRK_WORD_NONE_LIMIT)
                        addWord(start + from, start + to, false);
                }
            } else {
                addWord(start, end, false);
            }
            i = end;
            continue;
        }
        if (isWordChar(c)) {
            bool number = isDigit(c);
            bool allDigits = number;
            while (i < n) {
                qsizetype probe = i;
                const char32_t next = codePointAt(s, n, probe);
                if (isWordChar(next) && !isNoSpaceScript(next)) {
                    allDigits &= isDigit(next) || QChar::isMark(next);
                    i = probe;
                    continue;
                }
                // Inner apostrophes ("didn't", "Putin’s") and digit groups ("3,400", "1.5").
                const char32_t after = peek(s, n, probe);
                if (isApostrophe(next) && after && isWordChar(after) && !isDigit(after)) {
                    i = probe;
                    continue;
                }
                if ((next == u',' || next == u'.') && allDigits && after && isDigit(after)) {
                    i = probe;
                    continue;
                }
                break;
            }
            if (!number) {
                // "U.S.", "e.g.", "Mr.": one word, and its full stop ends no sentence unless a
                // sentence plainly starts after it ("… in the U.S. The …").
                const QStringView view(text);
                const qsizetype abbreviation = Abbreviations::end(view, start, i);
                if (abbreviation > i) {
                    const bool title =
                        abbreviation == i + 1 && Abbreviations::isTitle(view.mid(start, i - start));
                    addWord(start, abbreviation, false, title ? i : abbreviation);
                    i = abbreviation;
                    if (!title && endsSentenceAfterInitialism(view, i))
                        tokens.back().flags |= Token::SentenceEnd;
                    continue;
                }
            }
            addWord(start, i, number && allDigits);
            continue;
        }
        // Punctuation and symbols: one token per character.
        Token t;
        t.start = int32_t(start);
        t.end = int32_t(i);
        const char16_t unified = c < 0x10000 ? unifyPunct(char16_t(c)) : char16_t(0);
        t.norm = unified ? hash(reinterpret_cast<const QChar *>(&unified), 1)
                         : hash(s + start, i - start);
        t.stem = t.norm;
        t.flags = Token::Punct;
        if (c < 0x10000 && isDoubleQuote(char16_t(c))) {
            // Opening when it follows space or an opening bracket, closing otherwise.
            const bool afterSpace = start == 0 || s[start - 1].isSpace() || s[start - 1] == u'(' ||
                                    s[start - 1] == u'[' || s[start - 1].unicode() == 0x2014;
            const bool beforeSpace = i >= n || s[i].isSpace() || s[i].isPunct();
            const char16_t q = char16_t(c);
            bool opening;
            if (q == 0x201C || q == 0x201E || q == 0x00AB || q == 0x300C || q == 0x300E)
                opening = !(q == 0x201C && inQuote && beforeSpace); // German „…“ closes with “
            else if (q == 0x201D || q == 0x00BB || q == 0x300D || q == 0x300F)
                opening = false;
            else
                opening = afterSpace && !beforeSpace ? true : (!afterSpace ? false : !inQuote);
            if (opening) {
                t.flags |= Token::InQuote;
                inQuote = true;
                wordsInQuote = 0;
            } else {
                if (inQuote)
                    t.flags |= Token::InQuote;
                inQuote = false;
            }
        } else if (inQuote) {
            t.flags |= Token::InQuote;
        }
        if (c < 0x10000 && isSentencePunct(char16_t(c))) {
            // A sentence ends here unless a lower-case word goes on (abbreviations such as "U.S."
            // and "Mr." took their full stop with them).
            qsizetype j = i;
            while (j < n && (s[j] == u'"' || s[j].unicode() == 0x201D || s[j].unicode() == 0x2019 ||
                             s[j] == u')'))
                ++j;
            const bool spaceAfter = j >= n || s[j].isSpace() || c >= 0x3000;
            qsizetype k = j;
            while (k < n && (s[k] == u' ' || s[k] == u'\t'))
                ++k;
            const bool lowerNext = k < n && s[k].isLower();
            if (spaceAfter && !lowerNext)
                t.flags |= Token::SentenceEnd;
        }
        tokens.push_back(t);
    }
    if (!tokens.empty())
        tokens.back().flags |= Token::SentenceEnd;
    return tokens;
}

} // namespace Crosscheck::Core::Text
