// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/source.h>

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace Crosscheck::Core {
class OverlapIndex;
class SourceMatrixModel;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// A heat map of how much of each source (row) is shared with each other source (column),
/// with the share found nowhere else in the last column. Enter or a click opens the pair.
class SourceMatrixView final : public QWidget
{
    Q_OBJECT
public:
    explicit SourceMatrixView(QWidget *parent = nullptr);
    void setIndex(std::shared_ptr<const Core::OverlapIndex> index);
    QTableView *table() const { return m_table; }
    Core::SourceMatrixModel *model() const { return m_model; }

signals:
    void pairActivated(Core::SourceId row, Core::SourceId column);

private:
    Core::SourceMatrixModel *m_model;
    QTableView *m_table;
    QLabel *m_caption;
};

} // namespace Crosscheck::Ui
