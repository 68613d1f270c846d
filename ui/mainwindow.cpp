// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "actions/actionids.h"
#include "actions/annotationactions.h"
#include "actions/fileactions.h"
#include "actions/menus.h"
#include "actions/reviewactions.h"
#include "actions/searchactions.h"
#include "actions/teamactions.h"
#include "teamstatus.h"

#include "actionregistry.h"
#include "authorprompt.h"
#include "claimspanel.h"
#include "commandpalette.h"
#include "compareview.h"
#include "entitypanel.h"
#include "familyview.h"
#include "highlighting.h"
#include "linkspanel.h"
#include "navigator.h"
#include "notespanel.h"
#include "overlapspanel.h"
#include "preferencesdialog.h"
#include "projectsession.h"
#include "readerview.h"
#include "reviewpanel.h"
#include "searchpanel.h"
#include "settings.h"
#include "shortcutoverlay.h"
#include "sourcelistpanel.h"
#include "sourcematrixview.h"
#include "theme.h"
#include "welcomepage.h"

#include <core/models/sourcelistmodel.h>
#include <core/project/project.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
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
    , m_session(new ProjectSession(this))
    , m_model(new Core::SourceListModel(this))
{
    setWindowTitle(tr("Crosscheck"));
    setAcceptDrops(true);
    resize(1200, 760);

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_actions, m_stack);
    m_stack->addWidget(m_welcome);
    m_projectPage = buildProjectPage();
    m_stack->addWidget(m_projectPage);
    setCentralWidget(m_stack);

    m_overlay = new ShortcutOverlay(m_actions, this);
    m_statusCounts = new QLabel(this);
    m_statusFile = new QLabel(this);
    statusBar()->addWidget(m_statusCounts);
    statusBar()->addPermanentWidget(m_statusFile);

    buildHandlers();
    m_actions->setBeforeEdit([this] { askAuthorOnce(*m_session, this); });
    m_recentMenu = buildMenus(menuBar(), *m_actions).value(QStringLiteral("recent"));
    connectWindowActions();

    restoreGeometry(kGeometry.value());
    m_splitter->restoreState(kSplitter.value());
    m_fileActions->fillRecentMenu(m_recentMenu);
    m_welcome->setRecentProjects(m_session->recentProjects());
    onProjectChanged(nullptr);
}

MainWindow::~MainWindow()
{
    // The workers stop first; then every view lets go of the project before it goes.
    m_context->detach();
    delete m_fileActions;
    m_fileActions = nullptr;
    m_session->close();
}

QWidget *MainWindow::buildProjectPage()
{
    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(4, 4, 4, 0);
    m_banner = new QLabel(page);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    // Amber with dark text (contrast above 7:1), plus an icon-free label: not colour alone.
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #ffd54f; color: #1a1a1a; border-radius: 3px; }"));
    m_banner->hide();
    pageLayout->addWidget(m_banner);
    m_splitter = new QSplitter(Qt::Horizontal, page);
    Views &v = m_views;
    v.sources = new SourceListPanel(m_model, m_splitter);
    v.tabs = new QTabWidget(m_splitter);
    v.tabs->setObjectName(QStringLiteral("workTabs"));
    v.tabs->setDocumentMode(true);
    v.reader = new ReaderView(v.tabs);
    v.compare = new CompareView(v.tabs);
    v.overlaps = new OverlapsPanel(v.tabs);
    v.families = new FamilyView(v.tabs);
    v.matrix = new SourceMatrixView(v.tabs);
    v.entities = new EntityPanel(v.tabs);
    v.links = new LinksPanel(v.tabs);
    v.review = new ReviewPanel(v.tabs);
    v.claims = new ClaimsPanel(v.tabs);
    v.search = new SearchPanel(v.tabs);
    v.notes = new NotesPanel(v.tabs);
    v.tabs->addTab(v.reader, tr("Reader"));
    v.tabs->addTab(v.compare, tr("Compare"));
    v.tabs->addTab(v.overlaps, tr("Overlaps"));
    v.tabs->addTab(v.families, tr("Families"));
    v.tabs->addTab(v.matrix, tr("Matrix"));
    v.tabs->addTab(v.entities, tr("Entities"));
    v.tabs->addTab(v.links, tr("Links"));
    v.tabs->addTab(v.claims, tr("Claims"));
    v.tabs->addTab(v.review, tr("Review"));
    v.tabs->addTab(v.search, tr("Search"));
    v.tabs->addTab(v.notes, tr("Notes"));
    m_splitter->addWidget(v.sources);
    m_splitter->addWidget(v.tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({460, 740}); // room for headlines in the source list
    pageLayout->addWidget(m_splitter, 1);
    return page;
}

void MainWindow::buildHandlers()
{
    m_context = new WorkContext(m_views, this);
    m_navigator = new Navigator(*m_actions, *m_session, *m_context, this);
    m_fileActions = new FileActions(*m_actions, *m_session, *m_context, this);
    auto *teamActions = new TeamActions(*m_actions, *m_session, *m_fileActions, this);
    connect(teamActions, &TeamActions::statusMessage, this, &MainWindow::showStatus);
    auto *annotationActions =
        new AnnotationActions(*m_actions, *m_session, *m_context, *m_navigator, this);
    auto *reviewActions = new ReviewActions(*m_actions, *m_session, *m_context, *m_navigator, this);
    auto *searchActions = new SearchActions(*m_actions, *m_session, *m_context, *m_navigator, this);
    connect(searchActions, &SearchActions::statusMessage, this, &MainWindow::showStatus);
    connect(annotationActions, &AnnotationActions::noteOnReviewItemRequested, reviewActions,
            &ReviewActions::noteOnItem);
    connect(m_navigator, &Navigator::statusMessage, this, &MainWindow::showStatus);
    connect(m_fileActions, &FileActions::statusMessage, this, &MainWindow::showStatus);
    connect(annotationActions, &AnnotationActions::statusMessage, this, &MainWindow::showStatus);
    connect(reviewActions, &ReviewActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_session, &ProjectSession::projectChanged, this, &MainWindow::onProjectChanged);
    // After onProjectChanged: for a team project it says what the window shows of the team.
    auto *teamStatus = new QLabel(this);
    teamStatus->setObjectName(QStringLiteral("teamStatus"));
    statusBar()->addPermanentWidget(teamStatus);
    m_team = new TeamStatus(*m_session, m_banner, teamStatus, this);
    connect(m_team, &TeamStatus::statusMessage, this, &MainWindow::showStatus);
    connect(m_team, &TeamStatus::titleChanged, this, [this] {
        if (!m_team->title().isEmpty())
            setWindowTitle(m_team->title());
    });
    connect(m_session, &ProjectSession::recentProjectsChanged, this, [this] {
        m_fileActions->fillRecentMenu(m_recentMenu);
        m_welcome->setRecentProjects(m_session->recentProjects());
    });
    connect(m_welcome, &WelcomePage::openRecentRequested, m_fileActions,
            [this](const QString &path) { m_fileActions->openProject(path); });
}

void MainWindow::connectWindowActions()
{
    using namespace ActionId;
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    on(FileQuit, [this] { close(); });
    on(HelpShortcuts, [this] {
        if (m_overlay->isVisible())
            m_overlay->hide();
        else
            m_overlay->showOverlay();
    });
    on(HelpAbout, [this] {
        QMessageBox::about(
            this, tr("About Crosscheck"),
            tr("<h3>Crosscheck %1</h3><p>Compare news articles about one event: overlapping "
               "passages, word-level differences, entities and contradictions.</p>"
               "<p>Built with Qt %2.</p><p>Free software under the GNU General Public "
               "License, version 3 or later (GPL-3.0-or-later), with no warranty; the "
               "libraries and data it includes are credited in NOTICE.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    on(SettingsToggleTheme, [] {
        // The other one of the pair that follows the system (Breeze Light / Breeze Dark).
        const bool dark = ThemeManager::instance().theme().isDark();
        ThemeManager::setSetting(
            Highlighting::instance().defaultTheme(dark ? QColor(Qt::white) : QColor(Qt::black)));
    });
    on(SettingsPreferences, [this] {
        PreferencesDialog dialog(m_actions, this);
        dialog.exec();
    });
    on(HelpCommandPalette, [this] {
        CommandPalette palette(m_actions, this);
        if (palette.exec() == QDialog::Accepted && palette.chosen())
            palette.chosen()->trigger();
    });
}

void MainWindow::onProjectChanged(Core::Project *project)
{
    m_views.reader->setProject(project);
    m_model->setProject(project);
    m_views.entities->setProject(project);
    m_views.links->setProject(project);
    m_views.claims->setProject(project);
    m_views.search->setProject(project, m_session->search());
    m_views.notes->setProject(project);
    m_views.review->setProject(project);
    m_context->reset();
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
        m_views.sources->focusList();
        if (const QModelIndex first = m_views.sources->view()->model()->index(0, 0);
            first.isValid())
            m_views.sources->view()->setCurrentIndex(first);
    } else {
        m_stack->setCurrentWidget(m_welcome);
        setWindowTitle(tr("Crosscheck"));
        m_banner->hide();
        m_welcome->recentList()->setFocus();
    }
    updateStatus();
}

void MainWindow::showStatus(const QString &text, Severity severity)
{
    statusBar()->showMessage(text, timeoutFor(severity));
}

void MainWindow::updateStatus()
{
    const Core::Project *p = m_session->project();
    if (!p) {
        m_statusCounts->setText(tr("No project open"));
        m_statusFile->clear();
        m_statusFile->show();
        return;
    }
    m_statusCounts->setText(
        tr("%n source(s)", nullptr, p->sourceCount()) + QStringLiteral(" · ") +
        tr("%1 words").arg(QLocale().toString(p->totalWordCount())) + QStringLiteral(" · ") +
        (p->isAnalysisCurrent()
             ? tr("%n passage pair(s)", nullptr, int(p->passages().size()))
             : tr("overlaps not up to date (%1)")
                   .arg(m_actions->shortcutText(ActionId::AnalysisFindOverlaps))));
    // A team project's file is this computer's copy in the cache: the team label says where
    // the project is.
    m_statusFile->setVisible(!p->isTeamReplica());
    m_statusFile->setText(QDir::toNativeSeparators(p->filePath()) +
                          (p->isReadOnly() ? QStringLiteral(" · ") + tr("read-only") : QString()));
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
        m_fileActions->openProject(paths.first());
    else
        m_fileActions->importPaths(paths);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_fileActions->isImporting() || m_fileActions->isAnalysing()) {
        showStatus(tr("An import or analysis is running: cancel it first."), Severity::Info);
        event->ignore();
        return;
    }
    kGeometry.setValue(saveGeometry());
    kSplitter.setValue(m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Crosscheck::Ui
