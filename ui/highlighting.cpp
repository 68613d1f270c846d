// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighting.h"

#include <core/util/colors.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

// The UI library is static: its resources (the lens definition) are registered by hand.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace Crosscheck::Ui {

namespace {

const QString kLensName = QStringLiteral("Crosscheck Reading Lens");

/// KSyntaxHighlighting's highlighter with the theme's colours kept readable on the view's
/// background.
class ThemedHighlighter final : public KSyntaxHighlighting::SyntaxHighlighter
{
public:
    ThemedHighlighter(QTextDocument *document, const QColor &background)
        : SyntaxHighlighter(document)
        , m_background(background)
    {}

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(Core::Colors::readable(format.textColor(theme()), m_background));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        setFormat(offset, length, f);
    }

private:
    QColor m_background;
};

} // namespace

struct Highlighting::Private
{
    KSyntaxHighlighting::Repository repository;
    QTemporaryDir lensDir; // syntax/crosscheck-lens.xml with the current entity names

    /// \a name's theme, or the repository's default when it has none of that name.
    KSyntaxHighlighting::Theme theme(const QString &name) const
    {
        const KSyntaxHighlighting::Theme t = repository.theme(name);
        return t.isValid() ? t : repository.defaultTheme();
    }
    QSyntaxHighlighter *create(QTextDocument *document, const KSyntaxHighlighting::Definition &def,
                               const QString &themeName, const QColor &background) const
    {
        auto *h = new ThemedHighlighter(document, background);
        h->setTheme(theme(themeName));
        h->setDefinition(def);
        h->rehighlight();
        return h;
    }
    bool searchPathAdded = false;

    KSyntaxHighlighting::Definition writeLens(const QStringList &names)
    {
        QDir(lensDir.path()).mkpath(QStringLiteral("syntax"));
        QFile f(lensDir.filePath(QStringLiteral("syntax/crosscheck-lens.xml")));
        if (f.open(QIODevice::WriteOnly))
            f.write(Highlighting::lensDefinition(names));
        f.close();
        if (!searchPathAdded) {
            repository.addCustomSearchPath(lensDir.path()); // reloads
            searchPathAdded = true;
        } else {
            repository.reload();
        }
        return repository.definitionForName(kLensName);
    }
};

Highlighting &Highlighting::instance()
{
    static Highlighting h;
    return h;
}

Highlighting::Highlighting()
    : d(std::make_unique<Private>())
{
    initUiResources();
}

Highlighting::~Highlighting() = default;

QString Highlighting::backend() const
{
    return QStringLiteral("KSyntaxHighlighting ") +
           QString::fromLatin1(SyntaxHighlighting_VERSION_STRING);
}

QByteArray Highlighting::lensDefinition(const QStringList &entityNames)
{
    initUiResources();
    QFile f(QStringLiteral(":/crosscheck/syntax/crosscheck-lens.xml"));
    f.open(QIODevice::ReadOnly);
    QString xml = QString::fromUtf8(f.readAll());
    // Longest names first, so "Ingrid Solberg" wins over "Solberg".
    QStringList names;
    for (const QString &n : entityNames) {
        if (n.trimmed().size() >= 2)
            names << n.trimmed();
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    static const QRegularExpression entityRule(
        QStringLiteral("\\s*<RegExpr attribute=\"Entity\" String=\"@ENTITIES@\"/>"));
    if (names.isEmpty()) {
        xml.remove(entityRule);
    } else {
        QStringList escaped;
        for (const QString &n : std::as_const(names))
            escaped << QRegularExpression::escape(n);
        const QString pattern =
            QStringLiteral("\\b(?:") + escaped.join(u'|') + QStringLiteral(")(?!\\w)");
        xml.replace(QStringLiteral("@ENTITIES@"), pattern.toHtmlEscaped());
    }
    return xml.toUtf8();
}

QString Highlighting::defaultTheme(const QColor &background) const
{
    const bool dark = background.lightnessF() < 0.5;
    return d->repository
        .defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                           : KSyntaxHighlighting::Repository::LightTheme)
        .name();
}

QSyntaxHighlighter *Highlighting::createLens(QTextDocument *document,
                                             const QStringList &entityNames, const QString &theme,
                                             const QColor &background)
{
    return d->create(document, d->writeLens(entityNames), theme, background);
}

void Highlighting::updateLens(QSyntaxHighlighter *lens, const QStringList &entityNames)
{
    if (auto *h = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(lens)) {
        h->setDefinition(d->writeLens(entityNames));
        h->rehighlight();
    }
}

QStringList Highlighting::themeNames() const
{
    QStringList names;
    for (const KSyntaxHighlighting::Theme &t : d->repository.themes())
        names << t.name();
    return names;
}

QColor Highlighting::color(const QString &theme, Style style) const
{
    using KT = KSyntaxHighlighting::Theme;
    static const QHash<int, KT::TextStyle> map{{int(Style::Normal), KT::Normal},
                                               {int(Style::Keyword), KT::Keyword},
                                               {int(Style::Function), KT::Function},
                                               {int(Style::String), KT::String},
                                               {int(Style::SpecialString), KT::SpecialString},
                                               {int(Style::DecVal), KT::DecVal},
                                               {int(Style::Comment), KT::Comment},
                                               {int(Style::Alert), KT::Alert},
                                               {int(Style::Error), KT::Error}};
    const KT t = d->theme(theme);
    return QColor::fromRgba(t.textColor(map.value(int(style))));
}

QColor Highlighting::background(const QString &theme) const
{
    return editorColor(theme, EditorColor::Background);
}

QColor Highlighting::editorColor(const QString &theme, EditorColor color) const
{
    using KT = KSyntaxHighlighting::Theme;
    static const QHash<int, KT::EditorColorRole> map{
        {int(EditorColor::Background), KT::BackgroundColor},
        {int(EditorColor::Selection), KT::TextSelection},
        {int(EditorColor::SearchHighlight), KT::SearchHighlight},
        {int(EditorColor::ModifiedLines), KT::ModifiedLines},
        {int(EditorColor::SavedLines), KT::SavedLines}};
    const KT t = d->theme(theme);
    return QColor::fromRgba(t.editorColor(map.value(int(color))));
}

bool Highlighting::hasTheme(const QString &theme) const
{
    return !theme.isEmpty() && themeNames().contains(theme);
}

QSyntaxHighlighter *Highlighting::createHighlighter(QTextDocument *document, const QString &syntax,
                                                    const QString &theme, const QColor &background)
{
    const KSyntaxHighlighting::Definition def = d->repository.definitionForName(syntax);
    if (!def.isValid())
        return nullptr;
    return d->create(document, def, theme, background);
}

QString Highlighting::definitionName(const QSyntaxHighlighter *highlighter)
{
    if (auto *h = dynamic_cast<const KSyntaxHighlighting::SyntaxHighlighter *>(highlighter))
        return h->definition().name();
    return {};
}

} // namespace Crosscheck::Ui
