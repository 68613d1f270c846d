// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlapspanel.h"
#include "widgets/tableview.h"

#include <core/models/overlaplistmodel.h>
#include <core/models/sourcepairmodel.h>
#include <core/project/overlapindex.h>
#include <core/project/project.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

OverlapsPanel::OverlapsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new Core::OverlapListModel(this))
    , m_filter(new Core::OverlapFilterModel(this))
    , m_pairModel(new Core::SourcePairModel(this))
    , m_pairs(
          makeTableView(this, QStringLiteral("sourcePairs"), QAbstractItemView::SingleSelection))
    , m_passages(
          makeTableView(this, QStringLiteral("passages"), QAbstractItemView::SingleSelection))
    , m_sourceCombo(new QComboBox(this))
    , m_kindCombo(new QComboBox(this))
    , m_statusCombo(new QComboBox(this))
    , m_scoreSpin(new QDoubleSpinBox(this))
    , m_summary(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_passages->setModel(m_filter);
    auto *pairProxy = new QSortFilterProxyModel(this);
    pairProxy->setSourceModel(m_pairModel);
    pairProxy->setSortRole(Core::SourcePairModel::SortRole);
    m_pairs->setModel(pairProxy);
    m_pairs->sortByColumn(Core::SourcePairModel::ShareColumn, Qt::DescendingOrder);
    m_passages->sortByColumn(Core::OverlapListModel::ScoreColumn, Qt::DescendingOrder);

    layOut(filterRow());
    connectViews();
    m_pairs->installEventFilter(this);
    m_passages->installEventFilter(this);
}

QGridLayout *OverlapsPanel::filterRow()
{
    m_kindCombo->addItem(tr("All kinds"), QString());
    m_kindCombo->addItem(tr("verbatim"), QStringLiteral("verbatim"));
    m_kindCombo->addItem(tr("edited"), QStringLiteral("edited"));
    m_kindCombo->addItem(tr("paraphrase"), QStringLiteral("paraphrase"));
    m_kindCombo->addItem(tr("quote"), QStringLiteral("quote"));
    m_kindCombo->addItem(tr("moved"), QStringLiteral("moved"));
    m_statusCombo->addItem(tr("Any verdict"), -1);
    m_statusCombo->addItem(tr("to review"), int(Core::Analysis::ReviewStatus::Unreviewed));
    m_statusCombo->addItem(tr("confirmed"), int(Core::Analysis::ReviewStatus::Confirmed));
    m_statusCombo->addItem(tr("dismissed"), int(Core::Analysis::ReviewStatus::Dismissed));
    m_scoreSpin->setRange(0, 100);
    m_scoreSpin->setDecimals(0);
    m_scoreSpin->setSuffix(QStringLiteral("%"));
    m_scoreSpin->setSingleStep(5);

    // Two rows of two filters: the panel fits half of a laptop's screen.
    auto *filters = new QGridLayout;
    const auto labelled = [this, filters](const QString &text, QWidget *w, int row, int column) {
        auto *l = new QLabel(text, this);
        l->setBuddy(w);
        filters->addWidget(l, row, column);
        filters->addWidget(w, row, column + 1);
    };
    labelled(tr("S&ource:"), m_sourceCombo, 0, 0);
    labelled(tr("&Kind:"), m_kindCombo, 0, 2);
    labelled(tr("&Min. score:"), m_scoreSpin, 1, 0);
    labelled(tr("Verd&ict:"), m_statusCombo, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(4, 2);
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceCombo->setMinimumContentsLength(16);
    m_scoreSpin->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return filters;
}

void OverlapsPanel::layOut(QGridLayout *filters)
{
    auto *pairsLabel = new QLabel(tr("Source &pairs"), this);
    pairsLabel->setBuddy(m_pairs);
    auto *passagesLabel = new QLabel(tr("Passa&ges"), this);
    passagesLabel->setBuddy(m_passages);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(pairsLabel);
    topLayout->addWidget(m_pairs);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(passagesLabel);
    bottomLayout->addLayout(filters);
    bottomLayout->addWidget(m_passages);
    bottomLayout->addWidget(m_summary);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    setFocusProxy(m_passages);
}

void OverlapsPanel::connectViews()
{
    connect(m_sourceCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setSourceFilter(m_sourceCombo->currentData().toLongLong());
        updateSummary();
    });
    connect(m_kindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setKindFilter(m_kindCombo->currentData().toString());
        updateSummary();
    });
    connect(m_statusCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        m_filter->setStatusFilter(m_statusCombo->currentData().toInt());
        updateSummary();
    });
    connect(m_scoreSpin, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this](double v) {
        m_filter->setMinimumScore(v / 100.0);
        updateSummary();
    });
    // Choosing a source pair narrows the passages to it; Enter opens it side by side.
    connect(m_pairs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_filter->setPairFilter(
                    current.data(Core::SourcePairModel::SourceARole).toLongLong(),
                    current.data(Core::SourcePairModel::SourceBRole).toLongLong());
                updateSummary();
            });
    connect(m_pairs, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        emit pairActivated(i.data(Core::SourcePairModel::SourceARole).toLongLong(),
                           i.data(Core::SourcePairModel::SourceBRole).toLongLong());
    });
    connect(m_passages, &QAbstractItemView::activated, this, [this](const QModelIndex &i) {
        emit passageActivated(i.data(Core::OverlapListModel::PassageRole).toInt());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &OverlapsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &OverlapsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &OverlapsPanel::updateSummary);
}

void OverlapsPanel::setContext(Core::Project *project,
                               std::shared_ptr<const Core::OverlapIndex> index)
{
    m_project = project;
    m_index = index;
    m_model->setData(project, index);
    m_pairModel->setIndex(index);
    m_filter->setPairFilter(0, 0);
    fillSourceCombo();
    m_passages->resizeColumnsToContents();
    m_pairs->resizeColumnsToContents();
    for (QTableView *t : {m_passages, m_pairs}) {
        for (int c = 0; c < t->model()->columnCount() - 1; ++c)
            t->setColumnWidth(c, std::min(t->columnWidth(c), 260));
    }
    updateSummary();
}

void OverlapsPanel::fillSourceCombo()
{
    const QSignalBlocker block(m_sourceCombo);
    const qint64 keep = m_sourceCombo->currentData().toLongLong();
    m_sourceCombo->clear();
    m_sourceCombo->addItem(tr("All sources"), qint64(0));
    if (m_index) {
        for (const Core::Source &s : m_index->sources())
            m_sourceCombo->addItem(s.meta.title, qint64(s.id));
    }
    const int i = m_sourceCombo->findData(keep);
    m_sourceCombo->setCurrentIndex(std::max(0, i));
    m_filter->setSourceFilter(m_sourceCombo->currentData().toLongLong());
}

void OverlapsPanel::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    const int families = m_index ? int(m_index->families().size()) : 0;
    m_summary->setText(tr("%1 of %n passage pair(s) shown", nullptr, total).arg(shown) +
                       QStringLiteral(" · ") +
                       tr("%n family(ies) of 3+ sources", nullptr, families));
}

int OverlapsPanel::currentPassage() const
{
    const QModelIndex i = m_passages->currentIndex();
    return i.isValid() ? i.data(Core::OverlapListModel::PassageRole).toInt() : -1;
}

bool OverlapsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Tab-free move between the two tables: Up at the top of the passages goes to the pairs.
    if (event->type() == QEvent::KeyPress && watched == m_passages) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Up && ke->modifiers() == Qt::NoModifier &&
            m_passages->currentIndex().row() <= 0) {
            m_pairs->setFocus(Qt::OtherFocusReason);
            return true;
        }
    } else if (event->type() == QEvent::KeyPress && watched == m_pairs) {
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Down && ke->modifiers() == Qt::NoModifier &&
            m_pairs->currentIndex().row() == m_pairs->model()->rowCount() - 1) {
            m_passages->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Crosscheck::Ui
