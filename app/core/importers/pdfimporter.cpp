// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentimporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <poppler-qt6.h>
#include <zlib.h>

namespace Crosscheck::Core {

namespace {
// What the compressed streams of one PDF may inflate to, in all. A news article's PDF inflates
// to a few megabytes; a "flate bomb" of a few hundred kilobytes inflates to gigabytes and keeps
// Poppler busy for many seconds.
constexpr qint64 kMaxInflated = qint64(256) << 20;

/// Inflates every stream of \a pdf (as written, "stream" … "endstream") until the total passes
/// kMaxInflated: true when it does. Streams that are not zlib data are skipped.
bool inflatesTooMuch(const QByteArray &pdf)
{
    qint64 total = 0;
    static char sink[65536];
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream", at)) >= 0) {
        at += 6;
        if (at < pdf.size() && pdf.at(at) == '\r')
            ++at;
        if (at >= pdf.size() || pdf.at(at) != '\n')
            continue; // "endstream", or the word inside text
        ++at;
        const qsizetype end = pdf.indexOf("endstream", at);
        if (end < 0)
            break;
        z_stream z{};
        if (inflateInit(&z) != Z_OK)
            return false;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(pdf.constData() + at));
        z.avail_in = uInt(end - at);
        int rc = Z_OK;
        while (rc == Z_OK) {
            z.next_out = reinterpret_cast<Bytef *>(sink);
            z.avail_out = sizeof sink;
            rc = inflate(&z, Z_NO_FLUSH);
            total += qint64(sizeof sink - z.avail_out);
            if (total > kMaxInflated) {
                inflateEnd(&z);
                return true;
            }
            if (z.avail_out != 0 && rc == Z_OK)
                break; // the input is used up
        }
        inflateEnd(&z);
        at = end + 9;
    }
    return false;
}
} // namespace

QStringList PdfImporter::suffixes() const
{
    return {QStringLiteral("pdf")};
}

ImportedDocument PdfImporter::parse(const QByteArray &bytes) const
{
    ImportedDocument doc;
    doc.encoding = QStringLiteral("PDF");
    if (!bytes.startsWith("%PDF-")) {
        doc.error = Importers::tr("this is not a PDF file (it does not start with %PDF-)");
        return doc;
    }
    // Poppler reports what it finds wrong in a file on stderr by default; Crosscheck says it
    // once, in its own words, below.
    if (inflatesTooMuch(bytes)) {
        doc.error = Importers::tr("the PDF expands to more than %1 when read (a compression bomb?)")
                        .arg(QLocale().formattedDataSize(kMaxInflated));
        return doc;
    }
    static const bool silenced = [] {
        Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
        return true;
    }();
    Q_UNUSED(silenced);
    auto pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) {
        doc.error = Importers::tr("the PDF file is damaged and cannot be read");
        return doc;
    }
    if (pdf->isLocked()) {
        doc.error = Importers::tr("the PDF file is password-protected");
        return doc;
    }
    QStringList pages;
    int readable = 0;
    for (int i = 0; i < pdf->numPages(); ++i) {
        auto page = pdf->page(i);
        if (!page)
            continue;
        ++readable;
        QString text = page->text(QRectF());
        text.replace(QChar(0x00AD), QString()); // soft hyphens from the layout
        // Typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) are glyphs of the layout, not letters of the text.
        for (ushort lig = 0xFB00; lig <= 0xFB06; ++lig) {
            const QString ch(QChar{lig});
            if (text.contains(ch))
                text.replace(ch, ch.normalized(QString::NormalizationForm_KC));
        }
        if (!text.trimmed().isEmpty())
            pages << text.trimmed();
    }
    doc.text = pages.join(QStringLiteral("\n\n"));
    if (readable == 0) {
        // No page could be read at all (a broken or looping page tree): damaged, not a scan.
        doc.error = Importers::tr("the PDF file is damaged and cannot be read");
        return doc;
    }
    if (doc.text.trimmed().isEmpty()) {
        doc.error = Importers::tr("the PDF has no text layer (a scan?); run OCR on it first");
        return doc;
    }
    QString title = pdf->info(QStringLiteral("Title")).trimmed();
    // Titles that word processors put in by themselves say nothing about the article.
    static const QRegularExpression junk(
        QStringLiteral("^(untitled|microsoft word - .*|document\\d*|.*\\.(docx?|odt|pdf))$"),
        QRegularExpression::CaseInsensitiveOption);
    if (junk.match(title).hasMatch())
        title.clear();
    doc.meta.title = title;
    doc.meta.author = pdf->info(QStringLiteral("Author")).trimmed();
    // The file's creation date is when the PDF was made, not when the article was published:
    // it is not taken as the publication date.
    return doc;
}

} // namespace Crosscheck::Core
