// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcontext.h"
#include "theme.h"

#include <core/project/project.h>

#include <algorithm>

namespace Crosscheck::Ui {

QString ReviewContext::escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

namespace {
/// [from, to) of \a text as HTML, the mentions already tagged in it tinted in their type's
/// colour, so that the analyst sees what is tagged around the item.
QString withMentions(const Core::Project &project, Core::SourceId source, const QString &text,
                     int from, int to)
{
    const Theme &theme = ThemeManager::instance().theme();
    QString out;
    int at = from;
    std::vector<Core::Mention> mentions = project.mentionsIn(source);
    std::sort(mentions.begin(), mentions.end(), [](const Core::Mention &a, const Core::Mention &b) {
        return a.span.start < b.span.start;
    });
    for (const Core::Mention &m : mentions) {
        const int start = std::max(int(m.span.start), at), end = std::min(int(m.span.end), to);
        if (end <= start)
            continue;
        const Core::Entity *e = project.entity(m.entity);
        const Core::EntityType *t = e ? project.entityType(e->type) : nullptr;
        out += ReviewContext::escaped(text.mid(at, start - at));
        out +=
            QStringLiteral("<span style=\"background:%1\">%2</span>")
                .arg(theme.highlight(QColor(t ? t->color : QStringLiteral("#888888")), 0.35).name(),
                     ReviewContext::escaped(text.mid(start, end - start)));
        at = end;
    }
    return out + ReviewContext::escaped(text.mid(at, to - at));
}

} // namespace

QString ReviewContext::excerpt(const Core::Project &project, Core::SourceId source, Core::Span span)
{
    const QString text = project.sourceText(source);
    int from = std::max(0, int(span.start) - 160);
    int to = std::min(int(text.size()), int(span.end) + 160);
    // Whole words at both ends of the excerpt.
    while (from > 0 && from < span.start && !text.at(from - 1).isSpace())
        ++from;
    while (to < text.size() && to > span.end && !text.at(to).isSpace())
        --to;
    const Core::Source s = project.source(source);
    QString html =
        QStringLiteral("<p><b>%1</b>%2</p><p>")
            .arg(s.meta.title.toHtmlEscaped(),
                 s.meta.outlet.isEmpty() ? QString()
                                         : QStringLiteral(" — ") + s.meta.outlet.toHtmlEscaped());
    html += (from > 0 ? QStringLiteral("… ") : QString()) +
            withMentions(project, source, text, from, span.start);
    // The span: bold, underlined and tinted (not colour alone); a caret where it is empty.
    const Theme &theme = ThemeManager::instance().theme();
    html +=
        QStringLiteral("<span style=\"background:%1;font-weight:bold;text-decoration:"
                       "underline\">%2</span>")
            .arg(theme.highlight(QColor(0xf5, 0xc2, 0x11), 0.6).name(),
                 span.isValid() && span.length() > 0 ? escaped(text.mid(span.start, span.length()))
                                                     : QStringLiteral("‸"));
    html += withMentions(project, source, text, span.end, to) +
            (to < text.size() ? QStringLiteral(" …") : QString()) + QStringLiteral("</p>");
    return html;
}

QString ReviewContext::otherOccurrences(const Core::Project &project,
                                        const std::vector<Core::Annotation::ReviewItem> &items,
                                        int start, int end, int current)
{
    // The folded name's other occurrences, a line each: where it is, and a few words around.
    constexpr int kShown = 8;
    QString html =
        QStringLiteral("<hr><p>%1</p><ul>")
            .arg(tr("Also suggested %n more time(s):", nullptr, end - start - 1).toHtmlEscaped());
    int shown = 0;
    for (int i = start; i < end && shown < kShown; ++i) {
        if (i == current)
            continue;
        const Core::Annotation::EntitySuggestion &e = items[size_t(i)].entity;
        const QString text = project.sourceText(e.source);
        const int from = std::max(0, int(e.span.start) - 40);
        const int to = std::min(int(text.size()), int(e.span.end) + 40);
        // The words around on one line, with a space beside the name only where the text has one.
        const QString before = text.mid(from, e.span.start - from);
        const QString after = text.mid(e.span.end, to - e.span.end);
        const bool spaceBefore = !before.isEmpty() && before.back().isSpace();
        const bool spaceAfter = !after.isEmpty() && after.front().isSpace();
        html += QStringLiteral("<li><i>%1</i>: …%2<b>%3</b>%4…</li>")
                    .arg(project.source(e.source).meta.title.toHtmlEscaped(),
                         escaped(before.simplified() + (spaceBefore ? u" " : u"")),
                         escaped(text.mid(e.span.start, e.span.length())),
                         escaped((spaceAfter ? u" " : u"") + after.simplified()));
        ++shown;
    }
    html += QStringLiteral("</ul>");
    if (end - start - 1 > shown)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("… and %n more.", nullptr, end - start - 1 - shown).toHtmlEscaped());
    return html;
}

} // namespace Crosscheck::Ui
