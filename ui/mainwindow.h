#pragma once

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
class ProjectController;
class ReaderView;
class ShortcutOverlay;
class SourceListPanel;
class WelcomePage;

/// Lays out the window (welcome page, source list, reader, banner, status bar) and its menus
/// from action ids. Behaviour lives in the handlers (ProjectController) and the views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ActionRegistry *actions() const { return m_actions; }
    ProjectController *controller() const { return m_controller; }
    SourceListPanel *sourceList() const { return m_sourceList; }
    ReaderView *reader() const { return m_reader; }
    ShortcutOverlay *shortcutOverlay() const { return m_overlay; }
    QLabel *readOnlyBanner() const { return m_banner; }
    WelcomePage *welcomePage() const { return m_welcome; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void rebuildRecentMenu();
    void onProjectChanged(Core::Project *project);
    void updateStatus();
    void showAbout();
    void showPreferences();

    ActionRegistry *m_actions;
    ProjectController *m_controller;
    Core::SourceListModel *m_model;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_projectPage;
    QLabel *m_banner;
    QSplitter *m_splitter;
    SourceListPanel *m_sourceList;
    ReaderView *m_reader;
    ShortcutOverlay *m_overlay;
    QLabel *m_statusCounts;
    QLabel *m_statusFile;
    QMenu *m_recentMenu = nullptr;
};

} // namespace Crosscheck::Ui
