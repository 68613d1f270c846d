// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to claimextractor.cpp (names, roles, the sentence loop) and claimvalues.cpp
// (quantities, dates, stance, quotations, causes).

#include "claimextractor.h"
#include "claimlexicon.h"

#include "ner/nametagger.h"
#include "suggestions/lexicon.h"
#include "suggestions/namematcher.h"
#include "text/spans.h"
#include "text/tokenizer.h"

#include <QHash>

#include <optional>
#include <vector>

namespace Crosscheck::Core::Claims {

namespace Detail {

using Lexicon::isNumberToken;
using Lexicon::numberValue;

/// A word of a sentence: letters and digits with inner points, commas, apostrophes and hyphens.
/// What the lexicons say about a folded word, looked up once per distinct word.
struct WordInfo
{
    QString stem;
    QString predicate; ///< its event class, if any
    uint64_t hash = 0; ///< of the stem
    std::optional<double> number;
    int month = 0;
    int weekday = 0;
    bool stop = false;
    bool role = false;
    bool modifier = false; ///< a role modifier or a nationality
    bool vague = false;
    bool dayPart = false;
    bool cause = false;
    bool pronoun = false;
    bool connector = false;
};

struct W
{
    Span span;
    QString text;
    QString fold; ///< case-folded, without a possessive 's
    bool cap = false;
    WordInfo i;
};

std::vector<W> wordsIn(const QString &text, Span s);

/// Title Case: most of the longer words capitalised (a headline, a title line).
bool isTitleCase(const std::vector<W> &w);

bool onlySpaceBetween(const QString &text, const W &a, const W &b);

const QSet<QString> &roleModifiers();

/// Works out the calendar day of each date of \a c from the article's date: "today",
/// "yesterday"; a weekday is the last such day on or before it (the next one for a claim of
/// what will happen, or after "next"); a day of a month without a year is in the year that puts
/// it nearest before the article (or after, for what will happen).
void resolveDates(Claim &c, const QDate &published);

} // namespace Detail

struct ClaimExtractor::Private
{
    QString language;
    const Ner::NameTagger *tagger = nullptr; ///< reads speakers as people or not; may be null
    Text::Tokenizer tokenizer;
    Text::SentenceBreaks breaks;
    Annotation::NameMatcher matcher;
    QHash<QString, QString> known;     ///< skeleton of a registry name or alias → key
    QHash<QString, QString> knownLast; ///< skeleton of such a name's last word → key ("" if two)
    QHash<QString, int> nameWords;     ///< folded word → times capitalised inside a sentence
    QHash<QString, int> lowerWords;    ///< folded word → times written in lower case
    QSet<QString> singleNames;         ///< skeletons of one-word names seen alone
    QHash<QString, QString> predicateByStem;
    QSet<QString> attribution;
    /// Per folded word, what the lexicons say (the vocabulary of a corpus is small; hashing,
    /// ICU and Snowball are not cheap per word).
    mutable QHash<QString, Detail::WordInfo> words;
    mutable QHash<QString, QString> skeletons;

    const Detail::WordInfo &info(const QString &fold) const
    {
        auto it = words.find(fold);
        if (it == words.end()) {
            Detail::WordInfo w;
            const QString n = tokenizer.normalize(fold);
            w.stop = tokenizer.isStopword(n);
            w.stem = tokenizer.stem(n);
            w.hash = Text::Tokenizer::hash(w.stem);
            w.predicate = predicateByStem.value(w.stem);
            w.number = Lexicon::numberWord(fold);
            w.month = Lexicon::monthNumber(fold, language);
            w.weekday = Lexicon::weekdayNumber(fold, language);
            w.role = Lexicon::roleNouns().contains(fold);
            w.modifier = Detail::roleModifiers().contains(fold) || Lexicon::isNationality(fold);
            w.vague = Lexicon::isVaguePlural(fold);
            w.dayPart = Lexicon::dayParts().contains(fold);
            w.cause = Lexicon::causeNouns().contains(fold);
            w.pronoun = Lexicon::isPronoun(fold);
            w.connector = Annotation::Lexicon::nameConnectors().contains(fold);
            it = words.insert(fold, w);
        }
        return *it;
    }
    std::vector<Detail::W> wordsOf(const QString &text, Span s) const
    {
        std::vector<Detail::W> w = Detail::wordsIn(text, s);
        for (Detail::W &x : w)
            x.i = info(x.fold);
        return w;
    }
    QString skel(const QString &name) const
    {
        auto it = skeletons.find(name);
        if (it == skeletons.end())
            it = skeletons.insert(name, matcher.skeleton(name));
        return *it;
    }

    explicit Private(const QString &lang)
        : language(lang)
        , tagger(Ner::NameTagger::forLanguage(lang))
        , tokenizer({lang, false})
        , breaks(lang)
    {
        const QHash<QString, QStringList> &classes = Lexicon::predicateClasses(lang);
        for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
            for (const QString &w : it.value())
                predicateByStem.insert(tokenizer.stem(tokenizer.normalize(w)), it.key());
        }
        // WordNet widens the English classes; a hand-picked word keeps its class.
        if (language == QLatin1String("en")) {
            const QHash<QString, QString> &wn = Lexicon::wordnetEvents();
            for (auto it = wn.cbegin(); it != wn.cend(); ++it) {
                const QString stem = tokenizer.stem(tokenizer.normalize(it.key()));
                if (!predicateByStem.contains(stem))
                    predicateByStem.insert(stem, it.value());
            }
        }
        attribution = Annotation::Lexicon::attributionVerbs();
        for (const char *w : {"remarked", "asserted", "stating", "noted", "explained", "warned",
                              "sagte", "erklärte", "сказав", "заявив", "заявила"})
            attribution.insert(QString::fromUtf8(w));
    }

    bool isName(const Detail::W &w, bool sentenceStart, bool headline) const
    {
        // Months and weekdays are capitalised but name no one ("on Friday", "January 30").
        if (!w.cap || w.i.number || Lexicon::isNumberToken(w.text) || w.i.month || w.i.weekday)
            return false;
        if (!known.isEmpty() && known.contains(skel(w.text)))
            return true;
        const bool stop = w.i.stop;
        if (stop)
            return false;
        if (!sentenceStart && !headline)
            return true;
        // At a sentence start or in a headline a capital proves nothing: the word must be
        // written as a name inside body sentences more often than in lower case.
        return nameWords.value(w.fold) > lowerWords.value(w.fold);
    }

    QString key(const QString &name) const;

    QString predicateOf(const Detail::W &w) const { return w.i.predicate; }

    void names(Claim &c, const QString &text, const std::vector<Detail::W> &w,
               QHash<QString, QString> &affiliation) const;
    void roleBefore(Claim &c, const QString &text, const std::vector<Detail::W> &w, size_t first,
                    const QString &key) const;
    void roleAfter(Claim &c, const QString &text, const std::vector<Detail::W> &w, size_t last,
                   const QString &key) const;
    void quantities(Claim &c, const QString &text, const std::vector<Detail::W> &w) const;
    void dates(Claim &c, const std::vector<Detail::W> &w, const QString &text) const;
    void stance(Claim &c, const QString &text) const;
    void quotes(Claim &c, const QString &text, const QString &previousSpeaker,
                int previousPerson) const;
    /// Who is quoted in \a c (whose text is \a s), given the attribution verbs' positions
    /// (and whether each names a listener, "told"): the name next to a verb, a person first.
    struct Speaker
    {
        QString key, name;
        int person = -1; ///< as Quote::person
    };
    Speaker speakerOf(const Claim &c, const QString &s,
                      const std::vector<std::pair<int, bool>> &verbs) const;
    /// 1 when the names \a tagged in a sentence make the words at \a at (part of) a person's
    /// name, 0 when another kind of name or none, -1 without a model for the language.
    int personAt(const std::vector<Ner::Name> &tagged, qsizetype at, qsizetype length) const;
    void cause(Claim &c, const QString &text, const std::vector<Detail::W> &w) const;
};

} // namespace Crosscheck::Core::Claims
