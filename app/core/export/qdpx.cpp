#include "qdpx.h"
#include "version.h"

#include "commands/annotationcommands.h"
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

namespace Crosscheck::Core::Export {

namespace {

const QString kNamespace = QStringLiteral("urn:QDA-XML:project:1.0");
constexpr qint64 kMaxQde = qint64(256) << 20;
constexpr qint64 kMaxText = qint64(16) << 20;
// All the texts read from one archive, and the .qdpx file itself.
constexpr qint64 kMaxTotalText = qint64(512) << 20;
constexpr qint64 kMaxArchive = qint64(1) << 30;
// The element tree of a .qde: real projects nest codes a few levels deep.
constexpr int kMaxXmlDepth = 200;
constexpr int kMaxXmlElements = 2000000;

QString guid(const QString &key)
{
    static const QUuid ns(QStringLiteral("{0b7d3c52-61a4-4f0e-9d1b-7a2e5c8f4a90}"));
    return QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces).toUpper();
}

/// "#rgb" or "#rrggbb": what QDA-XML's RGBType allows.
bool isHexColor(const QString &c)
{
    static const QRegularExpression hex(QStringLiteral("^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"));
    return hex.match(c).hasMatch();
}

QString shortQuote(const QString &text)
{
    const QString s = text.simplified();
    return s.size() > 80 ? s.left(79) + QChar(0x2026) : s;
}

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

// --- Import ----------------------------------------------------------------------------------

namespace {

/// A small element tree of the .qde: enough to follow references in any order.
struct Node
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<std::unique_ptr<Node>> children;
    const Node *parent = nullptr;

    QString attr(const char *n) const { return attributes.value(QLatin1String(n)).toString(); }
    const Node *child(const char *n) const
    {
        for (const auto &c : children) {
            if (c->name == QLatin1String(n))
                return c.get();
        }
        return nullptr;
    }
    QString childText(const char *n) const
    {
        const Node *c = child(n);
        return c ? c->text : QString();
    }
    std::vector<const Node *> all(const char *n) const
    {
        std::vector<const Node *> out;
        for (const auto &c : children) {
            if (c->name == QLatin1String(n))
                out.push_back(c.get());
        }
        return out;
    }
};

std::unique_ptr<Node> parseXml(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader xml(bytes);
    std::unique_ptr<Node> root;
    std::vector<Node *> stack;
    int elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            // Bounded, so that neither the walks over the tree nor its destruction (both
            // recursive) can exhaust the stack, nor the tree the memory.
            if (int(stack.size()) >= kMaxXmlDepth) {
                *error = Qdpx::tr("project.qde nests elements more than %1 levels deep (line %2)")
                             .arg(kMaxXmlDepth)
                             .arg(xml.lineNumber());
                return nullptr;
            }
            if (++elements > kMaxXmlElements) {
                *error = Qdpx::tr("project.qde has more than %1 elements").arg(kMaxXmlElements);
                return nullptr;
            }
            auto node = std::make_unique<Node>();
            node->name = xml.name().toString();
            node->attributes = xml.attributes();
            Node *raw = node.get();
            if (stack.empty()) {
                if (node->name != QLatin1String("Project") ||
                    (!xml.namespaceUri().isEmpty() && xml.namespaceUri() != kNamespace)) {
                    *error = Qdpx::tr("not a REFI-QDA project (its root element is “%1”)")
                                 .arg(xml.qualifiedName().toString());
                    return nullptr;
                }
                root = std::move(node);
            } else {
                raw->parent = stack.back();
                stack.back()->children.push_back(std::move(node));
            }
            stack.push_back(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty()) {
                if (stack.back()->text.size() + xml.text().size() > kMaxText) {
                    *error = Qdpx::tr("an element of project.qde (line %1) holds more than %2 "
                                      "of text")
                                 .arg(xml.lineNumber())
                                 .arg(QLocale().formattedDataSize(kMaxText));
                    return nullptr;
                }
                stack.back()->text += xml.text();
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *error = Qdpx::tr("damaged project.qde (line %1: %2)")
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
        return nullptr;
    }
    if (!root)
        *error = Qdpx::tr("empty project.qde");
    return root;
}

/// Text normalised as Crosscheck stores it (no BOM, LF line ends), with the map from code-point
/// positions of the original to UTF-16 offsets of the result.
struct NormalisedText
{
    QString text;
    std::vector<int> at; // code point of the original -> UTF-16 offset in text (size + 1)

    explicit NormalisedText(const QString &raw)
    {
        const auto ucs4 = raw.toUcs4();
        const size_t n = size_t(ucs4.size());
        at.reserve(n + 1);
        size_t i = 0;
        if (n && ucs4[0] == 0xFEFF) {
            at.push_back(0);
            i = 1;
        }
        for (; i < n; ++i) {
            at.push_back(int(text.size()));
            const uint c = ucs4[qsizetype(i)];
            if (c == '\r') {
                text += u'\n';
                if (i + 1 < n && ucs4[qsizetype(i + 1)] == '\n') {
                    at.push_back(int(text.size()) - 1); // the LF of a CRLF maps to the same LF
                    ++i;
                }
            } else {
                const char32_t ch = c;
                text += QString::fromUcs4(&ch, 1);
            }
        }
        at.push_back(int(text.size()));
    }
};

} // namespace

std::unique_ptr<Project> Qdpx::createProject(const QString &qdpxPath, const QString &projectPath,
                                             ImportReport *report, QString *error)
{
    QFile in(qdpxPath);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = qdpxPath + QStringLiteral(": ") + in.errorString();
        return nullptr;
    }
    if (QFileInfo::exists(projectPath)) {
        *error = tr("%1 already exists; a REFI-QDA project is imported into a new file")
                     .arg(projectPath);
        return nullptr;
    }
    if (in.size() > kMaxArchive) {
        *error = tr("%1 is larger than %2").arg(qdpxPath, QLocale().formattedDataSize(kMaxArchive));
        return nullptr;
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(QFile::encodeName(qdpxPath).toStdString(), ec)) {
        *error = tr("%1 is not a regular file").arg(qdpxPath);
        return nullptr;
    }
    const QByteArray bytes = in.readAll(); // at most kMaxArchive: a regular file of that size
    // Built under a temporary name beside the target and moved into place only when complete:
    // an import that fails, or a crash, never leaves a half-made project under its name.
    const QString temp = Storage::ProjectStorage::temporaryPathBeside(projectPath);
    Storage::OpenStatus status;
    auto project = Project::create(temp, &status);
    if (!project) {
        *error = status.message.replace(temp, projectPath);
        return nullptr;
    }
    QString why;
    const bool ok = import(*project, bytes, report, &why);
    project.reset();
    if (ok) {
        if (!Storage::ProjectStorage::moveIntoPlace(temp, projectPath)) {
            why = tr("%1 could not be written (the file could not be moved into place)")
                      .arg(projectPath);
        } else {
            project = Project::open(projectPath, false, &status);
            if (project)
                return project;
            why = status.message;
        }
    }
    QFile::remove(temp);
    QFile::remove(temp + QStringLiteral("-journal"));
    *error = qdpxPath + QStringLiteral(": ") + why;
    return nullptr;
}

bool Qdpx::import(Project &project, const QByteArray &bytes, ImportReport *report, QString *error)
{
    ImportReport dummy;
    ImportReport &r = report ? *report : dummy;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (project.sourceCount() > 0)
        return fail(tr("a REFI-QDA project can only be imported into a new, empty project"));

    // The archive (or a bare .qde) and its one project file, whatever its name.
    std::unique_ptr<ZipArchive> zip;
    QByteArray qde;
    if (bytes.startsWith("PK")) {
        zip = std::make_unique<ZipArchive>(bytes);
        if (!zip->isOpen())
            return fail(tr("not a readable .qdpx archive: %1").arg(zip->errorString()));
        QStringList qdes;
        for (const QString &n : zip->names()) {
            if (n.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive) && !n.contains(u'/'))
                qdes << n;
        }
        if (qdes.size() != 1)
            return fail(qdes.isEmpty() ? tr("the archive holds no .qde project file")
                                       : tr("the archive holds several .qde files (%1)")
                                             .arg(qdes.join(QStringLiteral(", "))));
        qde = zip->read(qdes.first(), kMaxQde);
        if (qde.isEmpty())
            return fail(zip->errorString());
    } else {
        qde = bytes;
    }
    QString parseError;
    const std::unique_ptr<Node> root = parseXml(qde, &parseError);
    if (!root)
        return fail(parseError);

    QHash<QString, QString> users;
    if (const Node *u = root->child("Users")) {
        for (const Node *n : u->all("User"))
            users.insert(n->attr("guid").toUpper(), n->attr("name"));
    }
    auto userName = [&](const Node *n, const char *attr) {
        const QString name = users.value(n->attr(attr).toUpper());
        return name.isEmpty() ? project.author() : name;
    };
    auto when = [&](const Node *n) {
        const QString d = n->attr("creationDateTime");
        return d.isEmpty() ? Project::timestamp() : d;
    };

    // Codes by GUID; their names for the report.
    QHash<QString, const Node *> codes;
    std::vector<const Node *> codeOrder;
    std::function<void(const Node *)> collectCodes = [&](const Node *n) {
        for (const Node *c : n->all("Code")) {
            codes.insert(c->attr("guid").toUpper(), c);
            codeOrder.push_back(c);
            collectCodes(c);
        }
    };
    if (const Node *book = root->child("CodeBook")) {
        if (const Node *cs = book->child("Codes"))
            collectCodes(cs);
    }
    QHash<QString, const Node *> notes;
    if (const Node *ns = root->child("Notes")) {
        for (const Node *n : ns->all("Note"))
            notes.insert(n->attr("guid").toUpper(), n);
    }
    QHash<QString, QString> variables;
    if (const Node *vs = root->child("Variables")) {
        for (const Node *v : vs->all("Variable"))
            variables.insert(v->attr("guid").toUpper(), v->attr("name"));
    }

    // Sources: text from PlainTextContent or the archive's file; documents to add.
    struct TextSourceRef
    {
        const Node *node;
        NormalisedText text;
        QString hash; ///< of the stored text (trailing white space trimmed)
    };
    std::vector<TextSourceRef> textSources;
    QVector<ImportedDocument> docs;
    const Node *sourcesNode = root->child("Sources");
    qint64 totalRead = 0;
    auto readText = [&](const Node *s, QString *why) -> std::optional<QString> {
        if (const Node *c = s->child("PlainTextContent")) {
            if (c->text.toUtf8().size() > kMaxText) {
                *why = tr("its text is larger than %1 (Crosscheck imports texts up to that)")
                           .arg(QLocale().formattedDataSize(kMaxText));
                return std::nullopt;
            }
            return c->text;
        }
        const QString path = s->attr("plainTextPath");
        if (path.startsWith(QLatin1String("internal://"))) {
            const QString file = path.mid(11);
            if (!zip) {
                *why = tr("its text is in the archive, and a bare .qde was given");
                return std::nullopt;
            }
            // Vendors write "sources/" or "Sources/".
            for (const QString &n : zip->names()) {
                if (n.compare(QStringLiteral("sources/") + file, Qt::CaseInsensitive) == 0) {
                    if (totalRead + std::min(zip->size(n), kMaxText) > kMaxTotalText) {
                        *why = tr("the archive's texts are larger than %1 in all; the rest "
                                  "was not read")
                                   .arg(QLocale().formattedDataSize(kMaxTotalText));
                        return std::nullopt;
                    }
                    const QByteArray data = zip->read(n, kMaxText);
                    if (data.isEmpty() && zip->size(n) != 0) {
                        *why = zip->errorString();
                        return std::nullopt;
                    }
                    totalRead += data.size();
                    return QString::fromUtf8(data);
                }
            }
            *why = tr("its text file %1 is missing from the archive").arg(file);
            return std::nullopt;
        }
        *why = path.isEmpty() ? tr("it has no plain text")
                              : tr("its text is outside the archive (%1)").arg(path);
        return std::nullopt;
    };
    auto addTextSource = [&](const Node *s, const QString &label) {
        QString why;
        const std::optional<QString> raw = readText(s, &why);
        if (!raw) {
            int selections = int(s->all("PlainTextSelection").size());
            r.notMapped << tr("source “%1”: %2").arg(label, why) +
                               (selections ? tr(" (%n coded selection(s) lost with it)", nullptr,
                                                selections)
                                           : QString());
            return;
        }
        NormalisedText norm(*raw);
        ImportedDocument doc;
        doc.format = QStringLiteral("txt");
        doc.encoding = QStringLiteral("UTF-8");
        doc.fileName = label;
        doc.text = norm.text;
        doc.original = raw->toUtf8();
        doc.meta.title = label;
        if (label.contains(u'.'))
            doc.meta.title = QFileInfo(label).completeBaseName();
        for (const Node *vv : s->all("VariableValue")) {
            const Node *ref = vv->child("VariableRef");
            const QString var =
                ref ? variables.value(ref->attr("targetGUID").toUpper()) : QString();
            QString value;
            for (const auto &c : vv->children) {
                if (c->name != QLatin1String("VariableRef"))
                    value = c->text;
            }
            if (var == QLatin1String("Outlet"))
                doc.meta.outlet = value;
            else if (var == QLatin1String("Author"))
                doc.meta.author = value;
            else if (var == QLatin1String("URL"))
                doc.meta.url = value;
            else if (var == QLatin1String("Published"))
                doc.meta.published = value;
            else if (var == QLatin1String("Language"))
                doc.meta.language = value;
            else
                r.notMapped << tr("source “%1”: variable “%2” = “%3” has no place in "
                                  "Crosscheck's metadata")
                                   .arg(label, var, value);
        }
        Importers::finish(doc);
        if (!doc.isValid()) {
            r.notMapped << tr("source “%1”: %2").arg(label, doc.error);
            return;
        }
        docs.push_back(doc);
        textSources.push_back({s, std::move(norm), doc.contentHash});
    };
    if (sourcesNode) {
        for (const auto &c : sourcesNode->children) {
            const Node *s = c.get();
            const QString label = s->attr("name").isEmpty() ? s->attr("guid") : s->attr("name");
            if (s->name == QLatin1String("TextSource")) {
                addTextSource(s, label);
            } else if (s->name == QLatin1String("PDFSource")) {
                if (const Node *rep = s->child("Representation"))
                    addTextSource(rep, label);
                else
                    r.notMapped
                        << tr("PDF source “%1”: no text representation in the project").arg(label);
                const int regions = int(s->all("PDFSelection").size());
                if (regions)
                    r.notMapped << tr("PDF source “%1”: %n region selection(s) (Crosscheck "
                                      "anchors text, not page regions)",
                                      nullptr, regions)
                                       .arg(label);
            } else {
                const QString kind = s->name.chopped(6).toLower(); // PictureSource -> picture
                r.notMapped
                    << tr("%1 source “%2”: Crosscheck reads text articles only").arg(kind, label);
            }
        }
    }
    for (const char *unsupported : {"Cases", "Sets", "Graphs"}) {
        if (const Node *n = root->child(unsupported)) {
            r.notMapped << tr("%1: %n item(s) (no counterpart in Crosscheck)", nullptr,
                              int(n->children.size()))
                               .arg(QLatin1String(unsupported));
        }
    }

    // Add the sources (one step), then find each one's id by its text.
    if (!docs.isEmpty()) {
        const Project::AddOutcome added = project.addDocuments(docs);
        for (const QString &p : added.problems)
            r.notMapped << p;
        r.sources = int(added.added.size());
    }
    QHash<QString, SourceId> idByHash;
    for (const Source &s : project.sources())
        idByHash.insert(s.contentHash, s.id);

    // Codes -> entity types (codes that enclose a coding code) and entities (coding codes).
    AnnotationDelta delta;
    QHash<QString, qint64> typeOfCode, entityOfCode;
    QHash<QString, qint64> typeByName;
    for (const EntityType &t : project.entityTypes())
        typeByName.insert(t.name.toLower(), t.id);
    const qint64 otherType =
        typeByName.value(QStringLiteral("other"),
                         project.entityTypes().empty() ? 0 : project.entityTypes().back().id);
    std::function<qint64(const Node *)> typeFor = [&](const Node *code) -> qint64 {
        const QString g = code->attr("guid").toUpper();
        if (typeOfCode.contains(g))
            return typeOfCode.value(g);
        const Node *parent =
            code->parent && code->parent->name == QLatin1String("Code") ? code->parent : nullptr;
        const qint64 parentType = parent ? typeFor(parent) : 0;
        qint64 id = typeByName.value(code->attr("name").toLower());
        if (!id) {
            EntityType t;
            t.id = id = project.newTypeId();
            t.name = code->attr("name");
            t.color = isHexColor(code->attr("color")) ? code->attr("color").toLower()
                                                      : QStringLiteral("#999999");
            t.parent = parentType;
            t.position = int(project.entityTypes().size() + delta.types.size());
            delta.types.push_back(t);
            typeByName.insert(t.name.toLower(), t.id);
        }
        typeOfCode.insert(g, id);
        return id;
    };
    const QString now = Project::timestamp();
    auto entityFor = [&](const Node *code) -> qint64 {
        const QString g = code->attr("guid").toUpper();
        if (entityOfCode.contains(g))
            return entityOfCode.value(g);
        Entity e;
        e.id = project.newEntityId();
        e.name = code->attr("name");
        const Node *parent =
            code->parent && code->parent->name == QLatin1String("Code") ? code->parent : nullptr;
        e.type = parent ? typeFor(parent) : otherType;
        const QString description = code->childText("Description");
        const QString alsoWritten = QStringLiteral("Aliases: ");
        if (description.startsWith(alsoWritten))
            e.aliases =
                description.mid(alsoWritten.size()).split(QStringLiteral("; "), Qt::SkipEmptyParts);
        else if (!description.isEmpty())
            delta.notes.push_back({project.newNoteId(),
                                   Note::Target::Entity,
                                   0,
                                   {},
                                   e.id,
                                   0,
                                   description,
                                   project.author(),
                                   now,
                                   now});
        std::sort(e.aliases.begin(), e.aliases.end());
        e.created = e.modified = now;
        delta.entities.push_back(e);
        entityOfCode.insert(g, e.id);
        ++r.entities;
        return e.id;
    };
    auto noteText = [&](const Node *ref) -> const Node * {
        return notes.value(ref->attr("targetGUID").toUpper());
    };
    QSet<QString> usedNotes;
    auto addNote = [&](const Node *note, Note::Target target, SourceId source, Span span,
                       qint64 entity, qint64 link) {
        QString text = note->childText("PlainTextContent");
        if (text.isEmpty())
            text = note->attr("name");
        if (text.isEmpty())
            return;
        // One note per target in Crosscheck: a second note on the same target joins the first.
        for (Note &n : delta.notes) {
            if (n.target == target && n.source == source && n.span == span && n.entity == entity &&
                n.link == link) {
                n.text += QStringLiteral("\n\n") + text;
                usedNotes.insert(note->attr("guid").toUpper());
                return;
            }
        }
        delta.notes.push_back({project.newNoteId(), target, source, span, entity, link, text,
                               userName(note, "creatingUser"), when(note), when(note)});
        usedNotes.insert(note->attr("guid").toUpper());
        ++r.notes;
    };

    // Selections (by GUID) for links; codings become mentions.
    struct Anchored
    {
        SourceId source;
        Span span;
    };
    QHash<QString, Anchored> selections;
    // The codes Crosscheck writes for link types: "Contradicts" / "Corroborates" and inside.
    auto isLinkCode = [](const Node *code) {
        const Node *top = code;
        while (top->parent && top->parent->name == QLatin1String("Code"))
            top = top->parent;
        const QString name = top->attr("name");
        return top->attr("isCodable") == QLatin1String("false") &&
               (name == QLatin1String("Contradicts") || name == QLatin1String("Corroborates"));
    };
    QSet<QString> linkSides;
    if (const Node *ls = root->child("Links")) {
        for (const Node *l : ls->all("Link")) {
            linkSides.insert(l->attr("originGUID").toUpper());
            linkSides.insert(l->attr("targetGUID").toUpper());
        }
    }
    for (const TextSourceRef &ts : textSources) {
        const SourceId sid = idByHash.value(ts.hash);
        const QString label = ts.node->attr("name");
        if (!sid)
            continue; // reported by addDocuments (a duplicate text)
        for (const Node *ref : ts.node->all("NoteRef")) {
            if (const Node *n = noteText(ref))
                addNote(n, Note::Target::Source, sid, {}, 0, 0);
        }
        for (const Node *c : ts.node->all("Coding")) {
            const Node *ref = c->child("CodeRef");
            const Node *code = ref ? codes.value(ref->attr("targetGUID").toUpper()) : nullptr;
            r.notMapped << tr("source “%1”: coded as a whole with “%2” (Crosscheck codes "
                              "passages, not whole sources)")
                               .arg(label, code ? code->attr("name") : tr("an unknown code"));
        }
        const int size = int(ts.text.at.size()) - 1;
        const int stored = int(project.sourceText(sid).size()); // trailing space trimmed
        for (const Node *sel : ts.node->all("PlainTextSelection")) {
            bool okStart = false, okEnd = false;
            const int start = sel->attr("startPosition").toInt(&okStart);
            const int end = sel->attr("endPosition").toInt(&okEnd);
            const QString selName = sel->attr("name");
            if (!okStart || !okEnd || start < 0 || end <= start || end > size) {
                r.notMapped << tr("source “%1”: selection “%2” (%3–%4) lies outside the text "
                                  "(%5 characters)")
                                   .arg(label, shortQuote(selName), sel->attr("startPosition"),
                                        sel->attr("endPosition"))
                                   .arg(size);
                continue;
            }
            const Span span{std::min(ts.text.at[size_t(start)], stored),
                            std::min(ts.text.at[size_t(end)], stored)};
            if (span.end <= span.start) {
                r.notMapped << tr("source “%1”: selection “%2” covers only a line break")
                                   .arg(label, shortQuote(selName));
                continue;
            }
            const QString g = sel->attr("guid").toUpper();
            selections.insert(g, {sid, span});
            for (const Node *c : sel->all("Coding")) {
                const Node *ref = c->child("CodeRef");
                const Node *code = ref ? codes.value(ref->attr("targetGUID").toUpper()) : nullptr;
                if (!code) {
                    r.notMapped << tr("source “%1”: a coding of “%2” refers to a code that is "
                                      "not in the codebook")
                                       .arg(label, shortQuote(selName));
                    continue;
                }
                // The type code of a link side (as Crosscheck exports them) is the link's.
                if (linkSides.contains(g) && isLinkCode(code))
                    continue;
                Mention m;
                m.id = project.newMentionId();
                m.source = sid;
                m.span = span;
                m.entity = entityFor(code);
                m.author = userName(c, "creatingUser");
                m.created = when(c);
                m.origin = QStringLiteral("import");
                delta.mentions.push_back(m);
                ++r.mentions;
            }
            const QString description = sel->childText("Description");
            if (!description.isEmpty())
                delta.notes.push_back({project.newNoteId(), Note::Target::Span, sid, span, 0, 0,
                                       description, userName(sel, "creatingUser"), when(sel),
                                       when(sel)}),
                    ++r.notes;
            for (const Node *ref : sel->all("NoteRef")) {
                if (const Node *n = noteText(ref))
                    addNote(n, Note::Target::Span, sid, span, 0, 0);
            }
        }
    }
    // Every other code: non-codable codes and codes that enclose codes are types, codable
    // codes registry entities (with no mentions when they code nothing imported).
    for (const Node *code : codeOrder) {
        if (isLinkCode(code))
            continue;
        if (code->attr("isCodable") == QLatin1String("false") || code->child("Code"))
            typeFor(code);
        if (code->attr("isCodable") != QLatin1String("false"))
            entityFor(code);
    }
    // Entity notes referenced from codes.
    for (auto it = entityOfCode.cbegin(); it != entityOfCode.cend(); ++it) {
        for (const Node *ref : codes.value(it.key())->all("NoteRef")) {
            if (const Node *n = noteText(ref))
                addNote(n, Note::Target::Entity, 0, {}, it.value(), 0);
        }
    }
    // Links between two text selections.
    if (const Node *ls = root->child("Links")) {
        for (const Node *ln : ls->all("Link")) {
            const QString name = ln->attr("name");
            const auto a = selections.constFind(ln->attr("originGUID").toUpper());
            const auto b = selections.constFind(ln->attr("targetGUID").toUpper());
            if (a == selections.cend() || b == selections.cend()) {
                r.notMapped << tr("link “%1”: it does not join two text selections that were "
                                  "imported")
                                   .arg(name);
                continue;
            }
            Link l;
            l.id = project.newLinkId();
            l.sourceA = a->source;
            l.spanA = a->span;
            l.sourceB = b->source;
            l.spanB = b->span;
            // "relation · type · severity · status" as Crosscheck writes it; other names
            // keep the defaults and go into the note.
            const QStringList parts = name.split(QStringLiteral(" · "));
            // The type may be one of the analyst's own (its code is in the CodeBook too).
            const bool ours = parts.size() == 4 && !parts.at(1).trimmed().isEmpty() &&
                              (parts.at(0) == Link::relationName(Link::Relation::Contradicts) ||
                               parts.at(0) == Link::relationName(Link::Relation::Corroborates));
            if (ours) {
                l.relation = Link::relationFromName(parts.at(0));
                l.type = parts.at(1);
                l.severity = parts.at(2) == QLatin1String("major")   ? 3
                             : parts.at(2) == QLatin1String("minor") ? 1
                                                                     : 2;
                l.status = Link::statusFromName(parts.at(3));
            } else {
                l.relation = name.contains(QLatin1String("corrobor"), Qt::CaseInsensitive)
                                 ? Link::Relation::Corroborates
                                 : Link::Relation::Contradicts;
                l.note = name;
            }
            l.author = userName(ln, "creatingUser");
            l.created = l.modified = now;
            delta.links.push_back(l);
            ++r.links;
            for (const Node *ref : ln->all("NoteRef")) {
                if (const Node *n = noteText(ref))
                    addNote(n, Note::Target::Link, 0, {}, 0, l.id);
            }
        }
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        if (!usedNotes.contains(it.key()))
            r.notMapped << tr("note “%1”: not attached to an imported source, selection, code "
                              "or link")
                               .arg(shortQuote(it.value()->attr("name").isEmpty()
                                                   ? it.value()->childText("PlainTextContent")
                                                   : it.value()->attr("name")));
    }
    std::sort(r.notMapped.begin(), r.notMapped.end());

    if (!delta.isEmpty() &&
        !project.pushAnnotationEdit(std::make_unique<ImportAnnotationsCommand>(
                                        &project, delta, tr("Import REFI-QDA annotations")),
                                    error))
        return false;
    return true;
}

QString Qdpx::ImportReport::counts() const
{
    return QStringList{
        QCoreApplication::translate("Crosscheck::Core::Qdpx", "%n source(s)", nullptr, sources),
        QCoreApplication::translate("Crosscheck::Core::Qdpx", "%n entit(ies)", nullptr, entities),
        QCoreApplication::translate("Crosscheck::Core::Qdpx", "%n mention(s)", nullptr, mentions),
        QCoreApplication::translate("Crosscheck::Core::Qdpx", "%n link(s)", nullptr, links),
        QCoreApplication::translate("Crosscheck::Core::Qdpx", "%n note(s)", nullptr, notes)}
        .join(QStringLiteral(", "));
}

} // namespace Crosscheck::Core::Export
