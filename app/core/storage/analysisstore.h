// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"
#include "model/source.h"

#include <QString>

#include <utility>
#include <vector>

namespace Crosscheck::Core::Storage {

class Database;

/// SQL for the overlap engine's results: passages and which sources they cover, by engine
/// version. Callers own the transaction.
class AnalysisStore final
{
public:
    explicit AnalysisStore(Database &db)
        : m_db(db)
    {}

    std::vector<Analysis::PassagePair> passages(QString *error = nullptr) const;
    /// Sources analysed by \a engineVersion.
    SourceIds analysedSources(const QString &engineVersion) const;

    bool clear(QString *error);
    bool removePair(SourceId a, SourceId b, QString *error);
    bool removeSource(SourceId source, QString *error); ///< every passage involving it
    bool insert(const Analysis::PassagePair &passage, QString *error);
    bool markAnalysed(SourceId source, const QString &engineVersion, QString *error);

    /// The analyst's verdicts on passage pairs (never touched by a re-analysis).
    std::vector<Analysis::PassageReview> reviews(QString *error = nullptr) const;
    /// Verdicts involving \a source (kept by a removal so that undo can restore them).
    std::vector<Analysis::PassageReview> reviewsOf(SourceId source) const;
    /// Stores \a review, or deletes the verdict when its status is Unreviewed.
    bool setReview(const Analysis::PassageReview &review, QString *error);

private:
    Database &m_db;
};

} // namespace Crosscheck::Core::Storage
