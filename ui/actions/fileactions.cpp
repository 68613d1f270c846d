// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileactions.h"
#include "actionids.h"

#include "actionregistry.h"
#include "changednotice.h"
#include "exportdialog.h"
#include "problemsdialog.h"
#include "progressdialog.h"
#include "projectsession.h"
#include "sourcedetailsdialog.h"
#include "workcontext.h"

#include <core/analysis/analysissession.h>
#include <core/importers/documentimporter.h>
#include <core/importers/importjob.h>
#include <core/project/project.h>
#include <core/project/undostack.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

namespace Crosscheck::Ui {

namespace {
QString projectFilter()
{
    return FileActions::tr("Crosscheck projects (*.crosscheck)") + QStringLiteral(";;") +
           FileActions::tr("All files (*)");
}

constexpr char kSuffix[] = ".crosscheck";
} // namespace

FileActions::FileActions(ActionRegistry &actions, ProjectSession &session, WorkContext &context,
                         QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_session(session)
    , m_context(context)
    , m_window(window)
{
    connectActions();
    connect(&m_session, &ProjectSession::projectChanged, this, [this](Core::Project *project) {
        if (project) {
            connect(project->undoStack(), &Core::UndoStack::indexChanged, this,
                    &FileActions::updateActions);
            connect(project, &Core::Project::editFailed, this, [this](const QString &message) {
                showError(tr("Not Saved"),
                          tr("The change could not be saved and was not made: %1").arg(message));
            });
            connect(project, &Core::Project::sourceInserted, this, &FileActions::updateActions);
            connect(project, &Core::Project::sourceRemoved, this, &FileActions::updateActions);
        }
        updateActions();
    });
    updateActions();
}

FileActions::~FileActions()
{
    // The workers stop before the project goes.
    delete m_import;
    delete m_analysis;
}

void FileActions::connectActions()
{
    using namespace ActionId;
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions.action(id), &QAction::triggered, this, slot);
    };
    on(FileNew, [this] {
        const QString path = askProjectPath(
            tr("New Project"), ProjectSession::startFolder() + QStringLiteral("/untitled"), false);
        if (!path.isEmpty())
            newProject(path);
    });
    on(FileImportQdpx, [this] { importQdpxInteractively(); });
    on(FileOpen, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Open Project"), ProjectSession::startFolder(), projectFilter());
        if (!path.isEmpty())
            openProject(path);
    });
    on(FileOpenSample, [this] { openSample(); });
    on(FileImportFiles, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            m_window, tr("Import Articles"), ProjectSession::startFolder(),
            Core::Importers().fileDialogFilter());
        if (!files.isEmpty()) {
            ProjectSession::rememberFolder(QFileInfo(files.first()).absolutePath());
            importPaths(files);
        }
    });
    on(FileImportFolder, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            m_window, tr("Import a Folder of Articles"), ProjectSession::startFolder());
        if (!dir.isEmpty()) {
            ProjectSession::rememberFolder(dir);
            importPaths({dir});
        }
    });
    on(FilePasteSource, [this] { pasteSource(); });
    on(FileSaveCopy, [this] { saveCopy(); });
    on(FileClose, [this] { closeProject(); });
    on(FileExport, [this] {
        if (Core::Project *p = m_session.project()) {
            ExportDialog dialog(*p, m_window);
            if (dialog.exec() == QDialog::Accepted)
                emit statusMessage(dialog.property("summary").toString(), Severity::Result);
        }
    });
    // Each says what it did (a refusal is said through Project::editFailed).
    on(EditUndo, [this] {
        Core::Project *p = m_session.project();
        const QString what = p ? p->undoStack()->undoText() : QString();
        if (p && p->undoStack()->undo())
            emit statusMessage(tr("Undone: %1").arg(what), Severity::Result);
    });
    on(EditRedo, [this] {
        Core::Project *p = m_session.project();
        const QString what = p ? p->undoStack()->redoText() : QString();
        if (p && p->undoStack()->redo())
            emit statusMessage(tr("Redone: %1").arg(what), Severity::Result);
    });
    on(EditRemoveSource, [this] { removeSelectedSources(); });
    on(AnalysisFindOverlaps, [this] { findOverlaps(); });
    on(EditSourceDetails, [this] { editCurrentSource(); });
}

QString FileActions::askProjectPath(const QString &title, const QString &proposed,
                                    bool confirmOverwrite)
{
    QString path = QFileDialog::getSaveFileName(
        m_window, title, proposed + QLatin1String(kSuffix), projectFilter(), nullptr,
        confirmOverwrite ? QFileDialog::Options() : QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(kSuffix);
    return path;
}

void FileActions::importQdpxInteractively()
{
    const QString qdpx = QFileDialog::getOpenFileName(m_window, tr("New Project from REFI-QDA"),
                                                      ProjectSession::startFolder(),
                                                      tr("REFI-QDA projects (*.qdpx *.qde)"));
    if (qdpx.isEmpty())
        return;
    const QFileInfo info(qdpx);
    const QString path = askProjectPath(tr("Save the Imported Project As"),
                                        info.absolutePath() + u'/' + info.completeBaseName(), true);
    QStringList notMapped;
    QString summary;
    if (path.isEmpty() || !newProjectFromQdpx(qdpx, path, &notMapped, &summary))
        return;
    QMessageBox box(QMessageBox::Information, tr("REFI-QDA Project Imported"), summary,
                    QMessageBox::Ok, m_window);
    if (!notMapped.isEmpty()) {
        box.setInformativeText(tr("Show Details lists what has no place in Crosscheck."));
        box.setDetailedText(notMapped.join(u'\n'));
    }
    box.exec();
}

void FileActions::saveCopy()
{
    Core::Project *p = m_session.project();
    if (!p)
        return;
    const QString path =
        askProjectPath(tr("Save a Copy As"),
                       ProjectSession::startFolder() + u'/' +
                           QFileInfo(p->filePath()).completeBaseName() + tr(" (copy)"),
                       true);
    if (path.isEmpty())
        return;
    QString error;
    if (p->saveCopyAs(path, &error))
        emit statusMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)),
                           Severity::Result);
    else
        showError(tr("Save a Copy"), tr("The copy could not be saved: %1").arg(error));
}

void FileActions::showError(const QString &title, const QString &message, const QString &detail)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box.setDetailedText(detail); // "Show Details…" when there is any
    box.exec();
}

bool FileActions::openProject(const QString &path, bool readOnly)
{
    if (isImporting() || isAnalysing())
        return false;
    Core::Storage::OpenStatus status;
    bool opened = m_session.open(path, readOnly, &status);
    if (!opened && status.error == Core::Storage::OpenError::AlreadyOpen) {
        QMessageBox box(QMessageBox::Information, tr("Project Already Open"), status.message,
                        QMessageBox::Cancel, m_window);
        QPushButton *asReadOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(asReadOnly);
        box.exec();
        if (box.clickedButton() != asReadOnly)
            return false;
        opened = m_session.open(path, true, &status);
    }
    if (!opened && status.error == Core::Storage::OpenError::NotAProject &&
        Core::Importers().supportedSuffixes().contains(QFileInfo(path).suffix().toLower()))
        return offerImportInstead(path);
    if (!opened) {
        showError(tr("Cannot Open Project"), status.message, status.detail);
        return false;
    }
    if (const QString problems = m_session.project()->loadProblems(); !problems.isEmpty())
        showError(tr("Some Annotations Were Set Aside"), problems);
    return true;
}

bool FileActions::newProject(const QString &path)
{
    if (isImporting() || isAnalysing())
        return false;
    Core::Storage::OpenStatus status;
    if (m_session.create(path, &status))
        return true;
    showError(tr("Cannot Create Project"), status.message);
    return false;
}

bool FileActions::newProjectFromQdpx(const QString &qdpx, const QString &path,
                                     QStringList *notMapped, QString *summary)
{
    if (isImporting() || isAnalysing())
        return false;
    Core::Formats::Qdpx::ImportReport report;
    QString error;
    if (!m_session.createFromQdpx(qdpx, path, &report, &error)) {
        showError(tr("Cannot Import REFI-QDA Project"), error);
        return false;
    }
    if (notMapped)
        *notMapped = report.notMapped;
    if (summary)
        *summary = tr("Imported %1.").arg(report.counts()) + u' ' +
                   tr("%n item(s) could not be mapped.", nullptr, int(report.notMapped.size()));
    return true;
}

bool FileActions::openSample()
{
    if (isImporting() || isAnalysing())
        return false;
    if (QFileInfo::exists(ProjectSession::samplePath()))
        return openProject(ProjectSession::samplePath());
    Core::Storage::OpenStatus status;
    QStringList problems;
    if (!m_session.createSample(&status, &problems)) {
        showError(tr("Cannot Create the Sample Project"), status.message);
        return false;
    }
    if (!problems.isEmpty())
        showError(tr("Sample Project"), problems.join(u'\n'));
    return true;
}

void FileActions::closeProject()
{
    if (!isImporting() && !isAnalysing())
        m_session.close();
}

void FileActions::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = m_session.recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // Numbered accelerators make the list usable from the keyboard.
        QAction *a = menu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent projects"))->setEnabled(false);
    menu->setEnabled(!recent.isEmpty());
}

void FileActions::updateActions()
{
    using namespace ActionId;
    const Core::Project *p = m_session.project();
    const bool busy = isImporting() || isAnalysing();
    const bool writable = p && !p->isReadOnly() && !busy;
    const bool hasSources = p && p->sourceCount() > 0;
    const QString readOnly = p && p->isReadOnly()
                                 ? tr("The project is read-only (%1).").arg(p->readOnlyReason())
                                 : QString();
    for (const char *id : {FileImportFiles, FileImportFolder, FilePasteSource})
        m_actions.allow(id, writable, readOnly);
    m_actions.action(FileSaveCopy)->setEnabled(p);
    m_actions.action(FileExport)->setEnabled(p);
    m_actions.action(FileClose)->setEnabled(p && !busy);
    m_actions.allow(AnalysisFindOverlaps, writable && p->sourceCount() > 1, readOnly);
    m_actions.allow(EditRemoveSource, writable && hasSources, readOnly);
    m_actions.allow(EditSourceDetails, writable && hasSources, readOnly);
    const Core::UndoStack *stack = p ? p->undoStack() : nullptr;
    const bool canUndo = writable && stack->canUndo();
    const bool canRedo = writable && stack->canRedo();
    m_actions.action(EditUndo)->setEnabled(canUndo);
    m_actions.action(EditRedo)->setEnabled(canRedo);
    m_actions.action(EditUndo)->setText(canUndo ? tr("&Undo %1").arg(stack->undoText())
                                                : tr("&Undo"));
    m_actions.action(EditRedo)->setText(canRedo ? tr("&Redo %1").arg(stack->redoText())
                                                : tr("&Redo"));
}

void FileActions::importPaths(const QStringList &paths)
{
    Core::Project *p = m_session.project();
    if (!p) {
        emit statusMessage(tr("Open or create a project first, then import articles into it."),
                           Severity::Hint);
        return;
    }
    if (p->isReadOnly()) {
        showError(tr("Import"), tr("The project is read-only (%1).").arg(p->readOnlyReason()));
        return;
    }
    if (isImporting() || isAnalysing() || paths.isEmpty())
        return;
    m_import = new Core::ImportSession(p, paths, this);
    m_progress =
        new ProgressDialog(tr("Import"), tr("Importing…"), m_window, WorkContext::focusWidget());
    connect(m_progress, &ProgressDialog::canceled, m_import, &Core::ImportSession::cancel);
    connect(m_import, &Core::ImportSession::progress, this,
            [this](int done, int total, const QString &file) {
                if (m_progress)
                    m_progress->setProgress(
                        done, total,
                        file.isEmpty()
                            ? QString()
                            : tr("Importing %1 (%2 of %3)…").arg(file).arg(done + 1).arg(total));
            });
    connect(m_import, &Core::ImportSession::finished, this, &FileActions::finishImport);
    updateActions();
    m_import->start();
}

void FileActions::finishImport()
{
    const Core::ImportSession::Result r = m_import->result();
    m_import->deleteLater();
    m_import = nullptr;
    delete m_progress;
    updateActions();
    QString summary = r.cancelled ? tr("Import cancelled: %n source(s) added", nullptr, r.added)
                                  : tr("Imported %n source(s)", nullptr, r.added);
    if (r.alreadyPresent > 0)
        summary +=
            QStringLiteral("; ") + tr("%n already in the project", nullptr, r.alreadyPresent);
    if (!r.problems.isEmpty())
        summary +=
            QStringLiteral("; ") + tr("%n file(s) not imported", nullptr, int(r.problems.size()));
    emit statusMessage(summary, Severity::Result);
    emit importFinished(r.added, r.problems);
    if (!r.problems.isEmpty()) {
        auto *box = new ProblemsDialog(
            tr("Import"), summary + u'.',
            tr("Each file below was left out whole; everything else was imported."), r.problems,
            m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void FileActions::findOverlaps()
{
    Core::Project *p = m_session.project();
    if (!p || p->isReadOnly() || isImporting() || isAnalysing())
        return;
    m_analysis = new Core::AnalysisSession(p, false, this);
    if (!m_analysis->start()) {
        finishAnalysis(); // nothing to do: said at once
        return;
    }
    m_progress = new ProgressDialog(tr("Find Overlaps"), tr("Finding overlaps…"), m_window,
                                    WorkContext::focusWidget());
    connect(m_progress, &ProgressDialog::canceled, m_analysis, &Core::AnalysisSession::cancel);
    connect(m_analysis, &Core::AnalysisSession::progress, this,
            [this](const QString &stage, int done, int total) {
                if (m_progress)
                    m_progress->setProgress(done, total,
                                            stage == QLatin1String("prepare")
                                                ? tr("Reading sources…")
                                                : tr("Aligning passages…"));
            });
    connect(m_analysis, &Core::AnalysisSession::finished, this, &FileActions::finishAnalysis);
    updateActions();
}

void FileActions::finishAnalysis()
{
    const Core::AnalysisSession::Result r = m_analysis->result();
    m_analysis->deleteLater();
    m_analysis = nullptr;
    delete m_progress;
    updateActions();
    const int pairs = m_session.project() ? int(m_session.project()->passages().size()) : 0;
    if (r.upToDate)
        emit statusMessage(tr("Overlaps are up to date: %n passage pair(s)", nullptr, pairs),
                           Severity::Result);
    else if (r.cancelled)
        emit statusMessage(tr("Finding overlaps was cancelled; nothing changed."),
                           Severity::Result);
    else if (r.applied)
        emit statusMessage(tr("Found overlaps: %n passage pair(s) in the project", nullptr, pairs),
                           Severity::Result);
    else
        showError(tr("Find Overlaps"), tr("The results could not be saved: %1").arg(r.error));
    emit analysisFinished(r.applied);
}

void FileActions::pasteSource()
{
    Core::Project *p = m_session.project();
    if (!p || p->isReadOnly())
        return;
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const Core::Importers importers;
    Core::ImportedDocument doc;
    if (mime && mime->hasText() && !mime->text().trimmed().isEmpty())
        doc = importers.importText(mime->text());
    else if (mime && mime->hasHtml())
        doc = importers.importText(mime->html(), true);
    else
        doc = importers.importText(QString());
    const Core::Project::AddOutcome outcome = p->addDocuments({doc});
    if (!outcome.problems.isEmpty()) {
        showError(tr("Paste as New Source"), outcome.problems.join(u'\n'));
        return;
    }
    emit statusMessage(
        tr("Added pasted text as “%1”").arg(p->source(outcome.added.first()).meta.title),
        Severity::Result);
}

void FileActions::removeSelectedSources()
{
    Core::Project *p = m_session.project();
    const Core::SourceIds ids = m_context.selectedSources();
    QString error;
    if (p && !ids.isEmpty() && p->removeSources(ids, &error))
        emit statusMessage(
            tr("Removed %n source(s); Undo brings them back", nullptr, int(ids.size())),
            Severity::Result);
}

void FileActions::editCurrentSource()
{
    Core::Project *p = m_session.project();
    if (!p)
        return;
    const Core::Source source = p->source(m_context.currentSource());
    if (!source.isValid())
        return;
    SourceDetailsDialog dialog(source, m_window, p);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Changed while the dialog was open (by someone on the team, or an undo): the user says.
    const Core::Source now = p->source(source.id);
    if (now.isValid() && !(now.meta == source.meta) &&
        !askSaveOverNewer(m_window, tr("“%1”").arg(source.meta.title))) {
        emit statusMessage(tr("Kept the newer version; your changes were not saved."),
                           Severity::Info);
        return;
    }
    QString error;
    if (!p->setSourceMetadata(source.id, dialog.metadata(), &error))
        emit statusMessage(error, Severity::Error);
}

} // namespace Crosscheck::Ui
