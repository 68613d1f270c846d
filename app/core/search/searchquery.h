// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace Crosscheck::Core::Search {

/// One node of a parsed query.
struct QueryNode
{
    enum class Kind { Phrase, And, Or, Not, Near };
    Kind kind = Kind::Phrase;
    /// Phrase: the text as typed (one word, or the words between quotes).
    QString text;
    bool prefix = false; ///< Phrase: its last word is a prefix ("negot*")
    bool quoted = false; ///< Phrase: typed in quotes: exactly these words, no spelling variants
    int offset = 0;      ///< Phrase: where it starts in the query
    int distance = 10;   ///< Near: the most words between one phrase and the next
    /// And, Or: two or more; Not: what is kept, then what excludes it; Near: two or more phrases.
    std::vector<QueryNode> children;

    bool operator==(const QueryNode &) const = default;
    /// The node as FTS5's query syntax writes it (for tests and messages): `"a b"* AND c`.
    QString describe() const;
};

/// A query in the search language: words, "exact phrases", prefix*, AND, OR, NOT (by FTS5's
/// precedence: NOT binds tightest, then AND, then OR; words side by side are ANDed),
/// parentheses, NEAR(a b, N) and a NEAR b / a NEAR/N b. Operators are written in capitals;
/// "and", "or", "not" and "near" are words.
struct Query
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Search::Query)
public:
    QueryNode root;
    QString error;    ///< translated, names the problem; empty when the query is good
    int errorAt = -1; ///< where in the query the problem is (a character offset)
    bool isValid() const { return error.isEmpty(); }
    /// Every phrase of the query, in the order typed.
    std::vector<const QueryNode *> phrases() const;

    static Query parse(const QString &text);
    /// The distance NEAR uses when none is given: about a sentence (FTS5 itself uses 10).
    static constexpr int kDefaultDistance = 20;
    static constexpr int kMaxDistance = 1000;
};

} // namespace Crosscheck::Core::Search
