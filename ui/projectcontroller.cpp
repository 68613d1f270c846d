#include "projectcontroller.h"
#include "actionregistry.h"
#include "preferencesdialog.h"
#include "settings.h"
#include "sourcedetailsdialog.h"

#include "export/qdpx.h"
#include "importers/documentimporter.h"
#include "importers/importjob.h"
#include "project/project.h"
#include "project/sampleproject.h"
#include "project/undostack.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

namespace Crosscheck::Ui {

namespace {
const Setting<QStringList> kRecent("Ui/recentProjects", {});
const Setting<QString> kLastFolder("Ui/lastFolder", QString());
constexpr int kMaxRecent = 10;

QString projectFilter()
{
    return QCoreApplication::translate("Crosscheck::Ui::ProjectController",
                                       "Crosscheck projects (*.crosscheck)") +
           QStringLiteral(";;") +
           QCoreApplication::translate("Crosscheck::Ui::ProjectController", "All files (*)");
}

QString startFolder()
{
    const QString last = kLastFolder.value();
    return QDir(last).exists() ? last : QDir::homePath();
}
} // namespace

ProjectController::ProjectController(ActionRegistry *actions, QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_window(window)
{
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions->action(QString::fromLatin1(id)), &QAction::triggered, this, slot);
    };
    on("File.New", [this] {
        QString path = QFileDialog::getSaveFileName(
            m_window, tr("New Project"), startFolder() + QStringLiteral("/untitled.crosscheck"),
            projectFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".crosscheck");
        newProject(path);
    });
    on("File.ImportQdpx", [this] {
        const QString qdpx =
            QFileDialog::getOpenFileName(m_window, tr("New Project from REFI-QDA"), startFolder(),
                                         tr("REFI-QDA projects (*.qdpx *.qde)"));
        if (qdpx.isEmpty())
            return;
        const QFileInfo info(qdpx);
        QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save the Imported Project As"),
            info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral(".crosscheck"),
            projectFilter());
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".crosscheck");
        QStringList notMapped;
        QString summary;
        if (!newProjectFromQdpx(qdpx, path, &notMapped, &summary))
            return;
        QMessageBox box(QMessageBox::Information, tr("REFI-QDA Project Imported"), summary,
                        QMessageBox::Ok, m_window);
        if (!notMapped.isEmpty()) {
            box.setInformativeText(tr("Show Details lists what has no place in Crosscheck."));
            box.setDetailedText(notMapped.join(u'\n'));
        }
        box.exec();
    });
    on("File.Open", [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"),
                                                          startFolder(), projectFilter());
        if (!path.isEmpty())
            openProject(path);
    });
    on("File.OpenSample", [this] { openSample(); });
    on("File.ImportFiles", [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            m_window, tr("Import Articles"), startFolder(), Core::Importers().fileDialogFilter());
        if (!files.isEmpty()) {
            kLastFolder.setValue(QFileInfo(files.first()).absolutePath());
            importPaths(files);
        }
    });
    on("File.ImportFolder", [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            m_window, tr("Import a Folder of Articles"), startFolder());
        if (!dir.isEmpty()) {
            kLastFolder.setValue(dir);
            importPaths({dir});
        }
    });
    on("File.PasteSource", [this] { pasteSource(); });
    on("File.SaveCopy", [this] {
        if (!m_project)
            return;
        QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save a Copy As"),
            startFolder() + u'/' + QFileInfo(m_project->filePath()).completeBaseName() +
                tr(" (copy)") + QStringLiteral(".crosscheck"),
            projectFilter());
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".crosscheck");
        QString error;
        if (m_project->saveCopyAs(path, &error))
            emit statusMessage(tr("Saved a copy to %1").arg(QDir::toNativeSeparators(path)));
        else
            showError(tr("Save a Copy"), tr("The copy could not be saved: %1").arg(error));
    });
    on("File.Close", [this] { closeProject(); });
    on("Edit.Undo", [this] {
        if (m_project)
            m_project->undoStack()->undo();
    });
    on("Edit.Redo", [this] {
        if (m_project)
            m_project->undoStack()->redo();
    });
    on("Edit.RemoveSource", [this] { removeSelectedSources(); });
    on("Analysis.FindOverlaps", [this] { findOverlaps(); });
    on("Edit.SourceDetails", [this] { editCurrentSource(); });
    updateActions();
}

ProjectController::~ProjectController()
{
    delete m_import; // stops the worker before the project goes
    if (m_analysis) {
        m_cancelAnalysis->store(true);
        m_analysis->wait();
    }
}

void ProjectController::setSelectionProvider(std::function<Core::SourceIds()> selected,
                                             std::function<Core::SourceId()> current)
{
    m_selected = std::move(selected);
    m_current = std::move(current);
}

void ProjectController::rememberFocus()
{
    m_focusBefore = QApplication::focusWidget();
}

// A keyboard user finds the keyboard where it was once a progress dialog has gone.
void ProjectController::restoreFocus()
{
    if (m_window->isVisible()) {
        m_window->activateWindow();
        if (m_focusBefore && m_focusBefore->isVisible())
            m_focusBefore->setFocus(Qt::OtherFocusReason);
    }
    m_focusBefore = nullptr;
}

void ProjectController::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window, title, message);
}

bool ProjectController::openProject(const QString &path)
{
    if (isImporting())
        return false;
    Core::Storage::OpenStatus status;
    auto project = Core::Project::open(path, false, &status);
    if (!project && status.error == Core::Storage::OpenError::AlreadyOpen) {
        QMessageBox box(QMessageBox::Information, tr("Project Already Open"), status.message,
                        QMessageBox::Cancel, m_window);
        QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
        box.setDefaultButton(readOnly);
        box.exec();
        if (box.clickedButton() != readOnly)
            return false;
        project = Core::Project::open(path, true, &status);
    }
    if (!project) {
        showError(tr("Cannot Open Project"), status.message);
        return false;
    }
    addRecent(project->filePath());
    const QString problems = project->loadProblems();
    setProject(std::move(project));
    if (!problems.isEmpty())
        showError(tr("Some Annotations Were Set Aside"), problems);
    return true;
}

bool ProjectController::newProject(const QString &path)
{
    if (isImporting())
        return false;
    Core::Storage::OpenStatus status;
    auto project = Core::Project::create(path, &status);
    if (!project) {
        showError(tr("Cannot Create Project"), status.message);
        return false;
    }
    kLastFolder.setValue(QFileInfo(path).absolutePath());
    addRecent(project->filePath());
    setProject(std::move(project));
    return true;
}

bool ProjectController::newProjectFromQdpx(const QString &qdpx, const QString &path,
                                           QStringList *notMapped, QString *summary)
{
    if (isImporting())
        return false;
    Core::Export::Qdpx::ImportReport report;
    QString error;
    auto project = Core::Export::Qdpx::createProject(qdpx, path, &report, &error);
    if (!project) {
        showError(tr("Cannot Import REFI-QDA Project"), error);
        return false;
    }
    if (notMapped)
        *notMapped = report.notMapped;
    if (summary)
        *summary = tr("Imported %1.")
                       .arg(QStringList{tr("%n source(s)", nullptr, report.sources),
                                        tr("%n entit(ies)", nullptr, report.entities),
                                        tr("%n mention(s)", nullptr, report.mentions),
                                        tr("%n link(s)", nullptr, report.links),
                                        tr("%n note(s)", nullptr, report.notes)}
                                .join(QStringLiteral(", "))) +
                   u' ' +
                   tr("%n item(s) could not be mapped.", nullptr, int(report.notMapped.size()));
    kLastFolder.setValue(QFileInfo(path).absolutePath());
    addRecent(project->filePath());
    setProject(std::move(project));
    return true;
}

QString ProjectController::samplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/Sample.crosscheck");
}

bool ProjectController::openSample()
{
    if (isImporting())
        return false;
    const QString path = samplePath();
    if (QFileInfo::exists(path))
        return openProject(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    Core::Storage::OpenStatus status;
    QStringList problems;
    auto project = Core::SampleProject::create(path, &status, &problems);
    if (!project) {
        showError(tr("Cannot Create the Sample Project"), status.message);
        return false;
    }
    if (!problems.isEmpty())
        showError(tr("Sample Project"), problems.join(u'\n'));
    setProject(std::move(project));
    return true;
}

void ProjectController::closeProject()
{
    if (isImporting() || isAnalysing())
        return;
    setProject(nullptr);
}

void ProjectController::setProject(std::unique_ptr<Core::Project> project)
{
    std::unique_ptr<Core::Project> old = std::move(m_project);
    m_project = std::move(project);
    if (m_project) {
        const QString author = PreferencesDialog::authorSetting();
        if (!author.isEmpty())
            m_project->setAuthor(author);
        connect(m_project->undoStack(), &Core::UndoStack::indexChanged, this,
                &ProjectController::updateActions);
        connect(m_project.get(), &Core::Project::editFailed, this, [this](const QString &message) {
            showError(tr("Not Saved"),
                      tr("The change could not be saved and was not made: %1").arg(message));
        });
        connect(m_project.get(), &Core::Project::sourceInserted, this,
                &ProjectController::updateActions);
        connect(m_project.get(), &Core::Project::sourceRemoved, this,
                &ProjectController::updateActions);
    }
    emit projectChanged(m_project.get());
    updateActions();
    // The old project (and its lock) goes only after every view has let go of it.
    old.reset();
}

void ProjectController::addRecent(const QString &path)
{
    QStringList recent = kRecent.value();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    kRecent.setValue(recent);
    emit recentProjectsChanged();
}

QStringList ProjectController::recentProjects() const
{
    QStringList existing;
    for (const QString &p : kRecent.value()) {
        if (QFileInfo::exists(p))
            existing << p;
    }
    return existing;
}

void ProjectController::updateActions()
{
    const bool open = m_project != nullptr;
    const bool writable = open && !m_project->isReadOnly() && !isImporting() && !isAnalysing();
    const bool hasSources = open && m_project->sourceCount() > 0;
    for (const char *id : {"File.ImportFiles", "File.ImportFolder", "File.PasteSource"})
        m_actions->action(QString::fromLatin1(id))->setEnabled(writable);
    m_actions->action(QStringLiteral("File.SaveCopy"))->setEnabled(open);
    m_actions->action(QStringLiteral("File.Export"))->setEnabled(open);
    m_actions->action(QStringLiteral("File.Close"))
        ->setEnabled(open && !isImporting() && !isAnalysing());
    m_actions->action(QStringLiteral("Analysis.FindOverlaps"))
        ->setEnabled(writable && m_project->sourceCount() > 1);
    m_actions->action(QStringLiteral("Edit.RemoveSource"))->setEnabled(writable && hasSources);
    m_actions->action(QStringLiteral("Edit.SourceDetails"))->setEnabled(writable && hasSources);
    QAction *undo = m_actions->action(QStringLiteral("Edit.Undo"));
    QAction *redo = m_actions->action(QStringLiteral("Edit.Redo"));
    const Core::UndoStack *stack = open ? m_project->undoStack() : nullptr;
    undo->setEnabled(writable && stack->canUndo());
    redo->setEnabled(writable && stack->canRedo());
    undo->setText(writable && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                               : tr("&Undo"));
    redo->setText(writable && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                               : tr("&Redo"));
}

void ProjectController::importPaths(const QStringList &paths)
{
    if (!m_project) {
        emit statusMessage(tr("Open or create a project first, then import articles into it."));
        return;
    }
    if (m_project->isReadOnly()) {
        showError(tr("Import"),
                  tr("The project is read-only (%1).").arg(m_project->readOnlyReason()));
        return;
    }
    if (isImporting() || paths.isEmpty())
        return;
    rememberFocus();
    m_import = new Core::ImportSession(m_project.get(), paths, this);
    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Import"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_import, &Core::ImportSession::cancel);
    connect(m_import, &Core::ImportSession::progress, this,
            [this](int done, int total, const QString &file) {
                if (!m_progress)
                    return;
                m_progress->setMaximum(total);
                m_progress->setValue(done);
                if (!file.isEmpty())
                    m_progress->setLabelText(
                        tr("Importing %1 (%2 of %3)…").arg(file).arg(done + 1).arg(total));
            });
    connect(m_import, &Core::ImportSession::finished, this, &ProjectController::finishImport);
    updateActions();
    m_import->start();
}

void ProjectController::finishImport()
{
    const Core::ImportSession::Result r = m_import->result();
    m_import->deleteLater();
    m_import = nullptr;
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
    }
    updateActions();
    restoreFocus();
    QString summary = r.cancelled ? tr("Import cancelled: %n source(s) added", nullptr, r.added)
                                  : tr("Imported %n source(s)", nullptr, r.added);
    if (r.alreadyPresent > 0)
        summary +=
            QStringLiteral("; ") + tr("%n already in the project", nullptr, r.alreadyPresent);
    if (!r.problems.isEmpty())
        summary +=
            QStringLiteral("; ") + tr("%n file(s) not imported", nullptr, int(r.problems.size()));
    emit statusMessage(summary);
    emit importFinished(r.added, r.problems);
    if (!r.problems.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import"), summary + u'.',
                                    QMessageBox::Ok, m_window);
        box->setInformativeText(
            tr("Each file below was left out whole; everything else was imported."));
        box->setDetailedText(r.problems.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void ProjectController::findOverlaps()
{
    if (!m_project || m_project->isReadOnly() || isImporting() || isAnalysing())
        return;
    auto input = std::make_shared<Core::Analysis::AnalysisInput>(m_project->analysisInput(false));
    if (input->fresh.empty()) {
        emit statusMessage(tr("Overlaps are up to date: %n passage pair(s)", nullptr,
                              int(m_project->passages().size())));
        emit analysisFinished(false);
        return;
    }
    auto output = std::make_shared<Core::Analysis::AnalysisOutput>();
    rememberFocus();
    m_cancelAnalysis = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancelAnalysis;
    m_progress = new QProgressDialog(tr("Finding overlaps…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Find Overlaps"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> progress = m_progress;
    // The engine runs on its own thread; progress comes back through the event loop.
    m_analysis = QThread::create([input, output, cancel, progress] {
        *output = Core::Analysis::runAnalysis(
            *input,
            [progress](const char *stage, size_t done, size_t total) {
                const QString label =
                    qstrcmp(stage, "prepare") == 0
                        ? QCoreApplication::translate("Crosscheck::Ui::ProjectController",
                                                      "Reading sources…")
                        : QCoreApplication::translate("Crosscheck::Ui::ProjectController",
                                                      "Aligning passages…");
                QMetaObject::invokeMethod(
                    progress.data(),
                    [progress, label, done, total] {
                        if (!progress)
                            return;
                        progress->setLabelText(label);
                        progress->setMaximum(int(total));
                        progress->setValue(int(done));
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
    });
    connect(m_analysis, &QThread::finished, this, [this, output] {
        m_analysis->deleteLater();
        m_analysis = nullptr;
        if (m_progress) {
            m_progress->close();
            m_progress->deleteLater();
        }
        restoreFocus();
        bool applied = false;
        if (output->cancelled) {
            emit statusMessage(tr("Finding overlaps was cancelled; nothing changed."));
        } else if (m_project) {
            QString error;
            applied = m_project->applyAnalysis(*output, &error);
            if (applied)
                emit statusMessage(tr("Found overlaps: %n passage pair(s) in the project", nullptr,
                                      int(m_project->passages().size())));
            else
                showError(tr("Find Overlaps"), tr("The results could not be saved: %1").arg(error));
        }
        updateActions();
        emit analysisFinished(applied);
    });
    updateActions();
    m_analysis->start();
}

void ProjectController::pasteSource()
{
    if (!m_project || m_project->isReadOnly())
        return;
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    Core::ImportedDocument doc;
    const Core::Importers importers;
    if (mime && mime->hasText() && !mime->text().trimmed().isEmpty())
        doc = importers.importText(mime->text());
    else if (mime && mime->hasHtml())
        doc = importers.importText(mime->html(), true);
    else
        doc = importers.importText(QString());
    const Core::Project::AddOutcome outcome = m_project->addDocuments({doc});
    if (!outcome.problems.isEmpty()) {
        showError(tr("Paste as New Source"), outcome.problems.join(u'\n'));
        return;
    }
    emit statusMessage(
        tr("Added pasted text as “%1”").arg(m_project->source(outcome.added.first()).meta.title));
}

void ProjectController::removeSelectedSources()
{
    if (!m_project || !m_selected)
        return;
    const Core::SourceIds ids = m_selected();
    QString error;
    if (!ids.isEmpty() && m_project->removeSources(ids, &error))
        emit statusMessage(
            tr("Removed %n source(s); Undo brings them back", nullptr, int(ids.size())));
}

void ProjectController::editCurrentSource()
{
    if (!m_project || !m_current)
        return;
    const Core::Source source = m_project->source(m_current());
    if (!source.isValid())
        return;
    SourceDetailsDialog dialog(source, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    m_project->setSourceMetadata(source.id, dialog.metadata(), &error);
}

} // namespace Crosscheck::Ui
