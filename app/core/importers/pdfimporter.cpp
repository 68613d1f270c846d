#include "documentimporter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <poppler-qt6.h>

namespace Crosscheck::Core {

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
