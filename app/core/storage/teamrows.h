// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"
#include "model/source.h"
#include "model/sourcerecord.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <vector>

namespace Crosscheck::Core::Storage {

class Database;

/// Sources and verdicts on passages as rows of a team edit: JSON objects of table name → array
/// of rows, each column written as PostgreSQL's to_jsonb writes it (integers, reals, text,
/// bytes as "\x…" hex), so that the server can compare them with what it holds. The rows are
/// read from the project file itself, never rebuilt, so they are byte for byte what the file
/// and the server hold. Callers own the transaction.
class TeamRows final
{
public:
    explicit TeamRows(Database &db)
        : m_db(db)
    {}

    /// Adds the rows of "source" (and of "source_original" when \a withOriginal) of \a ids to
    /// \a into. False with \a error when a source is not in the file.
    bool addSources(const SourceIds &ids, bool withOriginal, QJsonObject &into,
                    QString *error) const;
    /// Adds the stored verdicts on \a keys (those that have one) to \a into.
    bool addReviews(const QVector<Analysis::PassageKey> &keys, QJsonObject &into,
                    QString *error) const;
    /// Whether the file holds each source row of \a rows exactly so, and each verdict row.
    bool holds(const QJsonObject &rows) const;
    /// Writes the source rows of \a rows (and their originals) as they are.
    bool insertSources(const QJsonObject &rows, QString *error);

    /// The sources of \a rows (with their text and original bytes when the rows carry them).
    static QVector<SourceRecord> sourcesOf(const QJsonObject &rows);
    /// The verdicts of \a rows.
    static std::vector<Analysis::PassageReview> reviewsOf(const QJsonObject &rows);
    /// The key of a verdict row.
    static Analysis::PassageKey keyOf(const QJsonObject &row);

private:
    std::optional<QJsonObject> row(const QString &sql, const QVariantList &values,
                                   QString *error) const;
    Database &m_db;
};

} // namespace Crosscheck::Core::Storage
