// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export…'s preview: for each format the dialog shows the first lines of exactly what
// the export writes (JSON-LD, CSV, brat, the REFI-QDA project.qde, the HTML report), named and
// counted, highlighted as JSON, CSV, XML or HTML by KSyntaxHighlighting (Qt 5 flavour) or the
// built-in definitions (Qt 6 flavour); the PDF has no text preview.
#include "exportdialog.h"
#include "highlighting.h"
#include "isolatedsettings.h"
#include "theme.h"

#include "annotatedsample.h"
#include <core/formats/exporter.h>
#include <core/util/ziparchive.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Crosscheck;
using Format = Core::Formats::Format;

Q_DECLARE_METATYPE(Format)

namespace {
/// The bytes the export wrote of the file the preview shows.
QByteArray written(const Core::Project &project, Format format, const QString &fileName,
                   const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("out"));
    QString error;
    if (!Core::Formats::write(project, format, path, {}, &error))
        return {};
    if (Core::Formats::writesFolder(format)) {
        QFile f(QDir(path).filePath(fileName));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    if (format == Format::Qdpx) {
        Core::ZipArchive zip(bytes);
        return zip.read(fileName, 1 << 26);
    }
    return bytes;
}

int colouredRanges(const QPlainTextEdit *view)
{
    int n = 0;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            n += r.format.hasProperty(QTextFormat::ForegroundBrush) ? 1 : 0;
    }
    return n;
}
} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestData::IsolatedSettings m_settings;
    std::unique_ptr<Core::Project> m_project;

private slots:
    void initTestCase()
    {
        m_project = TestData::annotatedSample(m_dir.filePath(QStringLiteral("Sample.crosscheck")));
        QVERIFY(m_project);
    }

    void previewIsTheStartOfTheExport_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("syntax");
        QTest::addColumn<QString>("firstLine");
        QTest::newRow("w3c") << Format::W3C << "annotations.jsonld"
                             << "JSON"
                             << "{";
        QTest::newRow("csv") << Format::Csv << "mentions.csv"
                             << "CSV"
                             << "source,source_title,";
        QTest::newRow("brat") << Format::Brat << ""
                              << ""
                              << "T1\t";
        QTest::newRow("qdpx") << Format::Qdpx << "project.qde"
                              << "XML"
                              << "<?xml";
        QTest::newRow("html") << Format::Html << "Sample-report.html"
                              << "HTML"
                              << "<!DOCTYPE html>";
    }
    void previewIsTheStartOfTheExport()
    {
        QFETCH(Format, format);
        QFETCH(QString, fileName);
        QFETCH(QString, syntax);
        QFETCH(QString, firstLine);
        const Core::Formats::Preview p = Core::Formats::preview(*m_project, format, 3);
        if (!fileName.isEmpty())
            QCOMPARE(p.fileName, fileName);
        else
            QVERIFY(p.fileName.endsWith(QLatin1String(".ann")));
        QCOMPARE(p.syntax, syntax);
        QVERIFY2(p.text.startsWith(firstLine), qPrintable(p.text.left(80)));
        // Exactly the export's first lines (long lines of the report's pictures cut short).
        QTemporaryDir out;
        const QByteArray bytes = written(*m_project, format, p.fileName, out.path());
        QVERIFY(!bytes.isEmpty());
        const QStringList wrote = QString::fromUtf8(bytes)
                                      .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                      .split(u'\n');
        const QStringList shown = p.text.split(u'\n');
        QCOMPARE(p.lines, int(bytes.count('\n')));
        QVERIFY(p.lines > 3);
        QVERIFY(p.truncated);
        QCOMPARE(shown.size(), 4); // three lines and what follows the last line break
        for (int i = 0; i < 3; ++i) {
            if (shown.at(i).endsWith(QLatin1String(" …")))
                QVERIFY(wrote.at(i).startsWith(shown.at(i).chopped(2)));
            else
                QCOMPARE(shown.at(i), wrote.at(i));
        }
        // Small enough: the whole file.
        const Core::Formats::Preview all = Core::Formats::preview(*m_project, format, 100000);
        if (format != Format::Html) {
            QVERIFY(!all.truncated);
            QCOMPARE(all.text, wrote.join(u'\n'));
        }
    }

    void theLastFormatAndFolderAreProposedAgain()
    {
        QTemporaryDir elsewhere;
        {
            Ui::ExportDialog dialog(*m_project);
            dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(Format::Csv)));
            dialog.pathEdit()->setText(elsewhere.filePath(QStringLiteral("hand-off-csv")));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        Ui::ExportDialog again(*m_project);
        QCOMPARE(again.formatBox()->currentData().toInt(), int(Format::Csv));
        QVERIFY2(QDir::fromNativeSeparators(again.pathEdit()->text())
                     .startsWith(QDir(elsewhere.path()).absolutePath() + u'/'),
                 qPrintable(again.pathEdit()->text()));
    }

    void pdfHasNoTextPreview()
    {
        const Core::Formats::Preview p = Core::Formats::preview(*m_project, Format::Pdf);
        QVERIFY(p.text.isEmpty());
        QVERIFY(p.fileName.isEmpty());
    }

    void dialogShowsTheHighlightedPreview()
    {
        Ui::ExportDialog dialog(*m_project);
        const Ui::Theme &theme = Ui::ThemeManager::instance().theme();
        QCOMPARE(dialog.previewView()->palette().color(QPalette::Base), theme.background());
        const QHash<int, QString> syntax{{int(Format::W3C), QStringLiteral("JSON")},
                                         {int(Format::Csv), QStringLiteral("CSV")},
                                         {int(Format::Qdpx), QStringLiteral("XML")},
                                         {int(Format::Html), QStringLiteral("HTML")}};
        for (int i = 0; i < dialog.formatBox()->count(); ++i) {
            dialog.formatBox()->setCurrentIndex(i);
            const auto format = Format(dialog.formatBox()->currentData().toInt());
            const Core::Formats::Preview p = Core::Formats::preview(*m_project, format);
            const QString label = dialog.previewLabel()->text();
            QCOMPARE(dialog.previewView()->toPlainText(), p.text);
            if (format == Format::Pdf) {
                QVERIFY(label.contains(QLatin1String("PDF")));
                QVERIFY(!dialog.previewHighlighter());
                continue;
            }
            QVERIFY2(label.contains(p.fileName), qPrintable(label));
            if (!syntax.contains(int(format))) {
                QVERIFY(!dialog.previewHighlighter()); // brat standoff: plain
                continue;
            }
            QVERIFY(dialog.previewHighlighter());
            QCOMPARE(Ui::Highlighting::definitionName(dialog.previewHighlighter()),
                     syntax.value(int(format)));
            QVERIFY2(colouredRanges(dialog.previewView()) > 10, qPrintable(label));
        }
        // The JSON keys and strings are coloured differently, readable on the page.
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(Format::W3C)));
        const QPlainTextEdit *view = dialog.previewView();
        const QString text = view->toPlainText();
        const auto colourAt = [view](int at) {
            const QTextBlock block = view->document()->findBlock(at);
            for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
                if (at - block.position() >= r.start && at - block.position() < r.start + r.length)
                    return r.format.foreground().color();
            }
            return QColor();
        };
        const int key = int(text.indexOf(QLatin1String("\"@context\"")));
        const int value = int(text.indexOf(QLatin1String("\"http://www.w3.org/ns/anno.jsonld\"")));
        QVERIFY(key >= 0 && value > key);
        QVERIFY(colourAt(key + 1).isValid());
        QVERIFY(colourAt(value + 1).isValid());
        QVERIFY(colourAt(key + 1) != colourAt(value + 1));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
