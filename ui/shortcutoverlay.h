// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Crosscheck::Ui {

class ActionRegistry;

/// The F1 / "?" overlay: every action with its current shortcuts, grouped by category, drawn
/// over the window; any key or click closes it.
class ShortcutOverlay final : public QWidget
{
    Q_OBJECT
public:
    ShortcutOverlay(const ActionRegistry *registry, QWidget *parent);
    /// Rebuilds the list from the registry and shows the overlay over the whole parent.
    void showOverlay();
    QString contentText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const ActionRegistry *m_registry;
    QLabel *m_label;
};

} // namespace Crosscheck::Ui
