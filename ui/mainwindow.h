#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

#include <memory>

namespace Crosscheck::Core {
class OverlapIndex;
class Project;
class SourceListModel;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class ActionRegistry;
class CompareView;
class EntityPanel;
class LinksPanel;
class ReviewPanel;
class FamilyView;
class OverlapsPanel;
class SourceMatrixView;
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
    QTabWidget *tabs() const { return m_tabs; }
    CompareView *compareView() const { return m_compare; }
    OverlapsPanel *overlapsPanel() const { return m_overlaps; }
    FamilyView *familyView() const { return m_families; }
    SourceMatrixView *matrixView() const { return m_matrix; }
    EntityPanel *entityPanel() const { return m_entities; }
    LinksPanel *linksPanel() const { return m_links; }
    ReviewPanel *reviewPanel() const { return m_review; }
    /// The passages' derived figures, built when an overlap view first needs them.
    std::shared_ptr<const Core::OverlapIndex> overlapIndex();
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
    void connectOverlapActions();
    void connectAnnotationActions();
    /// The source and text widget the keyboard is in (reader or a compare pane), if any.
    struct TextContext
    {
        qint64 source = 0;
        QPlainTextEdit *edit = nullptr;
    };
    TextContext textContext() const;
    void tagSelection();
    void markSpan();
    void linkToMarked();
    void writeNote();
    void stepMention(int direction);
    void editSelected();
    void deleteSelected();
    void mergeSelected();
    void splitEntity();
    void editReviewItem(bool retypeOnly);
    void noteOnReviewItem();
    void invalidateOverlaps();
    void ensureOverlapViews();
    void showTab(QWidget *tab);
    /// The passage a verdict applies to: the passage list's row when it has the focus, else
    /// the compare view's current passage (global index, -1 for none).
    int reviewTarget() const;
    void setVerdict(int status);

    ActionRegistry *m_actions;
    ProjectController *m_controller;
    Core::SourceListModel *m_model;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_projectPage;
    QLabel *m_banner;
    QSplitter *m_splitter;
    SourceListPanel *m_sourceList;
    QTabWidget *m_tabs;
    ReaderView *m_reader;
    CompareView *m_compare;
    OverlapsPanel *m_overlaps;
    FamilyView *m_families;
    SourceMatrixView *m_matrix;
    EntityPanel *m_entities;
    LinksPanel *m_links;
    ReviewPanel *m_review;
    qint64 m_lastTagged = 0;
    qint64 m_markedSource = 0;
    qint64 m_markedStart = 0, m_markedEnd = 0;
    std::shared_ptr<const Core::OverlapIndex> m_index;
    bool m_indexDirty = true;
    QTimer *m_refreshTimer;
    ShortcutOverlay *m_overlay;
    QLabel *m_statusCounts;
    QLabel *m_statusFile;
    QMenu *m_recentMenu = nullptr;
};

} // namespace Crosscheck::Ui
