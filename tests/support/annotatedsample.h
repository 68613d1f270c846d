// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fixtures shared by the tests (tests/support). A sample project with every kind of annotation, for
// the export tests: two entities (one tagged everywhere), a contradiction and a corroboration, and
// notes on a source, a span, an entity and a link. Its author is fixed, so exports do not depend on
// who runs the tests.
#pragma once

#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>

#include <QString>

#include <memory>

namespace TestData {

inline Crosscheck::Core::Span spanOf(const Crosscheck::Core::Project &p,
                                     Crosscheck::Core::SourceId id, const QString &word,
                                     int nth = 0)
{
    const QString text = p.sourceText(id);
    qsizetype at = -1;
    for (int i = 0; i <= nth; ++i)
        at = text.indexOf(word, at + 1);
    Q_ASSERT(at >= 0);
    return {int(at), int(at + word.size())};
}

/// An in-memory project of one source whose text puts emoji (surrogate pairs), a ZWJ sequence
/// and a combining mark before "Kari Nesse", tagged as a Person: offsets in UTF-16 and in code
/// points differ there.
inline std::unique_ptr<Crosscheck::Core::Project> emojiProject()
{
    using namespace Crosscheck::Core;
    auto p = Project::createInMemory();
    ImportedDocument d;
    d.text = QStringLiteral("🚢🚢 Cafe\u0301 owner 👩‍🚒 Kari Nesse spoke.");
    d.meta.title = QStringLiteral("Emoji");
    d.format = QStringLiteral("txt");
    Importers::finish(d);
    p->addDocuments({d});
    const SourceId id = p->sourceAt(0).id;
    p->tagNewEntity(id, spanOf(*p, id, QStringLiteral("Kari Nesse")), QStringLiteral("Kari Nesse"),
                    1);
    return p;
}

inline std::unique_ptr<Crosscheck::Core::Project> annotatedSample(const QString &path)
{
    using namespace Crosscheck::Core;
    Storage::OpenStatus status;
    auto p = SampleProject::create(path, &status);
    if (!p)
        return p;
    p->setAuthor(QStringLiteral("analyst"));
    const SourceId wire = p->sourceAt(0).id, courier = p->sourceAt(1).id;
    const qint64 solberg = p->tagNewEntity(wire, spanOf(*p, wire, QStringLiteral("Ingrid Solberg")),
                                           QStringLiteral("Ingrid Solberg"), 1);
    p->tagAllOccurrences(solberg);
    const qint64 baltic =
        p->tagNewEntity(wire, spanOf(*p, wire, QStringLiteral("Baltic Meridian Shipping")),
                        QStringLiteral("Baltic Meridian Shipping"), 2);
    Link l;
    l.sourceA = wire;
    l.spanA = spanOf(*p, wire, QStringLiteral("within six months"));
    l.sourceB = courier;
    l.spanB = spanOf(*p, courier, QStringLiteral("within six weeks"));
    l.type = QStringLiteral("datetime");
    l.severity = 3;
    l.status = Link::Status::Confirmed;
    l.note = QStringLiteral("Which deadline did the board give?");
    p->addLink(l);
    Link c = l;
    c.relation = Link::Relation::Corroborates;
    c.spanA = spanOf(*p, wire, QStringLiteral("3,400 tonnes"));
    c.spanB = spanOf(*p, courier, QStringLiteral("3,400 tonnes"));
    c.note.clear();
    c.type = QStringLiteral("number");
    c.status = Link::Status::Open;
    c.severity = 1;
    p->addLink(c);
    Note n;
    n.target = Note::Target::Source;
    n.source = courier;
    n.text = QStringLiteral("Local paper; reporter on the quay.");
    p->setNote(n);
    n.target = Note::Target::Span;
    n.span = spanOf(*p, courier, QStringLiteral("Skarv"));
    n.text = QStringLiteral("The reef's name, as locals spell it.");
    p->setNote(n);
    n = Note();
    n.target = Note::Target::Entity;
    n.entity = baltic;
    n.text = QStringLiteral("Registered in Malta <per the registry>.");
    p->setNote(n);
    n = Note();
    n.target = Note::Target::Link;
    n.link = p->links().front().id;
    n.text = QStringLiteral("Ask the harbour authority.");
    p->setNote(n);
    return p;
}

} // namespace TestData
