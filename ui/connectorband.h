// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/passage.h>

#include <QWidget>

#include <vector>

namespace Crosscheck::Ui {

class ComparePane;

/// The band between the two panes: each passage is a ribbon from its place on the left to its
/// place on the right, so moved passages visibly cross. The current passage is drawn solid.
class ConnectorBand final : public QWidget
{
    Q_OBJECT
public:
    struct Link
    {
        Core::Analysis::PassageKind kind;
        bool moved = false;
    };
    ConnectorBand(ComparePane *left, ComparePane *right, QWidget *parent = nullptr);
    void setLinks(std::vector<Link> links);
    void setCurrent(int passage);
    QSize sizeHint() const override { return {56, 100}; }
    /// Ribbons drawn at the last paint (passages with a side on screen), for tests.
    int drawnLinks() const { return m_drawn; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

signals:
    void linkClicked(int passage);

private:
    struct Ribbon
    {
        int passage;
        int lt, lb, rt, rb; // band coordinates
    };
    std::vector<Ribbon> ribbons() const;

    ComparePane *m_left;
    ComparePane *m_right;
    std::vector<Link> m_links;
    int m_current = -1;
    int m_drawn = 0;
};

} // namespace Crosscheck::Ui
