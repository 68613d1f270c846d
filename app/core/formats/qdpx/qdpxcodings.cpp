// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpximport.h"

#include <algorithm>

namespace Crosscheck::Core::Formats::QdpxXml {

qint64 Importer::typeFor(const Node *code)
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

qint64 Importer::entityFor(const Node *code)
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

const Node *Importer::noteText(const Node *ref) const
{
    return notes.value(ref->attr("targetGUID").toUpper());
}

void Importer::addNote(const Node *note, Note::Target target, SourceId source, Span span,
                       qint64 entity, qint64 link)
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

bool Importer::isLinkCode(const Node *code)
{
    const Node *top = code;
    while (top->parent && top->parent->name == QLatin1String("Code"))
        top = top->parent;
    const QString name = top->attr("name");
    return top->attr("isCodable") == QLatin1String("false") &&
           (name == QLatin1String("Contradicts") || name == QLatin1String("Corroborates"));
}

void Importer::mapSource(const TextSourceRef &ts)
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

void Importer::mapSelection(const TextSourceRef &ts, SourceId sid, const QString &label,
                            const Node *sel)
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

void Importer::mapCodes()
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

void Importer::mapLinks()
{
    if (const Node *ls = root->child("Links")) {
        for (const Node *ln : ls->all("Link")) {
            const QString name = ln->attr("name");
            const auto a = selections.constFind(ln->attr("originGUID").toUpper());
            const auto b = selections.constFind(ln->attr("targetGUID").toUpper());
            if (a == selections.cend() || b == selections.cend()) {
                r.notMapped << Qdpx::tr("link “%1”: it does not join two text selections that were "
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

void Importer::reportUnusedNotes()
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

} // namespace Crosscheck::Core::Formats::QdpxXml
