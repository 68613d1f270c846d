// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusmessage.h"
#include "workcontext.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace Crosscheck::Core {
class Project;
class SourceListModel;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class ActionRegistry;
class FileActions;
class Navigator;
class ProjectSession;
class TeamStatus;
class ShortcutOverlay;
class WelcomePage;

/// Lays out the window (welcome page, sources, work tabs, banner, status bar, menus) and builds
/// the session, context, navigator and action handlers, which hold the behaviour.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry *actions() const { return m_actions; }
    ProjectSession *session() const { return m_session; }
    FileActions *fileActions() const { return m_fileActions; }
    Navigator *navigator() const { return m_navigator; }
    WorkContext *context() const { return m_context; }
    const Views &views() const { return m_views; }
    ShortcutOverlay *shortcutOverlay() const { return m_overlay; }
    QLabel *readOnlyBanner() const { return m_banner; }
    WelcomePage *welcomePage() const { return m_welcome; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildProjectPage();
    void buildHandlers();
    void connectWindowActions();
    void onProjectChanged(Core::Project *project);
    void showStatus(const QString &text, Severity severity);
    void updateStatus();

    ActionRegistry *m_actions;
    ProjectSession *m_session;
    Core::SourceListModel *m_model;
    Views m_views;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_projectPage = nullptr;
    QLabel *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    WorkContext *m_context = nullptr;
    Navigator *m_navigator = nullptr;
    FileActions *m_fileActions = nullptr;
    ShortcutOverlay *m_overlay = nullptr;
    QLabel *m_statusCounts = nullptr;
    QLabel *m_statusFile = nullptr;
    QMenu *m_recentMenu = nullptr;
    TeamStatus *m_team = nullptr;
};

} // namespace Crosscheck::Ui
