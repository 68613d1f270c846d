// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

/// The word lists and patterns claims are read with, by language (en, de, uk; other languages
/// get the English lists). Words are folded to lower case.
namespace Crosscheck::Core::Claims::Lexicon {

/// Event classes by word: "talk", "conversation", "call" → communicate. The words are listed
/// as written in each language and matched by their stem (the caller stems them).
const QHash<QString, QStringList> &predicateClasses(const QString &language);

/// Whether \a token is written in digits with inner commas and points ("1,200", "3.5"); words
/// that only carry digits ("AK-47s", "e75m") are not.
bool isNumberToken(const QString &token);
/// The value of such a token: "1,200" and "1.200" group thousands, "1.5" and "1,5" are
/// decimals; nothing for a token that is no number ("1.2.3").
std::optional<double> numberValue(const QString &token);
/// The value of a token in digits or a number word ("ten", "zehn"), if it is either.
std::optional<double> valueOf(const QString &folded);
/// Title Case: most of the longer words capitalised (a headline, a title line).
bool isTitleCase(const QStringList &words);

/// Number words: "six" → 6, "dozen" → 12, "thousands" → 1000 (a lower bound).
std::optional<double> numberWord(const QString &folded);
/// Whether a number word is a vague plural ("thousands", "hundreds"): at least, not exactly.
bool isVaguePlural(const QString &folded);
/// Days per unit for duration units ("week" → 7, "hour" → 1/24), by folded word.
std::optional<double> durationUnit(const QString &folded);

/// Words before a number that make it a range.
enum class Bound { Exact, About, AtLeast, AtMost, MoreThan, LessThan };
Bound boundBefore(const QString &foldedWords);

/// Stance patterns, strongest meaning first (a refusal to confirm before a confirmation).
struct StancePattern
{
    Stance stance;
    QRegularExpression re;
};
const std::vector<StancePattern> &stancePatterns(const QString &language);

/// Nouns that name a role ("president", "envoy", "spokesman") and words that qualify one.
const QSet<QString> &roleNouns();
/// Nationality and place adjectives that may open a role ("US", "Russian", "Ukrainian").
bool isNationality(const QString &folded);

/// Words that introduce a cause ("failure", "error", "fault", "blamed on").
const QSet<QString> &causeNouns();

/// Parts of the day ("early", "late", "morning").
const QSet<QString> &dayParts();
/// Month (1–12) and weekday (1–7) numbers by folded name, in the language and in English.
int monthNumber(const QString &folded, const QString &language);
int weekdayNumber(const QString &folded, const QString &language);

/// Pronouns that continue the previous sentence's subject.
bool isPronoun(const QString &folded);
/// English event words WordNet adds to the hand-picked classes (resources/claims/wordnet-en.tsv,
/// made by tools/wordnet-lexicon): word → class ("murmur" → communicate, "stab" → injury).
const QHash<QString, QString> &wordnetEvents();
/// Pairs of English antonyms from WordNet ("rise" / "fall", "win" / "lose"), each pair once.
const std::vector<std::pair<QString, QString>> &wordnetAntonyms();
/// "today" 0, "yesterday" -1, "tomorrow" 1 (and "heute", "gestern", "сьогодні", "вчора", …).
std::optional<int> relativeDay(const QString &folded, const QString &language);
/// "am", "pm", "hrs", "GMT", "IST" and other time zones: the words after a clock time.
bool isClockWord(const QString &folded);

} // namespace Crosscheck::Core::Claims::Lexicon
