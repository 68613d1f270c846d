// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nerfeatures.h"

#include "suggestions/lexicon.h"
#include "text/tokenizer.h"

#include <QStringList>

#include <algorithm>

namespace Crosscheck::Core::Ner {

namespace {

using Annotation::Lexicon::dateWords;
using Annotation::Lexicon::gazetteer;
using Annotation::Lexicon::nameConnectors;
using Annotation::Lexicon::organisationWords;
using Annotation::Lexicon::titleWords;

uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

uint64_t feature(uint64_t templ, uint64_t value)
{
    return mix(mix(templ) ^ value);
}

uint64_t feature(uint64_t templ, uint64_t a, uint64_t b)
{
    return mix(mix(mix(templ) ^ a) + b);
}

enum Flag : uint32_t {
    Capital = 1,
    AllCaps = 2,
    Lower = 4,
    HasDigit = 8,
    Punct = 16,
    Place = 32,
    Title = 64,
    OrgWord = 128,
    DateWord = 256,
    Connector = 512,
    SeenLower = 1024,
    SeenCapital = 2048,
};

struct TokenInfo
{
    uint64_t word = 0;       ///< folded, digits as 0
    uint64_t shape = 0;      ///< X upper, x lower, d digit; runs cut to two ("Zelensky" → "Xxx")
    uint64_t shortShape = 0; ///< the same, runs cut to one ("Zelensky" → "Xx", "U.S." → "X.X.")
    uint64_t prefix[4] = {};
    uint64_t suffix[4] = {};
    uint32_t flags = 0;
};

QString shapeOf(const QString &w, int maxRun)
{
    QString out;
    QChar last;
    int run = 0;
    for (QChar c : w) {
        const QChar s = c.isUpper() ? u'X' : c.isLower() ? u'x' : c.isDigit() ? u'd' : c;
        run = s == last ? run + 1 : 1;
        last = s;
        if (run <= maxRun)
            out += s;
    }
    return out;
}

TokenInfo infoOf(const Token &t, const DocumentContext &context)
{
    TokenInfo info;
    const QString folded = t.text.toCaseFolded();
    QString word = folded;
    for (QChar &c : word)
        if (c.isDigit())
            c = u'0';
    info.word = Text::Tokenizer::hash(word);
    info.shape = Text::Tokenizer::hash(shapeOf(t.text, 2));
    info.shortShape = Text::Tokenizer::hash(shapeOf(t.text, 1));
    for (int k = 1; k <= 4; ++k) {
        if (folded.size() > k) {
            info.prefix[k - 1] = Text::Tokenizer::hash(folded.constData(), k);
            info.suffix[k - 1] = Text::Tokenizer::hash(folded.constData() + folded.size() - k, k);
        }
    }
    const QChar first = t.text.at(0);
    const bool letters =
        std::any_of(t.text.begin(), t.text.end(), [](QChar c) { return c.isLetter(); });
    uint32_t f = 0;
    if (first.isUpper())
        f |= Capital;
    if (letters && t.text.size() > 1 &&
        std::none_of(t.text.begin(), t.text.end(), [](QChar c) { return c.isLower(); }))
        f |= AllCaps;
    if (first.isLower())
        f |= Lower;
    if (std::any_of(t.text.begin(), t.text.end(), [](QChar c) { return c.isDigit(); }))
        f |= HasDigit;
    if (!first.isLetterOrNumber())
        f |= Punct;
    const QString bare = folded.endsWith(u'.') ? folded.chopped(1) : folded;
    if (gazetteer().contains(folded))
        f |= Place;
    if (titleWords().contains(bare))
        f |= Title;
    if (organisationWords().contains(bare))
        f |= OrgWord;
    if (dateWords().contains(bare))
        f |= DateWord;
    if (nameConnectors().contains(folded))
        f |= Connector;
    const uint64_t h = foldedHash(t.text);
    if (context.seenLower(h))
        f |= SeenLower;
    if (context.seenCapitalMidSentence(h))
        f |= SeenCapital;
    info.flags = f;
    return info;
}

/// Title Case or ALL CAPS lines (headlines): most words capitalised.
int sentenceCase(const Sentence &s)
{
    int words = 0, capitals = 0, allCaps = 0;
    for (const Token &t : s) {
        if (t.text.size() < 4 || !t.text.at(0).isLetter())
            continue;
        ++words;
        capitals += t.text.at(0).isUpper();
        allCaps += std::none_of(t.text.begin(), t.text.end(), [](QChar c) { return c.isLower(); });
    }
    if (words >= 3 && allCaps * 10 >= words * 8)
        return 2;
    if (words >= 3 && capitals * 10 >= words * 7)
        return 1;
    return 0;
}

enum Template : uint64_t {
    TBias = 1,
    TWord,
    TPrev,
    TNext,
    TPrev2,
    TNext2,
    TShape,
    TPrevShape,
    TNextShape,
    TShapes,
    TShort,
    TPrefix,
    TSuffix,
    TPrevWord,
    TWordNext,
    TFirst,
    TCase,
    TFlags,
    TPrevFlags,
    TNextFlags,
    TNext2Flags,
    TPrevWordShape,
    TNextWordShape,
    TCaseWord,
    TLength,
    TFlagsShape,
    TGazetteer = 5000
};

} // namespace

DocumentContext::DocumentContext(const std::vector<Sentence> &sentences)
{
    for (const Sentence &s : sentences) {
        const bool headline = sentenceCase(s) != 0;
        for (size_t i = 0; i < s.size(); ++i) {
            const QChar c = s[i].text.at(0);
            if (c.isLower())
                m_lower.push_back(foldedHash(s[i].text));
            else if (c.isUpper() && i > 0 && !headline)
                m_capital.push_back(foldedHash(s[i].text));
        }
    }
    for (auto *v : {&m_lower, &m_capital}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
}

bool DocumentContext::seenLower(uint64_t folded) const
{
    return std::binary_search(m_lower.begin(), m_lower.end(), folded);
}

bool DocumentContext::seenCapitalMidSentence(uint64_t folded) const
{
    return std::binary_search(m_capital.begin(), m_capital.end(), folded);
}

void Gazetteer::add(const QString &phrase, uint8_t classes)
{
    const QStringList words = phrase.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 6)
        return;
    m_entries[Text::Tokenizer::hash(words.join(u' '))] |= classes;
}

std::vector<uint8_t> Gazetteer::match(const Sentence &sentence) const
{
    std::vector<uint8_t> out(sentence.size(), 0);
    if (m_entries.isEmpty())
        return out;
    std::vector<QString> folded;
    folded.reserve(sentence.size());
    for (const Token &t : sentence)
        folded.push_back(t.text.toCaseFolded());
    QString phrase;
    for (size_t i = 0; i < sentence.size();) {
        if (!sentence[i].text.at(0).isLetterOrNumber()) {
            ++i;
            continue;
        }
        phrase.clear();
        size_t best = 0;
        uint8_t bits = 0;
        for (size_t len = 1; len <= 6 && i + len <= sentence.size(); ++len) {
            if (len > 1)
                phrase += u' ';
            phrase += folded[i + len - 1];
            const auto it = m_entries.constFind(Text::Tokenizer::hash(phrase));
            if (it != m_entries.constEnd()) {
                best = len;
                bits = it.value();
            }
        }
        if (best == 0) {
            ++i;
            continue;
        }
        for (size_t k = 0; k < best; ++k)
            out[i + k] = uint8_t(bits | (k == 0 ? 0x80 : 0));
        i += best;
    }
    return out;
}

void Gazetteer::save(QDataStream &out) const
{
    // In key order, so that one training gives one file whatever the hash seed.
    std::vector<uint64_t> keys(m_entries.keyBegin(), m_entries.keyEnd());
    std::sort(keys.begin(), keys.end());
    out << quint32(keys.size());
    for (uint64_t k : keys)
        out << quint64(k) << quint8(m_entries.value(k));
}

void Gazetteer::load(QDataStream &in)
{
    quint32 n = 0;
    in >> n;
    m_entries.clear();
    m_entries.reserve(qsizetype(n));
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        quint64 k = 0;
        quint8 v = 0;
        in >> k >> v;
        m_entries.insert(k, v);
    }
}

uint64_t foldedHash(const QString &word)
{
    return Text::Tokenizer::hash(word.toCaseFolded());
}

SentenceFeatures featuresOf(const Sentence &sentence, const DocumentContext &context,
                            const Gazetteer *gazetteer)
{
    const std::vector<uint8_t> known =
        gazetteer ? gazetteer->match(sentence) : std::vector<uint8_t>(sentence.size(), 0);
    const int n = int(sentence.size());
    std::vector<TokenInfo> info;
    info.reserve(n);
    for (const Token &t : sentence)
        info.push_back(infoOf(t, context));
    const uint64_t caseOf = uint64_t(sentenceCase(sentence));
    static const TokenInfo kStart = [] {
        TokenInfo t;
        t.word = t.shape = t.shortShape = 0x5354415254ULL;
        return t;
    }();
    static const TokenInfo kEnd = [] {
        TokenInfo t;
        t.word = t.shape = t.shortShape = 0x454e44ULL;
        return t;
    }();
    const auto at = [&](int i) -> const TokenInfo & {
        return i < 0 ? kStart : i >= n ? kEnd : info[size_t(i)];
    };
    SentenceFeatures out(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        std::vector<uint64_t> &f = out[size_t(i)];
        f.reserve(40);
        const TokenInfo &w = info[size_t(i)];
        const TokenInfo &p = at(i - 1), &q = at(i + 1);
        // The lexical features first (kLexicalFeatures of them): what adaptation may change.
        f.push_back(feature(TWord, w.word));
        f.push_back(feature(TPrevWord, p.word, w.word));
        f.push_back(feature(TWordNext, w.word, q.word));
        f.push_back(feature(TCaseWord, caseOf, w.word));
        f.push_back(feature(TBias, 0));
        f.push_back(feature(TPrev, p.word));
        f.push_back(feature(TNext, q.word));
        f.push_back(feature(TPrev2, at(i - 2).word));
        f.push_back(feature(TNext2, at(i + 2).word));
        f.push_back(feature(TShape, w.shape));
        f.push_back(feature(TPrevShape, p.shape));
        f.push_back(feature(TNextShape, q.shape));
        f.push_back(feature(TShapes, p.shortShape, feature(w.shortShape, q.shortShape)));
        f.push_back(feature(TShort, w.shortShape));
        for (int k = 0; k < 4; ++k) {
            if (w.prefix[k])
                f.push_back(feature(TPrefix + 100 * uint64_t(k), w.prefix[k]));
            if (w.suffix[k])
                f.push_back(feature(TSuffix + 100 * uint64_t(k), w.suffix[k]));
        }
        f.push_back(feature(TPrevWordShape, p.word, w.shortShape));
        f.push_back(feature(TNextWordShape, w.shortShape, q.word));
        f.push_back(feature(TFirst, uint64_t(i == 0), w.shortShape));
        f.push_back(feature(TCase, caseOf, w.shortShape));
        f.push_back(feature(TFlags, w.flags));
        f.push_back(
            feature(TFlagsShape, w.flags, feature(w.shortShape, uint64_t(i == 0) + 2 * caseOf)));
        f.push_back(feature(TPrevFlags, p.flags, w.flags & (Capital | Lower)));
        f.push_back(feature(TNextFlags, q.flags, w.flags & (Capital | Lower)));
        f.push_back(feature(TNext2Flags, at(i + 2).flags & (OrgWord | Place | Capital)));
        for (uint32_t bit = 1; bit <= SeenCapital; bit <<= 1)
            if (w.flags & bit)
                f.push_back(feature(TFlags + 1000, bit, caseOf));
        if (known[size_t(i)]) {
            const uint64_t g = known[size_t(i)];
            f.push_back(feature(TGazetteer, g));
            f.push_back(feature(TGazetteer + 1, g & 0x7f, w.shortShape));
            f.push_back(feature(TGazetteer + 2, g & 0x7f, caseOf));
        }
        if (i + 1 < n && known[size_t(i + 1)])
            f.push_back(feature(TGazetteer + 3, known[size_t(i + 1)]));
        if (i > 0 && known[size_t(i - 1)])
            f.push_back(feature(TGazetteer + 4, known[size_t(i - 1)]));
        f.push_back(
            feature(TLength, uint64_t(std::min<qsizetype>(sentence[size_t(i)].text.size(), 12))));
    }
    return out;
}

} // namespace Crosscheck::Core::Ner
