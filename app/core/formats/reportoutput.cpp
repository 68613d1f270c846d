// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Report: the finished document, as HTML with its pictures embedded or as a PDF.
#include "report.h"
#include "reportsources.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Crosscheck::Core::Formats {

using ReportSources::kScheme;

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
