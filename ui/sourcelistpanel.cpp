#include "sourcelistpanel.h"

#include <core/models/sourcelistmodel.h>

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

using Core::SourceListModel;

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
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    for (int c = 0; c < SourceListModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, c == SourceListModel::TitleColumn
                                            ? QHeaderView::Stretch
                                            : QHeaderView::ResizeToContents);
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
