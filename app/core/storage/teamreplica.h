// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Crosscheck::Core::Storage {

class Database;

/// One edit of a team project's local replica as it waits to be sent, has been sent, or was
/// refused by the server (see team_outbox in schema version 6).
struct OutboxEdit
{
    enum class State { Pending, Sent, Refused };
    qint64 seq = 0;
    QString key;    ///< the edit's idempotency key: the server applies a key once
    QString action; ///< "tag-mentions", "edit-entity", … (the edit log's action)
    QString label;  ///< what the undo stack calls it ("Tag “Port” as Organization")
    QString delta;  ///< the rows before and after (sources, verdicts, annotations), as JSON
    State state = State::Pending;
    qint64 clock = 0; ///< the server's clock for a sent edit
    QString conflict; ///< why the server refused it, as JSON (a refused edit)
    QString created;
};

/// SQL of a replica's outbox and state (team_outbox, team_state). Callers own the transaction:
/// append() runs inside the transaction of the edit it queues.
class TeamReplica final
{
public:
    explicit TeamReplica(Database &db)
        : m_db(db)
    {}

    bool append(const OutboxEdit &edit, QString *error);
    /// Every queued edit (pending, sent and refused), or those in \a only, in the order they
    /// were made.
    std::optional<std::vector<OutboxEdit>> edits(QString *error,
                                                 std::optional<OutboxEdit::State> only = {}) const;
    /// The edit of \a key, if it is queued.
    std::optional<OutboxEdit> edit(const QString &key) const;
    /// The oldest pending edit, if any.
    std::optional<OutboxEdit> firstPending() const;
    int count(OutboxEdit::State state) const;
    bool markSent(const QString &key, qint64 clock, QString *error);
    bool markRefused(const QString &key, const QString &conflict, QString *error);
    bool remove(const QString &key, QString *error);

    QString state(const QString &key) const;
    bool setState(const QString &key, const QString &value, QString *error);

    /// The highest id of any annotation row in [first, end) (first - 1 when there is none): where
    /// a block of ids reserved from the server stands after the replica was reopened.
    qint64 lastIdIn(qint64 first, qint64 end) const;

private:
    Database &m_db;
};

} // namespace Crosscheck::Core::Storage
