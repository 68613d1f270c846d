// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"
#include "findbar.h"
#include "highlighting.h"

#include <QSyntaxHighlighter>

#include "theme.h"

#include <core/importers/textdecoder.h>
#include <core/project/project.h>

#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_markupPage(new QWidget(this))
    , m_markupInfo(new QLabel(m_markupPage))
    , m_markup(new QPlainTextEdit(m_markupPage))
    , m_findBar(new FindBar(m_text, this))
{
    m_title->setObjectName(QStringLiteral("readerTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);

    m_meta->setObjectName(QStringLiteral("readerMeta"));
    m_meta->setWordWrap(true);
    m_meta->setTextFormat(Qt::RichText); // every value is escaped in refresh()
    m_meta->setOpenExternalLinks(true);
    m_meta->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_text->setObjectName(QStringLiteral("readerText"));
    m_text->setReadOnly(true);
    // Read-only, yet the keyboard can move a cursor and select (Shift+arrows) for later tagging.
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlaceholderText(tr("Select a source to read it."));
    QFont body = m_text->font();
    body.setPointSizeF(body.pointSizeF() * 1.1);
    m_text->setFont(body);

    m_markupInfo->setObjectName(QStringLiteral("markupInfo"));
    m_markupInfo->setWordWrap(true);
    m_markupInfo->setTextFormat(Qt::PlainText);
    m_markup->setObjectName(QStringLiteral("markupText"));
    m_markup->setReadOnly(true);
    m_markup->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_markup->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_markup->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *markupLayout = new QVBoxLayout(m_markupPage);
    markupLayout->setContentsMargins(0, 0, 0, 0);
    markupLayout->addWidget(m_markupInfo);
    markupLayout->addWidget(m_markup, 1);
    m_markupPage->setFocusProxy(m_markup);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_markupPage);

    ThemeManager::instance().theme().applyTo(m_text);
    ThemeManager::instance().theme().applyTo(m_markup);
    connect(&ThemeManager::instance(), &ThemeManager::changed, this, &ReaderView::applyTheme);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_findBar);
    setFocusProxy(m_text);
    refresh();
}

void ReaderView::setProject(const Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_id = 0;
    if (m_project) {
        connect(m_project, &Core::Project::sourceChanged, this, [this](int row) {
            if (m_project->sourceAt(row).id == m_id)
                refresh();
        });
        connect(m_project, &Core::Project::annotationsChanged, this, &ReaderView::refreshMentions);
        connect(m_project, &Core::Project::annotationsChanged, this, [this] {
            if (m_lens)
                Highlighting::instance().updateLens(m_lens, entityNames());
        });
        connect(m_project, &Core::Project::sourceRemoved, this, [this](int) {
            if (m_project->rowOf(m_id) < 0)
                showSource(0);
        });
    }
    refresh();
}

void ReaderView::showSource(Core::SourceId id)
{
    if (id == m_id)
        return;
    m_id = id;
    refresh();
}

QString ReaderView::headerText() const
{
    return m_title->text();
}

QStringList ReaderView::entityNames() const
{
    QStringList names;
    if (!m_project)
        return names;
    for (const Core::Entity &e : m_project->entities())
        names << e.name << e.aliases;
    return names;
}

void ReaderView::setLensEnabled(bool on)
{
    if (on == isLensEnabled())
        return;
    if (on) {
        // The lens's colours are made readable on every highlight the theme may put under them.
        const Theme &theme = ThemeManager::instance().theme();
        m_lens = Highlighting::instance().createLens(m_text->document(), entityNames(),
                                                     theme.name(), theme.contrastFloor());
    } else {
        delete m_lens; // the document's formats go with it
        m_lens = nullptr;
    }
}

void ReaderView::applyTheme()
{
    ThemeManager::instance().theme().applyTo(m_text);
    ThemeManager::instance().theme().applyTo(m_markup);
    if (isMarkupShown())
        loadMarkup();
    if (m_lens) {
        setLensEnabled(false);
        setLensEnabled(true);
    }
    refreshMentions();
}

void ReaderView::refresh()
{
    const Core::Source s = m_project ? m_project->source(m_id) : Core::Source();
    if (!s.isValid()) {
        m_title->clear();
        m_meta->clear();
        m_text->clear();
        return;
    }
    m_title->setText(s.meta.title);
    QStringList parts;
    const auto add = [&parts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            parts
                << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    add(tr("Outlet:"), s.meta.outlet);
    add(tr("Author:"), s.meta.author);
    QString date = s.meta.published;
    const QDateTime dt = QDateTime::fromString(s.meta.published, Qt::ISODate);
    if (s.meta.published.size() > 10 && dt.isValid())
        date = QLocale().toString(dt, QLocale::ShortFormat);
    else if (const QDate d = QDate::fromString(s.meta.published, Qt::ISODate); d.isValid())
        date = QLocale().toString(d, QLocale::LongFormat);
    add(tr("Published:"), date);
    add(tr("Language:"), s.meta.language);
    add(tr("Words:"), QLocale().toString(s.wordCount));
    QStringList origin;
    if (!s.fileName.isEmpty())
        origin << s.fileName;
    origin << s.format.toUpper();
    if (!s.encoding.isEmpty() && s.format != QLatin1String("pdf"))
        origin << s.encoding;
    add(tr("Imported from:"), origin.join(QStringLiteral(", ")));
    QString html = parts.join(QStringLiteral(" &nbsp;·&nbsp; "));
    const QUrl url(s.meta.url, QUrl::StrictMode);
    if (url.isValid() &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
        // The link opens in the user's browser only when clicked; nothing is fetched here.
        html += QStringLiteral("<br><a href=\"%1\">%2</a>")
                    .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(),
                         s.meta.url.toHtmlEscaped());
    } else if (!s.meta.url.isEmpty()) {
        html += QStringLiteral("<br>") + s.meta.url.toHtmlEscaped();
    }
    m_meta->setText(html);
    m_text->setPlainText(m_project->sourceText(m_id));
    m_text->moveCursor(QTextCursor::Start);
    refreshMentions();
    if (isMarkupShown()) {
        if (hasMarkup())
            loadMarkup();
        else
            setMarkupShown(false);
    }
    emit markupStateChanged();
}

bool ReaderView::hasMarkup() const
{
    if (!m_project || !m_id)
        return false;
    const QString format = m_project->source(m_id).format;
    return format == QLatin1String("html") || format == QLatin1String("md");
}

bool ReaderView::isMarkupShown() const
{
    return m_stack->currentWidget() == m_markupPage;
}

void ReaderView::setMarkupShown(bool on)
{
    on = on && hasMarkup();
    if (on == isMarkupShown())
        return;
    if (on)
        loadMarkup();
    m_stack->setCurrentWidget(on ? m_markupPage : static_cast<QWidget *>(m_text));
    setFocusProxy(on ? static_cast<QWidget *>(m_markup) : m_text);
    if (!on) {
        delete m_markupHighlighter;
        m_markupHighlighter = nullptr;
        m_markup->clear(); // an original can be large: not kept while hidden
    }
    emit markupStateChanged();
}

void ReaderView::loadMarkup()
{
    delete m_markupHighlighter;
    m_markupHighlighter = nullptr;
    const Core::Source s = m_project->source(m_id);
    const QByteArray original = m_project->sourceOriginal(m_id);
    const Core::TextDecoder::Result decoded =
        Core::TextDecoder::decode(original, s.encoding.toLatin1());
    const bool html = s.format == QLatin1String("html");
    const QString kind = html ? QStringLiteral("HTML") : QStringLiteral("Markdown");
    // Shown as text: nothing in it is rendered or loaded. Very large files are shown without
    // colours, which would take long to compute.
    constexpr qsizetype kHighlightLimit = 4 * 1024 * 1024;
    QString info = tr("Original file %1 (%2, %3, %4), shown as text: nothing in it is rendered "
                      "or loaded.")
                       .arg(s.fileName.isEmpty() ? tr("(pasted)") : s.fileName, kind,
                            QLocale().formattedDataSize(original.size()),
                            decoded.isValid() ? decoded.encoding : s.encoding);
    if (original.size() > kHighlightLimit)
        info += u' ' + tr("It is too large to highlight.");
    m_markupInfo->setText(info);
    m_markup->setPlainText(decoded.isValid() ? decoded.text : QString::fromUtf8(original));
    if (original.size() <= kHighlightLimit) {
        const Theme &theme = ThemeManager::instance().theme();
        m_markupHighlighter = Highlighting::instance().createHighlighter(
            m_markup->document(), kind, theme.name(), theme.contrastFloor());
    }
}

void ReaderView::refreshMentions()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_project && m_id) {
        const Theme &theme = ThemeManager::instance().theme();
        for (const Core::Mention &m : m_project->mentionsIn(m_id)) {
            const Core::Entity *e = m_project->entity(m.entity);
            const Core::EntityType *t = e ? m_project->entityType(e->type) : nullptr;
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(m_text->document());
            sel.cursor.setPosition(
                std::min<int>(m.span.start, m_text->document()->characterCount() - 1));
            sel.cursor.setPosition(
                std::min<int>(m.span.end, m_text->document()->characterCount() - 1),
                QTextCursor::KeepAnchor);
            sel.format = theme.mentionFormat(t ? QColor(t->color) : QColor(Qt::gray),
                                             m.entity == m_highlighted);
            QString tip =
                e ? QStringLiteral("%1 (%2)").arg(e->name, t ? t->name : QString()) : QString();
            if (m.origin == QLatin1String("batch"))
                tip +=
                    u' ' +
                    tr("— applied by a batch run, confidence %1%").arg(qRound(m.confidence * 100));
            sel.format.setToolTip(tip);
            selections << sel;
        }
    }
    m_text->setExtraSelections(selections);
}

void ReaderView::setHighlightedEntity(qint64 entity)
{
    m_highlighted = entity;
    refreshMentions();
}

void ReaderView::selectSpan(Core::Analysis::Span span)
{
    QTextCursor c(m_text->document());
    const int max = m_text->document()->characterCount() - 1;
    c.setPosition(std::clamp<int>(span.start, 0, max));
    c.setPosition(std::clamp<int>(span.end, 0, max), QTextCursor::KeepAnchor);
    m_text->setTextCursor(c);
    m_text->ensureCursorVisible();
}

} // namespace Crosscheck::Ui
