// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectorband.h"

#include <QWidget>

#include <vector>

namespace Crosscheck::Ui {

class ComparePane;

/// A strip beside a pane marking every passage over the whole document, with the visible part
/// framed. Click (or Up/Down when focused) jumps to a passage.
class OverviewRuler final : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewRuler(ComparePane *pane, QWidget *parent = nullptr);
    void setKinds(std::vector<ConnectorBand::Link> kinds);
    void setCurrent(int passage);
    QSize sizeHint() const override { return {16, 100}; }
    /// The passage whose mark is nearest to y (widget coordinates), or -1.
    int passageNear(int y) const;

signals:
    void jumpRequested(int passage);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int markY(int passage) const;
    ComparePane *m_pane;
    std::vector<ConnectorBand::Link> m_kinds;
    int m_current = -1;
};

} // namespace Crosscheck::Ui
