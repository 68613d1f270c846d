#include "report.h"

#include "analysis/familyalignment.h"
#include "models/familymodels.h"
#include "models/sourcepairmodel.h"
#include "project/overlapindex.h"
#include "project/project.h"
#include "text/tokenizer.h"
#include "util/colors.h"

#include <QBuffer>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <map>

namespace Crosscheck::Core::Formats {

namespace {

const QString kScheme = QStringLiteral("crosscheck-report:");

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

QDateTime publishedAt(const Source &s)
{
    const QString p = s.meta.published.trimmed();
    if (p.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(p, Qt::ISODate);
    if (!d.isValid())
        d = QDateTime(QDate::fromString(p.left(10), Qt::ISODate), QTime(0, 0), Qt::UTC);
    return d.isValid() ? d.toUTC() : QDateTime();
}

QString label(const Source &s, int number)
{
    return QStringLiteral("%1 %2").arg(number).arg(SourceMatrixModel::shortLabel(s));
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

QImage Report::heatMap(const OverlapIndex &index, int maxSources)
{
    // The most connected sources, in project order.
    std::vector<int> rows;
    for (int i = 0; i < index.sources().size(); ++i)
        rows.push_back(i);
    if (int(rows.size()) > maxSources) {
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            return index.sharedWords(index.sources().at(a).id) >
                   index.sharedWords(index.sources().at(b).id);
        });
        rows.resize(size_t(maxSources));
        std::sort(rows.begin(), rows.end());
    }
    const int n = int(rows.size());
    const qreal scale = 2;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    const QFontMetrics fm(font);
    int labelWidth = 0;
    for (int r : rows)
        labelWidth =
            std::max(labelWidth, fm.horizontalAdvance(label(index.sources().at(r), r + 1)));
    labelWidth = std::min(labelWidth, 260) + 12;
    const int cell = 30, header = 34, legend = 44;
    const QSize size(labelWidth + (n + 1) * cell + 8, header + n * cell + legend);
    QImage image(size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(font);
    // Column numbers, then "only here".
    for (int c = 0; c < n; ++c) {
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QRect(labelWidth + c * cell, 0, cell, header), Qt::AlignCenter,
                   QString::number(rows[size_t(c)] + 1));
    }
    p.drawText(QRect(labelWidth + n * cell, 0, cell + 8, header),
               Qt::AlignCenter | Qt::TextWordWrap, tr("only\nhere"));
    for (int r = 0; r < n; ++r) {
        const Source &row = index.sources().at(rows[size_t(r)]);
        const int y = header + r * cell;
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.drawText(QRect(0, y, labelWidth - 6, cell), Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(label(row, rows[size_t(r)] + 1), Qt::ElideRight, labelWidth - 6));
        for (int c = 0; c <= n; ++c) {
            const QRect rect(labelWidth + c * cell, y, cell - 1, cell - 1);
            if (c == r) {
                p.fillRect(rect, QColor(0xdd, 0xdd, 0xdd));
                continue;
            }
            const double share =
                c == n ? index.uniqueShare(row.id)
                       : index.shareOf(row.id, index.sources().at(rows[size_t(c)]).id);
            const QColor bg = c == n ? Colors::heatColor(share, true) : Colors::heatColor(share);
            p.fillRect(rect, bg);
            if (share >= 0.005) {
                p.setPen(Colors::textOn(bg));
                p.drawText(rect, Qt::AlignCenter, QString::number(qRound(share * 100)));
            }
        }
    }
    // Legend: the scale from 0 to 100 %.
    const int ly = header + n * cell + 10;
    p.setPen(QColor(0x33, 0x33, 0x33));
    const int lw = std::max(120, std::min(n * cell, 300));
    for (int x = 0; x < lw; ++x)
        p.fillRect(QRect(labelWidth + x, ly, 1, 14), Colors::heatColor(double(x) / (lw - 1)));
    p.drawText(QRect(labelWidth - 40, ly, 34, 14), Qt::AlignVCenter | Qt::AlignRight,
               QStringLiteral("0 %"));
    p.drawText(QRect(labelWidth + lw + 6, ly, 60, 14), Qt::AlignVCenter | Qt::AlignLeft,
               QStringLiteral("100 %"));
    p.drawText(QRect(labelWidth, ly + 14, std::max(lw, 260), 16), Qt::AlignLeft,
               tr("share of the row source's words"));
    return image;
}

QImage Report::timeline(const Project &project)
{
    struct Item
    {
        QDateTime at;
        int number;
        QString text;
    };
    std::vector<Item> items;
    for (int i = 0; i < project.sourceCount(); ++i) {
        const Source &s = project.sourceAt(i);
        const QDateTime d = publishedAt(s);
        if (d.isValid())
            items.push_back({d, i + 1, label(s, i + 1)});
    }
    if (items.empty())
        return {};
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.at < b.at; });
    const qreal scale = 2;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    const QFontMetrics fm(font);
    const int width = 680, left = 20, right = 20, axisY = 40, rowHeight = 18;
    qint64 t0 = items.front().at.toSecsSinceEpoch();
    qint64 t1 = items.back().at.toSecsSinceEpoch();
    const bool days = t1 - t0 > 2 * 86400;
    if (t1 == t0) {
        t0 -= 3600;
        t1 += 3600;
    }
    auto xOf = [&](const QDateTime &d) {
        return left + double(d.toSecsSinceEpoch() - t0) / double(t1 - t0) * (width - left - right);
    };
    // Labels go in lanes below the axis, each below the last one they would overlap.
    std::vector<int> laneEnd;
    std::vector<int> laneOf;
    for (const Item &it : items) {
        const int x = int(xOf(it.at));
        const int w = fm.horizontalAdvance(it.text) + 10;
        const int x0 = std::min(x, width - w);
        size_t lane = 0;
        while (lane < laneEnd.size() && laneEnd[lane] > x0)
            ++lane;
        if (lane == laneEnd.size())
            laneEnd.push_back(0);
        laneEnd[lane] = x0 + w;
        laneOf.push_back(int(lane));
    }
    const int height = axisY + 16 + int(laneEnd.size()) * rowHeight + 8;
    QImage image(QSize(width, height) * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QColor axis(0x55, 0x55, 0x55);
    p.setPen(QPen(axis, 1.5));
    p.drawLine(QPointF(left, axisY), QPointF(width - right, axisY));
    // Ticks: about six, at whole days or hours.
    const qint64 span = t1 - t0;
    const qint64 unit = days ? 86400 : 3600;
    const qint64 step = std::max<qint64>(1, qint64(std::ceil(double(span) / unit / 6))) * unit;
    for (qint64 t = (t0 / unit + 1) * unit; t <= t1; t += step) {
        const QDateTime d = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        const double x = xOf(d);
        p.setPen(QPen(axis, 1));
        p.drawLine(QPointF(x, axisY - 5), QPointF(x, axisY + 5));
        const QString text = days ? d.toString(QStringLiteral("yyyy-MM-dd"))
                                  : d.toString(QStringLiteral("MM-dd HH:mm"));
        const double tw = fm.horizontalAdvance(text) + 4;
        const double tx = std::clamp(x - tw / 2, 0.0, width - tw);
        p.drawText(QRectF(tx, axisY - 26, tw, 16), Qt::AlignCenter, text);
    }
    for (size_t i = 0; i < items.size(); ++i) {
        const double x = xOf(items[i].at);
        const int y = axisY + 16 + laneOf[i] * rowHeight;
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DotLine));
        p.drawLine(QPointF(x, axisY), QPointF(x, y + 6));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x00, 0x72, 0xb2));
        p.drawEllipse(QPointF(x, axisY), 4.5, 4.5);
        const int w = fm.horizontalAdvance(items[i].text) + 10;
        const int x0 = std::min(int(x), width - w);
        p.setPen(QColor(0x1a, 0x1a, 0x1a));
        p.drawText(QRect(x0 + 2, y, w, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, items[i].text);
    }
    return image;
}

Report::Document Report::build(const Project &project, const Options &options)
{
    Document doc;
    const int steps = 7;
    int step = 0;
    auto advance = [&] {
        ++step;
        if (options.progress && !options.progress(step, steps)) {
            doc.cancelled = true;
            return false;
        }
        return true;
    };
    const std::shared_ptr<const OverlapIndex> index = OverlapIndex::build(project);
    if (!advance())
        return doc;
    QHash<SourceId, int> number;
    for (int i = 0; i < project.sourceCount(); ++i)
        number.insert(project.sourceAt(i).id, i + 1);
    auto sourceLabel = [&](SourceId id) {
        const Source s = project.source(id);
        return label(s, number.value(id));
    };
    auto picture = [&](const QString &name, const QImage &image, const QString &alt) {
        doc.pictures.emplace_back(name, image);
        // At most the width of an A4 page's text (in 96-dpi pixels); the picture has twice the
        // pixels for print.
        QSizeF size = QSizeF(image.size()) / image.devicePixelRatio();
        if (size.width() > 680)
            size = size * (680 / size.width());
        return QStringLiteral("<p><img src=\"%1%2\" width=\"%3\" height=\"%4\" alt=\"%5\"></p>")
            .arg(kScheme, name)
            .arg(qRound(size.width()))
            .arg(qRound(size.height()))
            .arg(esc(alt));
    };

    QString h;
    const QString title = tr("Crosscheck report: %1").arg(project.displayName());
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                        "'none'; img-src data:; style-src 'unsafe-inline'\">\n<title>") +
         esc(title) + QStringLiteral("</title>\n<style>") + QString::fromLatin1(kStyle) +
         QStringLiteral("</style></head>\n<body>\n");
    h += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>\n");
    int contradictions = 0, corroborations = 0;
    for (const Link &l : project.links())
        ++(l.relation == Link::Relation::Contradicts ? contradictions : corroborations);
    h += QStringLiteral("<p class=\"meta\">") +
         esc(tr("Generated %1 by %2.")
                 .arg(options.generated.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                      project.author())) +
         QStringLiteral("<br>") +
         esc(QStringList{tr("%n source(s)", nullptr, project.sourceCount()),
                         tr("%n shared passage(s)", nullptr, int(index->passages().size())),
                         tr("%n passage famil(ies)", nullptr, int(index->families().size())),
                         tr("%n contradiction(s)", nullptr, contradictions),
                         tr("%n corroboration(s)", nullptr, corroborations),
                         tr("%n entit(ies)", nullptr, int(project.entities().size())),
                         tr("%n mention(s)", nullptr, int(project.mentions().size()))}
                 .join(QStringLiteral(" · "))) +
         QStringLiteral("</p>\n");
    if (!project.isAnalysisCurrent())
        h += QStringLiteral("<p><b>") +
             esc(tr("The overlaps are not current: some sources were added after the last "
                    "analysis.")) +
             QStringLiteral("</b></p>\n");

    // Sources and the timeline.
    h += QStringLiteral("<h2>") + esc(tr("Sources")) + QStringLiteral("</h2>\n");
    const QImage timeline = Report::timeline(project);
    if (!timeline.isNull()) {
        h +=
            QStringLiteral("<h3>") + esc(tr("Timeline of publication")) + QStringLiteral("</h3>\n");
        h += picture(QStringLiteral("timeline.png"), timeline,
                     tr("The sources on a time axis by publication date"));
    }
    h += QStringLiteral("<table width=\"100%\"><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th>"
                        "<th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>\n")
             .arg(esc(tr("Title and URL")), esc(tr("Outlet")), esc(tr("Author")),
                  esc(tr("Published")), esc(tr("Words")), esc(tr("Shared")), esc(tr("Only here")));
    for (int i = 0; i < project.sourceCount(); ++i) {
        const Source &s = project.sourceAt(i);
        const QDateTime at = publishedAt(s);
        const QString published = s.meta.published.isEmpty() ? tr("unknown")
                                  : at.isValid() && s.meta.published.contains(u'T')
                                      ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                      : s.meta.published;
        h += QStringLiteral("<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td>"
                            "<td>%5</td><td class=\"num\">%6</td>"
                            "<td class=\"num\">%7</td><td class=\"num\">%8</td></tr>\n")
                 .arg(i + 1)
                 .arg(esc(s.meta.title) + (s.meta.url.isEmpty() ? QString()
                                                                : QStringLiteral("<br><small>") +
                                                                      urlCell(s.meta.url) +
                                                                      QStringLiteral("</small>")),
                      esc(s.meta.outlet), esc(s.meta.author), esc(published))
                 .arg(index->words(s.id))
                 .arg(index->words(s.id)
                          ? percent(double(index->sharedWords(s.id)) / index->words(s.id))
                          : QStringLiteral("–"),
                      percent(index->uniqueShare(s.id)));
    }
    h += QStringLiteral("</table>\n");
    for (const Note &n : project.notes()) {
        if (n.target == Note::Target::Source)
            h += QStringLiteral("<p><b>%1</b> %2</p>\n")
                     .arg(esc(tr("Note on %1:").arg(sourceLabel(n.source))), esc(n.text));
    }
    if (!advance())
        return doc;

    // The matrix.
    h += QStringLiteral("<h2>") + esc(tr("Source overlap")) + QStringLiteral("</h2>\n");
    if (index->passages().empty()) {
        h += QStringLiteral("<p>") + esc(tr("No shared passages were found.")) +
             QStringLiteral("</p>\n");
    } else {
        h += QStringLiteral("<p>") +
             esc(tr("Each cell gives the share of the row source's words that are inside "
                    "passages shared with the column source; the last column gives the share "
                    "found in no other source.")) +
             QStringLiteral("</p>\n");
        if (project.sourceCount() > options.maxMatrixSources)
            h += QStringLiteral("<p>") +
                 esc(tr("The %1 sources sharing the most words are shown, of %2.")
                         .arg(options.maxMatrixSources)
                         .arg(project.sourceCount())) +
                 QStringLiteral("</p>\n");
        h += picture(QStringLiteral("matrix.png"), heatMap(*index, options.maxMatrixSources),
                     tr("Heat map of the words each source shares with each other source"));
    }
    if (!advance())
        return doc;

    // Families.
    h += QStringLiteral("<h2>") + esc(tr("Passage families")) + QStringLiteral("</h2>\n");
    if (index->families().empty()) {
        h += QStringLiteral("<p>") + esc(tr("No passage is shared by three or more sources.")) +
             QStringLiteral("</p>\n");
    } else {
        std::vector<int> order(index->families().size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return index->families()[size_t(a)].members.size() >
                   index->families()[size_t(b)].members.size();
        });
        if (int(order.size()) > options.maxFamilies) {
            h += QStringLiteral("<p>") +
                 esc(tr("The %1 largest families are shown, of %2.")
                         .arg(options.maxFamilies)
                         .arg(order.size())) +
                 QStringLiteral("</p>\n");
            order.resize(size_t(options.maxFamilies));
        }
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                            "<th>%5</th></tr>\n")
                 .arg(esc(tr("Family")), esc(tr("Sources (published)")), esc(tr("Published first")),
                      esc(tr("Contains most of the others")), esc(tr("Likely origin")));
        Text::Tokenizer tokenizer;
        for (const int f : order) {
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
            QString origin;
            if (earliest && earliest == container)
                origin =
                    QStringLiteral("<b>") + esc(sourceLabel(earliest)) + QStringLiteral("</b>");
            else
                origin = esc(tr("uncertain: the earliest source does not contain the most"));
            h += QStringLiteral("<tr><td>F%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                "</tr>\n")
                     .arg(f + 1)
                     .arg(members.join(QStringLiteral("<br>")),
                          earliest ? esc(sourceLabel(earliest)) : esc(tr("dates do not tell")),
                          container ? esc(sourceLabel(container)) +
                                          QStringLiteral(" (%1)").arg(percent(
                                              alignment.rows[size_t(alignment.pivot)].containment))
                                    : QStringLiteral("–"),
                          origin);
        }
        h += QStringLiteral("</table>\n");
    }
    if (!advance())
        return doc;

    // Contradictions and corroborations.
    for (const Link::Relation relation :
         {Link::Relation::Contradicts, Link::Relation::Corroborates}) {
        const bool contra = relation == Link::Relation::Contradicts;
        h += QStringLiteral("<h2>") + esc(contra ? tr("Contradictions") : tr("Corroborations")) +
             QStringLiteral("</h2>\n");
        std::vector<const Link *> links;
        for (const Link &l : project.links()) {
            if (l.relation == relation)
                links.push_back(&l);
        }
        std::stable_sort(links.begin(), links.end(),
                         [](const Link *a, const Link *b) { return a->severity > b->severity; });
        if (links.empty()) {
            h += QStringLiteral("<p>") +
                 esc(contra ? tr("No contradiction was recorded.")
                            : tr("No corroboration was recorded.")) +
                 QStringLiteral("</p>\n");
            continue;
        }
        static const char *severities[] = {QT_TR_NOOP("minor"), QT_TR_NOOP("notable"),
                                           QT_TR_NOOP("major")};
        int n = 0;
        for (const Link *l : links) {
            ++n;
            h += QStringLiteral("<h3><span class=\"%1\">%2</span> %3</h3>\n")
                     .arg(Link::relationName(l->relation),
                          (contra ? QStringLiteral("C%1") : QStringLiteral("S%1")).arg(n),
                          esc(tr("%1 · %2 · %3 · recorded by %4")
                                  .arg(l->type, tr(severities[std::clamp(l->severity, 1, 3) - 1]),
                                       Link::statusName(l->status), l->author)));
            h += QStringLiteral("<table width=\"100%\"><tr><th>%1</th><th>%2</th></tr>"
                                "<tr><td class=\"quote\">%3</td><td class=\"quote\">%4</td></tr>"
                                "</table>\n")
                     .arg(esc(sourceLabel(l->sourceA)), esc(sourceLabel(l->sourceB)),
                          quoteInContext(project.sourceText(l->sourceA), l->spanA),
                          quoteInContext(project.sourceText(l->sourceB), l->spanB));
            QStringList notes;
            if (!l->note.isEmpty())
                notes << l->note;
            if (const Note *note = project.noteOn(Note::Target::Link, 0, {}, 0, l->id))
                notes << note->text;
            for (const QString &text : std::as_const(notes))
                h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Note:")), esc(text));
        }
    }
    if (!advance())
        return doc;

    // Entity index.
    h += QStringLiteral("<h2>") + esc(tr("Entity index")) + QStringLiteral("</h2>\n");
    if (project.entities().isEmpty()) {
        h += QStringLiteral("<p>") + esc(tr("No entity was tagged.")) + QStringLiteral("</p>\n");
    } else {
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
            const int ta = totals.value(a->id), tb = totals.value(b->id);
            if (ta != tb)
                return ta > tb;
            return a->name.localeAwareCompare(b->name) < 0;
        });
        const bool columns = project.sourceCount() <= 12;
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>")
                 .arg(esc(tr("Entity")), esc(tr("Type")), esc(tr("Also written")),
                      esc(tr("Mentions")));
        if (columns) {
            for (int i = 1; i <= project.sourceCount(); ++i)
                h += QStringLiteral("<th>%1</th>").arg(i);
        } else {
            h += QStringLiteral("<th>%1</th>").arg(esc(tr("By source (# mentions)")));
        }
        h += QStringLiteral("</tr>\n");
        for (const Entity *e : entities) {
            const EntityType *type = project.entityType(e->type);
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\">%4</td>")
                     .arg(esc(e->name), esc(type ? type->name : QString()),
                          esc(e->aliases.join(QStringLiteral(", "))))
                     .arg(totals.value(e->id));
            const std::map<int, int> &c = counts[e->id];
            if (columns) {
                for (int i = 1; i <= project.sourceCount(); ++i) {
                    const auto it = c.find(i);
                    h += it == c.end()
                             ? QStringLiteral("<td></td>")
                             : QStringLiteral("<td class=\"num\">%1</td>").arg(it->second);
                }
            } else {
                QStringList parts;
                for (const auto &[src, k] : c)
                    parts << QStringLiteral("%1 (%2)").arg(src).arg(k);
                h += QStringLiteral("<td>%1</td>").arg(parts.join(QStringLiteral(", ")));
            }
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</table>\n");
    }
    if (!advance())
        return doc;
    h += QStringLiteral("</body></html>\n");
    doc.html = h;
    advance();
    return doc;
}

QByteArray Report::html(const Document &document)
{
    QString h = document.html;
    for (const auto &[name, image] : document.pictures) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        h.replace(kScheme + name,
                  QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
    }
    return h.toUtf8();
}

QByteArray Report::pdf(const Document &document, const QString &title, int *pages)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Crosscheck"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QTextDocument text;
    text.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    for (const auto &[name, image] : document.pictures)
        text.addResource(QTextDocument::ImageResource, QUrl(kScheme + name), image);
    text.setHtml(document.html);
    // Laid out in 96-dpi pixels on the printable area less a footer line, then painted scaled
    // to the writer's resolution, one page after the other, with "page / pages" below.
    const qreal logicalDpi = 96;
    const QRectF area = writer.pageLayout().paintRect(QPageLayout::Inch);
    const qreal footer = 24;
    const QSizeF pageSize(area.width() * logicalDpi, area.height() * logicalDpi - footer);
    text.setPageSize(pageSize);
    const int count = text.pageCount();
    if (pages)
        *pages = count;
    QPainter p(&writer);
    const qreal scale = writer.resolution() / logicalDpi;
    p.scale(scale, scale);
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPixelSize(9); // logical pixels, scaled with the painter
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            writer.newPage();
        p.save();
        p.translate(0, -i * pageSize.height());
        text.drawContents(&p,
                          QRectF(0, i * pageSize.height(), pageSize.width(), pageSize.height()));
        p.restore();
        p.setFont(footerFont);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, pageSize.height(), pageSize.width(), footer),
                   Qt::AlignBottom | Qt::AlignHCenter,
                   tr("%1 · page %2 of %3").arg(title).arg(i + 1).arg(count));
    }
    p.end();
    return out;
}

} // namespace Crosscheck::Core::Formats
