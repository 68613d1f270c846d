// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "hitdelegate.h"
#include "progressdialog.h"
#include "settings.h"

#include <core/models/searchresultmodel.h>
#include <core/project/project.h>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {

const Setting<QStringList> kRecent("Search/recent", {});
constexpr int kRecentCount = 20;

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Core::SearchResultModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_query(new QComboBox(this))
    , m_regex(new QCheckBox(tr("Regular e&xpression"), this))
    , m_matchCase(new QCheckBox(tr("Match case an&d accents"), this))
    , m_go(new QPushButton(tr("&Go"), this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_tag(new QPushButton(tr("&Tag All Hits as Entity…"), this))
    , m_mark(new QPushButton(tr("&Mark Hit for a Link"), this))
    , m_copy(new QPushButton(tr("Cop&y Results"), this))
    , m_pump(new QTimer(this))
{
    m_query->setEditable(true);
    m_query->setInsertPolicy(QComboBox::NoInsert);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->lineEdit()->setPlaceholderText(
        tr("Words, \"a phrase\", prefix*, AND, OR, NOT, refused NEAR Putin, NEAR(a b, 5)"));
    m_query->setAccessibleName(tr("Search query"));
    m_query->addItems(kRecent.value());
    m_query->setCurrentIndex(-1);
    m_query->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Core::SearchResultModel::SortRole);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new HitDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Core::SearchResultModel::TextColumn, Qt::AscendingOrder);
    m_view->setAccessibleName(tr("Search results"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(Core::SearchResultModel::TextColumn,
                                           QHeaderView::Stretch);
    m_view->setColumnWidth(Core::SearchResultModel::HitsColumn, 90);
    m_view->setColumnWidth(Core::SearchResultModel::EntityColumn, 200);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_matchCase);
    top->addWidget(m_regex);
    top->addWidget(m_go);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_tag);
    bottom->addWidget(m_mark);
    bottom->addWidget(m_copy);
    bottom->addStretch(1);
    auto *hint = new QLabel(tr("Enter opens a hit in the reader; F3 and Shift+F3 step through "
                               "the hits across sources. Names of registry entities also find "
                               "their aliases, spelling variants and tagged mentions; \"quotes\" "
                               "find exactly what they hold."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(buildFilters());
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    layout->addWidget(hint);
    setFocusProxy(m_query);
    m_pump->setInterval(0);
    connect(m_pump, &QTimer::timeout, this, &SearchPanel::pump);
    connect(m_go, &QPushButton::clicked, this, &SearchPanel::search);
    connect(m_query->lineEdit(), &QLineEdit::returnPressed, this, &SearchPanel::search);
    connect(m_copy, &QPushButton::clicked, this, &SearchPanel::copyResults);
    connect(m_tag, &QPushButton::clicked, this, &SearchPanel::tagAllHits);
    connect(m_mark, &QPushButton::clicked, this, [this] {
        if (const Core::Search::SearchHit *hit = currentHit())
            emit markRequested(hit->source, hit->span);
        else
            emit statusMessage(tr("Choose a hit in the list first."));
    });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!index.parent().isValid()) {
            m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index));
            return;
        }
        if (const Core::Search::SearchHit *hit = currentHit())
            emit hitActivated(hit->source, hit->span);
    });
    setProject(nullptr, nullptr);
}

SearchPanel::~SearchPanel() = default;

QWidget *SearchPanel::buildFilters()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout;
    m_outlet = new QLineEdit(box);
    m_outlet->setPlaceholderText(tr("Outlet"));
    m_outlet->setAccessibleName(tr("Only this outlet"));
    const auto *date = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?")), box);
    m_from = new QLineEdit(box);
    m_from->setPlaceholderText(tr("From (YYYY-MM-DD)"));
    m_from->setAccessibleName(tr("Published on or after"));
    m_from->setValidator(date);
    m_from->setMinimumWidth(120);
    m_to = new QLineEdit(box);
    m_to->setPlaceholderText(tr("To (YYYY-MM-DD)"));
    m_to->setAccessibleName(tr("Published on or before"));
    m_to->setValidator(date);
    m_to->setMinimumWidth(120);
    m_language = new QLineEdit(box);
    m_language->setPlaceholderText(tr("Language (en)"));
    m_language->setAccessibleName(tr("Only this language"));
    m_language->setMinimumWidth(90);
    m_type = new QComboBox(box);
    m_type->setAccessibleName(tr("Only hits on entities of this type"));
    m_scope = new QComboBox(box);
    m_scope->addItem(tr("Everywhere"), int(Core::Search::SearchFilters::Scope::Everywhere));
    m_scope->addItem(tr("Inside shared passages only"),
                     int(Core::Search::SearchFilters::Scope::SharedOnly));
    m_scope->addItem(tr("Only in text found nowhere else"),
                     int(Core::Search::SearchFilters::Scope::UniqueOnly));
    m_scope->setAccessibleName(tr("Where in the sources"));
    m_selectedOnly = new QCheckBox(tr("Selected sources only"), box);
    // Two short rows, so that the filters never widen the window.
    for (QWidget *w : std::initializer_list<QWidget *>{m_outlet, m_from, m_to, m_language})
        row->addWidget(w, 1);
    auto *second = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_scope, m_selectedOnly})
        second->addWidget(w);
    second->addStretch(1);
    auto *rows = new QVBoxLayout;
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(row);
    rows->addLayout(second);
    box->setLayout(rows);
    for (QLineEdit *e : {m_outlet, m_from, m_to, m_language})
        connect(e, &QLineEdit::returnPressed, this, &SearchPanel::search);
    return box;
}

void SearchPanel::setProject(Core::Project *project, Core::Search::ProjectSearch *search)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_pump->stop();
    m_run.reset();
    m_project = project;
    m_search = search;
    m_model->clear(project);
    m_error.clear();
    m_expansions.clear();
    for (QWidget *w : std::initializer_list<QWidget *>{m_query, m_go, m_tag, m_mark, m_copy})
        w->setEnabled(project != nullptr);
    fillEntityTypes();
    if (project)
        connect(project, &Core::Project::annotationsChanged, this,
                [this](const Core::AnnotationChange &change) {
                    if (change.has(Core::AnnotationChange::Types))
                        fillEntityTypes();
                });
    m_status->setText(project ? tr("Search every source of the project.")
                              : tr("No project is open."));
}

void SearchPanel::setSelectionProvider(std::function<Core::SourceIds()> provider)
{
    m_selection = std::move(provider);
}

void SearchPanel::fillEntityTypes()
{
    const qint64 chosen = m_type->currentData().toLongLong();
    m_type->clear();
    m_type->addItem(tr("Any text"), 0);
    if (m_project) {
        for (const Core::EntityType &t : m_project->entityTypes())
            m_type->addItem(tr("Entities: %1").arg(t.name), t.id);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(chosen)));
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->lineEdit()->selectAll();
}

Core::Search::SearchRequest SearchPanel::request() const
{
    Core::Search::SearchRequest r;
    r.text = m_query->currentText().trimmed();
    r.regex = m_regex->isChecked();
    r.matchCase = m_matchCase->isChecked();
    r.filters.outlet = m_outlet->text().trimmed();
    r.filters.from = m_from->text().trimmed();
    r.filters.to = m_to->text().trimmed();
    r.filters.language = m_language->text().trimmed();
    r.filters.entityType = m_type->currentData().toLongLong();
    r.filters.scope = Core::Search::SearchFilters::Scope(m_scope->currentData().toInt());
    if (m_selectedOnly->isChecked() && m_selection)
        r.filters.sources = m_selection();
    return r;
}

void SearchPanel::search()
{
    if (!m_project || !m_search)
        return;
    m_pump->stop();
    m_model->clear(m_project);
    const Core::Search::SearchRequest r = request();
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    m_firstAfter = -1;
    if (!m_search->isCurrent()) {
        // The first search of a project (or after an import) indexes its sources; once.
        ProgressDialog progress(tr("Search"), tr("Indexing the sources for search…"), window(),
                                m_query);
        bool stopped = false;
        connect(&progress, &ProgressDialog::canceled, this, [&stopped] { stopped = true; });
        QString error;
        const bool ok = m_search->ensureIndexed(&error, [&](int done, int total) {
            progress.setProgress(done, total);
            return !stopped;
        });
        progress.finish();
        if (!ok) {
            m_error = error;
            showStatus();
            return;
        }
    }
    m_run = m_search->start(r);
    m_error = m_run->error();
    m_expansions = m_run->expansions();
    if (m_error.isEmpty())
        rememberQuery(r.text);
    pump(); // the first hits at once, the rest while the window stays live
    if (m_run && !m_run->atEnd())
        m_pump->start();
}

void SearchPanel::pump()
{
    if (!m_run)
        return;
    const bool first = m_model->sourceCount() == 0;
    m_model->append(m_run->next(first ? 4 : 16));
    if (m_firstAfter < 0 && m_model->hitCount() > 0)
        m_firstAfter = QDateTime::currentMSecsSinceEpoch() - m_startedAt;
    if (first && m_model->sourceCount() > 0) {
        m_view->expandAll();
        m_view->setCurrentIndex(m_proxy->index(0, 0, m_proxy->index(0, 0)));
    } else if (m_model->sourceCount() > 0) {
        m_view->expandAll();
    }
    if (m_run->atEnd())
        finishRun();
    showStatus();
}

void SearchPanel::finishRun()
{
    m_pump->stop();
}

bool SearchPanel::isRunning() const
{
    return m_pump->isActive();
}

void SearchPanel::showStatus()
{
    if (!m_error.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(m_error);
        return;
    }
    m_status->setStyleSheet(QString());
    QString text = m_model->hitCount() == 0 && !isRunning()
                       ? tr("No hits.")
                       : tr("%n hit(s)", nullptr, m_model->hitCount()) + QStringLiteral(" ") +
                             tr("in %n source(s)", nullptr, m_model->sourceCount());
    if (isRunning())
        text += QStringLiteral(" ") + tr("(searching…)");
    if (!m_expansions.isEmpty())
        text += QStringLiteral(" · ") +
                tr("also searched: %1").arg(m_expansions.join(QStringLiteral(", ")));
    m_status->setText(text);
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::rememberQuery(const QString &query)
{
    QStringList recent = kRecent.value();
    recent.removeAll(query);
    recent.prepend(query);
    while (recent.size() > kRecentCount)
        recent.removeLast();
    kRecent.setValue(recent);
    const QString current = m_query->currentText();
    m_query->clear();
    m_query->addItems(recent);
    m_query->setEditText(current);
}

QList<QModelIndex> SearchPanel::hitRows() const
{
    QList<QModelIndex> rows;
    for (int s = 0; s < m_proxy->rowCount(); ++s) {
        const QModelIndex source = m_proxy->index(s, 0);
        for (int h = 0; h < m_proxy->rowCount(source); ++h)
            rows << m_proxy->index(h, 0, source);
    }
    return rows;
}

const Core::Search::SearchHit *SearchPanel::currentHit() const
{
    return m_model->hitAt(m_proxy->mapToSource(m_view->currentIndex()));
}

std::vector<Core::Search::SearchHit> SearchPanel::hits() const
{
    return m_model->hits();
}

bool SearchPanel::step(int delta)
{
    const QList<QModelIndex> rows = hitRows();
    if (rows.isEmpty())
        return false;
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
    qsizetype at = rows.indexOf(current);
    if (at < 0) // on a source row: its first hit, or the next source's
        at = delta > 0 ? -1 : 0;
    at = (at + delta + rows.size()) % rows.size();
    m_view->setCurrentIndex(rows.at(at));
    m_view->scrollTo(rows.at(at));
    if (const Core::Search::SearchHit *hit = currentHit())
        emit hitActivated(hit->source, hit->span);
    return true;
}

void SearchPanel::copyResults()
{
    if (m_model->hitCount() == 0) {
        emit statusMessage(tr("No results to copy."));
        return;
    }
    auto *mime = new QMimeData;
    const QString tsv = m_model->toTsv();
    mime->setText(tsv);
    QString html = QStringLiteral("<table>");
    for (const QString &line : tsv.split(u'\n', Qt::SkipEmptyParts)) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : line.split(u'\t'))
            html += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    mime->setHtml(html + QStringLiteral("</table>"));
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied %n hit(s) as a table.", nullptr, m_model->hitCount()));
}

void SearchPanel::tagAllHits()
{
    if (!m_project)
        return;
    const std::vector<Core::Search::SearchHit> found = hits();
    if (found.empty()) {
        emit statusMessage(tr("Search first: there are no hits to tag."));
        return;
    }
    QStringList names;
    for (const Core::Entity &e : m_project->entities())
        names << e.name;
    names.sort(Qt::CaseInsensitive);
    const qint64 named = m_search ? m_search->entityNamed(m_query->currentText()) : 0;
    const Core::Entity *current = m_project->entity(named);
    const QString proposed = current ? current->name : m_query->currentText().remove(u'"');
    names.removeAll(proposed);
    names.prepend(proposed);
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Tag All Hits"),
                              tr("Tag the %n hit(s) as mentions of (an entity of the registry, "
                                 "or a new one):",
                                 nullptr, int(found.size())),
                              names, 0, true, &ok)
            .simplified();
    if (!ok || name.isEmpty())
        return;
    qint64 entity = 0;
    for (const Core::Entity &e : m_project->entities()) {
        if (e.name == name)
            entity = e.id;
    }
    qint64 type = 0;
    if (!entity) {
        QStringList types;
        for (const Core::EntityType &t : m_project->entityTypes())
            types << t.name;
        const QString typeName = QInputDialog::getItem(
            this, tr("Tag All Hits"), tr("“%1” is new. Its type:").arg(name), types, 0, false, &ok);
        if (!ok)
            return;
        type = m_project->entityTypes().at(size_t(types.indexOf(typeName))).id;
    }
    const Core::AnnotationDelta delta =
        Core::Search::ProjectSearch::mentionsFor(*m_project, found, entity, name, type);
    if (delta.mentions.empty()) {
        emit statusMessage(tr("Every hit is already tagged as “%1”.").arg(name));
        return;
    }
    QString error;
    const int n = int(delta.mentions.size());
    if (!m_project->importAnnotations(delta, tr("Tag search hits as “%1”").arg(name), &error))
        emit statusMessage(error);
    else
        emit statusMessage(tr("Tagged %n hit(s) as “%1” (one undo step).", nullptr, n).arg(name));
}

} // namespace Crosscheck::Ui
