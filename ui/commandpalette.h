// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QListWidget;

namespace Crosscheck::Ui {

class ActionRegistry;

/// Ctrl+K / Ctrl+Shift+P: every command of the registry, found by typing words of its name or
/// group; Enter runs it. Disabled commands are listed greyed out and cannot be run.
class CommandPalette final : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(const ActionRegistry *registry, QWidget *parent = nullptr);
    /// The action chosen, to trigger after the palette closed.
    QAction *chosen() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

private:
    void refilter();
    const ActionRegistry *m_registry;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Crosscheck::Ui
