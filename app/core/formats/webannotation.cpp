// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotation.h"

#include "project/project.h"
#include "text/codepoints.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace Crosscheck::Core::Formats {

namespace {
const QString kContext = QStringLiteral("http://www.w3.org/ns/anno.jsonld");
constexpr int kContextChars = 32;

QString stableId(const QString &key)
{
    static const QUuid ns(QStringLiteral("{6c1a9f5e-2b0d-4e5b-9a52-3b8f1c0d7e21}"));
    return QStringLiteral("urn:uuid:") +
           QUuid::createUuidV5(ns, key).toString(QUuid::WithoutBraces);
}

/// The article an annotation is on: its URN (what re-import matches), and for whoever reads
/// the file, its title, outlet, file name and language (Dublin Core terms, which the Web
/// Annotation context defines as dc: and dcterms:).
QJsonObject describedSource(const Source &s)
{
    QJsonObject o{{QStringLiteral("id"), WebAnnotation::sourceUrn(s)},
                  {QStringLiteral("type"), QStringLiteral("Text")},
                  {QStringLiteral("format"), QStringLiteral("text/plain")}};
    if (!s.meta.title.isEmpty())
        o.insert(QStringLiteral("dc:title"), s.meta.title);
    if (!s.meta.outlet.isEmpty())
        o.insert(QStringLiteral("dcterms:publisher"), s.meta.outlet);
    if (!s.fileName.isEmpty())
        o.insert(QStringLiteral("dcterms:source"), s.fileName);
    if (!s.meta.language.isEmpty())
        o.insert(QStringLiteral("language"), s.meta.language);
    return o;
}

QJsonObject specificResource(const Project &project, SourceId id, Span span)
{
    const Source s = project.source(id);
    const QString text = project.sourceText(id);
    const int prefixStart = std::max(0, int(span.start) - kContextChars);
    QJsonObject target{
        {QStringLiteral("type"), QStringLiteral("SpecificResource")},
        {QStringLiteral("source"), describedSource(s)},
        {QStringLiteral("selector"),
         QJsonArray{QJsonObject{
                        {QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                        {QStringLiteral("exact"), text.mid(span.start, span.length())},
                        {QStringLiteral("prefix"), text.mid(prefixStart, span.start - prefixStart)},
                        {QStringLiteral("suffix"), text.mid(span.end, kContextChars)}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                {QStringLiteral("start"), Text::codePointOffset(text, span.start)},
                                {QStringLiteral("end"), Text::codePointOffset(text, span.end)}}}}};
    if (!s.meta.url.isEmpty())
        target.insert(QStringLiteral("scope"), s.meta.url);
    return target;
}

QJsonObject textBody(const QString &purpose, const QString &value)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("value"), value},
            {QStringLiteral("format"), QStringLiteral("text/plain")}};
}

QJsonObject creator(const QString &author)
{
    return {{QStringLiteral("type"), QStringLiteral("Person")},
            {QStringLiteral("name"), author.isEmpty() ? QStringLiteral("unknown") : author}};
}

/// ISO 8601 with a time zone, as the model requires (xsd:dateTime).
QString dateTime(const QString &stored)
{
    const QDateTime t = QDateTime::fromString(stored, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : stored;
}
} // namespace

QString WebAnnotation::sourceUrn(const Source &source)
{
    return QStringLiteral("urn:crosscheck:source:sha256:") + source.contentHash;
}

QJsonArray WebAnnotation::annotations(const Project &project)
{
    QJsonArray out;
    for (const Mention &m : project.mentions()) {
        const Entity *e = project.entity(m.entity);
        const EntityType *t = e ? project.entityType(e->type) : nullptr;
        if (!e)
            continue;
        const Source s = project.source(m.source);
        QJsonObject a{
            {QStringLiteral("@context"), kContext},
            {QStringLiteral("id"), stableId(QStringLiteral("mention:%1:%2:%3:%4")
                                                .arg(s.contentHash)
                                                .arg(m.span.start)
                                                .arg(m.span.end)
                                                .arg(e->name))},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), QStringLiteral("identifying")},
            {QStringLiteral("body"), QJsonArray{textBody(QStringLiteral("identifying"), e->name),
                                                textBody(QStringLiteral("classifying"),
                                                         t ? t->name : QStringLiteral("Other"))}},
            {QStringLiteral("target"), specificResource(project, m.source, m.span)},
            {QStringLiteral("creator"), creator(m.author)},
            {QStringLiteral("created"), dateTime(m.created)}};
        out.append(a);
    }
    for (const Link &l : project.links()) {
        QJsonArray body{
            [&] {
                QJsonObject b = specificResource(project, l.sourceB, l.spanB);
                b.insert(QStringLiteral("purpose"), QStringLiteral("linking"));
                return b;
            }(),
            textBody(QStringLiteral("classifying"), Link::relationName(l.relation)),
            textBody(QStringLiteral("tagging"), QStringLiteral("crosscheck:type=") + l.type),
            textBody(QStringLiteral("tagging"),
                     QStringLiteral("crosscheck:status=") + Link::statusName(l.status)),
            textBody(QStringLiteral("tagging"),
                     QStringLiteral("crosscheck:severity=") + Link::severityName(l.severity))};
        if (!l.note.isEmpty())
            body.append(textBody(QStringLiteral("commenting"), l.note));
        const Source a = project.source(l.sourceA), b = project.source(l.sourceB);
        out.append(
            QJsonObject{{QStringLiteral("@context"), kContext},
                        {QStringLiteral("id"), stableId(QStringLiteral("link:%1:%2:%3:%4:%5:%6")
                                                            .arg(a.contentHash)
                                                            .arg(l.spanA.start)
                                                            .arg(l.spanA.end)
                                                            .arg(b.contentHash)
                                                            .arg(l.spanB.start)
                                                            .arg(l.spanB.end))},
                        {QStringLiteral("type"), QStringLiteral("Annotation")},
                        {QStringLiteral("motivation"), QStringLiteral("linking")},
                        {QStringLiteral("body"), body},
                        {QStringLiteral("target"), specificResource(project, l.sourceA, l.spanA)},
                        {QStringLiteral("creator"), creator(l.author)},
                        {QStringLiteral("created"), dateTime(l.created)},
                        {QStringLiteral("modified"), dateTime(l.modified)}});
    }
    return out;
}

QByteArray WebAnnotation::collection(const Project &project)
{
    QJsonArray items = annotations(project);
    for (int i = 0; i < items.size(); ++i) {
        QJsonObject a = items.at(i).toObject();
        a.remove(QStringLiteral("@context")); // the collection's context covers them
        items[i] = a;
    }
    // The collection is named by the project's name and its sources' texts, not by where the
    // file happens to be, so the same project exports the same id on every machine.
    QStringList hashes;
    for (const Source &s : project.sources())
        hashes << s.contentHash;
    hashes.sort();
    const QJsonObject c{
        {QStringLiteral("@context"), kContext},
        {QStringLiteral("id"), stableId(QStringLiteral("collection:") + project.displayName() +
                                        u':' + hashes.join(u','))},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), project.displayName()},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                     {QStringLiteral("startIndex"), 0},
                     {QStringLiteral("items"), items}}}};
    return QJsonDocument(c).toJson(QJsonDocument::Indented);
}

namespace {
struct Anchor
{
    SourceId source = 0;
    Span span;
    QString problem;
};

QJsonArray asArray(const QJsonValue &v)
{
    return v.isArray() ? v.toArray()
                       : (v.isUndefined() || v.isNull() ? QJsonArray{} : QJsonArray{v});
}

Anchor anchor(const Project &project, const QJsonObject &target)
{
    Anchor a;
    const QJsonValue sourceValue = target.value(QStringLiteral("source"));
    const QString urn = sourceValue.isObject()
                            ? sourceValue.toObject().value(QStringLiteral("id")).toString()
                            : sourceValue.toString();
    const QString url = target.value(QStringLiteral("scope")).toString();
    QString exact, prefix, suffix;
    int start = -1, end = -1;
    for (const QJsonValue &sv : asArray(target.value(QStringLiteral("selector")))) {
        const QJsonObject s = sv.toObject();
        const QString type = s.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("TextQuoteSelector")) {
            exact = s.value(QStringLiteral("exact")).toString();
            prefix = s.value(QStringLiteral("prefix")).toString();
            suffix = s.value(QStringLiteral("suffix")).toString();
        } else if (type == QLatin1String("TextPositionSelector")) {
            start = s.value(QStringLiteral("start")).toInt(-1);
            end = s.value(QStringLiteral("end")).toInt(-1);
        }
    }
    // Candidate sources: by URN, else by URL, else every source (the quote decides).
    QVector<SourceId> candidates;
    for (const Source &s : project.sources()) {
        if (!urn.isEmpty() && WebAnnotation::sourceUrn(s) == urn)
            candidates << s.id;
    }
    if (candidates.isEmpty() && !url.isEmpty()) {
        for (const Source &s : project.sources()) {
            if (s.meta.url == url)
                candidates << s.id;
        }
    }
    if (candidates.isEmpty()) {
        for (const Source &s : project.sources())
            candidates << s.id;
    }
    int bestScore = -1;
    for (SourceId id : candidates) {
        const QString text = project.sourceText(id);
        const int hint = start >= 0 ? Text::utf16Offset(text, start) : -1;
        if (exact.isEmpty()) {
            // Position only: trusted when the source was found by URN.
            if (start >= 0 && end > start && !urn.isEmpty() &&
                WebAnnotation::sourceUrn(project.source(id)) == urn) {
                a.source = id;
                a.span = {hint, Text::utf16Offset(text, end)};
                return a;
            }
            continue;
        }
        for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int score = 0;
            if (!prefix.isEmpty() && text.mid(0, at).endsWith(prefix))
                score += 2;
            if (!suffix.isEmpty() && QStringView(text).mid(at + exact.size()).startsWith(suffix))
                score += 2;
            if (hint >= 0 && std::abs(int(at) - hint) < 1)
                score += 1;
            // Closer to the hint wins among equals.
            score = score * 1000000 - (hint >= 0 ? std::min(999999, std::abs(int(at) - hint)) : 0);
            if (score > bestScore) {
                bestScore = score;
                a.source = id;
                a.span = {int(at), int(at + exact.size())};
            }
        }
    }
    if (!a.source)
        a.problem = exact.isEmpty()
                        ? QCoreApplication::translate("Crosscheck::Core::Formats",
                                                      "no quote, and no source with its URN")
                        : QCoreApplication::translate("Crosscheck::Core::Formats",
                                                      "the quote “%1” is in no source")
                              .arg(exact.left(60));
    return a;
}

QStringList bodies(const QJsonObject &annotation, const QString &purpose)
{
    QStringList out;
    for (const QJsonValue &b : asArray(annotation.value(QStringLiteral("body")))) {
        const QJsonObject o = b.toObject();
        if (o.value(QStringLiteral("purpose")).toString() == purpose &&
            o.contains(QStringLiteral("value")))
            out << o.value(QStringLiteral("value")).toString();
    }
    return out;
}

/// The annotations of \a json: an array, a collection (its pages' items), one annotation, or
/// JSON lines. False with \a error when it is none of these.
bool readItems(const QByteArray &json, QJsonArray *out, QString *error)
{
    QJsonArray &items = *out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (doc.isArray()) {
            items = doc.array();
        } else {
            const QJsonObject o = doc.object();
            const QString type = o.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("AnnotationCollection")) {
                for (QJsonValue page = o.value(QStringLiteral("first")); page.isObject();
                     page = page.toObject().value(QStringLiteral("next"))) {
                    for (const QJsonValue &v :
                         page.toObject().value(QStringLiteral("items")).toArray())
                        items.append(v);
                }
            } else {
                items.append(o);
            }
        }
    } else {
        int lineNo = 0;
        for (const QByteArray &line : json.split('\n')) {
            ++lineNo;
            if (line.trimmed().isEmpty())
                continue;
            const QJsonDocument one = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError || !one.isObject()) {
                if (error)
                    *error = QCoreApplication::translate("Crosscheck::Core::Formats",
                                                         "line %1: not a JSON annotation (%2)")
                                 .arg(lineNo)
                                 .arg(parseError.errorString());
                return false;
            }
            items.append(one.object());
        }
    }

    return true;
}

/// Turns annotations into rows: new entities numbered -1, -2, … (the project gives them ids).
struct Importer
{
    Project &project;
    WebAnnotation::ImportReport &report;
    AnnotationDelta after = {};
    QHash<QString, qint64> entityByName = {};
    QString now = Project::timestamp();

    void tag(const QString &id, const QJsonObject &a, const Anchor &target, const QString &author);
    void link(const QString &id, const QJsonObject &a, const Anchor &target, const QString &author);
};

void Importer::tag(const QString &id, const QJsonObject &a, const Anchor &target,
                   const QString &author)
{
    const QStringList names = bodies(a, QStringLiteral("identifying"));
    if (names.isEmpty()) {
        report.problems << id + QStringLiteral(": ") +
                               QCoreApplication::translate("Crosscheck::Core::Formats",
                                                           "no entity named in its body");
        return;
    }
    qint64 entity = entityByName.value(names.first());
    if (!entity) {
        Entity e;
        e.id = entity = -qint64(after.entities.size() + 1); // a new row
        e.name = names.first();
        const QStringList types = bodies(a, QStringLiteral("classifying"));
        e.type = 0;
        for (const EntityType &t : project.entityTypes()) {
            if (!types.isEmpty() && t.name == types.first())
                e.type = t.id;
        }
        if (!e.type)
            e.type = project.entityTypes().back().id;
        e.created = e.modified = now;
        after.entities.push_back(e);
        entityByName.insert(e.name, e.id);
    }
    const bool known =
        std::any_of(project.mentions().begin(), project.mentions().end(), [&](const Mention &m) {
            return m.source == target.source && m.span == target.span && m.entity == entity;
        });
    if (known)
        return; // already in the project: importing twice changes nothing
    Mention m;
    m.source = target.source;
    m.span = target.span;
    m.entity = entity;
    m.author = author;
    m.created = now;
    m.origin = QStringLiteral("import");
    after.mentions.push_back(m);
    ++report.mentions;
}

void Importer::link(const QString &id, const QJsonObject &a, const Anchor &target,
                    const QString &author)
{
    Anchor other;
    Link l;
    for (const QJsonValue &b : asArray(a.value(QStringLiteral("body")))) {
        const QJsonObject o = b.toObject();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("SpecificResource"))
            other = anchor(project, o);
    }
    if (!other.source) {
        report.problems << id + QStringLiteral(": ") +
                               (other.problem.isEmpty()
                                    ? QCoreApplication::translate("Crosscheck::Core::Formats",
                                                                  "no linked passage in its body")
                                    : other.problem);
        return;
    }
    l.sourceA = target.source;
    l.spanA = target.span;
    l.sourceB = other.source;
    l.spanB = other.span;
    const QStringList relation = bodies(a, QStringLiteral("classifying"));
    l.relation = Link::relationFromName(relation.value(0));
    for (const QString &tag : bodies(a, QStringLiteral("tagging"))) {
        if (tag.startsWith(QLatin1String("crosscheck:type=")))
            l.type = tag.mid(16);
        else if (tag.startsWith(QLatin1String("crosscheck:status=")))
            l.status = Link::statusFromName(tag.mid(18));
        else if (tag.startsWith(QLatin1String("crosscheck:severity=")))
            l.severity = std::max(1, Link::severityFromName(tag.mid(20)));
    }
    l.note = bodies(a, QStringLiteral("commenting")).join(u'\n');
    l.author = author;
    l.created = l.modified = now;
    const bool known =
        std::any_of(project.links().begin(), project.links().end(), [&](const Link &x) {
            return x.sourceA == l.sourceA && x.spanA == l.spanA && x.sourceB == l.sourceB &&
                   x.spanB == l.spanB;
        });
    if (known)
        return;
    after.links.push_back(l);
    ++report.links;
}
} // namespace

WebAnnotation::ImportReport WebAnnotation::import(Project &project, const QByteArray &json,
                                                  QString *error)
{
    ImportReport report;
    QJsonArray items;
    if (!readItems(json, &items, error))
        return report;
    Importer importer{project, report};
    for (const Entity &e : project.entities())
        importer.entityByName.insert(e.name, e.id);
    int index = 0;
    for (const QJsonValue &v : std::as_const(items)) {
        ++index;
        const QJsonObject a = v.toObject();
        const QString id = a.value(QStringLiteral("id")).toString(QStringLiteral("#%1").arg(index));
        const QString motivation = a.value(QStringLiteral("motivation")).toString();
        const Anchor target = anchor(project, a.value(QStringLiteral("target")).toObject());
        if (!target.source) {
            report.problems << id + QStringLiteral(": ") + target.problem;
            continue;
        }
        const QString author = a.value(QStringLiteral("creator"))
                                   .toObject()
                                   .value(QStringLiteral("name"))
                                   .toString(project.author());
        if (motivation == QLatin1String("identifying") || motivation == QLatin1String("tagging"))
            importer.tag(id, a, target, author);
        else if (motivation == QLatin1String("linking"))
            importer.link(id, a, target, author);
        else
            report.problems << id + QStringLiteral(": ") +
                                   QCoreApplication::translate("Crosscheck::Core::Formats",
                                                               "motivation “%1” is not one "
                                                               "Crosscheck records")
                                       .arg(motivation);
    }
    const AnnotationDelta &after = importer.after;
    if (!after.isEmpty() &&
        !project.importAnnotations(after,
                                   QCoreApplication::translate("Crosscheck::Core::Formats",
                                                               "Import %n annotation(s)", nullptr,
                                                               report.mentions + report.links),
                                   error)) {
        report.mentions = report.links = 0;
    }
    return report;
}

} // namespace Crosscheck::Core::Formats
