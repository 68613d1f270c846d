// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/teamreplica.h"
#include "storage/teamserver.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace Crosscheck::Core {

class Project;
namespace Storage {
class TeamServer;
}

/// One field where a refused edit and the team's version of a row differ.
struct ConflictField
{
    QString id;        ///< what TeamSync::resolve() takes: "row|column"
    QString table;     ///< "entity", "mention", "source", "passage_review", …
    QString row;       ///< the row's key ("entity|12")
    QString column;    ///< "name", "aliases", "type_id", …; empty for the whole row
    QJsonValue mine;   ///< what the edit writes (null: the edit removes the row)
    QJsonValue theirs; ///< what the team has now (null: the row is gone)
};

/// Keeps the local replica of a team project and the server in step, edit by edit. The
/// replica takes every edit at once and queues it (the outbox, in the edit's own transaction);
/// push() sends the queue in order, each edit one call of the server's edit function, applied
/// at most once by its key; pull() applies the others' edits in the server's clock order.
/// An edit the server refuses (someone changed or removed its rows first) is taken back here
/// and kept with the server's reason: never dropped, never silently overwriting theirs.
///
/// Not thread-safe; the server connection and the project stay in one thread.
class TeamSync final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::TeamSync)
public:
    /// \a server may be null for a TeamSync whose server calls are made elsewhere (a worker
    /// thread, see TeamSession): then only the local operations below are used.
    TeamSync(Project &replica, Storage::TeamServer *server, QString name);

    /// Joins the team project: makes it ready on the server, makes \a replica its replica
    /// (ids from the server's blocks, edits authored by the server login) and reads where the
    /// replica stands. \a clock is the server's clock the replica's rows are at (a fresh clone:
    /// the clock when it was cloned; a reopened replica keeps its own).
    bool attach(QString *error, std::optional<qint64> clock = std::nullopt);
    /// Sends the pending edits in order; false with \a error when the server cannot be asked
    /// (they stay queued). Refused edits are taken back and kept (conflicts()).
    bool push(QString *error);
    /// Applies the team's edits since the replica's clock.
    bool pull(QString *error);
    /// push() then pull().
    bool sync(QString *error) { return push(error) && pull(error); }

    qint64 clock() const { return m_clock; }
    QString login() const { return m_login; }
    /// Edits queued and not yet taken by the server.
    int pendingCount() const;
    /// Edits the server refused, with its reason (OutboxEdit::conflict), oldest first.
    std::vector<Storage::OutboxEdit> conflicts() const;
    /// Gives up a refused edit: the team's rows stay.
    bool keepTheirs(const QString &key, QString *error);
    /// Makes a refused edit again over the team's rows as they are now (its rows after the edit
    /// replace theirs) and queues it.
    bool keepMine(const QString &key, QString *error);
    /// Where the refused edit \a key and the team's rows differ, field by field (bookkeeping
    /// such as who and when left out); empty when nothing differs any more.
    std::vector<ConflictField> conflictFields(const QString &key) const;
    /// Makes the refused edit \a key again with the team's value for each field of
    /// \a theirsFor (ConflictField::id) and the edit's own for the others, and queues it.
    bool resolve(const QString &key, const QSet<QString> &theirsFor, QString *error);
    /// "table|key" of a row of \a table (an alias is its entity's, an original its source's).
    static QString rowKey(const QString &table, const QJsonObject &row);

    // --- Local operations: what the replica does with the server's answers -----------------
    /// Edits queued and not yet taken by the server, oldest first.
    std::vector<Storage::OutboxEdit> pending() const;
    /// Records the server's answer to the pending edit \a edit: applied (it is sent), or
    /// refused (it is taken back and kept with the reason; the later pending edits are made
    /// again where they still apply). False only when the replica cannot be written.
    bool takeResult(const Storage::OutboxEdit &edit, const Storage::TeamServer::EditResult &result,
                    QString *error);
    /// Applies the team's \a changes (clock order, after clock()): our pending edits are taken
    /// back, theirs applied, ours made again where they still apply (else kept as refused).
    bool takeChanges(const std::vector<Storage::TeamServer::Change> &changes, QString *error);
    /// Where the replica stands, for a TeamSync that did not attach(): the clock it has caught up
    /// to, as stored in the replica.
    void loadClock();
    /// A refused edit's reason (OutboxEdit::conflict) for the analyst: "it was changed on the
    /// server by ana at 2026-12-03T10:00:00Z".
    static QString describeConflict(const QString &conflict);
    /// The rows of \a edit as the server's edit function takes them (removeRows, writeRows).
    static std::pair<QString, QString> rowsOf(const Storage::OutboxEdit &edit);

    /// What the team did, one line per change applied by the last pull() ("ana: Tag …").
    const std::vector<std::pair<QString, QString>> &lastChanges() const { return m_changes; }

private:
    bool applyRemote(const Storage::TeamServer::Change &change, QString *error);
    bool refuse(const Storage::OutboxEdit &edit, const QString &conflict, QString *error);
    bool applyBatch(const std::vector<Storage::TeamServer::Change> &changes, QString *error);
    bool revertPending(const std::vector<Storage::OutboxEdit> &pending, QString *error);
    bool reapplyPending(const std::vector<Storage::OutboxEdit> &pending, const QString &author,
                        QString *error);
    qint64 takeId();

    Project &m_project;
    Storage::TeamServer *m_server;
    QString m_name;
    QString m_login;
    qint64 m_clock = 0;
    qint64 m_nextId = 0;
    qint64 m_blockEnd = 0;
    std::vector<std::pair<QString, QString>> m_changes;
};

} // namespace Crosscheck::Core
