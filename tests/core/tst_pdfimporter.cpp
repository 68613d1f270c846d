// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/importers/documentimporter.h>

#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace Crosscheck::Core;

namespace {
// A real PDF with a text layer, made with Qt's own PDF writer.
QByteArray makePdf(const QStringList &pages, const QString &title, bool imageOnly = false)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Crosscheck tests"));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(12);
    painter.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        if (imageOnly) {
            QImage image(200, 50, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter ip(&image);
            ip.drawText(10, 30, pages.at(i)); // pixels, not text
            painter.drawImage(QPointF(100, 100), image);
        } else {
            painter.drawText(QRectF(0, 0, writer.width(), writer.height()), Qt::TextWordWrap,
                             pages.at(i));
        }
    }
    painter.end();
    return buffer.data();
}
} // namespace

class TestPdfImporter : public QObject
{
    Q_OBJECT
private slots:
    void textLayerAndTitle()
    {
        const QByteArray pdf = makePdf({QStringLiteral("Tanker runs aground off Lindhaven"),
                                        QStringLiteral("All 21 crew members were rescued.")},
                                       QStringLiteral("Tanker report"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf);
        f.close();
        const ImportedDocument doc = Importers().importFile(path);
        QVERIFY2(doc.isValid(), qPrintable(doc.error));
        QCOMPARE(doc.format, QStringLiteral("pdf"));
        QCOMPARE(doc.meta.title, QStringLiteral("Tanker report"));
        QVERIFY2(doc.text.contains(QLatin1String("Tanker runs aground off Lindhaven")),
                 qPrintable(doc.text));
        QVERIFY(doc.text.contains(QLatin1String("All 21 crew members were rescued.")));
        // Pages are separated by a blank line.
        QVERIFY(doc.text.indexOf(QLatin1String("\n\n")) > 0);
        QVERIFY(doc.meta.published.isEmpty()); // a creation date is not a publication date
    }

    void junkTitleFallsBackToText()
    {
        const QByteArray pdf =
            makePdf({QStringLiteral("Real headline of the piece\nBody sentence here.")},
                    QStringLiteral("Microsoft Word - draft7.docx"));
        const ImportedDocument doc = PdfImporter().parse(pdf);
        QVERIFY(doc.error.isEmpty());
        QVERIFY(doc.meta.title.isEmpty());
        ImportedDocument finished = doc;
        finished.format = QStringLiteral("pdf");
        Importers::finish(finished);
        QCOMPARE(finished.meta.title, QStringLiteral("Real headline of the piece"));
    }

    void scanWithoutTextLayer()
    {
        const ImportedDocument doc =
            PdfImporter().parse(makePdf({QStringLiteral("pixels")}, QString(), true));
        QVERIFY(!doc.error.isEmpty());
        QVERIFY2(doc.error.contains(QLatin1String("text layer")), qPrintable(doc.error));
    }

    void damagedPdf()
    {
        QByteArray pdf = makePdf({QStringLiteral("Some text")}, QString());
        pdf.truncate(40);
        const ImportedDocument doc = PdfImporter().parse(pdf);
        QVERIFY(!doc.error.isEmpty());
        QVERIFY(!PdfImporter().parse("not a pdf at all").error.isEmpty());
    }

    void compressionBombIsRefusedAtOnce()
    {
        // A content stream of 300 MB of zeros, deflated to about 300 KB.
        QByteArray stream;
        z_stream z{};
        QVERIFY(deflateInit(&z, Z_BEST_COMPRESSION) == Z_OK);
        static char zeros[1 << 20] = {};
        static char out[1 << 16];
        for (int mb = 0; mb <= 300; ++mb) {
            z.next_in = reinterpret_cast<Bytef *>(zeros);
            z.avail_in = mb < 300 ? sizeof zeros : 0;
            const int flush = mb < 300 ? Z_NO_FLUSH : Z_FINISH;
            do {
                z.next_out = reinterpret_cast<Bytef *>(out);
                z.avail_out = sizeof out;
                deflate(&z, flush);
                stream.append(out, qsizetype(sizeof out - z.avail_out));
            } while (z.avail_out == 0);
        }
        deflateEnd(&z);
        QVERIFY(stream.size() < 2 << 20);
        QByteArray pdf = makePdf({QStringLiteral("Some text")}, QString());
        const QByteArray object = QByteArray("4 0 obj << /Length ") +
                                  QByteArray::number(stream.size()) +
                                  QByteArray(" /Filter /FlateDecode >>\nstream\n") + stream +
                                  QByteArray("\nendstream\nendobj\n%%EOF");
        pdf.replace(QByteArray("%%EOF"), object);
        QElapsedTimer t;
        t.start();
        const ImportedDocument doc = PdfImporter().parse(pdf);
        QVERIFY2(doc.error.contains(QLatin1String("compression bomb")), qPrintable(doc.error));
        qInfo("refused after %lld ms", t.elapsed());
        // An ordinary PDF is not affected.
        QVERIFY(PdfImporter().parse(makePdf({QStringLiteral("Some text")}, QString())).isValid());
    }
};

QTEST_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
