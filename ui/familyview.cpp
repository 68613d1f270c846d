// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "familyview.h"
#include "theme.h"

#include <core/models/familymodels.h>
#include <core/models/sourcepairmodel.h>
#include <core/project/overlapindex.h>
#include <core/project/project.h>
#include <core/text/tokenizer.h>

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {
/// Marks each aligned word by how it relates to the reference row, never by colour alone:
/// changed words are bold with a wavy underline, added words underlined, missing words shown
/// struck through in grey.
class AlignmentDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->displayAlignment = Qt::AlignLeft | Qt::AlignTop;
        option->features |= QStyleOptionViewItem::WrapText;
        using Kind = Core::Analysis::DiffRun::Kind;
        using Cell = Core::FamilyAlignmentModel::CellKind;
        const Theme &theme = ThemeManager::instance().theme();
        switch (Cell(index.data(Core::FamilyAlignmentModel::CellKindRole).toInt())) {
        case Cell::Changed:
            option->font.setBold(true);
            option->font.setUnderline(true);
            option->backgroundBrush = theme.runFormat(Kind::Replace, false, true).background();
            break;
        case Cell::Extra:
            option->font.setUnderline(true);
            option->backgroundBrush = theme.runFormat(Kind::Insert, false, false).background();
            break;
        case Cell::Missing:
            option->font.setStrikeOut(true);
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, theme.textColor(Highlighting::Style::Comment));
            option->backgroundBrush = theme.runFormat(Kind::Delete, false, true).background();
            break;
        case Cell::Same:
        case Cell::Absent:
            break;
        }
    }
};
} // namespace

FamilyView::FamilyView(QWidget *parent)
    : QWidget(parent)
    , m_listModel(new Core::FamilyListModel(this))
    , m_alignmentModel(new Core::FamilyAlignmentModel(this))
    , m_list(new QTableView(this))
    , m_alignment(new QTableView(this))
    , m_origin(new QLabel(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_listModel);
    proxy->setSortRole(Core::FamilyListModel::SortRole);
    m_list->setObjectName(QStringLiteral("familyList"));
    m_list->setModel(proxy);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(Core::FamilyListModel::SourcesColumn, Qt::DescendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);

    m_alignment->setObjectName(QStringLiteral("familyAlignment"));
    m_alignment->setModel(m_alignmentModel);
    m_alignment->setItemDelegate(new AlignmentDelegate(m_alignment));
    m_alignment->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_alignment->setSelectionMode(QAbstractItemView::SingleSelection);
    m_alignment->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_alignment->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alignment->setWordWrap(true);
    m_alignment->setShowGrid(true);
    ThemeManager::instance().theme().applyTo(m_alignment);
    connect(&ThemeManager::instance(), &ThemeManager::changed, m_alignment, [this] {
        ThemeManager::instance().theme().applyTo(m_alignment);
        m_alignment->viewport()->update();
    });
    m_origin->setObjectName(QStringLiteral("familyOrigin"));
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText);

    auto *legend = new QLabel(
        tr("Read down: one column per source, one row per stretch of text. ★ reference (the "
           "member that carries most of the others' words). Bold underlined: worded differently · "
           "underlined: added · grey struck through: missing here. Alt+Right / Alt+Left: next / "
           "previous variation."),
        this);
    legend->setWordWrap(true);
    auto *listLabel = new QLabel(tr("Fami&lies"), this);
    listLabel->setBuddy(m_list);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(listLabel);
    topLayout->addWidget(m_list);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_origin);
    bottomLayout->addWidget(m_alignment, 1);
    bottomLayout->addWidget(legend);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    setFocusProxy(m_list);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showFamily(current.data(Core::FamilyListModel::FamilyRole).toInt());
            });
    connect(m_list, &QAbstractItemView::activated, this,
            [this] { m_alignment->setFocus(Qt::OtherFocusReason); });
}

void FamilyView::setContext(Core::Project *project, std::shared_ptr<const Core::OverlapIndex> index)
{
    m_project = project;
    m_index = index;
    m_family = -1;
    m_listModel->setIndex(index);
    m_alignmentModel->setAlignment(index, {});
    m_origin->clear();
    m_list->resizeColumnsToContents();
}

void FamilyView::showFamily(int family)
{
    if (!m_index || !m_project || family < 0 || size_t(family) >= m_index->families().size())
        return;
    m_family = family;
    const Core::Analysis::Family &f = m_index->families()[size_t(family)];
    const Core::Source *first = m_index->source(f.members.front().doc);
    Core::Text::Tokenizer tokenizer({first ? first->meta.language : QString(), false});
    Core::Project *project = m_project;
    m_alignmentModel->setAlignment(
        m_index, Core::Analysis::FamilyAlignment::compute(
                     f, [project](int64_t id) { return project->sourceText(id); }, tokenizer));
    m_origin->setText(originHint());
    // Keep the list's cursor on this family (when opened from the compare view).
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_list->model());
    const QModelIndex row = proxy->mapFromSource(m_listModel->index(family, 0));
    if (row.isValid() && m_list->currentIndex().row() != row.row()) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(row);
    }
    // No current cell yet: the first Alt+Right goes to the first variation, even in row 0.
    m_alignment->setCurrentIndex({});
    m_alignment->scrollToTop();
}

QString FamilyView::originHint() const
{
    if (m_family < 0)
        return {};
    const Core::Analysis::FamilyAlignment &a = m_alignmentModel->alignment();
    const Core::Source *earliest =
        m_index->source(Core::FamilyListModel::earliestMember(*m_index, m_family));
    const Core::Source *container =
        a.pivot >= 0 ? m_index->source(a.rows[size_t(a.pivot)].doc) : nullptr;
    QStringList parts;
    parts << tr("Family F%1: %n source(s)", nullptr, int(a.rows.size())).arg(m_family + 1);
    if (earliest)
        parts << tr("published first: %1 (%2)")
                     .arg(Core::SourceMatrixModel::shortLabel(*earliest),
                          earliest->meta.published.left(10));
    else
        parts << tr("publication dates do not tell which came first");
    if (container)
        parts << tr("contains most of the others: %1 (%2% of their words)")
                     .arg(Core::SourceMatrixModel::shortLabel(*container))
                     .arg(qRound(a.rows[size_t(a.pivot)].containment * 100));
    if (earliest && container && earliest->id == container->id)
        parts << tr("likely origin: %1").arg(Core::SourceMatrixModel::shortLabel(*earliest));
    return parts.join(QStringLiteral(" · "));
}

void FamilyView::stepDifference(int direction)
{
    const std::vector<int> rows = m_alignmentModel->variationRows();
    if (rows.empty())
        return;
    const QModelIndex cur = m_alignment->currentIndex();
    const int at = cur.isValid() ? cur.row() : -1;
    int target = -1;
    if (direction > 0) {
        const auto it = std::upper_bound(rows.begin(), rows.end(), at);
        target = it == rows.end() ? rows.back() : *it;
    } else {
        const auto it = std::lower_bound(rows.begin(), rows.end(), at);
        target = it == rows.begin() ? rows.front() : *(it - 1);
    }
    const QModelIndex i = m_alignmentModel->index(target, cur.isValid() ? cur.column() : 0);
    m_alignment->setCurrentIndex(i);
    m_alignment->scrollTo(i, QAbstractItemView::PositionAtCenter);
}

void FamilyView::nextDifference()
{
    stepDifference(1);
}

void FamilyView::previousDifference()
{
    stepDifference(-1);
}

} // namespace Crosscheck::Ui
