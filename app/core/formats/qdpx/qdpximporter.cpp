// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpximport.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <optional>

namespace Crosscheck::Core::Formats {

using QdpxXml::kMaxArchive;

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

} // namespace Crosscheck::Core::Formats

namespace Crosscheck::Core::Formats::QdpxXml {

void Importer::readIndexes()
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

QString Importer::userName(const Node *n, const char *attr) const
{
    const QString name = users.value(n->attr(attr).toUpper());
    return name.isEmpty() ? project.author() : name;
}

QString Importer::when(const Node *n)
{
    const QString d = n->attr("creationDateTime");
    return d.isEmpty() ? Project::timestamp() : d;
}

void Importer::collectCodes(const Node *n)
{
    for (const Node *c : n->all("Code")) {
        codes.insert(c->attr("guid").toUpper(), c);
        codeOrder.push_back(c);
        collectCodes(c);
    }
}

void Importer::addTextSource(const Node *s, const QString &label)
{
    QString why;
    const std::optional<QString> raw = package.sourceText(s, &why);
    if (!raw) {
        int selections = int(s->all("PlainTextSelection").size());
        r.notMapped << Qdpx::tr("source “%1”: %2").arg(label, why) +
                           (selections ? Qdpx::tr(" (%n coded selection(s) lost with it)", nullptr,
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
        const QString var = ref ? variables.value(ref->attr("targetGUID").toUpper()) : QString();
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

void Importer::readSources()
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
                    r.notMapped << Qdpx::tr(
                                       "PDF source “%1”: no text representation in the project")
                                       .arg(label);
                const int regions = int(s->all("PDFSelection").size());
                if (regions)
                    r.notMapped << Qdpx::tr("PDF source “%1”: %n region selection(s) (Crosscheck "
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

void Importer::addSources()
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

void Importer::run()
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

} // namespace Crosscheck::Core::Formats::QdpxXml

namespace Crosscheck::Core::Formats {

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
    QdpxXml::Importer importer(project, r, package);
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
