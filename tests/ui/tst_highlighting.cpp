// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The KSyntaxHighlighting adapter over the real library (the lens definition is found in the
// repository, its formats are applied with the theme's colours): the reading lens marks quotes,
// numbers, dates, attribution and entity names in a sample paragraph, and every colour it applies
// keeps 4.5:1 (WCAG AA) on the view's background.
#include "highlighting.h"
#include <core/util/colors.h>

#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using Crosscheck::Ui::Highlighting;
namespace Colors = Crosscheck::Core::Colors;
using Style = Highlighting::Style;

namespace {
const QString kParagraph = QStringLiteral(
    "Harbour master Ingrid Solberg said on Tuesday morning that \"the booms held\", while "
    "officials estimated that 1,200 tonnes escaped on 10 March 2026, according to the "
    "coastguard.");

/// The format the highlighter gave the character at \a at of the first block.
QTextCharFormat formatAt(const QTextDocument &doc, const QString &word)
{
    const int at = int(kParagraph.indexOf(word));
    Q_ASSERT(at >= 0);
    for (const QTextLayout::FormatRange &r : doc.firstBlock().layout()->formats()) {
        if (at >= r.start && at < r.start + r.length)
            return r.format;
    }
    return {};
}
} // namespace

class TestHighlighting : public QObject
{
    Q_OBJECT
private slots:
    void backendIsTheRealLibrary()
    {
        Highlighting &h = Highlighting::instance();
        QVERIFY2(h.backend().startsWith(QLatin1String("KSyntaxHighlighting ")),
                 qPrintable(h.backend()));
        // The repository's themes (21 in 5.103, more in KF6), not a stand-in pair.
        const QStringList themes = h.themeNames();
        QVERIFY2(themes.size() >= 20, qPrintable(themes.join(u',')));
        for (const char *name : {"Breeze Light", "Breeze Dark", "Solarized Light", "Solarized Dark",
                                 "GitHub Light", "Dracula", "Nord"})
            QVERIFY2(themes.contains(QLatin1String(name)), name);
        QCOMPARE(h.defaultTheme(Qt::white), QStringLiteral("Breeze Light"));
        QCOMPARE(h.defaultTheme(QColor(0x20, 0x20, 0x20)), QStringLiteral("Breeze Dark"));
        // The syntaxes the markup view and the export previews ask for.
        for (const char *syntax : {"HTML", "Markdown", "JSON", "XML", "CSV"}) {
            QTextDocument doc;
            QSyntaxHighlighter *hl = h.createHighlighter(&doc, QLatin1String(syntax),
                                                         h.defaultTheme(Qt::white), Qt::white);
            QVERIFY2(hl, syntax);
            QCOMPARE(Highlighting::definitionName(hl), QLatin1String(syntax));
        }
        QTextDocument doc;
        QVERIFY(!h.createHighlighter(&doc, QStringLiteral("No Such Syntax"),
                                     h.defaultTheme(Qt::white), Qt::white));
    }

    void lensDefinitionCarriesTheEntities()
    {
        const QString none = QString::fromUtf8(Highlighting::lensDefinition({}));
        QVERIFY(!none.contains(QLatin1String("String=\"@ENTITIES@\"")));
        QVERIFY(!none.contains(QLatin1String("attribute=\"Entity\" String")));
        const QString some = QString::fromUtf8(Highlighting::lensDefinition(
            {QStringLiteral("Solberg"), QStringLiteral("Ingrid Solberg"),
             QStringLiteral("A&B <Co>")}));
        // Longest first, escaped for the regular expression and for XML.
        QVERIFY(some.contains(
            QLatin1String("(?:Ingrid\\ Solberg|A\\&amp;B\\ \\&lt;Co\\&gt;|Solberg)")));
    }

    void lensMarksClaimBearingText_data()
    {
        QTest::addColumn<QColor>("background");
        QTest::newRow("light") << QColor(Qt::white);
        QTest::newRow("dark") << QColor(0x23, 0x26, 0x29);
    }
    void lensMarksClaimBearingText()
    {
        QFETCH(QColor, background);
        Highlighting &h = Highlighting::instance();
        const QString theme = h.defaultTheme(background);
        QTextDocument doc(kParagraph);
        QSyntaxHighlighter *lens =
            h.createLens(&doc, {QStringLiteral("Ingrid Solberg")}, theme, background);
        QVERIFY(lens);
        auto colorOf = [&](const QString &word) {
            return formatAt(doc, word).foreground().color();
        };
        auto expected = [&](Style s) { return Colors::readable(h.color(theme, s), background); };
        QCOMPARE(colorOf(QStringLiteral("Ingrid")), expected(Style::Function));
        QCOMPARE(colorOf(QStringLiteral("the booms")), expected(Style::String));
        QCOMPARE(colorOf(QStringLiteral("1,200")), expected(Style::DecVal));
        QCOMPARE(colorOf(QStringLiteral("tonnes")), expected(Style::DecVal)); // the quantity
        QCOMPARE(colorOf(QStringLiteral("Tuesday")), expected(Style::SpecialString));
        QCOMPARE(colorOf(QStringLiteral("10 March 2026")), expected(Style::SpecialString));
        QCOMPARE(colorOf(QStringLiteral("2026")), expected(Style::SpecialString)); // not a number
        QVERIFY(formatAt(doc, QStringLiteral("said")).fontWeight() == QFont::Bold);
        QVERIFY(formatAt(doc, QStringLiteral("according to")).fontWeight() == QFont::Bold);
        QVERIFY(formatAt(doc, QStringLiteral("estimated")).fontWeight() == QFont::Bold);
        // Plain words stay plain.
        QVERIFY(
            !formatAt(doc, QStringLiteral("Harbour")).hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(
            !formatAt(doc, QStringLiteral("coastguard")).hasProperty(QTextFormat::ForegroundBrush));
        // New names from the registry light up after an update.
        QVERIFY(
            !formatAt(doc, QStringLiteral("officials")).hasProperty(QTextFormat::ForegroundBrush));
        h.updateLens(lens, {QStringLiteral("Ingrid Solberg"), QStringLiteral("officials")});
        QCOMPARE(colorOf(QStringLiteral("officials")), expected(Style::Function));
    }

    void everyThemeStaysReadable()
    {
        // Every theme of the repository (or the built-in ones), on a light and a dark view.
        Highlighting &h = Highlighting::instance();
        for (const QColor &background : {QColor(Qt::white), QColor(0x23, 0x26, 0x29)}) {
            for (const QString &theme : h.themeNames()) {
                QTextDocument doc(kParagraph);
                h.createLens(&doc, {QStringLiteral("Ingrid Solberg")}, theme, background);
                const auto formats = doc.firstBlock().layout()->formats();
                QVERIFY2(!formats.isEmpty(), qPrintable(theme));
                for (const QTextLayout::FormatRange &r : formats) {
                    if (!r.format.hasProperty(QTextFormat::ForegroundBrush))
                        continue;
                    const double ratio =
                        Colors::contrast(r.format.foreground().color(), background);
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3 at %4")
                                                          .arg(theme, background.name())
                                                          .arg(ratio)
                                                          .arg(r.start)));
                }
            }
        }
    }

    void contrastIsWcag()
    {
        QCOMPARE(qRound(Colors::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(qRound(Colors::contrast(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        const QColor fixed = Colors::readable(QColor(0xb0, 0x80, 0x00), Qt::white);
        QVERIFY(Colors::contrast(fixed, Qt::white) >= 4.5);
        QCOMPARE(Colors::readable(Qt::black, Qt::white), QColor(Qt::black));
    }
};

QTEST_MAIN(TestHighlighting)
#include "tst_highlighting.moc"
