// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textstats.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <cld2/public/compact_lang_det.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <tuple>
#include <utility>

namespace Crosscheck::Core::Text {

std::vector<int32_t> wordStarts(const QString &text)
{
    std::vector<int32_t> starts;
    if (text.isEmpty())
        return starts;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status)) {
        // Without ICU's rules: runs of letters, digits and marks.
        bool inWord = false;
        for (int32_t i = 0; i < int32_t(text.size()); ++i) {
            const bool w = text.at(i).isLetterOrNumber() || text.at(i).isMark();
            if (w && !inWord)
                starts.push_back(i);
            inWord = w;
        }
        return starts;
    }
    // UnicodeString aliasing the QString's UTF-16 buffer: no copy.
    const icu::UnicodeString ustr(false, reinterpret_cast<const UChar *>(text.utf16()),
                                  int32_t(text.size()));
    it->setText(ustr);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        if (it->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) // letters, numbers, kana, ideographs
            starts.push_back(start);
    }
    return starts;
}

int countWords(const QString &text)
{
    return int(wordStarts(text).size());
}

int utf16ToCodePoint(const QString &text, int utf16Index)
{
    utf16Index = std::clamp(utf16Index, 0, int(text.size()));
    int cp = 0;
    for (int i = 0; i < utf16Index; ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate() && i + 1 < utf16Index)
            ++i;
        ++cp;
    }
    return cp;
}

int codePointToUtf16(const QString &text, int codePointIndex)
{
    int i = 0;
    for (int cp = 0; cp < codePointIndex && i < text.size(); ++cp) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            i += 2;
        else
            i += 1;
    }
    return i;
}

namespace {

struct StopwordProfile
{
    const char *language;
    const char *words;
};

// Short function-word lists: enough to tell Latin-script and Cyrillic languages apart on a
// news article. The overlap engine uses the result to pick its stemmer.
const StopwordProfile kProfiles[] = {
    {"en", "the of and to in is that for on with was as by at from has have said it be are were "
           "this an which will not but his her they their its"},
    {"de", "der die das und ist nicht den dem des ein eine zu mit von sich auf für im sie er "
           "es wird wurde hat auch als bei nach sagte"},
    {"fr", "le la les et est des une un du dans pour que qui pas sur au avec ce il elle sont "
           "a été par plus a déclaré"},
    {"es", "el la los las y es de que en un una por con para no se del al lo como más ha fue "
           "dijo según"},
    {"it", "il lo la gli le e è di che un una per con non del della al sono ha ai dei detto"},
    {"pt", "o a os as e é de que em um uma para com não do da no na por se disse foi"},
    {"nl", "de het een en van is dat op te in voor niet met zijn er door aan ook werd heeft"},
    {"pl", "i w na nie się z do że jest to jak o za od po ale przez był była powiedział"},
    {"ru", "и в не на что с по как это он она из за от но к у о для так же был была сказал "
           "заявил его ее их они"},
    {"uk", "і в не на що з по як це він вона із за від але до у про для так же був була "
           "сказав заявив його її їх вони та й"},
};

/// Letters of \a sample by script, and the Cyrillic letters only Ukrainian or Russian has.
struct ScriptCounts
{
    int letters = 0;
    int cyrillic = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int thai = 0;
    int arabic = 0;
    int hebrew = 0;
    int greek = 0;
    int ukrainianLetters = 0; // і ї є ґ
    int russianLetters = 0;   // ы э ё ъ

    explicit ScriptCounts(const QString &sample)
    {
        for (const QChar c : sample) {
            if (c.isLetter())
                add(c.unicode());
        }
    }

    void add(ushort u)
    {
        ++letters;
        if (u >= 0x0400 && u <= 0x04FF) {
            ++cyrillic;
            if (u == 0x0456 || u == 0x0457 || u == 0x0454 || u == 0x0491 || u == 0x0406 ||
                u == 0x0407 || u == 0x0404 || u == 0x0490)
                ++ukrainianLetters;
            if (u == 0x044B || u == 0x044D || u == 0x0451 || u == 0x042B || u == 0x042D ||
                u == 0x044A)
                ++russianLetters;
        } else if (u >= 0x3040 && u <= 0x30FF) {
            ++kana;
        } else if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF)) {
            ++han;
        } else if (u >= 0xAC00 && u <= 0xD7AF) {
            ++hangul;
        } else if (u >= 0x0E00 && u <= 0x0E7F) {
            ++thai;
        } else if (u >= 0x0600 && u <= 0x06FF) {
            ++arabic;
        } else if (u >= 0x0590 && u <= 0x05FF) {
            ++hebrew;
        } else if (u >= 0x0370 && u <= 0x03FF) {
            ++greek;
        }
    }

    double share(int n) const { return double(n) / letters; }

    /// The language its script alone tells, or empty.
    QString byScript() const
    {
        if (share(kana) > 0.05)
            return QStringLiteral("ja");
        const std::pair<int, const char *> scripts[] = {{han, "zh"},    {hangul, "ko"},
                                                        {thai, "th"},   {arabic, "ar"},
                                                        {hebrew, "he"}, {greek, "el"}};
        for (const auto &[n, language] : scripts) {
            if (share(n) > 0.3)
                return QString::fromLatin1(language);
        }
        return {};
    }
};

/// The profile whose function words \a sample uses most: its language, with the hits and the
/// number of words.
std::tuple<const char *, int, int> bestProfile(const QString &sample)
{
    static const QRegularExpression wordRe(QStringLiteral("[\\p{L}']+"));
    QHash<QString, int> counts;
    auto it = wordRe.globalMatch(sample.toLower());
    int total = 0;
    while (it.hasNext()) {
        ++counts[it.next().captured()];
        ++total;
    }
    const char *best = nullptr;
    int bestScore = 0;
    for (const auto &profile : kProfiles) {
        const QStringList words = QString::fromUtf8(profile.words).split(u' ');
        const QSet<QString> set(words.begin(), words.end());
        int score = 0;
        for (const QString &w : set)
            score += counts.value(w);
        if (score > bestScore) {
            bestScore = score;
            best = profile.language;
        }
    }
    return {best, bestScore, total};
}
} // namespace

namespace {
/// Compact Language Detector 2's answer for \a sample when it is sure of it (its own
/// reliability and most of the text in that language), else empty. "uk", "de", "zh-Hant" come
/// back as their primary subtag ("zh").
QString detectWithCld2(const QString &sample)
{
    const QByteArray utf8 = sample.toUtf8();
    CLD2::Language top3[3];
    int percent3[3] = {};
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language best = CLD2::DetectLanguageSummary(
        utf8.constData(), int(utf8.size()), true, top3, percent3, &textBytes, &reliable);
    if (!reliable || best == CLD2::UNKNOWN_LANGUAGE || percent3[0] < 60)
        return {};
    const QString code = QString::fromLatin1(CLD2::LanguageCode(best)).section(u'-', 0, 0);
    // CLD2 keeps two withdrawn ISO 639 codes.
    return code == u"iw" ? QStringLiteral("he") : code == u"in" ? QStringLiteral("id") : code;
}
} // namespace

QString guessLanguage(const QString &text)
{
    const QString sample = text.left(20000);
    const ScriptCounts scripts(sample);
    if (scripts.letters < 3)
        return {};
    if (const QString language = scripts.byScript(); !language.isEmpty())
        return language;
    // A line or two says too little: "unknown" rather than a guess.
    if (scripts.letters < 40)
        return {};
    if (const QString language = detectWithCld2(sample); !language.isEmpty())
        return language;
    const auto [best, bestScore, total] = bestProfile(sample);
    if (total == 0)
        return {};
    if (scripts.share(scripts.cyrillic) > 0.3) {
        // Letters unique to one language decide where the function words tie.
        if (scripts.ukrainianLetters > scripts.russianLetters)
            return QStringLiteral("uk");
        if (scripts.russianLetters > scripts.ukrainianLetters)
            return QStringLiteral("ru");
    }
    // Ask for a few hits per hundred words before trusting a guess.
    if (!best || bestScore * 100 < total * 5)
        return {};
    return QString::fromLatin1(best);
}

QString shortenedSentence(const QString &paragraph, int maxChars)
{
    const QString line = paragraph.simplified();
    // The first sentence: up to a full stop, question or exclamation mark followed by a space
    // and an upper-case letter or a quote; abbreviations such as "U.S." are not ends.
    static const QRegularExpression sentenceEnd(
        QStringLiteral("(?<!\\b[A-Z])(?<!\\bMr)(?<!\\bMs)(?<!\\bMrs)(?<!\\bDr)(?<!\\bSt)(?<!\\bJr)"
                       "(?<!\\bSr)(?<!\\bNo)(?<!\\bGen)(?<!\\bSen)(?<!\\bRep)[.!?](?=\\s+"
                       "[\\p{Lu}\"“‘«])"));
    QString sentence = line;
    const auto m = sentenceEnd.match(line);
    if (m.hasMatch())
        sentence = line.left(m.capturedEnd());
    if (sentence.size() <= maxChars)
        return sentence;
    int cut = sentence.lastIndexOf(u' ', maxChars - 1);
    if (cut < maxChars / 2)
        cut = maxChars - 1;
    QString shortened = sentence.left(cut);
    while (!shortened.isEmpty() && (shortened.back().isPunct() || shortened.back().isSpace()))
        shortened.chop(1);
    return shortened + QChar(0x2026);
}

} // namespace Crosscheck::Core::Text
