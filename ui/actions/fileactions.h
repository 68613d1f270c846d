// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusmessage.h"

#include <core/analysis/analysissession.h>
#include <core/importers/importjob.h>

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMenu;
class QWidget;

namespace Crosscheck::Ui {

class ActionRegistry;
class ProgressDialog;
class ProjectSession;
class WorkContext;

/// The project-level actions (File.*, Edit.Undo/Redo/RemoveSource/SourceDetails,
/// Analysis.FindOverlaps): every file dialog, message box and progress dialog of the app.
/// Imports and analyses run off the UI thread with progress and cancel.
class FileActions final : public QObject
{
    Q_OBJECT
public:
    FileActions(ActionRegistry &actions, ProjectSession &session, WorkContext &context,
                QWidget *window);
    ~FileActions() override;

    /// Opens \a path; asks whether to open read-only when another instance holds it.
    bool openProject(const QString &path, bool readOnly = false);
    bool newProject(const QString &path);
    /// A new project at \a path from a REFI-QDA project; \a summary and \a notMapped say what
    /// came across and what did not.
    bool newProjectFromQdpx(const QString &qdpx, const QString &path, QStringList *notMapped,
                            QString *summary);
    /// Opens (creating on first use) the bundled sample project.
    bool openSample();
    void closeProject();
    void importPaths(const QStringList &paths);
    /// An article given to Open Project: asks whether to import it (into the open project, or
    /// a new one) instead of calling it a damaged project.
    bool offerImportInstead(const QString &path);
    void findOverlaps();
    bool isImporting() const { return m_import != nullptr; }
    bool isAnalysing() const { return m_analysis != nullptr; }
    /// Fills \a menu with the recent projects (numbered for the keyboard).
    void fillRecentMenu(QMenu *menu);

signals:
    void statusMessage(const QString &text, Crosscheck::Ui::Severity severity);
    void importFinished(int added, const QStringList &problems);
    void analysisFinished(bool applied);

private:
    void connectActions();
    QString askProjectPath(const QString &title, const QString &proposed, bool confirmOverwrite);
    void importQdpxInteractively();
    void saveCopy();
    void pasteSource();
    void removeSelectedSources();
    void editCurrentSource();
    void finishImport();
    void finishAnalysis();
    void updateActions();
    void showError(const QString &title, const QString &message, const QString &detail = {});

    ActionRegistry &m_actions;
    ProjectSession &m_session;
    WorkContext &m_context;
    QWidget *m_window;
    QPointer<Core::ImportSession> m_import;
    QPointer<Core::AnalysisSession> m_analysis;
    QPointer<ProgressDialog> m_progress;
};

} // namespace Crosscheck::Ui
