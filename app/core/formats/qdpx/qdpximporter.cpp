#include "qdpx.h"
#include "qdpxreader.h"

#include "importers/documentimporter.h"
#include "project/project.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>

namespace Crosscheck::Core::Formats {

using QdpxXml::isHexColor;
using QdpxXml::kMaxArchive;
using QdpxXml::kMaxText;
using QdpxXml::Node;
using QdpxXml::NormalisedText;
using QdpxXml::shortQuote;

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

namespace {

/// Maps one REFI-QDA project onto an empty Crosscheck project: the steps of Qdpx::import, each
/// a member (the lambdas they once were): sources, codes, selections, links and notes.
struct Importer
{
    Project &project;
    Qdpx::ImportReport &r;
    QdpxXml::Package &package;
    const Node *root;
    QHash<QString, QString> users;
    QHash<QString, const Node *> codes; // by GUID
    std::vector<const Node *> codeOrder;
    QHash<QString, const Node *> notes;
    QHash<QString, QString> variables;
    struct TextSourceRef
    {
        const Node *node;
        NormalisedText text;
        QString hash; ///< of the stored text (trailing white space trimmed)
    };
    std::vector<TextSourceRef> textSources;
    QVector<ImportedDocument> docs;
    QHash<QString, SourceId> idByHash;
    AnnotationDelta delta;
    QHash<QString, qint64> typeOfCode;
    QHash<QString, qint64> entityOfCode;
    QHash<QString, qint64> typeByName;
    qint64 otherType = 0;
    const QString now = Project::timestamp();
    QSet<QString> usedNotes;
    struct Anchored
    {
        SourceId source;
        Span span;
    };
    QHash<QString, Anchored> selections;
    QSet<QString> linkSides;

    Importer(Project &p, Qdpx::ImportReport &report, QdpxXml::Package &pkg)
        : project(p)
        , r(report)
        , package(pkg)
        , root(pkg.root())
    {}

    /// Users, codes, notes and variables by GUID.
    void readIndexes()
    {
        if (const Node *u = root->child("Users")) {
            for (const Node *n : u->all("User"))
                users.insert(n->attr("guid").toUpper(), n->attr("name"));
        }
        if (const Node *book = root->child("CodeBook")) {
            if (const Node *cs = book->child("Codes"))
                collectCodes(cs);
        }
        if (const Node *ns = root->child("Notes")) {
            for (const Node *n : ns->all("Note"))
                notes.insert(n->attr("guid").toUpper(), n);
        }
        if (const Node *vs = root->child("Variables")) {
            for (const Node *v : vs->all("Variable"))
                variables.insert(v->attr("guid").toUpper(), v->attr("name"));
        }
    }

    QString userName(const Node *n, const char *attr) const
    {
        const QString name = users.value(n->attr(attr).toUpper());
        return name.isEmpty() ? project.author() : name;
    }

    static QString when(const Node *n)
    {
        const QString d = n->attr("creationDateTime");
        return d.isEmpty() ? Project::timestamp() : d;
    }

    void collectCodes(const Node *n)
    {
        for (const Node *c : n->all("Code")) {
            codes.insert(c->attr("guid").toUpper(), c);
            codeOrder.push_back(c);
            collectCodes(c);
        }
    }

    void addTextSource(const Node *s, const QString &label)
    {
        QString why;
        const std::optional<QString> raw = package.sourceText(s, &why);
        if (!raw) {
            int selections = int(s->all("PlainTextSelection").size());
            r.notMapped << Qdpx::tr("source “%1”: %2").arg(label, why) +
                               (selections ? Qdpx::tr(" (%n coded selection(s) lost with it)",
                                                      nullptr, selections)
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
                r.notMapped << Qdpx::tr("source “%1”: variable “%2” = “%3” has no place in "
                                        "Crosscheck's metadata")
                                   .arg(label, var, value);
        }
        Importers::finish(doc);
        if (!doc.isValid()) {
            r.notMapped << Qdpx::tr("source “%1”: %2").arg(label, doc.error);
            return;
        }
        docs.push_back(doc);
        textSources.push_back({s, std::move(norm), doc.contentHash});
    }

    /// Every source of the project: text sources and PDF text representations are read, the
    /// rest (and cases, sets, graphs) go into the report.
    void readSources()
    {
        const Node *sourcesNode = root->child("Sources");
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
                            << Qdpx::tr("PDF source “%1”: no text representation in the project")
                                   .arg(label);
                    const int regions = int(s->all("PDFSelection").size());
                    if (regions)
                        r.notMapped
                            << Qdpx::tr("PDF source “%1”: %n region selection(s) (Crosscheck "
                                        "anchors text, not page regions)",
                                        nullptr, regions)
                                   .arg(label);
                } else {
                    const QString kind = s->name.chopped(6).toLower(); // PictureSource -> picture
                    r.notMapped << Qdpx::tr("%1 source “%2”: Crosscheck reads text articles only")
                                       .arg(kind, label);
                }
            }
        }
        for (const char *unsupported : {"Cases", "Sets", "Graphs"}) {
            if (const Node *n = root->child(unsupported)) {
                r.notMapped << Qdpx::tr("%1: %n item(s) (no counterpart in Crosscheck)", nullptr,
                                        int(n->children.size()))
                                   .arg(QLatin1String(unsupported));
            }
        }
    }

    /// Adds the sources (one undo step) and finds each one's id by its text.
    void addSources()
    {
        // Add the sources (one step), then find each one's id by its text.
        if (!docs.isEmpty()) {
            const Project::AddOutcome added = project.addDocuments(docs);
            for (const QString &p : added.problems)
                r.notMapped << p;
            r.sources = int(added.added.size());
        }
        for (const Source &s : project.sources())
            idByHash.insert(s.contentHash, s.id);
    }

    qint64 typeFor(const Node *code)
    {
        const QString g = code->attr("guid").toUpper();
        if (typeOfCode.contains(g))
            return typeOfCode.value(g);
        const Node *parent =
            code->parent && code->parent->name == QLatin1String("Code") ? code->parent : nullptr;
        const qint64 parentType = parent ? typeFor(parent) : 0;
        qint64 id = typeByName.value(code->attr("name").toLower());
        if (!id) {
            EntityType t;
            t.id = id = -qint64(delta.types.size() + 1); // new: numbered -1, -2, …
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
    }

    qint64 entityFor(const Node *code)
    {
        const QString g = code->attr("guid").toUpper();
        if (entityOfCode.contains(g))
            return entityOfCode.value(g);
        Entity e;
        e.id = -qint64(delta.entities.size() + 1);
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
            delta.notes.push_back(
                {0, Note::Target::Entity, 0, {}, e.id, 0, description, project.author(), now, now});
        std::sort(e.aliases.begin(), e.aliases.end());
        e.created = e.modified = now;
        delta.entities.push_back(e);
        entityOfCode.insert(g, e.id);
        ++r.entities;
        return e.id;
    }

    const Node *noteText(const Node *ref) const
    {
        return notes.value(ref->attr("targetGUID").toUpper());
    }

    void addNote(const Node *note, Note::Target target, SourceId source, Span span, qint64 entity,
                 qint64 link)
    {
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
        delta.notes.push_back({0, target, source, span, entity, link, text,
                               userName(note, "creatingUser"), when(note), when(note)});
        usedNotes.insert(note->attr("guid").toUpper());
        ++r.notes;
    }

    static bool isLinkCode(const Node *code)
    {
        const Node *top = code;
        while (top->parent && top->parent->name == QLatin1String("Code"))
            top = top->parent;
        const QString name = top->attr("name");
        return top->attr("isCodable") == QLatin1String("false") &&
               (name == QLatin1String("Contradicts") || name == QLatin1String("Corroborates"));
    }

    /// The codings and notes of one text source.
    void mapSource(const TextSourceRef &ts)
    {
        const SourceId sid = idByHash.value(ts.hash);
        const QString label = ts.node->attr("name");
        if (!sid)
            return; // reported by addDocuments (a duplicate text)
        for (const Node *ref : ts.node->all("NoteRef")) {
            if (const Node *n = noteText(ref))
                addNote(n, Note::Target::Source, sid, {}, 0, 0);
        }
        for (const Node *c : ts.node->all("Coding")) {
            const Node *ref = c->child("CodeRef");
            const Node *code = ref ? codes.value(ref->attr("targetGUID").toUpper()) : nullptr;
            r.notMapped << Qdpx::tr("source “%1”: coded as a whole with “%2” (Crosscheck codes "
                                    "passages, not whole sources)")
                               .arg(label, code ? code->attr("name") : Qdpx::tr("an unknown code"));
        }
        for (const Node *sel : ts.node->all("PlainTextSelection"))
            mapSelection(ts, sid, label, sel);
    }

    /// One text selection: its codings become mentions, its description and notes notes.
    void mapSelection(const TextSourceRef &ts, SourceId sid, const QString &label, const Node *sel)
    {
        const int size = int(ts.text.at.size()) - 1;
        const int stored = int(project.sourceText(sid).size()); // trailing space trimmed
        bool okStart = false, okEnd = false;
        const int start = sel->attr("startPosition").toInt(&okStart);
        const int end = sel->attr("endPosition").toInt(&okEnd);
        const QString selName = sel->attr("name");
        if (!okStart || !okEnd || start < 0 || end <= start || end > size) {
            r.notMapped << Qdpx::tr("source “%1”: selection “%2” (%3–%4) lies outside the text "
                                    "(%5 characters)")
                               .arg(label, shortQuote(selName), sel->attr("startPosition"),
                                    sel->attr("endPosition"))
                               .arg(size);
            return;
        }
        const Span span{std::min(ts.text.at[size_t(start)], stored),
                        std::min(ts.text.at[size_t(end)], stored)};
        if (span.end <= span.start) {
            r.notMapped << Qdpx::tr("source “%1”: selection “%2” covers only a line break")
                               .arg(label, shortQuote(selName));
            return;
        }
        const QString g = sel->attr("guid").toUpper();
        selections.insert(g, {sid, span});
        for (const Node *c : sel->all("Coding")) {
            const Node *ref = c->child("CodeRef");
            const Node *code = ref ? codes.value(ref->attr("targetGUID").toUpper()) : nullptr;
            if (!code) {
                r.notMapped << Qdpx::tr("source “%1”: a coding of “%2” refers to a code that is "
                                        "not in the codebook")
                                   .arg(label, shortQuote(selName));
                continue;
            }
            // The type code of a link side (as Crosscheck exports them) is the link's.
            if (linkSides.contains(g) && isLinkCode(code))
                continue;
            Mention m;
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
            delta.notes.push_back({0, Note::Target::Span, sid, span, 0, 0, description,
                                   userName(sel, "creatingUser"), when(sel), when(sel)}),
                ++r.notes;
        for (const Node *ref : sel->all("NoteRef")) {
            if (const Node *n = noteText(ref))
                addNote(n, Note::Target::Span, sid, span, 0, 0);
        }
    }

    /// Codes that code nothing imported: types and registry entities all the same, with
    /// their notes.
    void mapCodes()
    {
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
    }

    /// Links between two text selections.
    void mapLinks()
    {
        if (const Node *ls = root->child("Links")) {
            for (const Node *ln : ls->all("Link")) {
                const QString name = ln->attr("name");
                const auto a = selections.constFind(ln->attr("originGUID").toUpper());
                const auto b = selections.constFind(ln->attr("targetGUID").toUpper());
                if (a == selections.cend() || b == selections.cend()) {
                    r.notMapped << Qdpx::tr(
                                       "link “%1”: it does not join two text selections that were "
                                       "imported")
                                       .arg(name);
                    continue;
                }
                Link l;
                l.id = -qint64(delta.links.size() + 1);
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
    }

    void reportUnusedNotes()
    {
        for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
            if (!usedNotes.contains(it.key()))
                r.notMapped << Qdpx::tr(
                                   "note “%1”: not attached to an imported source, selection, code "
                                   "or link")
                                   .arg(shortQuote(it.value()->attr("name").isEmpty()
                                                       ? it.value()->childText("PlainTextContent")
                                                       : it.value()->attr("name")));
        }
    }

    void run()
    {
        readIndexes();
        readSources();
        addSources();
        for (const EntityType &t : project.entityTypes())
            typeByName.insert(t.name.toLower(), t.id);
        otherType =
            typeByName.value(QStringLiteral("other"),
                             project.entityTypes().empty() ? 0 : project.entityTypes().back().id);
        if (const Node *ls = root->child("Links")) {
            for (const Node *l : ls->all("Link")) {
                linkSides.insert(l->attr("originGUID").toUpper());
                linkSides.insert(l->attr("targetGUID").toUpper());
            }
        }
        for (const TextSourceRef &ts : textSources)
            mapSource(ts);
        mapCodes();
        mapLinks();
        reportUnusedNotes();
        std::sort(r.notMapped.begin(), r.notMapped.end());
    }
};
} // namespace

bool Qdpx::import(Project &project, const QByteArray &bytes, ImportReport *report, QString *error)
{
    ImportReport dummy;
    ImportReport &r = report ? *report : dummy;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (project.sourceCount() > 0)
        return fail(tr("a REFI-QDA project can only be imported into a new, empty project"));
    QdpxXml::Package package;
    QString readError;
    if (!package.read(bytes, &readError))
        return fail(readError);
    Importer importer(project, r, package);
    importer.run();
    return importer.delta.isEmpty() ||
           project.importAnnotations(importer.delta, tr("Import REFI-QDA annotations"), error);
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

} // namespace Crosscheck::Core::Formats
