#include "mainwindow.h"
#include "actionregistry.h"
#include "preferencesdialog.h"
#include "projectcontroller.h"
#include "readerview.h"
#include "settings.h"
#include "shortcutoverlay.h"
#include "sourcelistpanel.h"
#include "welcomepage.h"

#include "models/sourcelistmodel.h"
#include "project/project.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {
const Setting<QByteArray> kGeometry("Ui/geometry", {});
const Setting<QByteArray> kSplitter("Ui/splitter", {});
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new ActionRegistry(this))
    , m_controller(new ProjectController(m_actions, this))
    , m_model(new Core::SourceListModel(this))
{
    setWindowTitle(tr("Crosscheck"));
    setAcceptDrops(true);
    resize(1200, 760);

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_actions, m_stack);
    m_stack->addWidget(m_welcome);

    m_projectPage = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(m_projectPage);
    pageLayout->setContentsMargins(4, 4, 4, 0);
    m_banner = new QLabel(m_projectPage);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    // Amber with dark text (contrast above 7:1), plus an icon-free label: not colour alone.
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #ffd54f; color: #1a1a1a; border-radius: 3px; }"));
    m_banner->hide();
    pageLayout->addWidget(m_banner);
    m_splitter = new QSplitter(Qt::Horizontal, m_projectPage);
    m_sourceList = new SourceListPanel(m_model, m_splitter);
    m_reader = new ReaderView(m_splitter);
    m_splitter->addWidget(m_sourceList);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({580, 620});
    pageLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(m_projectPage);
    setCentralWidget(m_stack);

    m_overlay = new ShortcutOverlay(m_actions, this);

    m_statusCounts = new QLabel(this);
    m_statusFile = new QLabel(this);
    statusBar()->addWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_statusFile);

    buildMenus();

    connect(m_sourceList, &SourceListPanel::currentSourceChanged, m_reader,
            &ReaderView::showSource);
    m_controller->setSelectionProvider([this] { return m_sourceList->selectedIds(); },
                                       [this] { return m_sourceList->currentId(); });
    connect(m_controller, &ProjectController::projectChanged, this, &MainWindow::onProjectChanged);
    connect(m_controller, &ProjectController::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_controller, &ProjectController::recentProjectsChanged, this,
            &MainWindow::rebuildRecentMenu);
    connect(m_welcome, &WelcomePage::openRecentRequested, m_controller,
            &ProjectController::openProject);

    const auto on = [this](const char *id, auto slot) {
        connect(m_actions->action(QString::fromLatin1(id)), &QAction::triggered, this, slot);
    };
    on("File.Quit", [this] { close(); });
    on("View.FilterSources", [this] { m_sourceList->focusFilter(); });
    on("View.FocusSources", [this] { m_sourceList->focusList(); });
    on("View.FocusReader", [this] { m_reader->setFocus(Qt::ShortcutFocusReason); });
    on("Help.Shortcuts", [this] {
        if (m_overlay->isVisible())
            m_overlay->hide();
        else
            m_overlay->showOverlay();
    });
    on("Help.About", [this] { showAbout(); });
    on("Settings.Preferences", [this] { showPreferences(); });

    restoreGeometry(kGeometry.value());
    m_splitter->restoreState(kSplitter.value());
    rebuildRecentMenu();
    onProjectChanged(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    const auto add = [this](QMenu *menu, const char *id) {
        menu->addAction(m_actions->action(QString::fromLatin1(id)));
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(file, "File.New");
    add(file, "File.Open");
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    add(file, "File.OpenSample");
    file->addSeparator();
    add(file, "File.ImportFiles");
    add(file, "File.ImportFolder");
    add(file, "File.PasteSource");
    file->addSeparator();
    add(file, "File.SaveCopy");
    add(file, "File.Close");
    file->addSeparator();
    add(file, "File.Quit");

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, "Edit.Undo");
    add(edit, "Edit.Redo");
    edit->addSeparator();
    add(edit, "Edit.SourceDetails");
    add(edit, "Edit.RemoveSource");

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    add(analysis, "Analysis.FindOverlaps");

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, "View.FilterSources");
    add(view, "View.FocusSources");
    add(view, "View.FocusReader");

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    add(settings, "Settings.Preferences");

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, "Help.Shortcuts");
    add(help, "Help.About");
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_controller->recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        // Numbered accelerators make the list usable from the keyboard.
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(a, &QAction::triggered, this, [this, path] { m_controller->openProject(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentProjects(recent);
}

void MainWindow::onProjectChanged(Core::Project *project)
{
    m_reader->setProject(project);
    m_model->setProject(project);
    if (project) {
        connect(project, &Core::Project::sourceInserted, this, &MainWindow::updateStatus);
        connect(project, &Core::Project::sourceRemoved, this, &MainWindow::updateStatus);
        connect(project, &Core::Project::passagesChanged, this, &MainWindow::updateStatus);
        m_stack->setCurrentWidget(m_projectPage);
        setWindowTitle(tr("%1 — Crosscheck").arg(project->displayName()));
        m_banner->setVisible(project->isReadOnly());
        m_banner->setText(tr("Read-only: %1. Nothing you do here is saved to this file; use "
                             "File › Save a Copy As… to keep a copy you can edit.")
                              .arg(project->readOnlyReason()));
        m_sourceList->focusList();
        if (const QModelIndex first = m_sourceList->view()->model()->index(0, 0); first.isValid())
            m_sourceList->view()->setCurrentIndex(first);
    } else {
        m_stack->setCurrentWidget(m_welcome);
        setWindowTitle(tr("Crosscheck"));
        m_banner->hide();
        m_welcome->recentList()->setFocus();
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    const Core::Project *p = m_controller->project();
    if (!p) {
        m_statusCounts->setText(tr("No project open"));
        m_statusFile->clear();
        return;
    }
    qint64 words = 0;
    for (const Core::Source &s : p->sources())
        words += s.wordCount;
    m_statusCounts->setText(
        tr("%n source(s)", nullptr, p->sourceCount()) + QStringLiteral(" · ") +
        tr("%1 words").arg(QLocale().toString(words)) + QStringLiteral(" · ") +
        (p->isAnalysisCurrent()
             ? tr("%n passage pair(s)", nullptr, int(p->passages().size()))
             : tr("overlaps not up to date (%1)")
                   .arg(m_actions->action(QStringLiteral("Analysis.FindOverlaps"))
                            ->shortcut()
                            .toString(QKeySequence::NativeText))));
    m_statusFile->setText(QDir::toNativeSeparators(p->filePath()) +
                          (p->isReadOnly() ? QStringLiteral(" · ") + tr("read-only") : QString()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Crosscheck"),
        tr("<h3>Crosscheck %1</h3><p>Compare news articles about one event: overlapping "
           "passages, word-level differences, entities and contradictions.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_actions, this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A dropped project file opens; dropped articles are imported.
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".crosscheck")))
        m_controller->openProject(paths.first());
    else
        m_controller->importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_controller->isImporting() || m_controller->isAnalysing()) {
        statusBar()->showMessage(tr("An import or analysis is running: cancel it first."), 5000);
        event->ignore();
        return;
    }
    kGeometry.setValue(saveGeometry());
    kSplitter.setValue(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Crosscheck::Ui
