#include "reviewpanel.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <core/models/annotationmodels.h>
#include <core/models/overlaplistmodel.h>
#include <core/project/project.h>

namespace Crosscheck::Ui {

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_progress(new QLabel(this))
    , m_title(new QLabel(this))
    , m_context(new QTextBrowser(this))
{
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_context->setObjectName(QStringLiteral("reviewContext"));
    // Our own escaped HTML; nothing is fetched (no links followed, no remote images).
    m_context->setOpenLinks(false);
    m_context->setOpenExternalLinks(false);
    auto *keys = new QLabel(tr("J / K: next / previous · A: accept · X: reject · E: edit · "
                               "T: retype · N: note · S: skip · F5: rebuild the queue"),
                            this);
    keys->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_progress);
    layout->addWidget(m_title);
    layout->addWidget(m_context, 1);
    layout->addWidget(keys);
    setFocusPolicy(Qt::StrongFocus);
    m_context->setFocusPolicy(Qt::NoFocus);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(150);
    connect(&m_refresh, &QTimer::timeout, this, &ReviewPanel::refresh);
    // The page in the theme's colours, light or dark, as the reader and the compare view.
    ThemeManager::instance().theme().applyTo(m_context);
    connect(&ThemeManager::instance(), &ThemeManager::changed, this, [this] {
        ThemeManager::instance().theme().applyTo(m_context);
        show();
    });
}

void ReviewPanel::setProject(Core::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_items.clear();
    m_position = 0;
    m_done = 0;
    m_built = false;
    m_stale = false;
    if (m_project) {
        // Several changes in a row (Tag All, an undo of many) refresh once.
        const auto later = [this] {
            if (!m_deciding)
                m_refresh.start();
        };
        connect(m_project, &Core::Project::annotationsChanged, this, later);
        connect(m_project, &Core::Project::passagesChanged, this, later);
        connect(m_project, &Core::Project::reviewsChanged, this, later);
    }
    show();
}

void ReviewPanel::rebuild()
{
    // The decided count is the session's: a rebuild (F5) does not take it back.
    m_items = m_project ? Core::Annotation::ReviewQueue::build(*m_project)
                        : std::vector<Core::Annotation::ReviewItem>{};
    m_position = 0;
    m_built = true;
    m_stale = false;
    show();
}

void ReviewPanel::refresh()
{
    // The project changed (a tag elsewhere, an undo): the queue again, at the same item.
    if (!m_project || !m_built)
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    const QString at = current() ? current()->key() : QString();
    const int position = m_position;
    m_items = Core::Annotation::ReviewQueue::build(*m_project);
    m_stale = false;
    m_position = std::clamp(position, 0, std::max(0, count() - 1));
    for (int i = 0; i < count(); ++i)
        if (m_items[size_t(i)].key() == at)
            m_position = i;
    show();
}

void ReviewPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

const Core::Annotation::ReviewItem *ReviewPanel::current() const
{
    return m_position >= 0 && m_position < count() ? &m_items[size_t(m_position)] : nullptr;
}

QString ReviewPanel::progressText() const
{
    return m_progress->text();
}

void ReviewPanel::next()
{
    if (m_position + 1 < count()) {
        ++m_position;
        show();
    } else {
        emit statusMessage(tr("This is the last item."));
    }
}

void ReviewPanel::previous()
{
    if (m_position > 0) {
        --m_position;
        show();
    } else {
        emit statusMessage(tr("This is the first item."));
    }
}

void ReviewPanel::dropCurrent()
{
    if (!current())
        return;
    m_items.erase(m_items.begin() + m_position);
    ++m_done;
    if (m_position >= count())
        m_position = std::max(0, count() - 1);
    show();
}

void ReviewPanel::accept()
{
    const Core::Annotation::ReviewItem *item = current();
    if (!item || !m_project)
        return;
    QString error;
    // This panel's own decision: it drops the item itself, the queue need not be rebuilt.
    const QScopedValueRollback<bool> deciding(m_deciding, true);
    if (!Core::Annotation::ReviewQueue::accept(*m_project, *item, &error)) {
        emit statusMessage(error);
        return;
    }
    dropCurrent();
}

void ReviewPanel::reject()
{
    const Core::Annotation::ReviewItem *item = current();
    if (!item || !m_project)
        return;
    QString error;
    // This panel's own decision: it drops the item itself, the queue need not be rebuilt.
    const QScopedValueRollback<bool> deciding(m_deciding, true);
    if (!Core::Annotation::ReviewQueue::reject(*m_project, *item, &error)) {
        emit statusMessage(error);
        return;
    }
    dropCurrent();
}

void ReviewPanel::skip()
{
    if (!current())
        return;
    // To the end of the queue, to come back to.
    Core::Annotation::ReviewItem item = m_items[size_t(m_position)];
    m_items.erase(m_items.begin() + m_position);
    m_items.push_back(std::move(item));
    if (m_position >= count())
        m_position = 0;
    show();
}

namespace {
/// \a text as HTML, its line breaks kept (a headline stays apart from the body).
QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

/// [from, to) of \a text as HTML, the mentions already tagged in it tinted in their type's
/// colour, so that the analyst sees what is tagged around the item.
QString withMentions(const Core::Project &project, Core::SourceId source, const QString &text,
                     int from, int to)
{
    const Theme &theme = ThemeManager::instance().theme();
    QString out;
    int at = from;
    std::vector<Core::Mention> mentions = project.mentionsIn(source);
    std::sort(mentions.begin(), mentions.end(), [](const Core::Mention &a, const Core::Mention &b) {
        return a.span.start < b.span.start;
    });
    for (const Core::Mention &m : mentions) {
        const int start = std::max(int(m.span.start), at), end = std::min(int(m.span.end), to);
        if (end <= start)
            continue;
        const Core::Entity *e = project.entity(m.entity);
        const Core::EntityType *t = e ? project.entityType(e->type) : nullptr;
        out += escaped(text.mid(at, start - at));
        out +=
            QStringLiteral("<span style=\"background:%1\">%2</span>")
                .arg(theme.highlight(QColor(t ? t->color : QStringLiteral("#888888")), 0.35).name(),
                     escaped(text.mid(start, end - start)));
        at = end;
    }
    return out + escaped(text.mid(at, to - at));
}

QString contextHtml(const Core::Project &project, Core::SourceId source, Core::Span span)
{
    const QString text = project.sourceText(source);
    int from = std::max(0, int(span.start) - 160);
    int to = std::min(int(text.size()), int(span.end) + 160);
    // Whole words at both ends of the excerpt.
    while (from > 0 && from < span.start && !text.at(from - 1).isSpace())
        ++from;
    while (to < text.size() && to > span.end && !text.at(to).isSpace())
        --to;
    const Core::Source s = project.source(source);
    QString html =
        QStringLiteral("<p><b>%1</b>%2</p><p>")
            .arg(s.meta.title.toHtmlEscaped(),
                 s.meta.outlet.isEmpty() ? QString()
                                         : QStringLiteral(" — ") + s.meta.outlet.toHtmlEscaped());
    html += (from > 0 ? QStringLiteral("… ") : QString()) +
            withMentions(project, source, text, from, span.start);
    // The span: bold, underlined and tinted (not colour alone); a caret where it is empty.
    const Theme &theme = ThemeManager::instance().theme();
    html +=
        QStringLiteral("<span style=\"background:%1;font-weight:bold;text-decoration:"
                       "underline\">%2</span>")
            .arg(theme.highlight(QColor(0xf5, 0xc2, 0x11), 0.6).name(),
                 span.isValid() && span.length() > 0 ? escaped(text.mid(span.start, span.length()))
                                                     : QStringLiteral("‸"));
    html += withMentions(project, source, text, span.end, to) +
            (to < text.size() ? QStringLiteral(" …") : QString()) + QStringLiteral("</p>");
    return html;
}
} // namespace

QString ReviewPanel::describe(const Core::Annotation::ReviewItem &item) const
{
    using Kind = Core::Annotation::ReviewItem::Kind;
    const int confidence = qRound(item.confidence * 100);
    switch (item.kind) {
    case Kind::Contradiction: {
        const auto &c = item.contradiction;
        const QString also = c.alsoIn.empty() ? QString()
                                              : tr(" (also in %n more pair(s) of sources)", nullptr,
                                                   int(c.alsoIn.size()));
        if (c.relation == Core::Link::Relation::Corroborates)
            return tr("Possible corroboration, %1% sure: %2").arg(confidence).arg(c.reason) + also;
        return tr("Possible contradiction (%1), %2% sure: %3")
                   .arg(Core::LinkListModel::typeLabel(c.type))
                   .arg(confidence)
                   .arg(c.reason) +
               also;
    }
    case Kind::Merge:
        return tr("The same entity? %1 (%2)")
            .arg(item.merge.names.join(QStringLiteral(" · ")), item.merge.reason);
    case Kind::Entity:
        return tr("Entity? “%1” as %2 “%3”, %4% sure (%5)")
            .arg(item.entity.text, item.entity.typeName, item.entity.entityName)
            .arg(confidence)
            .arg(item.entity.reason);
    case Kind::Passage: {
        const Core::Analysis::PassagePair &p = m_project->passages()[size_t(item.passage)];
        return tr("Shared passage (%1, score %2%): confirm or dismiss")
            .arg(Core::OverlapListModel::kindLabel(p.kind, p.moved))
            .arg(confidence);
    }
    }
    return {};
}

void ReviewPanel::show()
{
    const Core::Annotation::ReviewItem *item = current();
    if (!m_project || !item) {
        m_progress->setText(
            m_project ? tr("Nothing awaits a decision (%n decided).", nullptr, m_done) : QString());
        m_title->setText(m_project ? tr("Press F5 to look for suggestions again.") : QString());
        m_context->clear();
        return;
    }
    m_progress->setText(
        tr("Item %1 of %2 · %n decided", nullptr, m_done).arg(m_position + 1).arg(count()));
    m_title->setText(describe(*item));
    using Kind = Core::Annotation::ReviewItem::Kind;
    QString html;
    switch (item->kind) {
    case Kind::Contradiction:
        html = contextHtml(*m_project, item->contradiction.sourceA, item->contradiction.spanA) +
               QStringLiteral("<hr>") +
               contextHtml(*m_project, item->contradiction.sourceB, item->contradiction.spanB);
        break;
    case Kind::Merge:
        for (qint64 id : item->merge.entities) {
            const Core::Entity *e = m_project->entity(id);
            if (!e)
                continue;
            const std::vector<Core::Mention> mentions = m_project->mentionsOf(id);
            html += QStringLiteral("<h4>%1</h4>").arg(e->name.toHtmlEscaped());
            if (!mentions.empty())
                html += contextHtml(*m_project, mentions.front().source, mentions.front().span);
        }
        break;
    case Kind::Entity:
        html = contextHtml(*m_project, item->entity.source, item->entity.span);
        break;
    case Kind::Passage: {
        const Core::Analysis::PassagePair &p = m_project->passages()[size_t(item->passage)];
        html = contextHtml(*m_project, p.a, p.spanA) + QStringLiteral("<hr>") +
               contextHtml(*m_project, p.b, p.spanB);
        break;
    }
    }
    m_context->setHtml(html);
}

} // namespace Crosscheck::Ui
