// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace Crosscheck::Core::Storage {

class Database;

/// SQL for what analysts record: entity types, entities with aliases, mentions, links, notes
/// and decisions on suggestions. Callers own the transaction.
class AnnotationStore final
{
public:
    explicit AnnotationStore(Database &db)
        : m_db(db)
    {}

    std::vector<EntityType> types() const;
    std::vector<Entity> entities() const;
    std::vector<Mention> mentions() const;
    std::vector<Link> links() const;
    std::vector<Note> notes() const;
    /// Suggestion key -> "accepted" / "rejected".
    QHash<QString, QString> decisions() const;

    /// Inserts or replaces by id (ids are chosen by the caller, so redo reuses them).
    bool write(const EntityType &t, QString *error);
    bool write(const Entity &e, QString *error);
    bool write(const Mention &m, QString *error);
    bool write(const Link &l, QString *error);
    bool write(const Note &n, QString *error);
    bool removeType(qint64 id, QString *error);
    bool removeEntity(qint64 id, QString *error);
    bool removeMention(qint64 id, QString *error);
    bool removeLink(qint64 id, QString *error);
    bool removeNote(qint64 id, QString *error);
    /// Records (or with an empty \a decision clears) the decision on a suggestion.
    bool setDecision(const QString &key, const QString &decision, const QString &author,
                     QString *error, const QString &at = {});

    /// The table rows of \a delta as JSON ({"mention": [{"id": …, "source_id": …}, …], …}), with
    /// the columns the tables have, for the team server. \a asSeen leaves out what is not
    /// the analyst's to have seen (who decided a suggestion, and when): the rows an edit expects
    /// to find. Decisions are written as made by \a author now.
    static QJsonObject rowsOf(const AnnotationDelta &delta, bool asSeen,
                              const QString &author = {});
    /// The annotation rows of \a rows (as rowsOf() writes them); what it cannot read is left out
    /// and counted in \a unreadable.
    static AnnotationDelta deltaOf(const QJsonObject &rows, int *unreadable = nullptr);

private:
    Database &m_db;
};

} // namespace Crosscheck::Core::Storage
