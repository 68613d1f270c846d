// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;

namespace Crosscheck::Ui {

class ActionRegistry;

/// Shown when no project is open: new, open, the sample project, and recent projects.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(const ActionRegistry *actions, QWidget *parent = nullptr);
    void setRecentProjects(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void openRecentRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace Crosscheck::Ui
