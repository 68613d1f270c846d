// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"
#include "model/annotation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

/// Claims: what each sentence of a source asserts, in a form two sources can be compared by —
/// who it is about, what happens, how many, when, how sure the writer is, and who says so.
namespace Crosscheck::Core::Claims {

using Analysis::Span;

/// How a sentence presents its event, from the strongest assertion to a denial.
enum class Stance {
    Asserted,    ///< stated as fact
    Confirmed,   ///< confirmed, admitted, acknowledged, revealed
    Reported,    ///< reportedly, allegedly, according to
    Hedged,      ///< hinted, suggested, may have
    Planned,     ///< will, could, plans to, expected to: not (yet) happened
    Unconfirmed, ///< refused to confirm, declined to comment, did not say
    Denied,      ///< denied, refuted, rejected
    Negated      ///< not, no, never
};

/// A number with its unit or counted noun: "at least 128 people" is [128, ∞) of "people".
struct Quantity
{
    double low = 0;
    double high = 0;
    QString noun;          ///< the stem of the counted noun or unit ("crew", "tonn", "day")
    QString head;          ///< the stem of the word after it when two words name what is counted
                           ///< ("two speed boats": noun "speed", head "boat")
    bool duration = false; ///< low/high are in days
    /// For durations: "deadline" (within, in, … to), "elapsed" (since, ago, after), "running"
    /// ("five days of rioting": never compared, reports of different days differ), "length"
    QString relation;
    Span span;
    QString text;
};

/// A date or time as written: a weekday, a day of a month, a month or a year, with a part of the
/// day ("early", "late", "morning") where one is given.
struct DateRef
{
    int year = 0;
    int month = 0;
    int day = 0;
    int weekday = 0; ///< 1 = Monday
    QString part;    ///< early, late, morning, evening, night (folded)
    /// "today", "yesterday", "tomorrow": days from the article's date (0, -1, 1); only with
    /// \c relative set.
    int offset = 0;
    bool relative = false;
    /// The calendar day it names, worked out from the article's publication date where that is
    /// known ("Friday" in an article of Monday 3 February 2025 is 31 January); null otherwise.
    QDate resolved;
    Span span;
    QString text;
    /// Whether both name the same kind of date (both weekdays, both months with a day, …).
    bool comparable(const DateRef &o) const;
    bool operator==(const DateRef &o) const;
};

/// The words before or beside a person's name that say what they are: "Former President",
/// "the lead White House envoy for Russia and Ukraine".
struct Role
{
    QString entity; ///< the person's key
    QString noun;   ///< the role's head word, folded ("president", "envoy")
    bool former = false;
    Span span;
    QString text;
};

/// A quotation with the one it is attributed to.
struct Quote
{
    QString speaker; ///< entity key, empty when not attributed in the sentence
    QString speakerName;
    /// Whether the name tagger reads the speaker as a person: 1 yes, 0 no (a place, an
    /// organisation), -1 unknown (no model for the language, or no speaker).
    int person = -1;
    Span span;
    QString text;
    std::vector<QString> words; ///< folded words, for comparing wording
};

/// One sentence of a source as a claim.
struct Claim
{
    SourceId source = 0;
    Span span;
    QString text;
    bool headline = false;    ///< a Title Case headline or title line
    QStringList entities;     ///< keys of the names it is about, in order of appearance
    QStringList entityNames;  ///< the names as written, parallel to entities
    QSet<QString> predicates; ///< event classes ("communicate", "meet", "casualty", …)
    /// Each word of an event class: its class, its position among the sentence's words and its
    /// span.
    struct EventWord
    {
        QString cls;
        int word = 0;
        Span span;
    };
    std::vector<EventWord> eventWords;
    QList<Span> spansOf(const QString &cls) const
    {
        QList<Span> out;
        for (const EventWord &e : eventWords) {
            if (e.cls == cls)
                out.append(e.span);
        }
        return out;
    }
    int stanceWord = -1;           ///< word position of the stance marker
    std::vector<uint64_t> content; ///< hashes of the stems of its content words, sorted
    Stance stance = Stance::Asserted;
    Span stanceSpan; ///< the words that set the stance (empty for Asserted)
    QString stanceText;
    std::vector<Quantity> quantities;
    std::vector<DateRef> dates;
    std::vector<Role> roles;
    std::vector<Quote> quotes;
    QString cause; ///< the cause it names ("failure of the steering gear"), if any
    Span causeSpan;
    bool inherited = false; ///< entities or predicates taken from the sentence before
};

} // namespace Crosscheck::Core::Claims
