#include "highlighting.h"

#include "util/colors.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

#ifdef CROSSCHECK_HAVE_KSH
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>
#endif

// The UI library is static: its resources (the lens definition) are registered by hand.
static void initUiResources()
{
    Q_INIT_RESOURCE(ui);
}

namespace Crosscheck::Ui {

namespace {

const QString kLensName = QStringLiteral("Crosscheck Reading Lens");

/// Built-in themes for builds without KSyntaxHighlighting: Breeze-like colours, every one at
/// least 4.5:1 against its background.
struct BuiltinTheme
{
    QString name;
    QColor background;
    QHash<int, QColor> colors; // Style -> text colour
    QHash<int, QColor> editor; // EditorColor -> colour
};

const std::vector<BuiltinTheme> &builtinThemes()
{
    using S = Highlighting::Style;
    using E = Highlighting::EditorColor;
    static const std::vector<BuiltinTheme> themes{
        {QStringLiteral("Crosscheck Light"),
         QColor(0xff, 0xff, 0xff),
         {{int(S::Normal), QColor(0x1f, 0x1c, 0x1b)},
          {int(S::Keyword), QColor(0x1f, 0x1c, 0x1b)},
          {int(S::Function), QColor(0x64, 0x4a, 0x9b)},
          {int(S::String), QColor(0xa3, 0x1f, 0x1f)},
          {int(S::SpecialString), QColor(0x8a, 0x4b, 0x00)},
          {int(S::DecVal), QColor(0x00, 0x5c, 0x8a)},
          {int(S::Comment), QColor(0x5a, 0x5a, 0x5a)},
          {int(S::Alert), QColor(0xbf, 0x03, 0x03)},
          {int(S::Error), QColor(0xbf, 0x03, 0x03)}},
         {{int(E::Background), QColor(0xff, 0xff, 0xff)},
          {int(E::Selection), QColor(0x94, 0xca, 0xef)},
          {int(E::SearchHighlight), QColor(0xff, 0xff, 0x00)},
          {int(E::ModifiedLines), QColor(0xfd, 0xbc, 0x4b)},
          {int(E::SavedLines), QColor(0x2e, 0xcc, 0x71)}}},
        {QStringLiteral("Crosscheck Dark"),
         QColor(0x23, 0x26, 0x29),
         {{int(S::Normal), QColor(0xcf, 0xcf, 0xc2)},
          {int(S::Keyword), QColor(0xcf, 0xcf, 0xc2)},
          {int(S::Function), QColor(0xc3, 0xa6, 0xf0)},
          {int(S::String), QColor(0xf4, 0x8f, 0x8f)},
          {int(S::SpecialString), QColor(0xf6, 0xb2, 0x5d)},
          {int(S::DecVal), QColor(0x6e, 0xc2, 0xf0)},
          {int(S::Comment), QColor(0xa0, 0xa0, 0x9a)},
          {int(S::Alert), QColor(0xff, 0x7a, 0x7a)},
          {int(S::Error), QColor(0xda, 0x44, 0x53)}},
         {{int(E::Background), QColor(0x23, 0x26, 0x29)},
          {int(E::Selection), QColor(0x2d, 0x5c, 0x76)},
          {int(E::SearchHighlight), QColor(0x21, 0x80, 0x58)},
          {int(E::ModifiedLines), QColor(0xc0, 0x49, 0x00)},
          {int(E::SavedLines), QColor(0x1c, 0x80, 0x42)}}},
    };
    return themes;
}

[[maybe_unused]] const BuiltinTheme &builtinTheme(const QString &name)
{
    for (const BuiltinTheme &t : builtinThemes()) {
        if (t.name == name)
            return t;
    }
    return builtinThemes().front();
}

Highlighting::Style styleFromDefStyle(const QString &defStyle)
{
    using S = Highlighting::Style;
    static const QHash<QString, S> map{{QStringLiteral("dsNormal"), S::Normal},
                                       {QStringLiteral("dsKeyword"), S::Keyword},
                                       {QStringLiteral("dsFunction"), S::Function},
                                       {QStringLiteral("dsString"), S::String},
                                       {QStringLiteral("dsSpecialString"), S::SpecialString},
                                       {QStringLiteral("dsDecVal"), S::DecVal},
                                       {QStringLiteral("dsComment"), S::Comment},
                                       {QStringLiteral("dsAlert"), S::Alert},
                                       {QStringLiteral("dsError"), S::Error}};
    return map.value(defStyle, S::Normal);
}

/// The built-in highlighter: the RegExpr rules of a definition's first context, tried in
/// order at each position as KSyntaxHighlighting does; the first that matches there wins.
class BuiltinHighlighter final : public QSyntaxHighlighter
{
public:
    BuiltinHighlighter(QTextDocument *document, const QString &theme, const QColor &background)
        : QSyntaxHighlighter(document)
        , m_name(QStringLiteral("built-in"))
        , m_theme(theme)
        , m_background(background)
    {}

    void setDefinition(const QByteArray &xml)
    {
        m_rules.clear();
        QHash<QString, QTextCharFormat> formats;
        struct Pending
        {
            QString pattern, attribute;
            bool insensitive;
        };
        std::vector<Pending> pending;
        QXmlStreamReader r(xml);
        bool inFirstContext = false, seenContext = false;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("language")) {
                m_name = QStringLiteral("built-in ") +
                         r.attributes().value(QStringLiteral("name")).toString();
            } else if (r.isStartElement() && r.name() == QLatin1String("context") && !seenContext) {
                inFirstContext = seenContext = true;
            } else if (r.isEndElement() && r.name() == QLatin1String("context")) {
                inFirstContext = false;
            } else if (r.isStartElement() && inFirstContext &&
                       r.name() == QLatin1String("RegExpr")) {
                const auto a = r.attributes();
                pending.push_back(
                    {a.value(QStringLiteral("String")).toString(),
                     a.value(QStringLiteral("attribute")).toString(),
                     a.value(QStringLiteral("insensitive")) == QLatin1String("true")});
            } else if (r.isStartElement() && r.name() == QLatin1String("itemData")) {
                const auto a = r.attributes();
                QTextCharFormat f;
                const Highlighting::Style style =
                    styleFromDefStyle(a.value(QStringLiteral("defStyleNum")).toString());
                if (style != Highlighting::Style::Normal)
                    f.setForeground(Core::Colors::readable(
                        Highlighting::instance().color(m_theme, style), m_background));
                if (a.value(QStringLiteral("bold")) == QLatin1String("1") ||
                    style == Highlighting::Style::Keyword)
                    f.setFontWeight(QFont::Bold);
                if (a.value(QStringLiteral("italic")) == QLatin1String("1"))
                    f.setFontItalic(true);
                formats.insert(a.value(QStringLiteral("name")).toString(), f);
            }
        }
        for (const Pending &p : pending) {
            QRegularExpression re(p.pattern, p.insensitive
                                                 ? QRegularExpression::CaseInsensitiveOption
                                                 : QRegularExpression::NoPatternOption);
            if (re.isValid() && !p.pattern.isEmpty())
                m_rules.push_back({re, formats.value(p.attribute)});
        }
        rehighlight();
    }
    QString name() const { return m_name; }

protected:
    void highlightBlock(const QString &text) override
    {
        // Each rule's next match from the current position, searched once and kept until the
        // position passes it: the earliest wins, and at equal starts the rule listed first, as
        // when every rule is tried in order at each position (the leftmost match a search finds
        // from a position is the match anchored where it starts).
        std::vector<QRegularExpressionMatch> next(m_rules.size());
        std::vector<bool> searched(m_rules.size(), false);
        const auto find = [&](size_t i, int from) {
            QRegularExpressionMatch m = m_rules[i].re.match(text, from);
            // A match of no characters colours nothing: look past it.
            while (m.hasMatch() && m.capturedLength() == 0 && m.capturedStart() < text.size())
                m = m_rules[i].re.match(text, int(m.capturedStart()) + 1);
            next[i] = m;
            searched[i] = true;
        };
        int pos = 0;
        while (pos < text.size()) {
            int best = -1;
            qsizetype bestStart = text.size();
            for (size_t i = 0; i < m_rules.size(); ++i) {
                if (!searched[i] || (next[i].hasMatch() && next[i].capturedStart() < pos))
                    find(i, pos);
                if (next[i].hasMatch() && next[i].capturedLength() > 0 &&
                    next[i].capturedStart() < bestStart) {
                    best = int(i);
                    bestStart = next[i].capturedStart();
                }
            }
            if (best < 0)
                break;
            const QRegularExpressionMatch &m = next[size_t(best)];
            setFormat(int(bestStart), int(m.capturedLength()), m_rules[size_t(best)].format);
            pos = int(bestStart + m.capturedLength());
        }
    }

private:
    struct Rule
    {
        QRegularExpression re;
        QTextCharFormat format;
    };
    QString m_name;
    QString m_theme;
    QColor m_background;
    std::vector<Rule> m_rules;
};

#ifdef CROSSCHECK_HAVE_KSH
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
#endif

} // namespace

struct Highlighting::Private
{
#ifdef CROSSCHECK_HAVE_KSH
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
#endif
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
#ifdef CROSSCHECK_HAVE_KSH
    return QStringLiteral("KSyntaxHighlighting ") +
           QString::fromLatin1(SyntaxHighlighting_VERSION_STRING);
#else
    return QStringLiteral("built-in");
#endif
}

bool Highlighting::usesKSyntaxHighlighting() const
{
#ifdef CROSSCHECK_HAVE_KSH
    return true;
#else
    return false;
#endif
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
#ifdef CROSSCHECK_HAVE_KSH
    return d->repository
        .defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                           : KSyntaxHighlighting::Repository::LightTheme)
        .name();
#else
    return builtinThemes()[dark ? 1 : 0].name;
#endif
}

QSyntaxHighlighter *Highlighting::createLens(QTextDocument *document,
                                             const QStringList &entityNames, const QString &theme,
                                             const QColor &background)
{
#ifdef CROSSCHECK_HAVE_KSH
    return d->create(document, d->writeLens(entityNames), theme, background);
#else
    auto *h = new BuiltinHighlighter(document, theme, background);
    h->setDefinition(lensDefinition(entityNames));
    return h;
#endif
}

void Highlighting::updateLens(QSyntaxHighlighter *lens, const QStringList &entityNames)
{
#ifdef CROSSCHECK_HAVE_KSH
    if (auto *h = dynamic_cast<KSyntaxHighlighting::SyntaxHighlighter *>(lens)) {
        h->setDefinition(d->writeLens(entityNames));
        h->rehighlight();
    }
#else
    if (auto *h = dynamic_cast<BuiltinHighlighter *>(lens))
        h->setDefinition(lensDefinition(entityNames));
#endif
}

QStringList Highlighting::themeNames() const
{
    QStringList names;
#ifdef CROSSCHECK_HAVE_KSH
    for (const KSyntaxHighlighting::Theme &t : d->repository.themes())
        names << t.name();
#else
    for (const BuiltinTheme &t : builtinThemes())
        names << t.name;
#endif
    return names;
}

QColor Highlighting::color(const QString &theme, Style style) const
{
#ifdef CROSSCHECK_HAVE_KSH
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
#else
    return builtinTheme(theme).colors.value(int(style));
#endif
}

QColor Highlighting::background(const QString &theme) const
{
    return editorColor(theme, EditorColor::Background);
}

QColor Highlighting::editorColor(const QString &theme, EditorColor color) const
{
#ifdef CROSSCHECK_HAVE_KSH
    using KT = KSyntaxHighlighting::Theme;
    static const QHash<int, KT::EditorColorRole> map{
        {int(EditorColor::Background), KT::BackgroundColor},
        {int(EditorColor::Selection), KT::TextSelection},
        {int(EditorColor::SearchHighlight), KT::SearchHighlight},
        {int(EditorColor::ModifiedLines), KT::ModifiedLines},
        {int(EditorColor::SavedLines), KT::SavedLines}};
    const KT t = d->theme(theme);
    return QColor::fromRgba(t.editorColor(map.value(int(color))));
#else
    return builtinTheme(theme).editor.value(int(color));
#endif
}

bool Highlighting::hasTheme(const QString &theme) const
{
    return !theme.isEmpty() && themeNames().contains(theme);
}

QSyntaxHighlighter *Highlighting::createHighlighter(QTextDocument *document, const QString &syntax,
                                                    const QString &theme, const QColor &background)
{
#ifdef CROSSCHECK_HAVE_KSH
    const KSyntaxHighlighting::Definition def = d->repository.definitionForName(syntax);
    if (def.isValid())
        return d->create(document, def, theme, background);
#endif
    QFile f(QStringLiteral(":/crosscheck/syntax/fallback/%1.xml").arg(syntax.toLower()));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    auto *h = new BuiltinHighlighter(document, theme, background);
    h->setDefinition(f.readAll());
    return h;
}

QString Highlighting::definitionName(const QSyntaxHighlighter *highlighter)
{
#ifdef CROSSCHECK_HAVE_KSH
    if (auto *h = dynamic_cast<const KSyntaxHighlighting::SyntaxHighlighter *>(highlighter))
        return h->definition().name();
#endif
    if (auto *h = dynamic_cast<const BuiltinHighlighter *>(highlighter))
        return h->name();
    return {};
}

} // namespace Crosscheck::Ui
