// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamsync.h"

#include "project.h"
#include "storage/annotationstore.h"
#include "storage/teamserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
/// An edit as queued and logged: what it expects to find, what it writes, what it is called.
struct Parsed
{
    QJsonObject remove;
    QJsonObject write;
    QString label;
};

Parsed parse(const QString &delta)
{
    const QJsonObject o = QJsonDocument::fromJson(delta.toUtf8()).object();
    return {o.value(QStringLiteral("remove")).toObject(),
            o.value(QStringLiteral("write")).toObject(),
            o.value(QStringLiteral("label")).toString()};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString TeamSync::rowKey(const QString &table, const QJsonObject &r)
{
    const auto number = [&r](const char *column) {
        return QString::number(r.value(QString::fromLatin1(column)).toInteger());
    };
    if (table == QLatin1String("suggestion_decision"))
        return table + u'|' + r.value(QStringLiteral("key")).toString();
    if (table == QLatin1String("entity_alias"))
        return QStringLiteral("entity|") + number("entity_id");
    if (table == QLatin1String("source_original"))
        return QStringLiteral("source|") + number("source_id");
    if (table == QLatin1String("passage_review"))
        return table + u'|' +
               QStringList{number("source_a"), number("a_start"), number("a_end"),
                           number("source_b"), number("b_start"), number("b_end")}
                   .join(u',');
    return table + u'|' + number("id");
}

namespace {

/// "table|key" for every row an edit's delta expects or writes, and every row they refer to.
QSet<QString> rowKeys(const QString &delta)
{
    QSet<QString> out;
    const QJsonObject o = QJsonDocument::fromJson(delta.toUtf8()).object();
    for (const QString &side : {QStringLiteral("remove"), QStringLiteral("write")}) {
        const QJsonObject tables = o.value(side).toObject();
        for (auto t = tables.begin(); t != tables.end(); ++t) {
            for (const QJsonValue &row : t.value().toArray()) {
                const QJsonObject r = row.toObject();
                out.insert(TeamSync::rowKey(t.key(), r));
                // The rows it refers to: removing an entity or a source touches its mentions.
                for (const auto &[column, parent] :
                     {std::pair(QStringLiteral("entity_id"), QStringLiteral("entity")),
                      std::pair(QStringLiteral("type_id"), QStringLiteral("entity_type")),
                      std::pair(QStringLiteral("link_id"), QStringLiteral("link")),
                      std::pair(QStringLiteral("source_id"), QStringLiteral("source")),
                      std::pair(QStringLiteral("source_a"), QStringLiteral("source")),
                      std::pair(QStringLiteral("source_b"), QStringLiteral("source"))}) {
                    const QJsonValue ref = r.value(column);
                    if (ref.isDouble())
                        out.insert(parent + u'|' + QString::number(ref.toInteger()));
                }
            }
        }
    }
    return out;
}

} // namespace

TeamSync::TeamSync(Project &replica, Storage::TeamServer *server, QString name)
    : m_project(replica)
    , m_server(server)
    , m_name(std::move(name))
{}

bool TeamSync::attach(QString *error, std::optional<qint64> clock)
{
    if (!m_server->prepareLive(m_name, error))
        return false;
    m_login = m_server->login();
    m_project.setTeamReplica([this] { return takeId(); }, m_login);
    Storage::TeamReplica &r = *m_project.teamReplica();
    if (clock && !r.setState(QStringLiteral("clock"), QString::number(*clock), error))
        return false;
    m_clock = r.state(QStringLiteral("clock")).toLongLong();
    const qint64 first = r.state(QStringLiteral("ids.first")).toLongLong();
    if (first > 0) {
        m_blockEnd = first + Storage::TeamServer::IdBlock;
        m_nextId = r.lastIdIn(first, m_blockEnd) + 1;
    }
    if (m_nextId >= m_blockEnd) {
        const std::optional<qint64> block = m_server->reserveIds(m_name, error);
        if (!block || !r.setState(QStringLiteral("ids.first"), QString::number(*block), error))
            return false;
        m_nextId = *block;
        m_blockEnd = *block + Storage::TeamServer::IdBlock;
    }
    return true;
}

qint64 TeamSync::takeId()
{
    if (m_nextId >= m_blockEnd) {
        QString ignored;
        const std::optional<qint64> block = m_server->reserveIds(m_name, &ignored);
        if (!block || !m_project.teamReplica()->setState(QStringLiteral("ids.first"),
                                                         QString::number(*block), &ignored))
            return 0; // offline and out of ids: the edit is refused with a message
        m_nextId = *block;
        m_blockEnd = *block + Storage::TeamServer::IdBlock;
    }
    return m_nextId++;
}

int TeamSync::pendingCount() const
{
    return m_project.teamReplica()->count(Storage::OutboxEdit::State::Pending);
}

std::vector<Storage::OutboxEdit> TeamSync::conflicts() const
{
    return m_project.teamReplica()
        ->edits(nullptr, Storage::OutboxEdit::State::Refused)
        .value_or(std::vector<Storage::OutboxEdit>{});
}

bool TeamSync::push(QString *error)
{
    for (;;) {
        const std::vector<Storage::OutboxEdit> queued = pending();
        if (queued.empty())
            return true;
        const Storage::OutboxEdit &e = queued.front();
        const auto [removeRows, writeRows] = rowsOf(e);
        const Storage::TeamServer::EditResult result =
            m_server->edit(m_name, e.key, e.action, removeRows, writeRows, e.delta);
        if (result.outcome == Storage::TeamServer::EditResult::Outcome::Failed) {
            if (error)
                *error = result.error;
            return false;
        }
        if (!takeResult(e, result, error))
            return false;
        // A refused edit was stale: the team's newer rows come in before the next is sent.
        if (result.outcome == Storage::TeamServer::EditResult::Outcome::Refused && !pull(error))
            return false;
    }
}

std::vector<Storage::OutboxEdit> TeamSync::pending() const
{
    return m_project.teamReplica()
        ->edits(nullptr, Storage::OutboxEdit::State::Pending)
        .value_or(std::vector<Storage::OutboxEdit>{});
}

std::pair<QString, QString> TeamSync::rowsOf(const Storage::OutboxEdit &edit)
{
    const Parsed p = parse(edit.delta);
    return {compact(p.remove), compact(p.write)};
}

bool TeamSync::takeResult(const Storage::OutboxEdit &edit,
                          const Storage::TeamServer::EditResult &result, QString *error)
{
    using Outcome = Storage::TeamServer::EditResult::Outcome;
    if (result.outcome == Outcome::Refused)
        return refuse(edit, result.conflict, error);
    if (result.outcome == Outcome::Failed)
        return true; // still pending: sent again later
    return m_project.teamReplica()->markSent(edit.key, result.clock, error);
}

void TeamSync::loadClock()
{
    m_clock = m_project.teamReplica()->state(QStringLiteral("clock")).toLongLong();
}

bool TeamSync::revertPending(const std::vector<Storage::OutboxEdit> &pending, QString *error)
{
    for (auto it = pending.rbegin(); it != pending.rend(); ++it) {
        const Parsed p = parse(it->delta);
        if (!m_project.applyTeamChange(p.write, p.remove, m_login, QStringLiteral("team-take-back"),
                                       error))
            return false;
    }
    return true;
}

bool TeamSync::reapplyPending(const std::vector<Storage::OutboxEdit> &pending,
                              const QString &author, QString *error)
{
    for (const Storage::OutboxEdit &e : pending) {
        const Parsed p = parse(e.delta);
        if (m_project.holdsTeamRows(p.remove, p.write)) {
            if (!m_project.applyTeamChange(p.remove, p.write, m_login, e.action, error))
                return false;
            continue;
        }
        // The team changed what this edit expected to find: kept, for the analyst to decide.
        const QJsonObject conflict{{QStringLiteral("reason"), QStringLiteral("changed")},
                                   {QStringLiteral("by"), author}};
        if (!m_project.teamReplica()->markRefused(e.key, compact(conflict), error))
            return false;
    }
    return true;
}

bool TeamSync::refuse(const Storage::OutboxEdit &edit, const QString &conflict, QString *error)
{
    // Everything not yet taken by the server goes back, the refused edit is set aside, and
    // the later edits are made again where they still apply. The team's newer rows come with
    // the next changes.
    return m_project.runInOneTransaction(
        [&](QString *e) {
            auto queued = pending();
            if (!revertPending(queued, e) ||
                !m_project.teamReplica()->markRefused(edit.key, conflict, e))
                return false;
            queued.erase(
                std::remove_if(queued.begin(), queued.end(),
                               [&](const Storage::OutboxEdit &x) { return x.key == edit.key; }),
                queued.end());
            const QString by = QJsonDocument::fromJson(conflict.toUtf8())
                                   .object()
                                   .value(QStringLiteral("by"))
                                   .toString();
            return reapplyPending(queued, by, e);
        },
        error);
}

bool TeamSync::applyRemote(const Storage::TeamServer::Change &change, QString *error)
{
    Storage::TeamReplica &r = *m_project.teamReplica();
    const std::optional<Storage::OutboxEdit> mine = r.edit(change.key);
    const bool appliedHere = mine && mine->state == Storage::OutboxEdit::State::Sent;
    const Parsed p = parse(change.delta);
    // Ours and already in the replica: it only leaves the outbox. Anything else is written.
    if (!appliedHere &&
        !m_project.applyTeamChange(p.remove, p.write, change.author, change.action, error))
        return false;
    if ((mine && !r.remove(change.key, error)) ||
        !r.setState(QStringLiteral("clock"), QString::number(change.clock), error))
        return false;
    m_clock = change.clock;
    if (!mine)
        m_changes.push_back({change.author, p.label});
    return true;
}

bool TeamSync::pull(QString *error)
{
    m_changes.clear();
    for (;;) {
        const auto changes = m_server->changesSince(m_name, m_clock, 500, error);
        if (!changes)
            return false;
        if (changes->empty())
            return true;
        if (!applyBatch(*changes, error))
            return false;
    }
}

bool TeamSync::takeChanges(const std::vector<Storage::TeamServer::Change> &changes, QString *error)
{
    m_changes.clear();
    std::vector<Storage::TeamServer::Change> fresh;
    std::copy_if(changes.begin(), changes.end(), std::back_inserter(fresh),
                 [this](const Storage::TeamServer::Change &c) { return c.clock > m_clock; });
    return fresh.empty() || applyBatch(fresh, error);
}

bool TeamSync::applyBatch(const std::vector<Storage::TeamServer::Change> &changes, QString *error)
{
    // The team's edits go under ours. Our pending edits from the first one that touches a row
    // the team changed are taken back first and made again after; the ones before it touch
    // other rows only, so they stay (ours and theirs are then in the same state either way).
    QSet<QString> theirs;
    for (const Storage::TeamServer::Change &c : changes) {
        const auto mine = m_project.teamReplica()->edit(c.key);
        if (!mine || mine->state != Storage::OutboxEdit::State::Sent)
            theirs.unite(rowKeys(c.delta));
    }
    return m_project.runInOneTransaction(
        [&](QString *e) {
            auto queued = pending();
            const auto first =
                std::find_if(queued.begin(), queued.end(), [&](const Storage::OutboxEdit &x) {
                    return rowKeys(x.delta).intersects(theirs);
                });
            queued.erase(queued.begin(), first);
            if (!revertPending(queued, e))
                return false;
            QString author;
            for (const Storage::TeamServer::Change &c : changes) {
                if (!applyRemote(c, e))
                    return false;
                queued.erase(
                    std::remove_if(queued.begin(), queued.end(),
                                   [&](const Storage::OutboxEdit &x) { return x.key == c.key; }),
                    queued.end());
                author = c.author;
            }
            return reapplyPending(queued, author, e);
        },
        error);
}

bool TeamSync::keepTheirs(const QString &key, QString *error)
{
    return m_project.teamReplica()->remove(key, error);
}

bool TeamSync::keepMine(const QString &key, QString *error)
{
    const auto edits = m_project.teamReplica()->edits(error);
    if (!edits)
        return false;
    const auto it = std::find_if(edits->begin(), edits->end(), [&](const Storage::OutboxEdit &e) {
        return e.key == key && e.state == Storage::OutboxEdit::State::Refused;
    });
    if (it == edits->end()) {
        if (error)
            *error = tr("There is no refused edit to keep.");
        return false;
    }
    const Parsed p = parse(it->delta);
    return m_project.runInOneTransaction(
        [&](QString *e) {
            return m_project.redoTeamEdit(p.remove, p.write, p.label, e) &&
                   m_project.teamReplica()->remove(key, e);
        },
        error);
}

QString TeamSync::describeConflict(const QString &conflict)
{
    const QJsonObject o = QJsonDocument::fromJson(conflict.toUtf8()).object();
    const QString reason = o.value(QStringLiteral("reason")).toString();
    const QString by = o.value(QStringLiteral("by")).toString();
    const QString at = o.value(QStringLiteral("at")).toString();
    QString what;
    if (reason == QLatin1String("removed"))
        what = tr("it was removed on the server");
    else if (reason == QLatin1String("exists"))
        what = tr("it was already made on the server");
    else if (reason == QLatin1String("missing"))
        what = tr("it refers to something removed on the server");
    else if (reason == QLatin1String("inuse"))
        what = tr("someone annotated in it meanwhile");
    else
        what = tr("it was changed on the server");
    if (!by.isEmpty())
        what += u' ' + (at.isEmpty() ? tr("by %1").arg(by) : tr("by %1 at %2").arg(by, at));
    return what;
}

} // namespace Crosscheck::Core
