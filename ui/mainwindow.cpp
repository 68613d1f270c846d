#include "mainwindow.h"
#include "actionregistry.h"
#include "compareview.h"
#include "familyview.h"
#include "overlapspanel.h"
#include "preferencesdialog.h"
#include "projectcontroller.h"
#include "readerview.h"
#include "settings.h"
#include "shortcutoverlay.h"
#include "sourcelistpanel.h"
#include "sourcematrixview.h"
#include "welcomepage.h"

#include "models/sourcelistmodel.h"
#include "project/overlapindex.h"
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
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
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
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("workTabs"));
    m_tabs->setDocumentMode(true);
    m_reader = new ReaderView(m_tabs);
    m_compare = new CompareView(m_tabs);
    m_overlaps = new OverlapsPanel(m_tabs);
    m_families = new FamilyView(m_tabs);
    m_matrix = new SourceMatrixView(m_tabs);
    m_tabs->addTab(m_reader, tr("Reader"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_overlaps, tr("Overlaps"));
    m_tabs->addTab(m_families, tr("Families"));
    m_tabs->addTab(m_matrix, tr("Matrix"));
    m_splitter->addWidget(m_sourceList);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({360, 840});
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
    on("View.FocusReader", [this] { showTab(m_reader); });
    on("Help.Shortcuts", [this] {
        if (m_overlay->isVisible())
            m_overlay->hide();
        else
            m_overlay->showOverlay();
    });
    on("Help.About", [this] { showAbout(); });
    on("Settings.Preferences", [this] { showPreferences(); });

    // Rebuilding the overlap figures reads the source texts: a burst of changes (an import of
    // a thousand files) is followed by one rebuild, not a thousand.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        const QWidget *tab = m_tabs->currentWidget();
        if (tab == m_compare || tab == m_overlaps || tab == m_families || tab == m_matrix)
            ensureOverlapViews();
    });
    connectOverlapActions();

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

    QMenu *compare = menuBar()->addMenu(tr("&Compare"));
    add(compare, "Compare.NextOverlap");
    add(compare, "Compare.PreviousOverlap");
    add(compare, "Compare.NextDifference");
    add(compare, "Compare.PreviousDifference");
    compare->addSeparator();
    add(compare, "Compare.ChooseSource");
    add(compare, "Compare.SwapPanes");
    add(compare, "Compare.OtherPane");
    add(compare, "Compare.OpenFamily");
    compare->addSeparator();
    add(compare, "Review.Confirm");
    add(compare, "Review.Dismiss");
    add(compare, "Review.Clear");

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, "View.FilterSources");
    add(view, "View.FocusSources");
    add(view, "View.FocusReader");
    add(view, "View.Compare");
    add(view, "View.Overlaps");
    add(view, "View.Families");
    add(view, "View.Matrix");

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
    invalidateOverlaps();
    if (project) {
        connect(project, &Core::Project::sourceInserted, this, &MainWindow::updateStatus);
        connect(project, &Core::Project::sourceRemoved, this, &MainWindow::updateStatus);
        connect(project, &Core::Project::passagesChanged, this, &MainWindow::updateStatus);
        for (auto signal : {&Core::Project::sourceInserted, &Core::Project::sourceRemoved,
                            &Core::Project::sourceChanged})
            connect(project, signal, this, &MainWindow::invalidateOverlaps);
        connect(project, &Core::Project::passagesChanged, this, &MainWindow::invalidateOverlaps);
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

std::shared_ptr<const Core::OverlapIndex> MainWindow::overlapIndex()
{
    if (m_indexDirty) {
        const Core::Project *p = m_controller->project();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_index = p ? Core::OverlapIndex::build(*p) : nullptr;
        QApplication::restoreOverrideCursor();
        m_indexDirty = false;
    }
    return m_index;
}

void MainWindow::invalidateOverlaps()
{
    m_indexDirty = true;
    m_index.reset();
    // A view showing overlaps follows shortly; hidden ones when they are next shown. Until then
    // no view may use the old figures with a project that changed under them.
    if (!m_controller->project()) {
        ensureOverlapViews();
        return;
    }
    m_refreshTimer->start();
}

void MainWindow::ensureOverlapViews()
{
    if (!m_indexDirty)
        return;
    Core::Project *p = m_controller->project();
    const auto index = overlapIndex();
    m_compare->setContext(p, index);
    m_overlaps->setContext(p, index);
    m_families->setContext(p, index);
    m_matrix->setIndex(index);
}

void MainWindow::showTab(QWidget *tab)
{
    if (!m_controller->project())
        return;
    m_tabs->setCurrentWidget(tab);
    tab->setFocus(Qt::ShortcutFocusReason);
}

int MainWindow::reviewTarget() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus && m_overlaps->isAncestorOf(focus))
        return m_overlaps->currentPassage();
    const int local = m_compare->currentPassage();
    return local >= 0 ? m_compare->passages()[size_t(local)].global : -1;
}

void MainWindow::setVerdict(int status)
{
    Core::Project *p = m_controller->project();
    const int passage = reviewTarget();
    if (!p || !m_index || passage < 0) {
        statusBar()->showMessage(tr("No passage is selected."), 5000);
        return;
    }
    QString error;
    if (!p->setReviewStatus({Core::Analysis::keyOf(m_index->passages()[size_t(passage)])},
                            Core::Analysis::ReviewStatus(status), &error))
        statusBar()->showMessage(error, 8000);
}

void MainWindow::connectOverlapActions()
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        const QWidget *tab = m_tabs->currentWidget();
        if (tab == m_compare || tab == m_overlaps || tab == m_families || tab == m_matrix)
            ensureOverlapViews();
    });
    m_actions->attachScope("review", m_compare);
    m_actions->attachScope("review", m_overlaps->passageView());
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions->action(QString::fromLatin1(id)), &QAction::triggered, this, slot);
    };
    on("View.Compare", [this] { showTab(m_compare); });
    on("View.Overlaps", [this] { showTab(m_overlaps); });
    on("View.Families", [this] { showTab(m_families); });
    on("View.Matrix", [this] { showTab(m_matrix); });
    // Stepping works from anywhere: it brings the compare view up, opening the passage chosen
    // in the overlaps list when no pair is shown yet.
    const auto inCompare = [this](void (CompareView::*step)()) {
        if (!m_controller->project())
            return;
        ensureOverlapViews();
        if (m_tabs->currentWidget() != m_compare) {
            const int chosen = m_overlaps->currentPassage();
            m_tabs->setCurrentWidget(m_compare);
            if (chosen >= 0 && !m_compare->leftSource()) {
                m_compare->showPassage(chosen);
                m_compare->setFocus(Qt::ShortcutFocusReason);
                return;
            }
            m_compare->setFocus(Qt::ShortcutFocusReason);
        }
        if (!m_compare->leftSource()) {
            if (m_index && !m_index->passages().empty())
                m_compare->showPassage(0);
            else
                statusBar()->showMessage(tr("No overlaps to step through: run Find Overlaps "
                                            "first."),
                                         5000);
            return;
        }
        (m_compare->*step)();
    };
    on("Compare.NextOverlap", [=] { inCompare(&CompareView::nextPassage); });
    on("Compare.PreviousOverlap", [=] { inCompare(&CompareView::previousPassage); });
    on("Compare.NextDifference", [=] {
        if (m_tabs->currentWidget() == m_families)
            m_families->nextDifference();
        else
            inCompare(&CompareView::nextDifference);
    });
    on("Compare.PreviousDifference", [=] {
        if (m_tabs->currentWidget() == m_families)
            m_families->previousDifference();
        else
            inCompare(&CompareView::previousDifference);
    });
    on("Compare.SwapPanes", [this] { m_compare->swapPanes(); });
    on("Compare.OtherPane", [this] {
        if (m_tabs->currentWidget() != m_compare)
            showTab(m_compare);
        else
            m_compare->focusOtherPane();
    });
    on("Compare.ChooseSource", [this] {
        if (!m_controller->project())
            return;
        ensureOverlapViews();
        m_tabs->setCurrentWidget(m_compare);
        m_compare->chooseOtherSource();
    });
    on("Compare.OpenFamily", [this] {
        const QWidget *focus = QApplication::focusWidget();
        if (focus && m_overlaps->isAncestorOf(focus)) {
            const int passage = m_overlaps->currentPassage();
            const int f = passage >= 0 && m_index ? m_index->familyOf(passage) : -1;
            if (f < 0) {
                statusBar()->showMessage(tr("This passage has no family."), 5000);
                return;
            }
            m_tabs->setCurrentWidget(m_families);
            m_families->showFamily(f);
            m_families->alignmentView()->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        m_compare->openFamily();
    });
    on("Review.Confirm", [this] { setVerdict(int(Core::Analysis::ReviewStatus::Confirmed)); });
    on("Review.Dismiss", [this] { setVerdict(int(Core::Analysis::ReviewStatus::Dismissed)); });
    on("Review.Clear", [this] { setVerdict(int(Core::Analysis::ReviewStatus::Unreviewed)); });

    connect(m_compare, &CompareView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_compare, &CompareView::familyRequested, this, [this](int family) {
        m_tabs->setCurrentWidget(m_families);
        m_families->showFamily(family);
        m_families->alignmentView()->setFocus(Qt::ShortcutFocusReason);
    });
    const auto openPair = [this](Core::SourceId a, Core::SourceId b) {
        m_tabs->setCurrentWidget(m_compare);
        m_compare->setPair(a, b);
        m_compare->setFocus(Qt::OtherFocusReason);
    };
    connect(m_overlaps, &OverlapsPanel::pairActivated, this, openPair);
    connect(m_matrix, &SourceMatrixView::pairActivated, this, openPair);
    connect(m_overlaps, &OverlapsPanel::passageActivated, this, [this](int passage) {
        m_tabs->setCurrentWidget(m_compare);
        m_compare->showPassage(passage);
        m_compare->setFocus(Qt::OtherFocusReason);
    });
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
