// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationstore.h"
#include "database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Crosscheck::Core::Storage {

std::vector<EntityType> AnnotationStore::types() const
{
    std::vector<EntityType> out;
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT id, name, color, parent_id, position FROM entity_type ORDER BY position, id"));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toInt()});
    return out;
}

std::vector<Entity> AnnotationStore::entities() const
{
    std::vector<Entity> out;
    QHash<qint64, QStringList> aliases;
    QSqlQuery a = m_db.run(
        QStringLiteral("SELECT entity_id, alias FROM entity_alias ORDER BY entity_id, alias"));
    while (a.next())
        aliases[a.value(0).toLongLong()] << a.value(1).toString();
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, name, type_id, created, modified FROM entity ORDER BY id"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        out.push_back({id, q.value(1).toString(), q.value(2).toLongLong(), aliases.value(id),
                       q.value(3).toString(), q.value(4).toString()});
    }
    return out;
}

std::vector<Mention> AnnotationStore::mentions() const
{
    std::vector<Mention> out;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, source_id, start_pos, end_pos, entity_id, author, created, "
                       "origin, confidence FROM mention ORDER BY source_id, start_pos, id"));
    while (q.next()) {
        Mention m;
        m.id = q.value(0).toLongLong();
        m.source = q.value(1).toLongLong();
        m.span = {q.value(2).toInt(), q.value(3).toInt()};
        m.entity = q.value(4).toLongLong();
        m.author = q.value(5).toString();
        m.created = q.value(6).toString();
        m.origin = q.value(7).toString();
        m.confidence = q.value(8).toDouble();
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<Link> AnnotationStore::links() const
{
    std::vector<Link> out;
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT id, source_a, a_start, a_end, source_b, b_start, b_end, relation, type, "
        "severity, status, note, author, created, modified FROM link ORDER BY id"));
    while (q.next()) {
        Link l;
        l.id = q.value(0).toLongLong();
        l.sourceA = q.value(1).toLongLong();
        l.spanA = {q.value(2).toInt(), q.value(3).toInt()};
        l.sourceB = q.value(4).toLongLong();
        l.spanB = {q.value(5).toInt(), q.value(6).toInt()};
        l.relation = Link::relationFromName(q.value(7).toString());
        l.type = q.value(8).toString();
        l.severity = q.value(9).toInt();
        l.status = Link::statusFromName(q.value(10).toString());
        l.note = q.value(11).toString();
        l.author = q.value(12).toString();
        l.created = q.value(13).toString();
        l.modified = q.value(14).toString();
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<Note> AnnotationStore::notes() const
{
    std::vector<Note> out;
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, target_kind, source_id, start_pos, end_pos, entity_id, link_id, "
                       "text, author, created, modified FROM note ORDER BY id"));
    while (q.next()) {
        Note n;
        n.id = q.value(0).toLongLong();
        n.target = Note::targetFromName(q.value(1).toString());
        n.source = q.value(2).toLongLong();
        n.span = {q.value(3).toInt(), q.value(4).toInt()};
        n.entity = q.value(5).toLongLong();
        n.link = q.value(6).toLongLong();
        n.text = q.value(7).toString();
        n.author = q.value(8).toString();
        n.created = q.value(9).toString();
        n.modified = q.value(10).toString();
        out.push_back(std::move(n));
    }
    return out;
}

QHash<QString, QString> AnnotationStore::decisions() const
{
    QHash<QString, QString> out;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT key, decision FROM suggestion_decision"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

namespace {
/// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, empty is ''.
QVariant str(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

bool AnnotationStore::write(const EntityType &t, QString *error)
{
    return m_db.exec(QStringLiteral("INSERT OR REPLACE INTO entity_type (id, name, color, "
                                    "parent_id, position) VALUES (?, ?, ?, ?, ?)"),
                     {t.id, str(t.name), str(t.color), nullable(t.parent), t.position}, error);
}

bool AnnotationStore::write(const Entity &e, QString *error)
{
    // An UPSERT, not INSERT OR REPLACE: replacing the row would cascade-delete its mentions.
    if (!m_db.exec(QStringLiteral("INSERT INTO entity (id, name, type_id, created, modified) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = "
                                  "excluded.name, type_id = excluded.type_id, created = "
                                  "excluded.created, modified = excluded.modified"),
                   {e.id, str(e.name), e.type, str(e.created), str(e.modified)}, error) ||
        !m_db.exec(QStringLiteral("DELETE FROM entity_alias WHERE entity_id = ?"), {e.id}, error))
        return false;
    for (const QString &alias : e.aliases) {
        if (!m_db.exec(QStringLiteral("INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?)"),
                       {e.id, alias}, error))
            return false;
    }
    return true;
}

bool AnnotationStore::write(const Mention &m, QString *error)
{
    return m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO mention (id, source_id, start_pos, end_pos, "
                       "entity_id, author, created, origin, confidence) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)"),
        {m.id, m.source, m.span.start, m.span.end, m.entity, str(m.author), str(m.created),
         str(m.origin), m.confidence},
        error);
}

bool AnnotationStore::write(const Link &l, QString *error)
{
    // UPSERT keeps the link's notes (a REPLACE would cascade-delete them).
    return m_db.exec(
        QStringLiteral(
            "INSERT INTO link (id, source_a, a_start, a_end, source_b, b_start, b_end, relation, "
            "type, severity, status, note, author, created, modified) VALUES (?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET source_a = "
            "excluded.source_a, a_start = excluded.a_start, a_end = excluded.a_end, source_b = "
            "excluded.source_b, b_start = excluded.b_start, b_end = excluded.b_end, relation = "
            "excluded.relation, type = excluded.type, severity = excluded.severity, status = "
            "excluded.status, note = excluded.note, author = excluded.author, created = "
            "excluded.created, modified = excluded.modified"),
        {l.id, l.sourceA, l.spanA.start, l.spanA.end, l.sourceB, l.spanB.start, l.spanB.end,
         Link::relationName(l.relation), str(l.type), l.severity, Link::statusName(l.status),
         str(l.note), str(l.author), str(l.created), str(l.modified)},
        error);
}

bool AnnotationStore::write(const Note &n, QString *error)
{
    return m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO note (id, target_kind, source_id, start_pos, "
                       "end_pos, entity_id, link_id, text, author, created, modified) VALUES (?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {n.id, Note::targetName(n.target), nullable(n.source), n.span.start, n.span.end,
         nullable(n.entity), nullable(n.link), str(n.text), str(n.author), str(n.created),
         str(n.modified)},
        error);
}

bool AnnotationStore::removeType(qint64 id, QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM entity_type WHERE id = ?"), {id}, error);
}

bool AnnotationStore::removeEntity(qint64 id, QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM entity WHERE id = ?"), {id}, error);
}

bool AnnotationStore::removeMention(qint64 id, QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM mention WHERE id = ?"), {id}, error);
}

bool AnnotationStore::removeLink(qint64 id, QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM link WHERE id = ?"), {id}, error);
}

bool AnnotationStore::removeNote(qint64 id, QString *error)
{
    return m_db.exec(QStringLiteral("DELETE FROM note WHERE id = ?"), {id}, error);
}

bool AnnotationStore::setDecision(const QString &key, const QString &decision,
                                  const QString &author, QString *error, const QString &at)
{
    if (decision.isEmpty())
        return m_db.exec(QStringLiteral("DELETE FROM suggestion_decision WHERE key = ?"), {key},
                         error);
    return m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO suggestion_decision (key, decision, "
                       "author, at) VALUES (?, ?, ?, ?)"),
        {key, decision, str(author),
         at.isEmpty() ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) : at},
        error);
}

namespace {
QJsonValue nullableJson(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

QJsonObject AnnotationStore::rowsOf(const AnnotationDelta &d, bool asSeen, const QString &author)
{
    QJsonArray types, entities, aliases, mentions, links, notes, decisions;
    for (const EntityType &t : d.types)
        types.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("name"), text(t.name)},
                                 {QStringLiteral("color"), text(t.color)},
                                 {QStringLiteral("parent_id"), nullableJson(t.parent)},
                                 {QStringLiteral("position"), t.position}});
    for (const Entity &e : d.entities) {
        entities.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("name"), text(e.name)},
                                    {QStringLiteral("type_id"), e.type},
                                    {QStringLiteral("created"), text(e.created)},
                                    {QStringLiteral("modified"), text(e.modified)}});
        for (const QString &a : e.aliases)
            aliases.append(
                QJsonObject{{QStringLiteral("entity_id"), e.id}, {QStringLiteral("alias"), a}});
    }
    for (const Mention &m : d.mentions)
        mentions.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("source_id"), m.source},
                                    {QStringLiteral("start_pos"), m.span.start},
                                    {QStringLiteral("end_pos"), m.span.end},
                                    {QStringLiteral("entity_id"), m.entity},
                                    {QStringLiteral("author"), text(m.author)},
                                    {QStringLiteral("created"), text(m.created)},
                                    {QStringLiteral("origin"), text(m.origin)},
                                    {QStringLiteral("confidence"), m.confidence}});
    for (const Link &l : d.links)
        links.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("source_a"), l.sourceA},
                                 {QStringLiteral("a_start"), l.spanA.start},
                                 {QStringLiteral("a_end"), l.spanA.end},
                                 {QStringLiteral("source_b"), l.sourceB},
                                 {QStringLiteral("b_start"), l.spanB.start},
                                 {QStringLiteral("b_end"), l.spanB.end},
                                 {QStringLiteral("relation"), Link::relationName(l.relation)},
                                 {QStringLiteral("type"), text(l.type)},
                                 {QStringLiteral("severity"), l.severity},
                                 {QStringLiteral("status"), Link::statusName(l.status)},
                                 {QStringLiteral("note"), text(l.note)},
                                 {QStringLiteral("author"), text(l.author)},
                                 {QStringLiteral("created"), text(l.created)},
                                 {QStringLiteral("modified"), text(l.modified)}});
    for (const Note &n : d.notes)
        notes.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("target_kind"), Note::targetName(n.target)},
                                 {QStringLiteral("source_id"), nullableJson(n.source)},
                                 {QStringLiteral("start_pos"), n.span.start},
                                 {QStringLiteral("end_pos"), n.span.end},
                                 {QStringLiteral("entity_id"), nullableJson(n.entity)},
                                 {QStringLiteral("link_id"), nullableJson(n.link)},
                                 {QStringLiteral("text"), text(n.text)},
                                 {QStringLiteral("author"), text(n.author)},
                                 {QStringLiteral("created"), text(n.created)},
                                 {QStringLiteral("modified"), text(n.modified)}});
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const SuggestionDecision &s : d.decisions) {
        if (s.decision.isEmpty())
            continue; // no decision: no row
        QJsonObject row{{QStringLiteral("key"), s.key}, {QStringLiteral("decision"), s.decision}};
        if (!asSeen) {
            row.insert(QStringLiteral("author"), text(author));
            row.insert(QStringLiteral("at"), now);
        }
        decisions.append(row);
    }
    QJsonObject out;
    const auto put = [&out](const char *table, const QJsonArray &rows) {
        if (!rows.isEmpty())
            out.insert(QString::fromLatin1(table), rows);
    };
    put("entity_type", types);
    put("entity", entities);
    put("entity_alias", aliases);
    put("mention", mentions);
    put("link", links);
    put("note", notes);
    put("suggestion_decision", decisions);
    return out;
}

AnnotationDelta AnnotationStore::deltaOf(const QJsonObject &rows, int *unreadable)
{
    AnnotationDelta d;
    int bad = 0;
    const auto each = [&rows](const char *table, const auto &read) {
        for (const QJsonValue &v : rows.value(QString::fromLatin1(table)).toArray())
            read(v.toObject());
    };
    const auto id = [](const QJsonObject &o, const char *key) {
        return o.value(QString::fromLatin1(key)).toInteger();
    };
    const auto str = [](const QJsonObject &o, const char *key) {
        return o.value(QString::fromLatin1(key)).toString();
    };
    each("entity_type", [&](const QJsonObject &o) {
        d.types.push_back({id(o, "id"), str(o, "name"), str(o, "color"), id(o, "parent_id"),
                           int(id(o, "position"))});
    });
    each("entity", [&](const QJsonObject &o) {
        d.entities.push_back({id(o, "id"),
                              str(o, "name"),
                              id(o, "type_id"),
                              {},
                              str(o, "created"),
                              str(o, "modified")});
    });
    each("entity_alias", [&](const QJsonObject &o) {
        const qint64 owner = id(o, "entity_id");
        const auto e = std::find_if(d.entities.begin(), d.entities.end(),
                                    [owner](const Entity &x) { return x.id == owner; });
        if (e == d.entities.end())
            ++bad;
        else
            e->aliases << str(o, "alias");
    });
    for (Entity &e : d.entities)
        e.aliases.sort();
    each("mention", [&](const QJsonObject &o) {
        Mention m;
        m.id = id(o, "id");
        m.source = id(o, "source_id");
        m.span = {int(id(o, "start_pos")), int(id(o, "end_pos"))};
        m.entity = id(o, "entity_id");
        m.author = str(o, "author");
        m.created = str(o, "created");
        m.origin = str(o, "origin");
        m.confidence = o.value(QStringLiteral("confidence")).toDouble(1);
        d.mentions.push_back(std::move(m));
    });
    each("link", [&](const QJsonObject &o) {
        Link l;
        l.id = id(o, "id");
        l.sourceA = id(o, "source_a");
        l.spanA = {int(id(o, "a_start")), int(id(o, "a_end"))};
        l.sourceB = id(o, "source_b");
        l.spanB = {int(id(o, "b_start")), int(id(o, "b_end"))};
        l.relation = Link::relationFromName(str(o, "relation"));
        l.type = str(o, "type");
        l.severity = int(id(o, "severity"));
        l.status = Link::statusFromName(str(o, "status"));
        l.note = str(o, "note");
        l.author = str(o, "author");
        l.created = str(o, "created");
        l.modified = str(o, "modified");
        d.links.push_back(std::move(l));
    });
    each("note", [&](const QJsonObject &o) {
        Note n;
        n.id = id(o, "id");
        n.target = Note::targetFromName(str(o, "target_kind"));
        n.source = id(o, "source_id");
        n.span = {int(id(o, "start_pos")), int(id(o, "end_pos"))};
        n.entity = id(o, "entity_id");
        n.link = id(o, "link_id");
        n.text = str(o, "text");
        n.author = str(o, "author");
        n.created = str(o, "created");
        n.modified = str(o, "modified");
        d.notes.push_back(std::move(n));
    });
    each("suggestion_decision", [&](const QJsonObject &o) {
        d.decisions.push_back({str(o, "key"), str(o, "decision")});
    });
    if (unreadable)
        *unreadable = bad;
    return d;
}

} // namespace Crosscheck::Core::Storage
