#pragma once

#include "model/source.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;

class QWidget;

#include "importers/importjob.h"

namespace Crosscheck::Core {
class Project;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class ActionRegistry;

/// Handles the project-level actions (File.*, Edit.*) and owns the open project: open, new,
/// sample, recent, close, import (off the UI thread, with progress and cancel), paste, save a
/// copy, undo/redo, remove and edit sources. Messages go to the user through dialogs.
class ProjectController final : public QObject
{
    Q_OBJECT
public:
    ProjectController(ActionRegistry *actions, QWidget *window);
    ~ProjectController() override;

    Core::Project *project() const { return m_project.get(); }
    /// Opens \a path; asks whether to open read-only when another instance holds it.
    bool openProject(const QString &path);
    bool newProject(const QString &path);
    /// A new project at \a path from the REFI-QDA project \a qdpx (a .qdpx or .qde); the
    /// report says what could not be mapped. On failure nothing is left at \a path.
    bool newProjectFromQdpx(const QString &qdpx, const QString &path, QStringList *notMapped,
                            QString *summary);
    /// Opens (creating on first use) the bundled sample project in the user's data folder.
    bool openSample();
    void closeProject();
    void importPaths(const QStringList &paths);
    bool isImporting() const { return m_import != nullptr; }
    /// Finds the overlaps of sources not analysed yet, on a worker thread with progress.
    void findOverlaps();
    bool isAnalysing() const { return m_analysis != nullptr; }
    void pasteSource();
    void removeSelectedSources();
    void editCurrentSource();

    QStringList recentProjects() const;
    static QString samplePath();

    /// Where the selection comes from (the source list); set by the main window.
    void setSelectionProvider(std::function<Core::SourceIds()> selected,
                              std::function<Core::SourceId()> current);

signals:
    void projectChanged(Crosscheck::Core::Project *project);
    void statusMessage(const QString &text);
    void recentProjectsChanged();
    void importFinished(int added, const QStringList &problems);
    void analysisFinished(bool applied);

private:
    void setProject(std::unique_ptr<Core::Project> project);
    void addRecent(const QString &path);
    void updateActions();
    void finishImport();
    void showError(const QString &title, const QString &message);
    void rememberFocus();
    void restoreFocus();

    ActionRegistry *m_actions;
    QWidget *m_window;
    std::unique_ptr<Core::Project> m_project;
    QPointer<Core::ImportSession> m_import;
    QPointer<QProgressDialog> m_progress;
    QPointer<QThread> m_analysis;
    QPointer<QWidget> m_focusBefore; ///< where the keyboard was before a progress dialog
    std::shared_ptr<std::atomic<bool>> m_cancelAnalysis;
    std::function<Core::SourceIds()> m_selected;
    std::function<Core::SourceId()> m_current;
};

} // namespace Crosscheck::Ui
