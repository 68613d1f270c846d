// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpanel.h"
#include "reviewcontext.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSet>
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
    auto *keys =
        new QLabel(tr("J / K: next / previous · A: accept · X: reject · E: edit · "
                      "T: retype · N: note · S: skip · G: a name's occurrences one by one · "
                      "Shift+A / Shift+X: the name everywhere · Ctrl+Shift+A / Ctrl+Shift+R: "
                      "every suggestion of the type · F5: rebuild the queue"),
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

int ReviewPanel::groupStart(int i) const
{
    while (i > 0 && m_items[size_t(i - 1)].group == m_items[size_t(i)].group)
        --i;
    return i;
}

int ReviewPanel::groupEnd(int i) const
{
    int end = i + 1;
    while (end < count() && m_items[size_t(end)].group == m_items[size_t(i)].group)
        ++end;
    return end;
}

bool ReviewPanel::expandedAt(int i) const
{
    return m_expanded.contains(m_items[size_t(i)].group);
}

int ReviewPanel::stepsBefore(int end) const
{
    int steps = 0;
    for (int i = 0; i < end; ++i)
        if (i == 0 || m_items[size_t(i)].group != m_items[size_t(i - 1)].group || expandedAt(i))
            ++steps;
    return steps;
}

void ReviewPanel::next()
{
    // A folded name's occurrences are one step; an unfolded name's are one step each.
    const int to = !current()               ? count()
                   : expandedAt(m_position) ? m_position + 1
                                            : groupEnd(m_position);
    if (to < count()) {
        m_position = to;
        show();
    } else {
        emit statusMessage(tr("This is the last item."));
    }
}

void ReviewPanel::previous()
{
    const int from = !current() ? 0 : expandedAt(m_position) ? m_position : groupStart(m_position);
    if (from > 0) {
        m_position = expandedAt(from - 1) ? from - 1 : groupStart(from - 1);
        show();
    } else {
        emit statusMessage(tr("This is the first item."));
    }
}

void ReviewPanel::toggleGroup()
{
    if (!current())
        return;
    const int start = groupStart(m_position), end = groupEnd(m_position);
    if (end - start < 2) {
        emit statusMessage(tr("This item has no other occurrences."));
        return;
    }
    const QString group = current()->group;
    if (m_expanded.remove(group)) {
        m_position = start;
    } else {
        m_expanded.insert(group);
    }
    show();
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

void ReviewPanel::decideName(bool accept)
{
    const Core::Annotation::ReviewItem *item = current();
    if (!item || !m_project)
        return;
    if (item->kind != Core::Annotation::ReviewItem::Kind::Entity) {
        emit statusMessage(tr("Only a suggested name can be decided everywhere at once."));
        return;
    }
    decideAll(Core::Annotation::ReviewQueue::sameName(m_items, *item), accept,
              QStringLiteral("“%1”").arg(item->entity.text));
}

void ReviewPanel::decideType(bool accept)
{
    const Core::Annotation::ReviewItem *item = current();
    if (!item || !m_project)
        return;
    if (item->kind != Core::Annotation::ReviewItem::Kind::Entity) {
        emit statusMessage(tr("Only suggested names can be decided by type."));
        return;
    }
    decideAll(Core::Annotation::ReviewQueue::sameType(m_items, *item), accept,
              tr("Every %1").arg(item->entity.typeName));
}

void ReviewPanel::decideAll(const std::vector<Core::Annotation::ReviewItem> &items, bool accept,
                            const QString &what)
{
    using Core::Annotation::ReviewQueue;
    QString error;
    {
        const QScopedValueRollback<bool> deciding(m_deciding, true);
        if (!(accept ? ReviewQueue::acceptAll(*m_project, items, &error)
                     : ReviewQueue::rejectAll(*m_project, items, &error))) {
            emit statusMessage(error);
            return;
        }
    }
    QSet<QString> decided;
    for (const auto &i : items)
        decided.insert(i.key());
    // The first undecided item from where the analyst was.
    int position = m_position;
    for (int i = 0; i < m_position; ++i)
        position -= decided.contains(m_items[size_t(i)].key()) ? 1 : 0;
    std::erase_if(m_items, [&](const auto &i) { return decided.contains(i.key()); });
    m_done += int(items.size());
    m_position = std::clamp(position, 0, std::max(0, count() - 1));
    if (current() && !expandedAt(m_position))
        m_position = groupStart(m_position);
    emit statusMessage(accept
                           ? tr("%1: tagged %n time(s).", nullptr, int(items.size())).arg(what)
                           : tr("%1: rejected %n time(s).", nullptr, int(items.size())).arg(what));
    show();
}

void ReviewPanel::skip()
{
    if (!current())
        return;
    // To the end of the queue (a folded name with all its occurrences), to come back to; an
    // unfolded name's occurrence goes to the end of its name.
    const int start = groupStart(m_position), end = groupEnd(m_position);
    const bool one = expandedAt(m_position);
    const auto first = m_items.begin() + (one ? m_position : start);
    const auto last = one ? first + 1 : m_items.begin() + end;
    const bool wasLast = end == count();
    std::rotate(first, last, one ? m_items.begin() + end : m_items.end());
    if (one && m_position == end - 1)
        m_position = start;
    if (!one && wasLast)
        m_position = 0;
    if (m_position >= count())
        m_position = 0;
    show();
}

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
    const int start = groupStart(m_position), end = groupEnd(m_position);
    QString progress = tr("Item %1 of %2 · %n decided", nullptr, m_done)
                           .arg(stepsBefore(m_position + 1))
                           .arg(itemCount());
    if (end - start > 1)
        progress += QStringLiteral(" · ") +
                    (expandedAt(m_position)
                         ? tr("occurrence %1 of %2 (G: fold them into one item)")
                               .arg(m_position - start + 1)
                               .arg(end - start)
                         : tr("%n occurrence(s) of this name (G: one by one; Shift+A / Shift+X: "
                              "all of them)",
                              nullptr, end - start));
    m_progress->setText(progress);
    m_title->setText(describe(*item));
    using Kind = Core::Annotation::ReviewItem::Kind;
    QString html;
    switch (item->kind) {
    case Kind::Contradiction:
        html = ReviewContext::excerpt(*m_project, item->contradiction.sourceA,
                                      item->contradiction.spanA) +
               QStringLiteral("<hr>") +
               ReviewContext::excerpt(*m_project, item->contradiction.sourceB,
                                      item->contradiction.spanB);
        break;
    case Kind::Merge:
        for (qint64 id : item->merge.entities) {
            const Core::Entity *e = m_project->entity(id);
            if (!e)
                continue;
            const std::vector<Core::Mention> mentions = m_project->mentionsOf(id);
            html += QStringLiteral("<h4>%1</h4>").arg(e->name.toHtmlEscaped());
            if (!mentions.empty())
                html += ReviewContext::excerpt(*m_project, mentions.front().source,
                                               mentions.front().span);
        }
        break;
    case Kind::Entity:
        html = ReviewContext::excerpt(*m_project, item->entity.source, item->entity.span);
        if (end - start > 1 && !expandedAt(m_position))
            html += ReviewContext::otherOccurrences(*m_project, m_items, start, end, m_position);
        break;
    case Kind::Passage: {
        const Core::Analysis::PassagePair &p = m_project->passages()[size_t(item->passage)];
        html = ReviewContext::excerpt(*m_project, p.a, p.spanA) + QStringLiteral("<hr>") +
               ReviewContext::excerpt(*m_project, p.b, p.spanB);
        break;
    }
    }
    m_context->setHtml(html);
}

} // namespace Crosscheck::Ui
