// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The markup view: for a source imported from HTML or Markdown the reader shows the original
// file as text (nothing rendered or loaded), in its own encoding, highlighted by
// KSyntaxHighlighting's HTML/Markdown definitions (Qt 5 flavour) or the built-in ones (Qt 6
// flavour) in the current theme; other sources have no markup view.
#include "highlighting.h"
#include "isolatedsettings.h"
#include "readerview.h"
#include "theme.h"

#include <core/importers/importjob.h>
#include <core/project/project.h>
#include <core/util/colors.h>

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Crosscheck::Ui;
using namespace Crosscheck::Core;

namespace {
/// The format at the first occurrence of \a needle in \a view's text.
QTextCharFormat formatOf(const QPlainTextEdit *view, const QString &needle)
{
    const int at = int(view->toPlainText().indexOf(needle));
    Q_ASSERT(at >= 0);
    const QTextBlock block = view->document()->findBlock(at);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (at - block.position() >= r.start && at - block.position() < r.start + r.length)
            return r.format;
    }
    return {};
}

/// \a text in windows-1251 (ASCII and the Ukrainian alphabet are all this test needs).
QByteArray cp1251(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u < 0x80)
            out += char(u);
        else if (u >= 0x410 && u <= 0x44F)
            out += char(0xC0 + (u - 0x410));
        else if (u == 0x456)
            out += char(0xB3);
        else if (u == 0x406)
            out += char(0xB2);
        else if (u == 0x457)
            out += char(0xBF);
        else if (u == 0x454)
            out += char(0xBA);
        else
            out += '?';
    }
    return out;
}

bool coloured(const QTextCharFormat &f)
{
    return f.hasProperty(QTextFormat::ForegroundBrush) || f.fontWeight() == QFont::Bold;
}
} // namespace

class TestMarkupView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestData::IsolatedSettings m_settings;
    std::unique_ptr<Project> m_project;
    SourceId m_html = 0, m_markdown = 0, m_text = 0;

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    SourceId idOf(const QString &fileName) const
    {
        for (int i = 0; i < m_project->sourceCount(); ++i) {
            if (m_project->sourceAt(i).fileName == fileName)
                return m_project->sourceAt(i).id;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        ThemeManager::setSetting(QString());
        // HTML in windows-1251 with a remote image and a script: shown as text, never run.
        const QString html = QStringLiteral(
            "<!DOCTYPE html>\n<html><head><meta charset=\"windows-1251\">"
            "<title>Танкер сів на мілину</title>\n<script>alert('x')</script></head>\n"
            "<body><!-- wire copy -->\n<h1 class=\"headline\">Танкер сів на мілину</h1>\n"
            "<img src=\"https://tracker.example/pixel.gif\">\n"
            "<p>Капітан порту Інгрід Сольберг сказала, що 1200 тонн палива витекло &amp; "
            "розлилося біля рифу Скарв у вівторок.</p></body></html>\n");
        write(QStringLiteral("tanker.html"), cp1251(html));
        write(QStringLiteral("spill.md"),
              "# Oil spill off Lindhaven\n\nBy **Henrik Dahl**\n\n> \"We have contained the "
              "worst of it,\" Solberg said.\n\n- 1,200 tonnes escaped\n- See "
              "[the coastguard](https://coastguard.example/) for updates.\n");
        write(QStringLiteral("plain.txt"), "A plain text article about the spill.\n");
        m_project = Project::createInMemory();
        const auto result = ImportSession::runBlocking(
            m_project.get(), {m_dir.filePath(QStringLiteral("tanker.html")),
                              m_dir.filePath(QStringLiteral("spill.md")),
                              m_dir.filePath(QStringLiteral("plain.txt"))});
        QCOMPARE(result.added, 3);
        m_html = idOf(QStringLiteral("tanker.html"));
        m_markdown = idOf(QStringLiteral("spill.md"));
        m_text = idOf(QStringLiteral("plain.txt"));
        QVERIFY(m_html && m_markdown && m_text);
    }

    void htmlIsShownAsHighlightedText()
    {
        ReaderView reader;
        reader.setProject(m_project.get());
        reader.showSource(m_html);
        QVERIFY(reader.hasMarkup());
        QVERIFY(!reader.isMarkupShown());
        QSignalSpy state(&reader, &ReaderView::markupStateChanged);
        reader.setMarkupShown(true);
        QVERIFY(reader.isMarkupShown());
        QCOMPARE(state.size(), 1);
        const QPlainTextEdit *view = reader.markupView();
        // The original bytes, decoded from windows-1251: the markup and the Cyrillic intact.
        QVERIFY(view->toPlainText().contains(QStringLiteral("<h1 class=\"headline\">Танкер")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("<script>alert('x')</script>")));
        QVERIFY(view->toPlainText().contains(QStringLiteral("&amp;")));
        QVERIFY(reader.findChild<QLabel *>(QStringLiteral("markupInfo"))
                    ->text()
                    .contains(QLatin1String("windows-1251")));
        QVERIFY(reader.markupHighlighter());
        QCOMPARE(Highlighting::definitionName(reader.markupHighlighter()), QStringLiteral("HTML"));
        // Tags, attributes and their values, comments and entities are coloured; the text
        // between tags is not; every colour is readable on the page.
        const Theme &theme = ThemeManager::instance().theme();
        for (const QString &markup :
             {QStringLiteral("<h1"), QStringLiteral("class"), QStringLiteral("\"headline\""),
              QStringLiteral("<!-- wire"), QStringLiteral("&amp;"), QStringLiteral("<img")}) {
            const QTextCharFormat f = formatOf(view, markup);
            QVERIFY2(coloured(f), qPrintable(markup));
            if (f.hasProperty(QTextFormat::ForegroundBrush))
                QVERIFY(Crosscheck::Core::Colors::contrast(f.foreground().color(),
                                                           theme.background()) >= 4.5);
        }
        QVERIFY(!coloured(formatOf(view, QStringLiteral("Капітан"))));
        QCOMPARE(view->palette().color(QPalette::Base), theme.background());

        // Another theme colours it again.
        const QString other = Highlighting::instance().defaultTheme(
            theme.isDark() ? QColor(Qt::white) : QColor(Qt::black));
        const auto valueColor = [view] {
            return formatOf(view, QStringLiteral("\"headline\"")).foreground().color();
        };
        const QColor before = valueColor();
        QVERIFY(before.isValid());
        ThemeManager::setSetting(other);
        QCOMPARE(view->palette().color(QPalette::Base), Theme(other).background());
        QVERIFY(valueColor().isValid() && valueColor() != before);
        ThemeManager::setSetting(QString());
    }

    void markdownIsShownAsHighlightedText()
    {
        ReaderView reader;
        reader.setProject(m_project.get());
        reader.showSource(m_markdown);
        reader.setMarkupShown(true);
        QVERIFY(reader.isMarkupShown());
        const QPlainTextEdit *view = reader.markupView();
        QVERIFY(view->toPlainText().startsWith(QLatin1String("# Oil spill off Lindhaven")));
        QCOMPARE(Highlighting::definitionName(reader.markupHighlighter()),
                 QStringLiteral("Markdown"));
        QVERIFY(coloured(formatOf(view, QStringLiteral("Oil spill"))));    // heading
        QVERIFY(coloured(formatOf(view, QStringLiteral("Henrik Dahl"))));  // strong
        QVERIFY(coloured(formatOf(view, QStringLiteral("coastguard](")))); // link
        // The reader's text view is the analysed text, without the markup.
        QVERIFY(!reader.textView()->toPlainText().contains(QLatin1String("**")));
        // Back to the text.
        reader.setMarkupShown(false);
        QVERIFY(!reader.isMarkupShown());
        QVERIFY(!reader.markupHighlighter());
    }

    void otherSourcesHaveNoMarkupView()
    {
        ReaderView reader;
        reader.setProject(m_project.get());
        reader.showSource(m_html);
        reader.setMarkupShown(true);
        QSignalSpy state(&reader, &ReaderView::markupStateChanged);
        // Moving to a plain-text source leaves the markup view.
        reader.showSource(m_text);
        QVERIFY(!reader.hasMarkup());
        QVERIFY(!reader.isMarkupShown());
        QVERIFY(state.size() >= 1);
        reader.setMarkupShown(true);
        QVERIFY(!reader.isMarkupShown());
        // Another markup source keeps it, with that source's original.
        reader.showSource(m_html);
        reader.setMarkupShown(true);
        reader.showSource(m_markdown);
        QVERIFY(reader.isMarkupShown());
        QVERIFY(reader.markupView()->toPlainText().startsWith(QLatin1String("# Oil spill")));
    }
};

QTEST_MAIN(TestMarkupView)
#include "tst_markupview.moc"
