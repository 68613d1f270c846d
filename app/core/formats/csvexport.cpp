// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexport.h"

#include "project/project.h"
#include "text/codepoints.h"

#include <QStringList>

namespace Crosscheck::Core::Formats {

namespace {

QByteArray document(const QList<QStringList> &rows, bool bom)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &c : row)
            cells << Csv::cell(c);
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + out.toUtf8();
}
} // namespace

QString Csv::neutralised(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v.at(0) == u'=' || v.at(0) == u'+' || v.at(0) == u'-' || v.at(0) == u'@' ||
                         v.at(0) == u'\t' || v.at(0) == u'\r'))
        v.prepend(u'\'');
    return v;
}

QString Csv::tsvCell(const QString &value)
{
    QString v = value;
    v.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return neutralised(v);
}

QString Csv::cell(const QString &value)
{
    QString v = neutralised(value);
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
        v != value)
        v = u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return v;
}

QByteArray Csv::mentions(const Project &project, bool bom)
{
    QList<QStringList> rows{
        {QStringLiteral("source"), QStringLiteral("source_title"), QStringLiteral("start"),
         QStringLiteral("end"), QStringLiteral("text"), QStringLiteral("entity"),
         QStringLiteral("type"), QStringLiteral("aliases"), QStringLiteral("author"),
         QStringLiteral("created"), QStringLiteral("origin"), QStringLiteral("confidence")}};
    for (const Mention &m : project.mentions()) {
        const Source s = project.source(m.source);
        const QString text = project.sourceText(m.source);
        const Entity *e = project.entity(m.entity);
        const EntityType *t = e ? project.entityType(e->type) : nullptr;
        rows << QStringList{s.fileName.isEmpty() ? s.meta.title : s.fileName,
                            s.meta.title,
                            QString::number(Text::codePointOffset(text, m.span.start)),
                            QString::number(Text::codePointOffset(text, m.span.end)),
                            text.mid(m.span.start, m.span.length()),
                            e ? e->name : QString(),
                            t ? t->name : QString(),
                            e ? e->aliases.join(QStringLiteral("; ")) : QString(),
                            m.author,
                            m.created,
                            m.origin,
                            QString::number(m.confidence)};
    }
    return document(rows, bom);
}

QByteArray Csv::links(const Project &project, bool bom)
{
    QList<QStringList> rows{
        {QStringLiteral("relation"), QStringLiteral("type"), QStringLiteral("severity"),
         QStringLiteral("status"), QStringLiteral("source_a"), QStringLiteral("start_a"),
         QStringLiteral("end_a"), QStringLiteral("quote_a"), QStringLiteral("source_b"),
         QStringLiteral("start_b"), QStringLiteral("end_b"), QStringLiteral("quote_b"),
         QStringLiteral("note"), QStringLiteral("author"), QStringLiteral("created"),
         QStringLiteral("modified")}};
    for (const Link &l : project.links()) {
        const Source a = project.source(l.sourceA), b = project.source(l.sourceB);
        const QString ta = project.sourceText(l.sourceA), tb = project.sourceText(l.sourceB);
        rows << QStringList{Link::relationName(l.relation),
                            l.type,
                            QString::number(l.severity),
                            Link::statusName(l.status),
                            a.fileName.isEmpty() ? a.meta.title : a.fileName,
                            QString::number(Text::codePointOffset(ta, l.spanA.start)),
                            QString::number(Text::codePointOffset(ta, l.spanA.end)),
                            ta.mid(l.spanA.start, l.spanA.length()),
                            b.fileName.isEmpty() ? b.meta.title : b.fileName,
                            QString::number(Text::codePointOffset(tb, l.spanB.start)),
                            QString::number(Text::codePointOffset(tb, l.spanB.end)),
                            tb.mid(l.spanB.start, l.spanB.length()),
                            l.note,
                            l.author,
                            l.created,
                            l.modified};
    }
    return document(rows, bom);
}

} // namespace Crosscheck::Core::Formats
