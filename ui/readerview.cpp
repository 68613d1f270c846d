#include "readerview.h"
#include "highlighting.h"

#include <QSyntaxHighlighter>

#include "comparestyle.h"

#include "project/project.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_text, 1);
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
        Highlighting &h = Highlighting::instance();
        const QColor base = m_text->palette().color(QPalette::Base);
        m_lens = h.createLens(m_text->document(), entityNames(), h.defaultTheme(base), base);
    } else {
        delete m_lens; // the document's formats go with it
        m_lens = nullptr;
    }
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
}

void ReaderView::refreshMentions()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_project && m_id) {
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
            sel.format = CompareStyle::mentionFormat(t ? QColor(t->color) : QColor(Qt::gray),
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
