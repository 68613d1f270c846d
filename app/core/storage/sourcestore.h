// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace Crosscheck::Core::Storage {

class Database;

/// A row of the persisted edit log: who did what, when.
struct EditLogEntry
{
    QDateTime at;
    QString author;
    QString action;
    QString details;
};

/// SQL for sources and the edit log. Callers own the transaction.
class SourceStore final
{
public:
    explicit SourceStore(Database &db)
        : m_db(db)
    {}

    QVector<Source> all(QString *error = nullptr) const;
    /// Each source's text length in characters (code points: a UTF-16 length is at least that
    /// and at most twice that).
    QHash<SourceId, qint64> characterCounts() const;
    QString text(SourceId id) const;
    QByteArray original(SourceId id) const;

    /// Inserts \a source; when source.id is 0 a new id is assigned and written back.
    bool insert(Source &source, const QString &text, const QByteArray &original, QString *error);
    bool remove(SourceId id, QString *error);
    bool updateMetadata(SourceId id, const SourceMetadata &meta, QString *error);

    bool appendLog(const QString &author, const QString &action, const QString &details,
                   QString *error);
    QVector<EditLogEntry> log(int limit = 1000) const;

private:
    Database &m_db;
};

} // namespace Crosscheck::Core::Storage
