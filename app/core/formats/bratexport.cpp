// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bratexport.h"
#include "csvexport.h"
#include "exporter.h"

#include "project/project.h"
#include "text/codepoints.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <functional>

namespace Crosscheck::Core::Formats {

namespace {

/// One line of brat text: no tabs or line breaks inside.
QString flat(const QString &s)
{
    QString out = s;
    out.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return out;
}

/// "start end" fragments of \a span, split at line breaks, and the text they cover joined by
/// spaces (as brat shows it).
std::pair<QString, QString> fragments(const QString &text, Span span)
{
    QStringList frags, parts;
    int from = span.start;
    for (int i = span.start; i <= span.end; ++i) {
        if (i == span.end || text.at(i) == u'\n') {
            if (i > from) {
                frags << QStringLiteral("%1 %2")
                             .arg(Text::codePointOffset(text, from))
                             .arg(Text::codePointOffset(text, i));
                parts << text.mid(from, i - from);
            }
            from = i + 1;
        }
    }
    return {frags.join(u';'), parts.join(u' ')};
}
} // namespace

QString Brat::typeName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() || c == u'-' || c == u'_') ? c : u'-';
    return out.isEmpty() ? QStringLiteral("Other") : out;
}

bool Brat::write(const Project &project, const QString &dirPath, QString *error)
{
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error)
            *error = dirPath + QStringLiteral(": ") +
                     QCoreApplication::translate("Crosscheck::Core::Formats",
                                                 "cannot create the folder");
        return false;
    }
    for (const auto &[name, bytes] : files(project, true)) {
        if (!saveFile(dir.filePath(name), bytes, error))
            return false;
    }
    return true;
}

namespace {
/// One document's .ann lines and the counters of its ids.
struct Doc
{
    QStringList lines;
    int t = 0;
    int n = 0;
    int r = 0;
    int notes = 0;
    QHash<QPair<int, int>, QString> passageIds; // span -> T id of a "Passage"
    QHash<QPair<int, int>, QString> mentionIds; // span -> T id of a mention
};

struct BratWriter
{
    const Project &project;
    QHash<SourceId, QString> docs = {}; // unique document names
    QHash<SourceId, Doc> ann = {};

    /// Document names: the file name without extension, made unique.
    void nameDocuments()
    {
        QSet<QString> used;
        for (const Source &s : project.sources()) {
            QString base = QFileInfo(s.fileName).completeBaseName();
            if (base.isEmpty())
                base = QStringLiteral("source-%1").arg(s.id);
            for (QChar &c : base) {
                if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
                    c = u'_';
            }
            QString name = base;
            for (int n = 2; used.contains(name); ++n)
                name = QStringLiteral("%1-%2").arg(base).arg(n);
            used.insert(name);
            docs.insert(s.id, name);
        }
    }

    /// The T id of a "Passage" over \a span, made when there is none yet.
    QString passage(SourceId source, Span span)
    {
        Doc &d = ann[source];
        const QPair<int, int> key(span.start, span.end);
        if (const auto it = d.passageIds.constFind(key); it != d.passageIds.cend())
            return *it;
        const auto [frags, covered] = fragments(project.sourceText(source), span);
        const QString id = QStringLiteral("T%1").arg(++d.t);
        d.lines << QStringLiteral("%1\tPassage %2\t%3").arg(id, frags, flat(covered));
        d.passageIds.insert(key, id);
        return id;
    }

    static void note(Doc &d, const QString &target, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            d.lines << QStringLiteral("#%1\tAnnotatorNotes %2\t%3")
                           .arg(++d.notes)
                           .arg(target, flat(text));
    }

    void mentions()
    {
        for (const Mention &m : project.mentions()) {
            const Entity *e = project.entity(m.entity);
            if (!e)
                continue;
            const EntityType *t = project.entityType(e->type);
            Doc &d = ann[m.source];
            const auto [frags, covered] = fragments(project.sourceText(m.source), m.span);
            const QString id = QStringLiteral("T%1").arg(++d.t);
            d.lines << QStringLiteral("%1\t%2 %3\t%4")
                           .arg(id, Brat::typeName(t ? t->name : QStringLiteral("Other")), frags,
                                flat(covered));
            d.lines << QStringLiteral("N%1\tReference %2 crosscheck:E%3\t%4")
                           .arg(++d.n)
                           .arg(id)
                           .arg(e->id)
                           .arg(flat(e->name));
            d.mentionIds.insert({m.span.start, m.span.end}, id);
        }
    }

    /// Notes on spans go on the mention of that span, else on a passage made for them.
    void spanNotes()
    {
        for (const Note &n : project.notes()) {
            if (n.target != Note::Target::Span || project.rowOf(n.source) < 0)
                continue;
            const QString mention = ann[n.source].mentionIds.value({n.span.start, n.span.end});
            const QString target = mention.isEmpty() ? passage(n.source, n.span) : mention;
            note(ann[n.source], target, n.text);
        }
    }

    /// Links inside one document become relations; the others, rows of the returned TSV.
    QStringList links()
    {
        QStringList cross{QStringLiteral(
            "relation\ttype\tstatus\tseverity\tdocument_a\tid_a\tdocument_b\tid_b\tnote")};
        for (const Link &l : project.links()) {
            const QString a = passage(l.sourceA, l.spanA);
            const QString b = passage(l.sourceB, l.spanB);
            const QString relation = l.relation == Link::Relation::Corroborates
                                         ? QStringLiteral("Corroborates")
                                         : QStringLiteral("Contradicts");
            if (l.sourceA == l.sourceB) {
                Doc &d = ann[l.sourceA];
                const QString r = QStringLiteral("R%1").arg(++d.r);
                d.lines << QStringLiteral("%1\t%2 Arg1:%3 Arg2:%4").arg(r, relation, a, b);
                note(d, r,
                     QStringLiteral("%1; %2; severity %3%4")
                         .arg(l.type, Link::statusName(l.status))
                         .arg(l.severity)
                         .arg(l.note.isEmpty() ? QString() : QStringLiteral("; ") + l.note));
                continue;
            }
            QStringList cells{relation,
                              l.type,
                              Link::statusName(l.status),
                              QString::number(l.severity),
                              docs.value(l.sourceA),
                              a,
                              docs.value(l.sourceB),
                              b,
                              l.note};
            // Opened in a spreadsheet, no cell may run as a formula.
            for (QString &c : cells)
                c = Csv::tsvCell(c);
            cross << cells.join(u'\t');
        }
        return cross;
    }

    /// brat has no note on a whole document or on an entity of the registry: those go to
    /// notes.tsv.
    QStringList otherNotes() const
    {
        QStringList lines{QStringLiteral("on\tnote")};
        for (const Note &n : project.notes()) {
            if (n.target == Note::Target::Source)
                lines << Csv::tsvCell(QStringLiteral("document:") + docs.value(n.source)) + u'\t' +
                             Csv::tsvCell(n.text);
            else if (n.target == Note::Target::Entity)
                lines << QStringLiteral("crosscheck:E%1").arg(n.entity) + u'\t' +
                             Csv::tsvCell(n.text);
        }
        return lines;
    }

    /// annotation.conf: the types, nested as in the project (brat nests by tab indentation).
    QString conf() const
    {
        QStringList entities;
        std::function<void(qint64, int)> addTypes = [&](qint64 parent, int depth) {
            for (const EntityType &t : project.entityTypes()) {
                if (t.parent == parent) {
                    entities << QString(depth, u'\t') + Brat::typeName(t.name);
                    addTypes(t.id, depth + 1);
                }
            }
        };
        addTypes(0, 0);
        entities << QStringLiteral("Passage");
        return QStringLiteral(
                   "# Crosscheck export: entity types, passages of links, and the links.\n"
                   "[entities]\n%1\n\n[relations]\nContradicts\tArg1:Passage, Arg2:Passage\n"
                   "Corroborates\tArg1:Passage, Arg2:Passage\n\n[events]\n\n[attributes]\n")
            .arg(entities.join(u'\n'));
    }
};
} // namespace

QVector<QPair<QString, QByteArray>> Brat::files(const Project &project, bool withTexts)
{
    BratWriter w{project};
    w.nameDocuments();
    w.mentions();
    w.spanNotes();
    const QStringList cross = w.links();
    QVector<QPair<QString, QByteArray>> out;
    for (const Source &s : project.sources()) {
        const QString name = w.docs.value(s.id);
        if (withTexts)
            out.append({name + QStringLiteral(".txt"), project.sourceText(s.id).toUtf8()});
        const QStringList &lines = w.ann.value(s.id).lines;
        out.append(
            {name + QStringLiteral(".ann"),
             (lines.join(u'\n') + (lines.isEmpty() ? QString() : QStringLiteral("\n"))).toUtf8()});
    }
    out.append({QStringLiteral("annotation.conf"), w.conf().toUtf8()});
    out.append({QStringLiteral("cross-source-links.tsv"), (cross.join(u'\n') + u'\n').toUtf8()});
    out.append({QStringLiteral("notes.tsv"), (w.otherNotes().join(u'\n') + u'\n').toUtf8()});
    return out;
}

} // namespace Crosscheck::Core::Formats
