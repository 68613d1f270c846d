// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Report: the pictures (the overlap heat map and the publication timeline).
#include "report.h"
#include "reportsources.h"

#include "models/sourcepairmodel.h"
#include "project/overlapindex.h"
#include "project/project.h"
#include "util/colors.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>

namespace Crosscheck::Core::Formats {

QDateTime ReportSources::publishedAt(const Source &s)
{
    const QString p = s.meta.published.trimmed();
    if (p.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(p, Qt::ISODate);
    if (!d.isValid())
        d = QDateTime(QDate::fromString(p.left(10), Qt::ISODate), QTime(0, 0), Qt::UTC);
    return d.isValid() ? d.toUTC() : QDateTime();
}

QString ReportSources::label(const Source &s, int number)
{
    return QStringLiteral("%1 %2").arg(number).arg(SourceMatrixModel::shortLabel(s));
}

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
        labelWidth = std::max(
            labelWidth, fm.horizontalAdvance(ReportSources::label(index.sources().at(r), r + 1)));
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
                   fm.elidedText(ReportSources::label(row, rows[size_t(r)] + 1), Qt::ElideRight,
                                 labelWidth - 6));
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

namespace {
/// Ticks on the time axis from \a range.first to .second (seconds): about six, at whole days
/// or hours, each with its date.
void drawTicks(QPainter &p, const QFontMetrics &fm, std::pair<qint64, qint64> range, bool days,
               const std::function<double(const QDateTime &)> &xOf, int axisY, int width)
{
    const auto [t0, t1] = range;
    const QColor axis(0x55, 0x55, 0x55);
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
}
} // namespace

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
        const QDateTime d = ReportSources::publishedAt(s);
        if (d.isValid())
            items.push_back({d, i + 1, ReportSources::label(s, i + 1)});
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
    drawTicks(p, fm, {t0, t1}, days, xOf, axisY, width);
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

} // namespace Crosscheck::Core::Formats
