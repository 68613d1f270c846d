// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlighting.h"
#include <core/analysis/worddiff.h>

#include <QColor>
#include <QList>
#include <QObject>
#include <QString>
#include <QTextCharFormat>

class QWidget;

namespace Crosscheck::Ui {

/// The colours of Crosscheck's text views (reader, compare panes, family alignment, markup
/// view, export preview), derived from a syntax-highlighting theme's editor colours: its
/// background and text, its selection, and its search, modified-line, saved-line, error and
/// function colours as the accents of passages and differences.
///
/// Contrast is kept by construction: every highlight stays within 1.7:1 of the page (its
/// strength is lowered until it does), and every text colour (the theme's normal text and the
/// reading lens's colours) is made to reach 4.5:1 (WCAG AA) against the farthest a highlight
/// may go, so text on any highlight reads at 4.5:1 or better.
class Theme
{
public:
    explicit Theme(const QString &name);

    QString name() const { return m_name; }
    bool isDark() const { return m_dark; }

    QColor background() const { return m_background; }
    QColor text() const { return m_text; }
    QColor selection() const { return m_selection; }
    QColor selectedText() const { return m_selectedText; }
    /// The page colour as far as a highlight may go from it: text colours are made readable on
    /// it (the reading lens is created against it).
    QColor contrastFloor() const { return m_floor; }

    /// \a accent blended into the page at \a strength, lowered until it stays within 1.7:1.
    QColor highlight(const QColor &accent, double strength) const;
    /// A colour for lines and outlines (3:1 against the page, WCAG non-text contrast).
    QColor outline(const QColor &accent) const;
    /// A theme colour for text, readable (4.5:1) on every highlight.
    QColor textColor(Highlighting::Style style) const;

    /// Words two passages share (stronger for the current passage).
    QTextCharFormat passageFormat(bool current) const;
    /// One diff run on the left (\a left) or right side; moved runs are also boxed.
    QTextCharFormat runFormat(Core::Analysis::DiffRun::Kind kind, bool moved, bool left) const;
    QColor movedBox() const { return m_movedBox; }
    /// The corner brackets around mentions in the compare view: the text colour, softened.
    QColor mentionInk() const;
    /// An entity mention: a tint of its type's colour and an underline in it (stronger and
    /// bold for the entity selected in the Entities tab).
    QTextCharFormat mentionFormat(const QColor &typeColor, bool strong) const;
    /// Every background this theme puts under text with the given entity type colours (for
    /// the contrast test).
    QList<QColor> highlightBackgrounds(const QList<QColor> &typeColors) const;

    /// Gives a text view the theme's page, text and selection colours (active and inactive).
    void applyTo(QWidget *view) const;

private:
    QString m_name;
    bool m_dark = false;
    double m_limit = 0; // luminance a highlight may reach
    QColor m_background, m_text, m_selection, m_selectedText, m_floor;
    QColor m_passage, m_passageCurrent, m_deleted, m_inserted, m_replaced, m_replaceLine, m_moved,
        m_movedBox;
};

/// The app's current theme: the one chosen in Preferences, or (by default) Breeze Light or
/// Dark following the system palette, updated when the system palette changes.
class ThemeManager final : public QObject
{
    Q_OBJECT
public:
    static ThemeManager &instance();

    /// The theme matching the system palette (light or dark).
    static QString systemTheme();
    /// The chosen theme's name; empty to follow the system.
    static QString setting();
    static void setSetting(const QString &theme);

    const Theme &theme() const { return m_theme; }
    /// Re-reads the setting and the system palette; emits changed() when the theme differs.
    void reload();

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ThemeManager();
    QString effectiveName() const;
    Theme m_theme;
};

} // namespace Crosscheck::Ui
