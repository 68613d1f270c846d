// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelistpanel.h"

#include <core/models/sourcelistmodel.h>

#include "settings.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

using Core::SourceListModel;

namespace {
/// The widths the analyst gave the columns (0: as wide as their content).
const Setting<QStringList> kColumnWidths("Ui/sourceListColumnWidths", {});
} // namespace

SourceListPanel::SourceListPanel(SourceListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // match any column: title, outlet, date, language
    m_proxy->setSortRole(SourceListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("sourceFilter"));
    m_filter->setPlaceholderText(tr("Filter sources (type to filter)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        ensureCurrent();
    });

    m_view->setObjectName(QStringLiteral("sourceList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SourceListModel::DateColumn, Qt::AscendingOrder);
    m_view->setAllColumnsShowFocus(true);
    applyColumnModes();
    // A model reset (another project) resets the header's section modes too.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SourceListPanel::applyColumnModes);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SourceListPanel::hideEmptyColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &SourceListPanel::hideEmptyColumns);
    connect(m_view->header(), &QHeaderView::sectionResized, this,
            [this](int column, int, int width) { rememberWidth(column, width); });
    m_view->installEventFilter(this);
    setFocusProxy(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentSourceChanged(
                    current.isValid() ? current.data(SourceListModel::SourceIdRole).toLongLong()
                                      : 0);
            });
    // A new or re-filtered list gets a current row, so the keyboard has somewhere to start.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SourceListPanel::ensureCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SourceListPanel::ensureCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SourceListPanel::ensureCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

void SourceListPanel::applyColumnModes()
{
    // The title takes what is left; the other columns are as wide as what they hold (or as
    // the analyst made them, remembered), and hidden while no source has anything in them.
    QHeaderView *header = m_view->header();
    m_applying = true;
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(24);
    const QStringList remembered = kColumnWidths.value();
    for (int c = 0; c < SourceListModel::ColumnCount; ++c) {
        if (c == SourceListModel::TitleColumn) {
            header->setSectionResizeMode(c, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        const int width = remembered.value(c).toInt();
        header->resizeSection(c, width > 0 ? width : naturalWidth(c));
    }
    // The number first, as the matrix and the report put it.
    header->moveSection(header->visualIndex(SourceListModel::NumberColumn), 0);
    hideEmptyColumns();
    m_applying = false;
}

int SourceListPanel::naturalWidth(int column) const
{
    // The header's text and the widest cell, without room for a sort arrow the column may
    // never show.
    const int margin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) + 8;
    int widest = m_view->header()->fontMetrics().horizontalAdvance(
        m_model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < m_model->rowCount(); ++row)
        widest = std::max(widest, m_view->fontMetrics().horizontalAdvance(
                                      m_model->index(row, column).data().toString()));
    // An outlet's name is shortened before a headline is: the title keeps the stretch.
    if (column == SourceListModel::OutletColumn)
        widest = std::min(widest, 12 * m_view->fontMetrics().averageCharWidth());
    return widest + margin;
}

void SourceListPanel::hideEmptyColumns()
{
    const QScopedValueRollback<bool> applying(m_applying, true);
    // Columns that say nothing: no outlet or date at all, one language for every source
    // (the reader's header says which).
    for (int c : {SourceListModel::OutletColumn, SourceListModel::DateColumn,
                  SourceListModel::LanguageColumn}) {
        const bool empty = c == SourceListModel::LanguageColumn ? m_model->isColumnUniform(c)
                                                                : m_model->isColumnEmpty(c);
        if (m_view->header()->isSectionHidden(c) == empty)
            continue;
        m_view->header()->setSectionHidden(c, empty);
        if (!empty && kColumnWidths.value().value(c).toInt() <= 0)
            m_view->header()->resizeSection(c, naturalWidth(c));
    }
}

void SourceListPanel::rememberWidth(int column, int width)
{
    // Only what the analyst did: the panel's own sizing and the title's stretch are not kept.
    if (m_applying || column == SourceListModel::TitleColumn)
        return;
    QStringList widths = kColumnWidths.value();
    while (widths.size() < SourceListModel::ColumnCount)
        widths << QStringLiteral("0");
    widths[column] = QString::number(width);
    kColumnWidths.setValue(widths);
}

void SourceListPanel::ensureCurrent()
{
    if (m_view->currentIndex().isValid() || m_proxy->rowCount() == 0)
        return;
    m_view->setCurrentIndex(m_proxy->index(0, 0));
}

Core::SourceIds SourceListPanel::selectedIds() const
{
    Core::SourceIds ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids << i.data(SourceListModel::SourceIdRole).toLongLong();
    if (ids.isEmpty() && currentId())
        ids << currentId();
    return ids;
}

Core::SourceId SourceListPanel::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(SourceListModel::SourceIdRole).toLongLong() : 0;
}

void SourceListPanel::selectSource(Core::SourceId id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfSource(id));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

void SourceListPanel::focusList()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void SourceListPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

bool SourceListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        // Down/Enter leave the filter for the list; Escape clears the filter first.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            focusList();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            focusList();
            return true;
        }
    } else if (watched == m_view) {
        // Typing a letter in the list filters it.
        const QString text = key->text();
        const bool plain =
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace() &&
            text != QLatin1String("?")) {
            m_filter->setFocus(Qt::OtherFocusReason);
            m_filter->setText(m_filter->text() + text);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Crosscheck::Ui
