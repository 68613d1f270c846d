// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcematrixview.h"

#include "comparestyle.h"
#include <core/util/colors.h>

#include <core/models/sourcepairmodel.h>

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {
/// Paints each cell in its heat colour with text that stays readable on it.
class HeatDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QVariant share = index.data(Core::SourceMatrixModel::ShareRole);
        const auto *model = static_cast<const Core::SourceMatrixModel *>(index.model());
        const bool unique = index.column() == model->uniqueColumn();
        QColor bg = share.isValid() ? Core::Colors::heatColor(share.toDouble(), unique)
                                    : option.palette.color(QPalette::Window);
        painter->fillRect(option.rect, bg);
        painter->setPen(share.isValid() ? Core::Colors::textOn(bg)
                                        : option.palette.color(QPalette::WindowText));
        painter->drawText(option.rect, Qt::AlignCenter, index.data().toString());
        if (option.state & QStyle::State_HasFocus) {
            // The keyboard cursor: a thick frame, visible on any heat colour.
            QPen pen(option.palette.color(QPalette::Highlight), 3);
            painter->setPen(pen);
            painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
        }
    }
};
} // namespace

SourceMatrixView::SourceMatrixView(QWidget *parent)
    : QWidget(parent)
    , m_model(new Core::SourceMatrixModel(this))
    , m_table(new QTableView(this))
    , m_caption(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("sourceMatrix"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HeatDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(true);
    m_table->horizontalHeader()->setDefaultSectionSize(84);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_caption->setWordWrap(true);
    m_caption->setText(
        tr("Each row is one source: the share of its words found in passages it shares with the "
           "source numbered in each column (darker: more), and in the last column the share found "
           "in no other source. Enter or click opens the pair side by side."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);
    const auto open = [this](const QModelIndex &i) {
        const qint64 row = i.data(Core::SourceMatrixModel::RowSourceRole).toLongLong();
        const qint64 col = i.data(Core::SourceMatrixModel::ColumnSourceRole).toLongLong();
        if (row && col && row != col)
            emit pairActivated(row, col);
    };
    connect(m_table, &QAbstractItemView::activated, this, open);
    connect(m_table, &QAbstractItemView::clicked, this, open);
}

void SourceMatrixView::setIndex(std::shared_ptr<const Core::OverlapIndex> index)
{
    m_model->setIndex(std::move(index));
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c), 64, 120));
    m_table->verticalHeader()->setMaximumWidth(320);
}

} // namespace Crosscheck::Ui
