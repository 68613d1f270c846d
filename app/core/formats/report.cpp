// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Report: the HTML of the report, one section at a time.
#include "report.h"
#include "reportsources.h"

#include "analysis/familyalignment.h"
#include "models/familymodels.h"
#include "project/overlapindex.h"
#include "project/project.h"
#include "text/tokenizer.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <map>

namespace Crosscheck::Core::Formats {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(qRound(share * 100));
}

/// An http(s) URL as a link (escaped), anything else as plain text: no javascript: or file:.
QString urlCell(const QString &url)
{
    const QUrl u(url);
    if (u.isValid() &&
        (u.scheme() == QLatin1String("https") || u.scheme() == QLatin1String("http")))
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(u.toString()), esc(url));
    return esc(url);
}

/// Runs of white space (line breaks included) as one space, ends kept.
QString collapsed(const QString &s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(s).replace(space, QStringLiteral(" "));
}

/// The quote with some context either side, the quote itself in bold.
QString quoteInContext(const QString &text, Span span)
{
    constexpr int context = 60, maxQuote = 600;
    const int from = std::max(0, int(span.start) - context);
    QString before = text.mid(from, span.start - from);
    QString quote = text.mid(span.start, span.length());
    QString after = text.mid(span.end, context);
    if (quote.size() > maxQuote)
        quote = quote.left(maxQuote) + QChar(0x2026);
    if (from > 0)
        before = QChar(0x2026) + before;
    if (span.end + context < text.size())
        after += QChar(0x2026);
    return esc(collapsed(before)) + QStringLiteral("<b>") + esc(collapsed(quote)) +
           QStringLiteral("</b>") + esc(collapsed(after));
}

const char *kStyle = R"(
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; color: #1a1a1a; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 14pt; margin-top: 18pt; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin-top: 10pt; }
table { border-collapse: collapse; margin-bottom: 8pt; }
th { background: #e8e8e8; text-align: left; }
th, td { border: 1px solid #bbb; padding: 3px 5px; vertical-align: top; }
td.num { text-align: right; }
p.meta { color: #444; }
td.quote { width: 50%; }
span.contradicts { color: #a23c00; font-weight: bold; }
span.corroborates { color: #00694d; font-weight: bold; }
)";

} // namespace

namespace {
/// Writes the report's HTML one section at a time.
struct Writer
{
    const Project &project;
    const Report::Options &options;
    Report::Document &doc;
    std::shared_ptr<const OverlapIndex> index;
    QHash<SourceId, int> number; ///< source id -> number (row + 1)
    QString h;

    static QHash<SourceId, int> numbers(const Project &project)
    {
        QHash<SourceId, int> out;
        for (int i = 0; i < project.sourceCount(); ++i)
            out.insert(project.sourceAt(i).id, i + 1);
        return out;
    }

    QString sourceLabel(SourceId id) const
    {
        return ReportSources::label(project.source(id), number.value(id));
    }

    void heading(const QString &level, const QString &text)
    {
        h += QStringLiteral("<%1>%2</%1>\n").arg(level, esc(text));
    }

    void paragraph(const QString &text)
    {
        h += QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>\n");
    }

    /// At most the width of an A4 page's text (in 96-dpi pixels); the picture has twice the
    /// pixels for print.
    void picture(const QString &name, const QImage &image, const QString &alt)
    {
        doc.pictures.emplace_back(name, image);
        QSizeF size = QSizeF(image.size()) / image.devicePixelRatio();
        if (size.width() > 680)
            size = size * (680 / size.width());
        h += QStringLiteral("<p><img src=\"%1%2\" width=\"%3\" height=\"%4\" alt=\"%5\"></p>")
                 .arg(ReportSources::kScheme, name)
                 .arg(qRound(size.width()))
                 .arg(qRound(size.height()))
                 .arg(esc(alt));
    }

    void header();
    void sources();
    void sourceRow(int row);
    void matrix();
    void families();
    void familyRow(int family, Text::Tokenizer &tokenizer);
    void links(Link::Relation relation);
    void link(const Link &l, int n);
    void entities();
    void entityRow(const Entity &e, const std::map<int, int> &counts, int total, bool columns);
};

void Writer::header()
{
    const QString title = Report::tr("Crosscheck report: %1").arg(project.displayName());
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                        "'none'; img-src data:; style-src 'unsafe-inline'\">\n<title>") +
         esc(title) + QStringLiteral("</title>\n<style>") + QString::fromLatin1(kStyle) +
         QStringLiteral("</style></head>\n<body>\n");
    heading(QStringLiteral("h1"), title);
    int contradictions = 0;
    int corroborations = 0;
    for (const Link &l : project.links())
        ++(l.relation == Link::Relation::Contradicts ? contradictions : corroborations);
    const QString generated =
        options.generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const QStringList counts{
        Report::tr("%n source(s)", nullptr, project.sourceCount()),
        Report::tr("%n shared passage(s)", nullptr, int(index->passages().size())),
        Report::tr("%n passage famil(ies)", nullptr, int(index->families().size())),
        Report::tr("%n contradiction(s)", nullptr, contradictions),
        Report::tr("%n corroboration(s)", nullptr, corroborations),
        Report::tr("%n entit(ies)", nullptr, int(project.entities().size())),
        Report::tr("%n mention(s)", nullptr, int(project.mentions().size()))};
    h += QStringLiteral("<p class=\"meta\">") +
         esc(Report::tr("Generated %1 by %2.").arg(generated, project.author())) +
         QStringLiteral("<br>") + esc(counts.join(QStringLiteral(" · "))) +
         QStringLiteral("</p>\n");
    if (!project.isAnalysisCurrent())
        h += QStringLiteral("<p><b>") +
             esc(Report::tr("The overlaps are not current: some sources were added after the "
                            "last analysis.")) +
             QStringLiteral("</b></p>\n");
}

void Writer::sources()
{
    heading(QStringLiteral("h2"), Report::tr("Sources"));
    const QImage timeline = Report::timeline(project);
    if (!timeline.isNull()) {
        heading(QStringLiteral("h3"), Report::tr("Timeline of publication"));
        picture(QStringLiteral("timeline.png"), timeline,
                Report::tr("The sources on a time axis by publication date"));
    }
    h += QStringLiteral("<table width=\"100%\"><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th>"
                        "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>\n")
             .arg(esc(Report::tr("Title and URL")), esc(Report::tr("Outlet")),
                  esc(Report::tr("Author")), esc(Report::tr("Published")), esc(Report::tr("Words")),
                  esc(Report::tr("Shared")), esc(Report::tr("Only here")));
    for (int i = 0; i < project.sourceCount(); ++i)
        sourceRow(i);
    h += QStringLiteral("</table>\n");
    for (const Note &n : project.notes()) {
        if (n.target == Note::Target::Source)
            h += QStringLiteral("<p><b>%1</b> %2</p>\n")
                     .arg(esc(Report::tr("Note on %1:").arg(sourceLabel(n.source))), esc(n.text));
    }
}

void Writer::sourceRow(int row)
{
    const Source &s = project.sourceAt(row);
    const QDateTime at = ReportSources::publishedAt(s);
    const QString published = s.meta.published.isEmpty() ? Report::tr("unknown")
                              : at.isValid() && s.meta.published.contains(u'T')
                                  ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                  : s.meta.published;
    const QString url = s.meta.url.isEmpty() ? QString()
                                             : QStringLiteral("<br><small>") + urlCell(s.meta.url) +
                                                   QStringLiteral("</small>");
    const int words = index->words(s.id);
    h += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td>"
                        "<td>%5</td><td class=\"num\">%6</td>"
                        "<td class=\"num\">%7</td><td class=\"num\">%8</td></tr>\n")
             .arg(row + 1)
             .arg(esc(s.meta.title) + url, esc(s.meta.outlet), esc(s.meta.author), esc(published))
             .arg(words)
             .arg(words ? percent(double(index->sharedWords(s.id)) / words) : QStringLiteral("–"),
                  percent(index->uniqueShare(s.id)));
}

void Writer::matrix()
{
    heading(QStringLiteral("h2"), Report::tr("Source overlap"));
    if (index->passages().empty())
        return paragraph(Report::tr("No shared passages were found."));
    paragraph(Report::tr("Each cell gives the share of the row source's words that are inside "
                         "passages shared with the column source; the last column gives the "
                         "share found in no other source."));
    if (project.sourceCount() > options.maxMatrixSources)
        paragraph(Report::tr("The %1 sources sharing the most words are shown, of %2.")
                      .arg(options.maxMatrixSources)
                      .arg(project.sourceCount()));
    picture(QStringLiteral("matrix.png"), Report::heatMap(*index, options.maxMatrixSources),
            Report::tr("Heat map of the words each source shares with each other source"));
}

void Writer::families()
{
    heading(QStringLiteral("h2"), Report::tr("Passage families"));
    if (index->families().empty())
        return paragraph(Report::tr("No passage is shared by three or more sources."));
    std::vector<int> order(index->families().size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return index->families()[size_t(a)].members.size() >
               index->families()[size_t(b)].members.size();
    });
    if (int(order.size()) > options.maxFamilies) {
        paragraph(Report::tr("The %1 largest families are shown, of %2.")
                      .arg(options.maxFamilies)
                      .arg(order.size()));
        order.resize(size_t(options.maxFamilies));
    }
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                        "<th>%5</th></tr>\n")
             .arg(esc(Report::tr("Family")), esc(Report::tr("Sources (published)")),
                  esc(Report::tr("Published first")),
                  esc(Report::tr("Contains most of the others")), esc(Report::tr("Likely origin")));
    Text::Tokenizer tokenizer;
    for (const int f : order)
        familyRow(f, tokenizer);
    h += QStringLiteral("</table>\n");
}

void Writer::familyRow(int f, Text::Tokenizer &tokenizer)
{
    const Analysis::Family &family = index->families()[size_t(f)];
    const auto alignment = Analysis::FamilyAlignment::compute(
        family, [&](int64_t id) { return project.sourceText(id); }, tokenizer, 600);
    QStringList members;
    for (const auto &m : family.members) {
        const Source s = project.source(m.doc);
        members << esc(sourceLabel(m.doc)) +
                       (s.meta.published.isEmpty()
                            ? QString()
                            : QStringLiteral(" (") + esc(s.meta.published.left(10)) + u')');
    }
    const SourceId earliest = FamilyListModel::earliestMember(*index, f);
    const SourceId container =
        alignment.pivot >= 0 ? alignment.rows[size_t(alignment.pivot)].doc : 0;
    const QString origin =
        earliest && earliest == container
            ? QStringLiteral("<b>") + esc(sourceLabel(earliest)) + QStringLiteral("</b>")
            : esc(Report::tr("uncertain: the earliest source does not contain the most"));
    const QString contains =
        container ? esc(sourceLabel(container)) +
                        QStringLiteral(" (%1)").arg(
                            percent(alignment.rows[size_t(alignment.pivot)].containment))
                  : QStringLiteral("–");
    h += QStringLiteral("<tr><td>F%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
             .arg(f + 1)
             .arg(members.join(QStringLiteral("<br>")),
                  earliest ? esc(sourceLabel(earliest)) : esc(Report::tr("dates do not tell")),
                  contains, origin);
}

void Writer::links(Link::Relation relation)
{
    const bool contra = relation == Link::Relation::Contradicts;
    heading(QStringLiteral("h2"),
            contra ? Report::tr("Contradictions") : Report::tr("Corroborations"));
    std::vector<const Link *> links;
    for (const Link &l : project.links()) {
        if (l.relation == relation)
            links.push_back(&l);
    }
    std::stable_sort(links.begin(), links.end(),
                     [](const Link *a, const Link *b) { return a->severity > b->severity; });
    if (links.empty())
        return paragraph(contra ? Report::tr("No contradiction was recorded.")
                                : Report::tr("No corroboration was recorded."));
    int n = 0;
    for (const Link *l : links)
        link(*l, ++n);
}

void Writer::link(const Link &l, int n)
{
    static const char *severities[] = {
        QT_TRANSLATE_NOOP("Crosscheck::Core::Formats::Report", "minor"),
        QT_TRANSLATE_NOOP("Crosscheck::Core::Formats::Report", "notable"),
        QT_TRANSLATE_NOOP("Crosscheck::Core::Formats::Report", "major")};
    const bool contra = l.relation == Link::Relation::Contradicts;
    const QString severity = Report::tr(severities[std::clamp(l.severity, 1, 3) - 1]);
    h += QStringLiteral("<h3><span class=\"%1\">%2</span> %3</h3>\n")
             .arg(Link::relationName(l.relation),
                  (contra ? QStringLiteral("C%1") : QStringLiteral("S%1")).arg(n),
                  esc(Report::tr("%1 · %2 · %3 · recorded by %4")
                          .arg(l.type, severity, Link::statusName(l.status), l.author)));
    h += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th></tr>"
                        "<tr><td class=\"quote\">%3</td><td class=\"quote\">%4</td></tr>"
                        "</table>\n")
             .arg(esc(sourceLabel(l.sourceA)), esc(sourceLabel(l.sourceB)),
                  quoteInContext(project.sourceText(l.sourceA), l.spanA),
                  quoteInContext(project.sourceText(l.sourceB), l.spanB));
    QStringList notes;
    if (!l.note.isEmpty())
        notes << l.note;
    if (const Note *note = project.noteOn(Note::Target::Link, 0, {}, 0, l.id))
        notes << note->text;
    for (const QString &text : std::as_const(notes))
        h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(Report::tr("Note:")), esc(text));
}

void Writer::entities()
{
    heading(QStringLiteral("h2"), Report::tr("Entity index"));
    if (project.entities().isEmpty())
        return paragraph(Report::tr("No entity was tagged."));
    std::vector<const Entity *> entities;
    QHash<qint64, std::map<int, int>> counts; // entity -> source number -> mentions
    QHash<qint64, int> totals;
    for (const Mention &m : project.mentions()) {
        ++counts[m.entity][number.value(m.source)];
        ++totals[m.entity];
    }
    for (const Entity &e : project.entities())
        entities.push_back(&e);
    std::sort(entities.begin(), entities.end(), [&](const Entity *a, const Entity *b) {
        const int ta = totals.value(a->id);
        const int tb = totals.value(b->id);
        return ta != tb ? ta > tb : a->name.localeAwareCompare(b->name) < 0;
    });
    const bool columns = project.sourceCount() <= 12;
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>")
             .arg(esc(Report::tr("Entity")), esc(Report::tr("Type")),
                  esc(Report::tr("Also written")), esc(Report::tr("Mentions")));
    if (columns) {
        for (int i = 1; i <= project.sourceCount(); ++i)
            h += QStringLiteral("<th>%1</th>").arg(i);
    } else {
        h += QStringLiteral("<th>%1</th>").arg(esc(Report::tr("By source (# mentions)")));
    }
    h += QStringLiteral("</tr>\n");
    for (const Entity *e : entities)
        entityRow(*e, counts[e->id], totals.value(e->id), columns);
    h += QStringLiteral("</table>\n");
}

void Writer::entityRow(const Entity &e, const std::map<int, int> &counts, int total, bool columns)
{
    const EntityType *type = project.entityType(e.type);
    h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td>")
             .arg(esc(e.name), esc(type ? type->name : QString()),
                  esc(e.aliases.join(QStringLiteral(", "))))
             .arg(total);
    if (columns) {
        for (int i = 1; i <= project.sourceCount(); ++i) {
            const auto it = counts.find(i);
            h += it == counts.end() ? QStringLiteral("<td></td>")
                                    : QStringLiteral("<td class=\"num\">%1</td>").arg(it->second);
        }
    } else {
        QStringList parts;
        for (const auto &[src, k] : counts)
            parts << QStringLiteral("%1 (%2)").arg(src).arg(k);
        h += QStringLiteral("<td>%1</td>").arg(parts.join(QStringLiteral(", ")));
    }
    h += QStringLiteral("</tr>\n");
}
} // namespace

Report::Document Report::build(const Project &project, const Options &options)
{
    Document doc;
    Writer writer{project, options, doc, OverlapIndex::build(project), Writer::numbers(project),
                  {}};
    const std::vector<std::function<void()>> sections = {
        [&] {
            writer.header();
            writer.sources();
        },
        [&] { writer.matrix(); },
        [&] { writer.families(); },
        [&] {
            writer.links(Link::Relation::Contradicts);
            writer.links(Link::Relation::Corroborates);
        },
        [&] { writer.entities(); },
    };
    // One step for the index, one per section, one for the whole.
    const int steps = int(sections.size()) + 2;
    const auto advance = [&](int step) {
        if (options.progress && !options.progress(step, steps)) {
            doc.cancelled = true;
            return false;
        }
        return true;
    };
    if (!advance(1))
        return doc;
    for (size_t i = 0; i < sections.size(); ++i) {
        sections[i]();
        if (!advance(int(i) + 2))
            return doc;
    }
    writer.h += QStringLiteral("</body></html>\n");
    doc.html = writer.h;
    advance(steps);
    return doc;
}

} // namespace Crosscheck::Core::Formats
