// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamreplica.h"

#include "database.h"

namespace Crosscheck::Core::Storage {

namespace {
QString stateName(OutboxEdit::State s)
{
    switch (s) {
    case OutboxEdit::State::Pending:
        return QStringLiteral("pending");
    case OutboxEdit::State::Sent:
        return QStringLiteral("sent");
    case OutboxEdit::State::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("pending");
}

OutboxEdit::State stateFrom(const QString &name)
{
    if (name == QLatin1String("sent"))
        return OutboxEdit::State::Sent;
    if (name == QLatin1String("refused"))
        return OutboxEdit::State::Refused;
    return OutboxEdit::State::Pending;
}
} // namespace

bool TeamReplica::append(const OutboxEdit &e, QString *error)
{
    return m_db.exec(QStringLiteral("INSERT INTO team_outbox (edit_key, action, label, delta, "
                                    "state, clock, conflict, created) VALUES (?, ?, ?, ?, ?, ?, "
                                    "?, ?)"),
                     {e.key, e.action, e.label, e.delta, stateName(e.state), e.clock,
                      e.conflict.isNull() ? QStringLiteral("") : e.conflict, e.created},
                     error);
}

namespace {
const char *const kColumns = "SELECT seq, edit_key, action, label, delta, state, clock, conflict, "
                             "created FROM team_outbox ";

OutboxEdit editOf(const QSqlQuery &q)
{
    OutboxEdit e;
    e.seq = q.value(0).toLongLong();
    e.key = q.value(1).toString();
    e.action = q.value(2).toString();
    e.label = q.value(3).toString();
    e.delta = q.value(4).toString();
    e.state = stateFrom(q.value(5).toString());
    e.clock = q.value(6).toLongLong();
    e.conflict = q.value(7).toString();
    e.created = q.value(8).toString();
    return e;
}
} // namespace

std::optional<std::vector<OutboxEdit>>
TeamReplica::edits(QString *error, std::optional<OutboxEdit::State> only) const
{
    QSqlQuery q =
        only ? m_db.run(QString::fromLatin1(kColumns) +
                            QStringLiteral("WHERE state = ? ORDER BY seq"),
                        {stateName(*only)}, error)
             : m_db.run(QString::fromLatin1(kColumns) + QStringLiteral("ORDER BY seq"), {}, error);
    if (!q.isActive())
        return std::nullopt;
    std::vector<OutboxEdit> out;
    while (q.next())
        out.push_back(editOf(q));
    return out;
}

std::optional<OutboxEdit> TeamReplica::edit(const QString &key) const
{
    QSqlQuery q =
        m_db.run(QString::fromLatin1(kColumns) + QStringLiteral("WHERE edit_key = ?"), {key});
    if (q.isActive() && q.next())
        return editOf(q);
    return std::nullopt;
}

std::optional<OutboxEdit> TeamReplica::firstPending() const
{
    QSqlQuery q = m_db.run(QString::fromLatin1(kColumns) +
                           QStringLiteral("WHERE state = 'pending' ORDER BY seq LIMIT 1"));
    if (q.isActive() && q.next())
        return editOf(q);
    return std::nullopt;
}

int TeamReplica::count(OutboxEdit::State state) const
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM team_outbox WHERE state = ?"),
                {stateName(state)})
        .toInt();
}

bool TeamReplica::markSent(const QString &key, qint64 clock, QString *error)
{
    return m_db.exec(
        QStringLiteral("UPDATE team_outbox SET state = 'sent', clock = ? WHERE edit_key = ?"),
        {clock, key}, error);
}

bool TeamReplica::markRefused(const QString &key, const QString &conflict, QString *error)
{
    return m_db.exec(
        QStringLiteral("UPDATE team_outbox SET state = 'refused', conflict = ? WHERE edit_key = ?"),
        {conflict, key}, error);
}

bool TeamReplica::remove(const QString &key, QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM team_outbox WHERE edit_key = ?"), {key}, error);
}

QString TeamReplica::state(const QString &key) const
{
    return m_db.scalar(QStringLiteral("SELECT value FROM team_state WHERE key = ?"), {key})
        .toString();
}

bool TeamReplica::setState(const QString &key, const QString &value, QString *error)
{
    return m_db.exec(QStringLiteral("INSERT INTO team_state (key, value) VALUES (?, ?) ON "
                                    "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value}, error);
}

qint64 TeamReplica::lastIdIn(qint64 first, qint64 end) const
{
    const QVariant v = m_db.scalar(
        QStringLiteral("SELECT max(id) FROM (SELECT id FROM entity_type UNION ALL SELECT id FROM "
                       "entity UNION ALL SELECT id FROM mention UNION ALL SELECT id FROM link "
                       "UNION ALL SELECT id FROM note) WHERE id >= ? AND id < ?"),
        {first, end});
    return v.isNull() ? first - 1 : v.toLongLong();
}

} // namespace Crosscheck::Core::Storage
