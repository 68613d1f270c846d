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

QVector<QPair<QString, QByteArray>> Brat::files(const Project &project, bool withTexts)
{
    QVector<QPair<QString, QByteArray>> out;
    // Document names: the file name without extension, made unique.
    QHash<SourceId, QString> docs;
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

    struct Doc
    {
        QStringList lines;
        int t = 0, n = 0, r = 0, notes = 0;
        QHash<QPair<int, int>, QString> passageIds; // span -> T id of a "Passage"
        QHash<QPair<int, int>, QString> mentionIds; // span -> T id of a mention
    };
    QHash<SourceId, Doc> ann;
    const auto passage = [&](SourceId source, Span span) {
        Doc &d = ann[source];
        const QPair<int, int> key(span.start, span.end);
        if (const auto it = d.passageIds.constFind(key); it != d.passageIds.cend())
            return *it;
        const QString text = project.sourceText(source);
        const auto [frags, covered] = fragments(text, span);
        const QString id = QStringLiteral("T%1").arg(++d.t);
        d.lines << QStringLiteral("%1\tPassage %2\t%3").arg(id, frags, flat(covered));
        d.passageIds.insert(key, id);
        return id;
    };
    const auto note = [](Doc &d, const QString &target, const QString &text) {
        if (!text.trimmed().isEmpty())
            d.lines << QStringLiteral("#%1\tAnnotatorNotes %2\t%3")
                           .arg(++d.notes)
                           .arg(target, flat(text));
    };

    for (const Mention &m : project.mentions()) {
        const Entity *e = project.entity(m.entity);
        const EntityType *t = e ? project.entityType(e->type) : nullptr;
        if (!e)
            continue;
        Doc &d = ann[m.source];
        const QString text = project.sourceText(m.source);
        const auto [frags, covered] = fragments(text, m.span);
        const QString id = QStringLiteral("T%1").arg(++d.t);
        d.lines << QStringLiteral("%1\t%2 %3\t%4")
                       .arg(id, typeName(t ? t->name : QStringLiteral("Other")), frags,
                            flat(covered));
        d.lines << QStringLiteral("N%1\tReference %2 crosscheck:E%3\t%4")
                       .arg(++d.n)
                       .arg(id)
                       .arg(e->id)
                       .arg(flat(e->name));
        d.mentionIds.insert({m.span.start, m.span.end}, id);
    }
    // Notes on spans go on the mention of that span, else on a passage made for them.
    for (const Note &n : project.notes()) {
        if (n.target != Note::Target::Span || project.rowOf(n.source) < 0)
            continue;
        const QString mention = ann[n.source].mentionIds.value({n.span.start, n.span.end});
        const QString target = mention.isEmpty() ? passage(n.source, n.span) : mention;
        note(ann[n.source], target, n.text);
    }
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
        } else {
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
    }
    // brat has no note on a whole document or on an entity of the registry: those go to
    // notes.tsv.
    QStringList sourceNotes{QStringLiteral("on\tnote")};
    for (const Note &n : project.notes()) {
        if (n.target == Note::Target::Source)
            sourceNotes << Csv::tsvCell(QStringLiteral("document:") + docs.value(n.source)) +
                               u'\t' + Csv::tsvCell(n.text);
        else if (n.target == Note::Target::Entity)
            sourceNotes << QStringLiteral("crosscheck:E%1").arg(n.entity) + u'\t' +
                               Csv::tsvCell(n.text);
    }

    for (const Source &s : project.sources()) {
        const QString name = docs.value(s.id);
        if (withTexts)
            out.append({name + QStringLiteral(".txt"), project.sourceText(s.id).toUtf8()});
        out.append({name + QStringLiteral(".ann"),
                    (ann.value(s.id).lines.join(u'\n') +
                     (ann.value(s.id).lines.isEmpty() ? QString() : QStringLiteral("\n")))
                        .toUtf8()});
    }
    // The types, nested as in the project (brat nests by tab indentation).
    QStringList entities;
    std::function<void(qint64, int)> addTypes = [&](qint64 parent, int depth) {
        for (const EntityType &t : project.entityTypes()) {
            if (t.parent == parent) {
                entities << QString(depth, u'\t') + typeName(t.name);
                addTypes(t.id, depth + 1);
            }
        }
    };
    addTypes(0, 0);
    entities << QStringLiteral("Passage");
    const QString conf =
        QStringLiteral("# Crosscheck export: entity types, passages of links, and the links.\n"
                       "[entities]\n%1\n\n[relations]\nContradicts\tArg1:Passage, Arg2:Passage\n"
                       "Corroborates\tArg1:Passage, Arg2:Passage\n\n[events]\n\n[attributes]\n")
            .arg(entities.join(u'\n'));
    out.append({QStringLiteral("annotation.conf"), conf.toUtf8()});
    out.append({QStringLiteral("cross-source-links.tsv"), (cross.join(u'\n') + u'\n').toUtf8()});
    out.append({QStringLiteral("notes.tsv"), (sourceNotes.join(u'\n') + u'\n').toUtf8()});
    return out;
}

} // namespace Crosscheck::Core::Formats
