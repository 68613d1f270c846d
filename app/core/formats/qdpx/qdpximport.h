// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qdpx.h"
#include "qdpxreader.h"

#include "importers/documentimporter.h"
#include "project/project.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace Crosscheck::Core::Formats::QdpxXml {

/// Maps one REFI-QDA project onto an empty Crosscheck project: the steps of Qdpx::import, each
/// a member: sources (qdpximporter.cpp), then codes, selections, links and notes
/// (qdpxcodings.cpp). Private to those two files.
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
    void readIndexes();

    QString userName(const Node *n, const char *attr) const;

    static QString when(const Node *n);

    void collectCodes(const Node *n);

    void addTextSource(const Node *s, const QString &label);

    /// Every source of the project: text sources and PDF text representations are read, the
    /// rest (and cases, sets, graphs) go into the report.
    void readSources();

    /// Adds the sources (one undo step) and finds each one's id by its text.
    void addSources();

    qint64 typeFor(const Node *code);

    qint64 entityFor(const Node *code);

    const Node *noteText(const Node *ref) const;

    void addNote(const Node *note, Note::Target target, SourceId source, Span span, qint64 entity,
                 qint64 link);

    static bool isLinkCode(const Node *code);

    /// The codings and notes of one text source.
    void mapSource(const TextSourceRef &ts);

    /// One text selection: its codings become mentions, its description and notes notes.
    void mapSelection(const TextSourceRef &ts, SourceId sid, const QString &label, const Node *sel);

    /// Codes that code nothing imported: types and registry entities all the same, with
    /// their notes.
    void mapCodes();

    /// Links between two text selections.
    void mapLinks();

    void reportUnusedNotes();

    void run();
};

} // namespace Crosscheck::Core::Formats::QdpxXml
