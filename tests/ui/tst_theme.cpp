// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Colour themes: the text views' colours come from a syntax-highlighting theme's editor colours
// (every theme of KSyntaxHighlighting's repository), text keeps 4.5:1 (WCAG AA) on every highlight
// of every theme, the default follows the system palette, and the reader and compare panes repaint
// when the theme changes.
#include "comparepane.h"
#include "connectorband.h"
#include "highlighting.h"
#include "isolatedsettings.h"
#include "overviewruler.h"
#include "readerview.h"
#include "theme.h"

#include "annotatedsample.h"
#include <core/util/colors.h>

#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Crosscheck::Ui;
namespace Colors = Crosscheck::Core::Colors;
using Kind = Crosscheck::Core::Analysis::DiffRun::Kind;
using Crosscheck::Core::Analysis::Span;

namespace {
const QString kParagraph = QStringLiteral(
    "Harbour master Ingrid Solberg said on Tuesday morning that \"the booms held\", while "
    "officials estimated that 1,200 tonnes escaped on 10 March 2026, according to the "
    "coastguard.");

/// The project's default entity-type colours and a few extremes a user may pick.
QList<QColor> typeColors()
{
    return {QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x9E, 0x73), QColor(0xE6, 0x9F, 0x00),
            QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
            QColor(0x99, 0x99, 0x99), QColor(Qt::black),        QColor(Qt::white),
            QColor(Qt::yellow),       QColor(Qt::red)};
}

/// True when \a c lies on the line from \a a to \a b (each channel between, give or take one).
bool between(const QColor &c, const QColor &a, const QColor &b)
{
    const auto in = [](int v, int x, int y) {
        return v >= std::min(x, y) - 1 && v <= std::max(x, y) + 1;
    };
    return in(c.red(), a.red(), b.red()) && in(c.green(), a.green(), b.green()) &&
           in(c.blue(), a.blue(), b.blue());
}

QPalette paletteWithBase(const QColor &base)
{
    QPalette p = QGuiApplication::palette();
    for (auto role : {QPalette::Base, QPalette::Window})
        p.setColor(role, base);
    return p;
}
} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private:
    TestData::IsolatedSettings m_settings;

private slots:
    void initTestCase()
    {
        ThemeManager::setSetting(QString());
        QVERIFY2(Highlighting::instance().themeNames().size() >= 2,
                 "a light and a dark theme at least");
    }

    void textIsReadableOnEveryHighlightOfEveryTheme()
    {
        Highlighting &h = Highlighting::instance();
        for (const QString &name : h.themeNames()) {
            const Theme theme(name);
            QCOMPARE(theme.name(), name);
            // The reading lens on the sample, against the theme's contrast floor, as the reader
            // creates it: its colours and the normal text on every background the theme uses.
            QTextDocument doc(kParagraph);
            h.createLens(&doc, {QStringLiteral("Ingrid Solberg")}, name, theme.contrastFloor());
            QList<QColor> foregrounds{theme.text()};
            for (const QTextLayout::FormatRange &r : doc.firstBlock().layout()->formats()) {
                if (r.format.hasProperty(QTextFormat::ForegroundBrush))
                    foregrounds << r.format.foreground().color();
            }
            QVERIFY2(foregrounds.size() > 5, qPrintable(name)); // the lens did colour the text
            for (Highlighting::Style s : {Highlighting::Style::Comment, Highlighting::Style::Alert})
                foregrounds << theme.textColor(s);
            const QList<QColor> backgrounds = theme.highlightBackgrounds(typeColors());
            for (const QColor &bg : backgrounds) {
                for (const QColor &fg : foregrounds) {
                    const double ratio = Colors::contrast(fg, bg);
                    QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                          .arg(name, fg.name(), bg.name())
                                                          .arg(ratio)));
                }
            }
            QVERIFY2(Colors::contrast(theme.selectedText(), theme.selection()) >= 4.5,
                     qPrintable(name));
            // Outlines (the moved box, underlines) reach 3:1, WCAG's non-text contrast.
            QVERIFY2(Colors::contrast(theme.movedBox(), theme.background()) >= 3.0,
                     qPrintable(name));
        }
    }

    void highlightsComeFromTheEditorColours()
    {
        Highlighting &h = Highlighting::instance();
        using E = Highlighting::EditorColor;
        for (const QString &name : h.themeNames()) {
            const Theme theme(name);
            const QColor bg = h.background(name);
            QCOMPARE(theme.background(), bg);
            QCOMPARE(theme.selection(), h.editorColor(name, E::Selection));
            const auto check = [&](const QTextCharFormat &f, const QColor &accent,
                                   const char *what) {
                const QColor c = f.background().color();
                QVERIFY2(between(c, bg, accent) && c != bg,
                         qPrintable(QStringLiteral("%1 %2: %3 not between %4 and %5")
                                        .arg(name, QLatin1String(what), c.name(), bg.name(),
                                             accent.name())));
                // Visible, yet within the range that keeps text readable.
                QVERIFY2(Colors::contrast(c, bg) <= 1.7 + 1e-6, qPrintable(name));
            };
            check(theme.passageFormat(false), h.editorColor(name, E::Selection), "passage");
            check(theme.passageFormat(true), h.editorColor(name, E::Selection), "current");
            check(theme.runFormat(Kind::Delete, false, true),
                  h.color(name, Highlighting::Style::Error), "deleted");
            check(theme.runFormat(Kind::Insert, false, false), h.editorColor(name, E::SavedLines),
                  "inserted");
            check(theme.runFormat(Kind::Replace, false, true),
                  h.editorColor(name, E::ModifiedLines), "replaced");
            check(theme.runFormat(Kind::Equal, true, true),
                  h.color(name, Highlighting::Style::Function), "moved");
            check(theme.mentionFormat(QColor(0x00, 0x72, 0xB2), false), QColor(0x00, 0x72, 0xB2),
                  "mention");
            // The marks that do not depend on colour stay.
            QVERIFY(theme.runFormat(Kind::Delete, false, true).fontStrikeOut());
            QVERIFY(theme.runFormat(Kind::Insert, false, false).fontUnderline());
            QCOMPARE(theme.runFormat(Kind::Replace, false, true).underlineStyle(),
                     QTextCharFormat::WaveUnderline);
            QVERIFY(theme.mentionFormat(Qt::red, true).fontWeight() == QFont::Bold);
        }
        // Two themes, two looks.
        const QString light = h.defaultTheme(Qt::white), dark = h.defaultTheme(Qt::black);
        QVERIFY(light != dark);
        QVERIFY(!Theme(light).isDark());
        QVERIFY(Theme(dark).isDark());
        QVERIFY(Theme(light).passageFormat(false).background() !=
                Theme(dark).passageFormat(false).background());
    }

    void defaultFollowsTheSystemPalette()
    {
        Highlighting &h = Highlighting::instance();
        ThemeManager &manager = ThemeManager::instance();
        const QPalette original = QGuiApplication::palette();
        ThemeManager::setSetting(QString());
        QSignalSpy changed(&manager, &ThemeManager::changed);

        QApplication::setPalette(paletteWithBase(QColor(0x23, 0x26, 0x29)));
        QVERIFY(manager.theme().isDark());
        QCOMPARE(manager.theme().name(), h.defaultTheme(QColor(0x23, 0x26, 0x29)));
        QVERIFY(changed.size() >= 1);

        QApplication::setPalette(paletteWithBase(Qt::white));
        QVERIFY(!manager.theme().isDark());
        QCOMPARE(manager.theme().name(), h.defaultTheme(Qt::white));

        // A chosen theme wins over the system; an unknown one (a theme gone from the
        // repository) falls back to following the system.
        ThemeManager::setSetting(h.defaultTheme(Qt::black));
        QVERIFY(manager.theme().isDark());
        QSettings().setValue(QStringLiteral("Ui/theme"), QStringLiteral("No Such Theme"));
        manager.reload();
        QCOMPARE(manager.theme().name(), h.defaultTheme(Qt::white));
        ThemeManager::setSetting(QString());
        QApplication::setPalette(original);
    }

    void readerAndCompareViewsFollowTheTheme()
    {
        Highlighting &h = Highlighting::instance();
        QTemporaryDir dir;
        auto project = TestData::annotatedSample(dir.filePath(QStringLiteral("t.crosscheck")));
        QVERIFY(project);
        const auto wire = project->sourceAt(0).id;

        ReaderView reader;
        reader.setProject(project.get());
        reader.showSource(wire);
        reader.setLensEnabled(true);
        ComparePane pane(true);
        pane.resize(600, 400);
        const QString text = project->sourceText(wire);
        std::vector<ComparePane::RunMark> runs{{Span{0, 7}, Kind::Replace, false}};
        pane.setContent(
            text, {Span{0, 40}}, [&runs](int) -> const auto & { return runs; });
        pane.setCurrentPassage(0);

        for (const QString &name : {h.defaultTheme(Qt::white), h.defaultTheme(Qt::black)}) {
            ThemeManager::setSetting(name);
            const Theme &theme = ThemeManager::instance().theme();
            QCOMPARE(theme.name(), name);
            // The reader: page and text colours, mention tints of the type colour.
            QCOMPARE(reader.textView()->palette().color(QPalette::Base), theme.background());
            QCOMPARE(reader.textView()->palette().color(QPalette::Text), theme.text());
            const auto mentions = reader.textView()->extraSelections();
            QVERIFY(!mentions.isEmpty());
            const QColor person = project->entityType(1)->color;
            QCOMPARE(mentions.first().format.background(),
                     theme.mentionFormat(person, false).background());
            // The lens was made again for the new theme: its colours are readable on it.
            int coloured = 0;
            for (QTextBlock b = reader.textView()->document()->begin(); b.isValid(); b = b.next()) {
                for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
                    if (!r.format.hasProperty(QTextFormat::ForegroundBrush))
                        continue;
                    ++coloured;
                    QVERIFY(Colors::contrast(r.format.foreground().color(),
                                             theme.contrastFloor()) >= 4.5);
                }
            }
            QVERIFY(coloured > 0);
            // The compare pane: the current passage and the replaced run in theme colours.
            QCOMPARE(pane.palette().color(QPalette::Base), theme.background());
            const auto sels = pane.extraSelections();
            QVERIFY(sels.size() >= 2);
            QCOMPARE(sels.at(0).format.background(), theme.passageFormat(true).background());
            QCOMPARE(sels.at(1).format.background(),
                     theme.runFormat(Kind::Replace, false, true).background());
        }
        ThemeManager::setSetting(QString());
    }

    void bandAndRulersContinueThePage()
    {
        // In a dark theme the band between the panes and the rulers beside them are dark too.
        Highlighting &h = Highlighting::instance();
        QWidget window; // the band maps the panes' positions into their common window
        auto *left = new ComparePane(true, &window);
        auto *right = new ComparePane(false, &window);
        auto &band = *new ConnectorBand(left, right, &window);
        auto &ruler = *new OverviewRuler(left, &window);
        band.resize(40, 200);
        ruler.resize(16, 200);
        for (const QString &name : {h.defaultTheme(Qt::black), h.defaultTheme(Qt::white)}) {
            ThemeManager::setSetting(name);
            const Theme &theme = ThemeManager::instance().theme();
            const QImage bandImage = band.grab().toImage();
            QCOMPARE(QColor(bandImage.pixel(20, 100)), theme.background());
            const QImage rulerImage = ruler.grab().toImage();
            // The ruler's trough: a shade of the page, dark in a dark theme.
            QCOMPARE(QColor(rulerImage.pixel(8, 190)), theme.highlight(theme.text(), 0.06));
            QCOMPARE(theme.isDark(), Colors::luminance(rulerImage.pixel(8, 190)) < 0.18);
        }
        ThemeManager::setSetting(QString());
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
