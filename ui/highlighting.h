// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QSyntaxHighlighter;
class QTextDocument;

namespace Crosscheck::Ui {

/// The one adapter over KSyntaxHighlighting (one Repository for the app): its themes, its
/// syntax definitions and the reading lens's definition. Nothing else in the UI includes the
/// library.
class Highlighting final
{
public:
    /// The styles Crosscheck uses, named as KSyntaxHighlighting's default styles.
    enum class Style {
        Normal,
        Keyword,
        Function,
        String,
        SpecialString,
        DecVal,
        Comment,
        Alert,
        Error
    };
    /// The editor colours Crosscheck derives its views' colours from.
    enum class EditorColor { Background, Selection, SearchHighlight, ModifiedLines, SavedLines };

    static Highlighting &instance();
    ~Highlighting();

    /// "KSyntaxHighlighting 5.103.0" (the library's version this build links).
    QString backend() const;

    /// The reading lens: quotations, numbers and quantities, dates, attribution phrases and
    /// the given entity names and aliases, highlighted in \a theme's colours on \a document,
    /// each colour adjusted (Core::Colors::readable) to keep a 4.5:1 contrast (WCAG AA) on \a
    /// background. The highlighter is owned by the document.
    QSyntaxHighlighter *createLens(QTextDocument *document, const QStringList &entityNames,
                                   const QString &theme, const QColor &background);
    /// Feeds new entity names to a lens made by createLens() and highlights again.
    void updateLens(QSyntaxHighlighter *lens, const QStringList &entityNames);

    QStringList themeNames() const;
    /// A theme's colour for \a style (text colour; Normal gives the editor's text colour).
    QColor color(const QString &theme, Style style) const;
    QColor background(const QString &theme) const;
    QColor editorColor(const QString &theme, EditorColor color) const;
    /// Whether \a theme is one of themeNames().
    bool hasTheme(const QString &theme) const;

    /// A highlighter for \a syntax ("HTML", "Markdown", "JSON", "XML", "CSV") on \a document,
    /// in \a theme's colours kept readable on \a background, with KSyntaxHighlighting's
    /// definition of that name; null when the repository has none. Owned by the document.
    QSyntaxHighlighter *createHighlighter(QTextDocument *document, const QString &syntax,
                                          const QString &theme, const QColor &background);
    /// The syntax a highlighter made by createHighlighter() or createLens() uses: the
    /// definition's name.
    static QString definitionName(const QSyntaxHighlighter *highlighter);
    /// The repository's theme matching \a background's lightness (Breeze Light or Dark).
    QString defaultTheme(const QColor &background) const;

    /// The lens definition with \a entityNames in its entity rule (for tests and tools).
    static QByteArray lensDefinition(const QStringList &entityNames);

private:
    Highlighting();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Crosscheck::Ui
