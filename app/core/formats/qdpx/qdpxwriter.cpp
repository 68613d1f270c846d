// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpx.h"
#include "version.h"

#include "importers/documentimporter.h"
#include "project/project.h"
#include "text/codepoints.h"
#include "util/ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <QColor>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>

#include "qdpxreader.h"

namespace Crosscheck::Core::Formats {

using QdpxXml::isHexColor;
using QdpxXml::kNamespace;
using QdpxXml::shortQuote;
namespace {
QString guid(const QString &key)
{
    static const QUuid ns(QStringLiteral("{0b7d3c52-61a4-4f0e-9d1b-7a2e5c8f4a90}"));
    return QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces).toUpper();
}
/// "#rgb" or "#rrggbb": what QDA-XML's RGBType allows.
QString relationCodeName(Link::Relation r)
{
    return r == Link::Relation::Corroborates ? QStringLiteral("Corroborates")
                                             : QStringLiteral("Contradicts");
}
QString severityName(int s)
{
    return s >= 3   ? QStringLiteral("major")
           : s <= 1 ? QStringLiteral("minor")
                    : QStringLiteral("notable");
}
/// xsd:dateTime from a stored timestamp (already ISO 8601 in UTC); empty stays empty.
QString dateTime(const QString &stamp)
{
    return stamp.contains(u'T') ? stamp : QString();
}
struct Writer
{
    const Project &project;
    QXmlStreamWriter xml;
    QHash<QString, QString> userGuid; // author name -> guid
    QHash<qint64, const Note *> entityNotes, linkNotes;
    QHash<SourceId, const Note *> sourceNotes;
    Writer(const Project &p, QByteArray *out)
        : project(p)
        , xml(out)
    {
        xml.setAutoFormatting(true);
        xml.setAutoFormattingIndent(2);
    }
    QString user(const QString &name)
    {
        return userGuid.value(name.isEmpty() ? QStringLiteral("unknown") : name);
    }
    void created(const QString &author, const QString &when, const char *userAttr)
    {
        xml.writeAttribute(QLatin1String(userAttr), user(author));
        if (!dateTime(when).isEmpty())
            xml.writeAttribute(QStringLiteral("creationDateTime"), dateTime(when));
    }
    void noteRef(const Note *n)
    {
        if (!n)
            return;
        xml.writeEmptyElement(QStringLiteral("NoteRef"));
        xml.writeAttribute(QStringLiteral("targetGUID"),
                           guid(QStringLiteral("note:%1").arg(n->id)));
    }
    void coding(const QString &key, const QString &code, const QString &author, const QString &when)
    {
        xml.writeStartElement(QStringLiteral("Coding"));
        xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("coding:") + key));
        created(author, when, "creatingUser");
        xml.writeEmptyElement(QStringLiteral("CodeRef"));
        xml.writeAttribute(QStringLiteral("targetGUID"), code);
        xml.writeEndElement();
    }
    void users()
    {
        QStringList names;
        auto add = [&](const QString &n) {
            const QString name = n.isEmpty() ? QStringLiteral("unknown") : n;
            if (!userGuid.contains(name)) {
                userGuid.insert(name, guid(QStringLiteral("user:") + name));
                names << name;
            }
        };
        add(project.author());
        for (const Mention &m : project.mentions())
            add(m.author);
        for (const Link &l : project.links())
            add(l.author);
        for (const Note &n : project.notes())
            add(n.author);
        std::sort(names.begin(), names.end());
        xml.writeStartElement(QStringLiteral("Users"));
        for (const QString &n : std::as_const(names)) {
            xml.writeEmptyElement(QStringLiteral("User"));
            xml.writeAttribute(QStringLiteral("guid"), userGuid.value(n));
            xml.writeAttribute(QStringLiteral("name"), n);
        }
        xml.writeEndElement();
    }
    void typeCode(const EntityType &t, const QHash<qint64, std::vector<const Entity *>> &byType)
    {
        xml.writeStartElement(QStringLiteral("Code"));
        xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("type:%1").arg(t.id)));
        xml.writeAttribute(QStringLiteral("name"), t.name);
        xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
        if (isHexColor(t.color))
            xml.writeAttribute(QStringLiteral("color"), t.color);
        xml.writeTextElement(QStringLiteral("Description"), Qdpx::tr("Entity type"));
        for (const Entity *e : byType.value(t.id)) {
            xml.writeStartElement(QStringLiteral("Code"));
            xml.writeAttribute(QStringLiteral("guid"),
                               guid(QStringLiteral("entity:%1").arg(e->id)));
            xml.writeAttribute(QStringLiteral("name"), e->name);
            xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
            if (isHexColor(t.color))
                xml.writeAttribute(QStringLiteral("color"), t.color);
            if (!e->aliases.isEmpty())
                xml.writeTextElement(QStringLiteral("Description"),
                                     QStringLiteral("Aliases: ") +
                                         e->aliases.join(QStringLiteral("; ")));
            noteRef(entityNotes.value(e->id));
            xml.writeEndElement();
        }
        for (const EntityType &child : project.entityTypes()) {
            if (child.parent == t.id)
                typeCode(child, byType);
        }
        xml.writeEndElement();
    }
    void codeBook()
    {
        QHash<qint64, std::vector<const Entity *>> byType;
        std::vector<const Entity *> entities;
        for (const Entity &e : project.entities())
            entities.push_back(&e);
        std::sort(entities.begin(), entities.end(), [](const Entity *a, const Entity *b) {
            return a->name != b->name ? a->name < b->name : a->id < b->id;
        });
        for (const Entity *e : entities)
            byType[e->type].push_back(e);
        xml.writeStartElement(QStringLiteral("CodeBook"));
        xml.writeStartElement(QStringLiteral("Codes"));
        for (const EntityType &t : project.entityTypes()) {
            if (!t.parent || !project.entityType(t.parent))
                typeCode(t, byType);
        }
        for (const Link::Relation r : {Link::Relation::Contradicts, Link::Relation::Corroborates}) {
            xml.writeStartElement(QStringLiteral("Code"));
            xml.writeAttribute(QStringLiteral("guid"),
                               guid(QStringLiteral("relation:") + Link::relationName(r)));
            xml.writeAttribute(QStringLiteral("name"), relationCodeName(r));
            xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("false"));
            xml.writeAttribute(QStringLiteral("color"), r == Link::Relation::Contradicts
                                                            ? QStringLiteral("#D55E00")
                                                            : QStringLiteral("#009E73"));
            xml.writeTextElement(QStringLiteral("Description"),
                                 Qdpx::tr("Passages linked by Crosscheck, by type of link"));
            // The standard types and every other type the project's links use: each CodeRef
            // written below names a code defined here.
            QStringList types = Link::typeNames();
            for (const Link &l : project.links()) {
                if (l.relation == r && !types.contains(l.type))
                    types << l.type;
            }
            for (const QString &type : std::as_const(types)) {
                xml.writeEmptyElement(QStringLiteral("Code"));
                xml.writeAttribute(QStringLiteral("guid"), linkTypeCode(r, type));
                xml.writeAttribute(QStringLiteral("name"),
                                   relationCodeName(r) + QStringLiteral(": ") + type);
                xml.writeAttribute(QStringLiteral("isCodable"), QStringLiteral("true"));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    static QString linkTypeCode(Link::Relation r, const QString &type)
    {
        return guid(QStringLiteral("linktype:") + Link::relationName(r) + u':' + type);
    }
    static QStringList variableNames()
    {
        return {QStringLiteral("Outlet"), QStringLiteral("Author"), QStringLiteral("URL"),
                QStringLiteral("Published"), QStringLiteral("Language")};
    }
    static QStringList variableValues(const Source &s)
    {
        return {s.meta.outlet, s.meta.author, s.meta.url, s.meta.published, s.meta.language};
    }
    void variables()
    {
        xml.writeStartElement(QStringLiteral("Variables"));
        for (const QString &v : variableNames()) {
            xml.writeEmptyElement(QStringLiteral("Variable"));
            xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("variable:") + v));
            xml.writeAttribute(QStringLiteral("name"), v);
            xml.writeAttribute(QStringLiteral("typeOfVariable"), QStringLiteral("Text"));
        }
        xml.writeEndElement();
    }
    struct Selection
    {
        Span span;
        QString key; // guid key
        QString code;
        QString codingKey;
        QString author, created;
        const Note *note = nullptr;
    };
    void sources()
    {
        // Span notes become selections of their own (or join a selection with the same span).
        QHash<SourceId, std::vector<const Note *>> spanNotes;
        for (const Note &n : project.notes()) {
            if (n.target == Note::Target::Span)
                spanNotes[n.source].push_back(&n);
        }
        xml.writeStartElement(QStringLiteral("Sources"));
        for (const Source &s : project.sources()) {
            const QString text = project.sourceText(s.id);
            const Text::CodePoints cp(text);
            std::vector<Selection> sels;
            for (const Mention &m : project.mentionsIn(s.id)) {
                sels.push_back({m.span, QStringLiteral("mention:%1").arg(m.id),
                                guid(QStringLiteral("entity:%1").arg(m.entity)),
                                QStringLiteral("mention:%1").arg(m.id), m.author, m.created,
                                nullptr});
            }
            for (const Link &l : project.links()) {
                const QString code = linkTypeCode(l.relation, l.type);
                if (l.sourceA == s.id)
                    sels.push_back({l.spanA, QStringLiteral("link:%1:a").arg(l.id), code,
                                    QStringLiteral("link:%1:a").arg(l.id), l.author, l.created,
                                    nullptr});
                if (l.sourceB == s.id)
                    sels.push_back({l.spanB, QStringLiteral("link:%1:b").arg(l.id), code,
                                    QStringLiteral("link:%1:b").arg(l.id), l.author, l.created,
                                    nullptr});
            }
            for (const Note *n : spanNotes.value(s.id)) {
                sels.push_back({n->span, QStringLiteral("note-span:%1").arg(n->id), QString(),
                                QString(), n->author, n->created, n});
            }
            std::stable_sort(sels.begin(), sels.end(), [](const Selection &a, const Selection &b) {
                return a.span.start != b.span.start ? a.span.start < b.span.start
                                                    : a.span.end < b.span.end;
            });
            xml.writeStartElement(QStringLiteral("TextSource"));
            xml.writeAttribute(QStringLiteral("guid"), sourceGuid(s));
            xml.writeAttribute(QStringLiteral("name"),
                               s.meta.title.isEmpty() ? s.fileName : s.meta.title);
            xml.writeAttribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://") +
                                                                    sourceGuid(s) +
                                                                    QStringLiteral(".txt"));
            if (!s.fileName.isEmpty())
                xml.writeTextElement(QStringLiteral("Description"),
                                     Qdpx::tr("Imported from %1").arg(s.fileName));
            for (const Selection &sel : sels) {
                xml.writeStartElement(QStringLiteral("PlainTextSelection"));
                xml.writeAttribute(QStringLiteral("guid"), guid(sel.key));
                xml.writeAttribute(QStringLiteral("name"),
                                   shortQuote(text.mid(sel.span.start, sel.span.length())));
                xml.writeAttribute(QStringLiteral("startPosition"),
                                   QString::number(cp.at(int(sel.span.start))));
                xml.writeAttribute(QStringLiteral("endPosition"),
                                   QString::number(cp.at(int(sel.span.end))));
                created(sel.author, sel.created, "creatingUser");
                if (!sel.code.isEmpty())
                    coding(sel.codingKey, sel.code, sel.author, sel.created);
                noteRef(sel.note);
                xml.writeEndElement();
            }
            noteRef(sourceNotes.value(s.id));
            const QStringList names = variableNames();
            const QStringList values = variableValues(s);
            for (int i = 0; i < names.size(); ++i) {
                if (values.at(i).isEmpty())
                    continue;
                xml.writeStartElement(QStringLiteral("VariableValue"));
                xml.writeEmptyElement(QStringLiteral("VariableRef"));
                xml.writeAttribute(QStringLiteral("targetGUID"),
                                   guid(QStringLiteral("variable:") + names.at(i)));
                xml.writeTextElement(QStringLiteral("TextValue"), values.at(i));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    static QString sourceGuid(const Source &s)
    {
        return guid(QStringLiteral("source:") + s.contentHash);
    }
    void notes()
    {
        if (project.notes().empty())
            return;
        xml.writeStartElement(QStringLiteral("Notes"));
        for (const Note &n : project.notes()) {
            xml.writeStartElement(QStringLiteral("Note"));
            xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("note:%1").arg(n.id)));
            xml.writeAttribute(QStringLiteral("name"), shortQuote(n.text));
            created(n.author, n.created, "creatingUser");
            xml.writeTextElement(QStringLiteral("PlainTextContent"), n.text);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    void links()
    {
        if (project.links().empty())
            return;
        xml.writeStartElement(QStringLiteral("Links"));
        for (const Link &l : project.links()) {
            xml.writeStartElement(QStringLiteral("Link"));
            xml.writeAttribute(QStringLiteral("guid"), guid(QStringLiteral("link:%1").arg(l.id)));
            xml.writeAttribute(QStringLiteral("name"),
                               QStringList{Link::relationName(l.relation), l.type,
                                           severityName(l.severity), Link::statusName(l.status)}
                                   .join(QStringLiteral(" · ")));
            xml.writeAttribute(QStringLiteral("direction"), QStringLiteral("Bidirectional"));
            xml.writeAttribute(QStringLiteral("color"), l.relation == Link::Relation::Contradicts
                                                            ? QStringLiteral("#D55E00")
                                                            : QStringLiteral("#009E73"));
            xml.writeAttribute(QStringLiteral("originGUID"),
                               guid(QStringLiteral("link:%1:a").arg(l.id)));
            xml.writeAttribute(QStringLiteral("targetGUID"),
                               guid(QStringLiteral("link:%1:b").arg(l.id)));
            noteRef(linkNotes.value(l.id));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    void write()
    {
        // A link's own note field and a note on the link both become Notes; the field goes
        // first as a note of its own, keyed by the link.
        for (const Note &n : project.notes()) {
            if (n.target == Note::Target::Entity)
                entityNotes.insert(n.entity, &n);
            else if (n.target == Note::Target::Link)
                linkNotes.insert(n.link, &n);
            else if (n.target == Note::Target::Source)
                sourceNotes.insert(n.source, &n);
        }
        QString modified;
        for (const Mention &m : project.mentions())
            modified = std::max(modified, m.created);
        for (const Link &l : project.links())
            modified = std::max(modified, l.modified);
        for (const Note &n : project.notes())
            modified = std::max(modified, n.modified);
        for (const Entity &e : project.entities())
            modified = std::max(modified, e.modified);
        xml.writeStartDocument();
        xml.writeDefaultNamespace(kNamespace);
        xml.writeStartElement(kNamespace, QStringLiteral("Project"));
        xml.writeAttribute(QStringLiteral("name"),
                           QFileInfo(project.displayName()).completeBaseName());
        xml.writeAttribute(QStringLiteral("origin"),
                           QStringLiteral("Crosscheck " CROSSCHECK_VERSION));
        if (!dateTime(modified).isEmpty())
            xml.writeAttribute(QStringLiteral("modifiedDateTime"), dateTime(modified));
        users();
        codeBook();
        variables();
        sources();
        notes();
        links();
        xml.writeEndElement();
        xml.writeEndDocument();
    }
};
} // namespace
QByteArray Qdpx::projectXml(const Project &project)
{
    QByteArray out;
    Writer w(project, &out);
    w.write();
    return out;
}
QByteArray Qdpx::archive(const Project &project, QString *error)
{
    std::vector<ZipArchive::Entry> entries;
    entries.emplace_back(QStringLiteral("project.qde"), projectXml(project));
    for (const Source &s : project.sources()) {
        entries.emplace_back(QStringLiteral("sources/") + Writer::sourceGuid(s) +
                                 QStringLiteral(".txt"),
                             project.sourceText(s.id).toUtf8());
    }
    return ZipArchive::create(entries, error);
}
} // namespace Crosscheck::Core::Formats
