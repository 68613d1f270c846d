// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TeamSync: a refused edit, field by field against the team's version, and made again with
// the analyst's choice for each field.
#include "teamsync.h"

#include "project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace Crosscheck::Core {

namespace {
/// Columns that say who changed a row and when: never a choice of their own.
bool bookkeeping(const QString &column)
{
    static const QSet<QString> columns{QStringLiteral("created"), QStringLiteral("modified"),
                                       QStringLiteral("author"), QStringLiteral("at"),
                                       QStringLiteral("imported_at")};
    return columns.contains(column);
}

/// Rows of \a tables by row key (aliases apart: they are their entity's "aliases").
std::map<QString, std::pair<QString, QJsonObject>> byKey(const QJsonObject &tables)
{
    std::map<QString, std::pair<QString, QJsonObject>> out;
    for (auto t = tables.begin(); t != tables.end(); ++t) {
        if (t.key() == QLatin1String("entity_alias") || t.key() == QLatin1String("source_original"))
            continue;
        for (const QJsonValue &v : t.value().toArray())
            out[TeamSync::rowKey(t.key(), v.toObject())] = {t.key(), v.toObject()};
    }
    return out;
}

/// The aliases of entity \a entity in \a tables, sorted.
QJsonArray aliasesOf(const QJsonObject &tables, qint64 entity)
{
    QStringList names;
    for (const QJsonValue &v : tables.value(QStringLiteral("entity_alias")).toArray())
        if (v.toObject().value(QStringLiteral("entity_id")).toInteger() == entity)
            names << v.toObject().value(QStringLiteral("alias")).toString();
    names.sort();
    return QJsonArray::fromStringList(names);
}

struct Parsed
{
    QJsonObject remove, write;
    QString label;
};

std::optional<Parsed> refusedEdit(const Project &project, const QString &key)
{
    const auto edit = project.teamReplica()->edit(key);
    if (!edit || edit->state != Storage::OutboxEdit::State::Refused)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(edit->delta.toUtf8()).object();
    return Parsed{o.value(QStringLiteral("remove")).toObject(),
                  o.value(QStringLiteral("write")).toObject(),
                  o.value(QStringLiteral("label")).toString()};
}

QJsonObject merged(const QJsonObject &a, const QJsonObject &b)
{
    QJsonObject out = a;
    for (auto t = b.begin(); t != b.end(); ++t) {
        QJsonArray rows = out.value(t.key()).toArray();
        for (const QJsonValue &v : t.value().toArray())
            rows.append(v);
        out.insert(t.key(), rows);
    }
    return out;
}

/// \a rows without the rows of \a table whose key is \a row.
QJsonObject without(QJsonObject rows, const QString &table, const QString &row)
{
    QJsonArray kept;
    for (const QJsonValue &v : rows.value(table).toArray())
        if (TeamSync::rowKey(table, v.toObject()) != row)
            kept.append(v);
    rows.insert(table, kept);
    return rows;
}
} // namespace

std::vector<ConflictField> TeamSync::conflictFields(const QString &key) const
{
    std::vector<ConflictField> out;
    const std::optional<Parsed> p = refusedEdit(m_project, key);
    if (!p)
        return out;
    const QJsonObject nowRows = m_project.teamRowsNow(merged(p->remove, p->write));
    const auto now = byKey(nowRows);
    const auto written = byKey(p->write);
    const auto field = [&out](const QString &table, const QString &row, const QString &column,
                              const QJsonValue &mine, const QJsonValue &theirs) {
        out.push_back({row + u'|' + column, table, row, column, mine, theirs});
    };
    for (const auto &[row, entry] : written) {
        const auto &[table, mine] = entry;
        const auto it = now.find(row);
        if (it == now.end()) {
            // Theirs is gone (or never was, for a row the edit adds: no choice then).
            if (byKey(p->remove).count(row))
                field(table, row, QString(), mine, QJsonValue::Null);
            continue;
        }
        const QJsonObject &theirs = it->second.second;
        for (auto c = mine.begin(); c != mine.end(); ++c)
            if (!bookkeeping(c.key()) && theirs.value(c.key()) != c.value())
                field(table, row, c.key(), c.value(), theirs.value(c.key()));
        if (table == QLatin1String("entity")) {
            const qint64 id = mine.value(QStringLiteral("id")).toInteger();
            const QJsonArray a = aliasesOf(p->write, id), b = aliasesOf(nowRows, id);
            if (a != b)
                field(table, row, QStringLiteral("aliases"), a, b);
        }
    }
    // Rows the edit removes that the team still has (changed since).
    for (const auto &[row, entry] : byKey(p->remove))
        if (!written.count(row) && now.count(row))
            field(entry.first, row, QString(), QJsonValue::Null, now.at(row).second);
    return out;
}

bool TeamSync::resolve(const QString &key, const QSet<QString> &theirsFor, QString *error)
{
    const std::optional<Parsed> p = refusedEdit(m_project, key);
    if (!p) {
        if (error)
            *error = tr("There is no refused edit to keep.");
        return false;
    }
    QJsonObject remove = p->remove, write = p->write;
    const QJsonObject nowRows = m_project.teamRowsNow(merged(p->remove, p->write));
    for (const ConflictField &f : conflictFields(key)) {
        if (!theirsFor.contains(f.id))
            continue;
        if (f.column.isEmpty()) {
            // Theirs is the row as it is (kept), or its absence (not written again).
            remove = without(remove, f.table, f.row);
            write = without(write, f.table, f.row);
        } else if (f.column == QLatin1String("aliases")) {
            const qint64 entity = f.row.section(u'|', 1).toLongLong();
            QJsonArray aliases;
            for (const QJsonValue &v : write.value(QStringLiteral("entity_alias")).toArray())
                if (v.toObject().value(QStringLiteral("entity_id")).toInteger() != entity)
                    aliases.append(v);
            for (const QJsonValue &v : nowRows.value(QStringLiteral("entity_alias")).toArray())
                if (v.toObject().value(QStringLiteral("entity_id")).toInteger() == entity)
                    aliases.append(v);
            write.insert(QStringLiteral("entity_alias"), aliases);
        } else {
            QJsonArray rows = write.value(f.table).toArray();
            for (qsizetype i = 0; i < rows.size(); ++i) {
                QJsonObject r = rows.at(i).toObject();
                if (rowKey(f.table, r) == f.row) {
                    r.insert(f.column, f.theirs);
                    rows.replace(i, r);
                }
            }
            write.insert(f.table, rows);
        }
    }
    return m_project.runInOneTransaction(
        [&](QString *e) {
            return m_project.redoTeamEdit(remove, write, p->label, e) &&
                   m_project.teamReplica()->remove(key, e);
        },
        error);
}

} // namespace Crosscheck::Core
