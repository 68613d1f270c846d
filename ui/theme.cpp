// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"
#include "settings.h"

#include <core/util/colors.h>

#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QWidget>

namespace Crosscheck::Ui {

namespace {
const Setting<QString> kTheme("Ui/theme", QString());
/// How far a highlight may go from the page (contrast ratio).
constexpr double kHighlightRange = 1.7;
constexpr double kTextRatio = 4.5;
constexpr double kOutlineRatio = 3.0;
} // namespace

using Core::Colors::blend;
using Core::Colors::contrast;
using Core::Colors::luminance;
using Core::Colors::readable;

Theme::Theme(const QString &name)
{
    const Highlighting &h = Highlighting::instance();
    using E = Highlighting::EditorColor;
    using S = Highlighting::Style;
    m_name = h.hasTheme(name) ? name : h.defaultTheme(QColor(Qt::white));
    m_background = h.editorColor(m_name, E::Background);
    const double lb = luminance(m_background);
    m_dark = lb < 0.18;
    m_limit = m_dark ? (lb + 0.05) * kHighlightRange - 0.05 : (lb + 0.05) / kHighlightRange - 0.05;
    m_floor = Core::Colors::greyOfLuminance(m_limit);
    // The floor grey is rounded to 16 bits per channel: nudge it to the far side of the limit.
    m_text = readable(h.color(m_name, S::Normal), m_floor, kTextRatio + 0.05);

    m_selection = h.editorColor(m_name, E::Selection);
    m_selectedText = contrast(m_text, m_selection) >= kTextRatio
                         ? m_text
                         : readable(Core::Colors::textOn(m_selection), m_selection, kTextRatio);

    m_passage = highlight(m_selection, 0.35);
    m_passageCurrent = highlight(m_selection, 0.65);
    m_deleted = highlight(h.color(m_name, S::Error), 0.28);
    m_inserted = highlight(h.editorColor(m_name, E::SavedLines), 0.35);
    const QColor modified = h.editorColor(m_name, E::ModifiedLines);
    m_replaced = highlight(modified, 0.45);
    m_replaceLine = outline(modified);
    const QColor function = h.color(m_name, S::Function);
    m_moved = highlight(function, 0.3);
    m_movedBox = outline(function);
}

QColor Theme::highlight(const QColor &accent, double strength) const
{
    for (double s = strength; s > 0.0; s -= 0.03) {
        const QColor c = blend(m_background, accent, s);
        const double l = luminance(c);
        if (m_dark ? l <= m_limit : l >= m_limit)
            return c;
    }
    return m_background;
}

QColor Theme::outline(const QColor &accent) const
{
    return readable(accent, m_background, kOutlineRatio);
}

QColor Theme::textColor(Highlighting::Style style) const
{
    return readable(Highlighting::instance().color(m_name, style), m_floor, kTextRatio + 0.05);
}

QTextCharFormat Theme::passageFormat(bool current) const
{
    QTextCharFormat f;
    f.setBackground(current ? m_passageCurrent : m_passage);
    return f;
}

QTextCharFormat Theme::runFormat(Core::Analysis::DiffRun::Kind kind, bool moved, bool left) const
{
    using Kind = Core::Analysis::DiffRun::Kind;
    QTextCharFormat f;
    if (moved) {
        f.setBackground(m_moved);
        f.setFontUnderline(true);
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(m_movedBox);
        return f;
    }
    switch (kind) {
    case Kind::Delete:
    case Kind::Insert:
        if (left) {
            f.setBackground(m_deleted);
            f.setFontStrikeOut(true);
        } else {
            f.setBackground(m_inserted);
            f.setFontUnderline(true);
        }
        break;
    case Kind::Replace:
        f.setBackground(m_replaced);
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(m_replaceLine);
        break;
    case Kind::Equal:
        break;
    }
    return f;
}

QColor Theme::mentionInk() const
{
    // Half way from the text to the page: visible on every tint, quieter than the words.
    return QColor::fromRgbF((m_text.redF() * 2 + m_background.redF()) / 3,
                            (m_text.greenF() * 2 + m_background.greenF()) / 3,
                            (m_text.blueF() * 2 + m_background.blueF()) / 3);
}

QTextCharFormat Theme::mentionFormat(const QColor &typeColor, bool strong) const
{
    QTextCharFormat f;
    f.setBackground(highlight(typeColor, strong ? 0.5 : 0.22));
    f.setFontUnderline(true);
    f.setUnderlineColor(outline(typeColor));
    if (strong)
        f.setFontWeight(QFont::Bold);
    return f;
}

QList<QColor> Theme::highlightBackgrounds(const QList<QColor> &typeColors) const
{
    QList<QColor> list{m_background, m_passage,  m_passageCurrent, m_deleted,
                       m_inserted,   m_replaced, m_moved};
    for (const QColor &c : typeColors)
        list << mentionFormat(c, false).background().color()
             << mentionFormat(c, true).background().color();
    return list;
}

void Theme::applyTo(QWidget *view) const
{
    QPalette p = view->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Base, m_background);
        p.setColor(group, QPalette::Text, m_text);
        p.setColor(group, QPalette::Highlight, m_selection);
        p.setColor(group, QPalette::HighlightedText, m_selectedText);
        p.setColor(group, QPalette::PlaceholderText, textColor(Highlighting::Style::Comment));
    }
    p.setColor(QPalette::Disabled, QPalette::Base, m_background);
    view->setPalette(p);
}

ThemeManager &ThemeManager::instance()
{
    static ThemeManager *manager = new ThemeManager; // lives as long as the application
    return *manager;
}

ThemeManager::ThemeManager()
    : m_theme(effectiveName())
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

QString ThemeManager::setting()
{
    return kTheme.value();
}

void ThemeManager::setSetting(const QString &theme)
{
    if (theme.isEmpty())
        kTheme.reset();
    else
        kTheme.setValue(theme);
    instance().reload();
}

QString ThemeManager::effectiveName() const
{
    const QString chosen = kTheme.value();
    const Highlighting &h = Highlighting::instance();
    if (h.hasTheme(chosen))
        return chosen;
    return systemTheme();
}

QString ThemeManager::systemTheme()
{
    return Highlighting::instance().defaultTheme(QGuiApplication::palette().color(QPalette::Base));
}

void ThemeManager::reload()
{
    const QString name = effectiveName();
    if (name == m_theme.name())
        return;
    m_theme = Theme(name);
    emit changed();
}

bool ThemeManager::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() &&
        event->type() == QEvent::ApplicationPaletteChange)
        reload();
    return QObject::eventFilter(watched, event);
}

} // namespace Crosscheck::Ui
