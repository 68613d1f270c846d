// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/source.h>

#include <QWidget>

#include <memory>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QDoubleSpinBox;
class QLabel;
class QTableView;

namespace Crosscheck::Core {
class OverlapFilterModel;
class OverlapIndex;
class OverlapListModel;
class Project;
class SourcePairModel;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// Every passage pair of the project with filters (source, kind, score, verdict), above it the
/// source pairs with their passage count and share of shared words. Enter opens the selection
/// in the compare view.
class OverlapsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit OverlapsPanel(QWidget *parent = nullptr);
    void setContext(Core::Project *project, std::shared_ptr<const Core::OverlapIndex> index);

    QTableView *pairView() const { return m_pairs; }
    QTableView *passageView() const { return m_passages; }
    Core::OverlapFilterModel *filterModel() const { return m_filter; }
    QComboBox *sourceFilter() const { return m_sourceCombo; }
    QComboBox *kindFilter() const { return m_kindCombo; }
    QDoubleSpinBox *scoreFilter() const { return m_scoreSpin; }
    /// Global passage index of the current row, or -1.
    int currentPassage() const;

signals:
    void passageActivated(int passage);
    void pairActivated(Core::SourceId a, Core::SourceId b);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The filter widgets filled, in a row with their labels.
    QGridLayout *filterRow();
    void layOut(QGridLayout *filters);
    void connectViews();
    void fillSourceCombo();
    void updateSummary();

    Core::Project *m_project = nullptr;
    std::shared_ptr<const Core::OverlapIndex> m_index;
    Core::OverlapListModel *m_model;
    Core::OverlapFilterModel *m_filter;
    Core::SourcePairModel *m_pairModel;
    QTableView *m_pairs;
    QTableView *m_passages;
    QComboBox *m_sourceCombo;
    QComboBox *m_kindCombo;
    QComboBox *m_statusCombo;
    QDoubleSpinBox *m_scoreSpin;
    QLabel *m_summary;
};

} // namespace Crosscheck::Ui
