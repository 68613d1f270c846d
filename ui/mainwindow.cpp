#include "mainwindow.h"
#include "actionregistry.h"
#include "annotationdialogs.h"
#include "annotationpanels.h"
#include "commandpalette.h"
#include "compareview.h"
#include "exportdialog.h"
#include "familyview.h"
#include "highlighting.h"
#include "overlapspanel.h"
#include "preferencesdialog.h"
#include "projectcontroller.h"
#include "readerview.h"
#include "settings.h"
#include "shortcutoverlay.h"
#include "sourcelistpanel.h"
#include "sourcematrixview.h"
#include "welcomepage.h"

#include "annotation/reviewqueue.h"
#include "models/annotationmodels.h"
#include "models/sourcelistmodel.h"
#include "project/overlapindex.h"
#include "project/project.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
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
    m_entities = new EntityPanel(m_tabs);
    m_links = new LinksPanel(m_tabs);
    m_review = new ReviewPanel(m_tabs);
    m_tabs->addTab(m_reader, tr("Reader"));
    m_tabs->addTab(m_compare, tr("Compare"));
    m_tabs->addTab(m_overlaps, tr("Overlaps"));
    m_tabs->addTab(m_families, tr("Families"));
    m_tabs->addTab(m_matrix, tr("Matrix"));
    m_tabs->addTab(m_entities, tr("Entities"));
    m_tabs->addTab(m_links, tr("Links"));
    m_tabs->addTab(m_review, tr("Review"));
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
    connectAnnotationActions();

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
    add(file, "File.ImportQdpx");
    file->addSeparator();
    add(file, "File.SaveCopy");
    add(file, "File.Export");
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

    QMenu *annotate = menuBar()->addMenu(tr("A&nnotate"));
    add(annotate, "Annotate.Tag");
    add(annotate, "Annotate.TagAll");
    add(annotate, "Annotate.NextMention");
    add(annotate, "Annotate.PreviousMention");
    annotate->addSeparator();
    add(annotate, "Annotate.MarkSpan");
    add(annotate, "Annotate.Link");
    add(annotate, "Annotate.Note");
    annotate->addSeparator();
    add(annotate, "Annotate.Edit");
    add(annotate, "Annotate.Delete");
    add(annotate, "Annotate.Merge");
    add(annotate, "Annotate.Split");
    add(annotate, "Annotate.Types");
    QMenu *review = annotate->addMenu(tr("Re&view Mode"));
    add(review, "Review.NextItem");
    add(review, "Review.PreviousItem");
    add(review, "Review.EditItem");
    add(review, "Review.Retype");
    add(review, "Review.NoteItem");
    add(review, "Review.Skip");
    add(review, "Review.Rebuild");

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, "View.FilterSources");
    add(view, "View.FocusSources");
    add(view, "View.FocusReader");
    add(view, "View.Compare");
    add(view, "View.Overlaps");
    add(view, "View.Families");
    add(view, "View.Matrix");
    add(view, "View.ReadingLens");
    add(view, "View.OriginalMarkup");
    add(view, "View.Entities");
    add(view, "View.Links");
    add(view, "View.Review");

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    add(settings, "Settings.Preferences");

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, "Help.CommandPalette");
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
    m_entities->setProject(project);
    m_links->setProject(project);
    m_review->setProject(project);
    m_markedSource = 0;
    m_lastTagged = 0;
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
    // In review mode the same keys accept or reject the current item.
    if (const QWidget *focus = QApplication::focusWidget();
        focus && m_review->isAncestorOf(focus)) {
        if (status == int(Core::Analysis::ReviewStatus::Confirmed))
            m_review->accept();
        else if (status == int(Core::Analysis::ReviewStatus::Dismissed))
            m_review->reject();
        return;
    }
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
    {
        QAction *lens = m_actions->action(QStringLiteral("View.ReadingLens"));
        lens->setCheckable(true);
        connect(lens, &QAction::toggled, this, [this](bool on) {
            m_reader->setLensEnabled(on);
            showTab(m_reader);
            statusBar()->showMessage(
                on ? tr("Reading lens on: quotes, numbers, dates, attribution and entity names "
                        "(%1)")
                         .arg(Highlighting::instance().backend())
                   : tr("Reading lens off"),
                5000);
        });
    }
    {
        QAction *markup = m_actions->action(QStringLiteral("View.OriginalMarkup"));
        markup->setCheckable(true);
        markup->setEnabled(false);
        connect(markup, &QAction::triggered, this, [this](bool on) {
            m_reader->setMarkupShown(on);
            showTab(m_reader);
            m_reader->setFocus(Qt::ShortcutFocusReason);
        });
        connect(m_reader, &ReaderView::markupStateChanged, this, [this, markup] {
            markup->setEnabled(m_reader->hasMarkup());
            markup->setChecked(m_reader->isMarkupShown());
        });
    }
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

MainWindow::TextContext MainWindow::textContext() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (focus == m_reader->textView() || (!focus && m_tabs->currentWidget() == m_reader))
        return {m_reader->sourceId(), m_reader->textView()};
    if (focus == m_compare->leftPane())
        return {m_compare->leftSource(), m_compare->leftPane()};
    if (focus == m_compare->rightPane())
        return {m_compare->rightSource(), m_compare->rightPane()};
    if (m_tabs->currentWidget() == m_reader)
        return {m_reader->sourceId(), m_reader->textView()};
    if (m_tabs->currentWidget() == m_compare && m_compare->leftSource())
        return {m_compare->leftSource(), m_compare->leftPane()};
    return {};
}

void MainWindow::tagSelection()
{
    Core::Project *p = m_controller->project();
    const TextContext ctx = textContext();
    if (!p || !ctx.edit || !ctx.source || !ctx.edit->textCursor().hasSelection()) {
        statusBar()->showMessage(tr("Select text in the reader or the compare view first "
                                    "(Shift+arrows, Ctrl+Shift+arrows by word)."),
                                 6000);
        return;
    }
    QTextCursor c = ctx.edit->textCursor();
    Core::Span span{int(c.selectionStart()), int(c.selectionEnd())};
    // Trim spaces and punctuation the selection caught at its ends.
    const QString text = p->sourceText(ctx.source);
    while (span.start < span.end && !text.at(span.start).isLetterOrNumber())
        ++span.start;
    while (span.end > span.start && !text.at(span.end - 1).isLetterOrNumber())
        --span.end;
    if (!span.isValid())
        return;
    TagDialog dialog(*p, text.mid(span.start, span.length()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    qint64 entity = dialog.entity();
    if (entity) {
        if (!p->tagMention(ctx.source, span, entity, &error))
            entity = 0;
    } else if (dialog.type()) {
        entity = p->tagNewEntity(ctx.source, span,
                                 dialog.name().isEmpty() ? text.mid(span.start, span.length())
                                                         : dialog.name(),
                                 dialog.type(), &error);
    }
    if (!entity) {
        if (!error.isEmpty())
            statusBar()->showMessage(error, 8000);
        return;
    }
    m_lastTagged = entity;
    const size_t more = p->untaggedOccurrences(entity).size();
    statusBar()->showMessage(
        more
            ? tr("Tagged as “%1”. %n more occurrence(s) in the project: %2 tags them all.", nullptr,
                 int(more))
                  .arg(p->entity(entity)->name, m_actions->action(QStringLiteral("Annotate.TagAll"))
                                                    ->shortcut()
                                                    .toString(QKeySequence::NativeText))
            : tr("Tagged as “%1”.").arg(p->entity(entity)->name),
        15000);
    ctx.edit->setFocus(Qt::OtherFocusReason);
}

void MainWindow::markSpan()
{
    const TextContext ctx = textContext();
    if (!ctx.edit || !ctx.source || !ctx.edit->textCursor().hasSelection()) {
        statusBar()->showMessage(tr("Select the first passage of the link, then mark it."), 6000);
        return;
    }
    m_markedSource = ctx.source;
    m_markedStart = ctx.edit->textCursor().selectionStart();
    m_markedEnd = ctx.edit->textCursor().selectionEnd();
    statusBar()->showMessage(
        tr("Marked. Now select the other passage (in this or another source) and press %1.")
            .arg(m_actions->action(QStringLiteral("Annotate.Link"))
                     ->shortcut()
                     .toString(QKeySequence::NativeText)),
        15000);
}

void MainWindow::linkToMarked()
{
    Core::Project *p = m_controller->project();
    const TextContext ctx = textContext();
    if (!p || !m_markedSource) {
        statusBar()->showMessage(tr("Mark the first passage first (%1).")
                                     .arg(m_actions->action(QStringLiteral("Annotate.MarkSpan"))
                                              ->shortcut()
                                              .toString(QKeySequence::NativeText)),
                                 6000);
        return;
    }
    if (!ctx.edit || !ctx.source || !ctx.edit->textCursor().hasSelection()) {
        statusBar()->showMessage(tr("Select the second passage of the link."), 6000);
        return;
    }
    Core::Link l;
    l.sourceA = m_markedSource;
    l.spanA = {int(m_markedStart), int(m_markedEnd)};
    l.sourceB = ctx.source;
    l.spanB = {int(ctx.edit->textCursor().selectionStart()),
               int(ctx.edit->textCursor().selectionEnd())};
    LinkDialog dialog(*p, l, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!p->addLink(dialog.link(), &error)) {
        statusBar()->showMessage(error, 8000);
        return;
    }
    m_markedSource = 0;
    statusBar()->showMessage(tr("Link recorded (see the Links tab, %1).")
                                 .arg(m_actions->action(QStringLiteral("View.Links"))
                                          ->shortcut()
                                          .toString(QKeySequence::NativeText)),
                             8000);
    ctx.edit->setFocus(Qt::OtherFocusReason);
}

void MainWindow::writeNote()
{
    Core::Project *p = m_controller->project();
    if (!p)
        return;
    const QWidget *focus = QApplication::focusWidget();
    Core::Note note;
    QString what;
    if (focus && m_entities->isAncestorOf(focus) && m_entities->currentEntity()) {
        note.target = Core::Note::Target::Entity;
        note.entity = m_entities->currentEntity();
        what = p->entity(note.entity)->name;
    } else if (focus && m_links->isAncestorOf(focus) && m_links->currentLink()) {
        note.target = Core::Note::Target::Link;
        note.link = m_links->currentLink();
        what = tr("the selected link");
    } else if (focus && m_review->isAncestorOf(focus)) {
        noteOnReviewItem();
        return;
    } else {
        const TextContext ctx = textContext();
        if (!ctx.source) {
            statusBar()->showMessage(tr("Open a source, an entity or a link to write a note on."),
                                     6000);
            return;
        }
        note.source = ctx.source;
        const QTextCursor c = ctx.edit->textCursor();
        if (c.hasSelection()) {
            note.target = Core::Note::Target::Span;
            note.span = {int(c.selectionStart()), int(c.selectionEnd())};
            what = QStringLiteral("“%1”").arg(c.selectedText().simplified().left(60));
        } else {
            note.target = Core::Note::Target::Source;
            what = p->source(ctx.source).meta.title;
        }
    }
    const Core::Note *existing =
        p->noteOn(note.target, note.source, note.span, note.entity, note.link);
    NoteDialog dialog(what, existing ? existing->text : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    note.text = dialog.text();
    QString error;
    if (!p->setNote(note, &error))
        statusBar()->showMessage(error, 8000);
}

void MainWindow::stepMention(int direction)
{
    Core::Project *p = m_controller->project();
    if (!p)
        return;
    // The entity chosen in the Entities tab, through all sources; else the mentions of the
    // source being read.
    const qint64 entity = m_entities->currentEntity();
    std::vector<Core::Mention> mentions =
        entity ? p->mentionsOf(entity) : std::vector<Core::Mention>{};
    TextContext ctx = textContext();
    if (!entity) {
        if (!ctx.source)
            return;
        mentions = p->mentionsIn(ctx.source);
    }
    if (mentions.empty()) {
        statusBar()->showMessage(tr("No mentions to step through."), 5000);
        return;
    }
    std::sort(mentions.begin(), mentions.end(),
              [p](const Core::Mention &a, const Core::Mention &b) {
                  return std::make_pair(p->rowOf(a.source), a.span.start) <
                         std::make_pair(p->rowOf(b.source), b.span.start);
              });
    const Core::SourceId here = m_reader->sourceId();
    const int pos = m_reader->textView()->textCursor().selectionStart();
    const auto key = [p](Core::SourceId s, int at) { return std::make_pair(p->rowOf(s), at); };
    const Core::Mention *target = nullptr;
    if (direction > 0) {
        for (const Core::Mention &m : mentions) {
            if (key(m.source, m.span.start) > key(here, pos)) {
                target = &m;
                break;
            }
        }
        if (!target)
            target = &mentions.front(); // around again
    } else {
        for (auto it = mentions.rbegin(); it != mentions.rend(); ++it) {
            if (key(it->source, it->span.start) < key(here, pos)) {
                target = &*it;
                break;
            }
        }
        if (!target)
            target = &mentions.back();
    }
    const int index = int(target - mentions.data());
    m_sourceList->selectSource(target->source);
    m_reader->showSource(target->source);
    m_reader->selectSpan(target->span);
    m_tabs->setCurrentWidget(m_reader);
    m_reader->textView()->setFocus(Qt::ShortcutFocusReason);
    statusBar()->showMessage(tr("Mention %1 of %2").arg(index + 1).arg(mentions.size()), 5000);
}

void MainWindow::editSelected()
{
    Core::Project *p = m_controller->project();
    if (!p)
        return;
    const QWidget *focus = QApplication::focusWidget();
    QString error;
    if (focus && m_links->isAncestorOf(focus) && m_links->currentLink()) {
        LinkDialog dialog(*p, *p->link(m_links->currentLink()), this);
        if (dialog.exec() == QDialog::Accepted && !p->editLink(dialog.link(), &error))
            statusBar()->showMessage(error, 8000);
        return;
    }
    qint64 entity = m_entities->currentEntity();
    if (!(focus && m_entities->isAncestorOf(focus))) {
        // In a text: the entity of the mention under the caret.
        const TextContext ctx = textContext();
        entity = 0;
        if (ctx.edit) {
            const int pos = ctx.edit->textCursor().position();
            for (const Core::Mention &m : p->mentionsIn(ctx.source)) {
                if (m.span.start <= pos && pos <= m.span.end)
                    entity = m.entity;
            }
        }
    }
    if (!entity || !p->entity(entity)) {
        statusBar()->showMessage(tr("Choose an entity (Entities tab, or the caret on a mention) or "
                                    "a link to edit."),
                                 6000);
        return;
    }
    EntityDialog dialog(*p, *p->entity(entity), this);
    if (dialog.exec() == QDialog::Accepted && !p->editEntity(dialog.entity(), &error))
        statusBar()->showMessage(error, 8000);
}

void MainWindow::deleteSelected()
{
    Core::Project *p = m_controller->project();
    if (!p)
        return;
    const QWidget *focus = QApplication::focusWidget();
    QString error;
    bool ok = true;
    if (focus && m_links->isAncestorOf(focus) && m_links->currentLink()) {
        ok = p->removeLink(m_links->currentLink(), &error);
    } else if (focus && m_entities->isAncestorOf(focus) && m_entities->currentEntity()) {
        ok = p->removeEntity(m_entities->currentEntity(), &error);
    } else {
        const TextContext ctx = textContext();
        QVector<qint64> ids;
        if (ctx.edit) {
            const QTextCursor c = ctx.edit->textCursor();
            for (const Core::Mention &m : p->mentionsIn(ctx.source)) {
                if (m.span.start <= c.selectionEnd() && c.selectionStart() <= m.span.end)
                    ids << m.id;
            }
        }
        if (ids.isEmpty()) {
            statusBar()->showMessage(tr("Nothing to delete here: put the caret on a mention, or "
                                        "choose an entity or a link."),
                                     6000);
            return;
        }
        ok = p->removeMentions(ids, &error);
    }
    if (!ok)
        statusBar()->showMessage(error, 8000);
}

void MainWindow::mergeSelected()
{
    Core::Project *p = m_controller->project();
    const QVector<qint64> ids = m_entities->selectedEntities();
    if (!p || ids.size() < 2) {
        statusBar()->showMessage(tr("Select two or more entities in the Entities tab "
                                    "(Shift+Up/Down or Ctrl+Space) to merge them."),
                                 6000);
        return;
    }
    QStringList names;
    for (qint64 id : ids)
        names << p->entity(id)->name;
    bool ok = false;
    const QString keep = QInputDialog::getItem(this, tr("Merge Entities"),
                                               tr("Keep this name (the others become aliases):"),
                                               names, 0, false, &ok);
    if (!ok)
        return;
    const qint64 keepId = ids.at(names.indexOf(keep));
    QVector<qint64> others = ids;
    others.removeAll(keepId);
    QString error;
    if (!p->mergeEntities(keepId, others, &error))
        statusBar()->showMessage(error, 8000);
    else
        m_entities->selectEntity(keepId);
}

void MainWindow::splitEntity()
{
    Core::Project *p = m_controller->project();
    const qint64 entity = m_entities->currentEntity();
    if (!p || !entity) {
        statusBar()->showMessage(tr("Choose the entity to split in the Entities tab."), 6000);
        return;
    }
    // The mentions to move: those whose text differs from the canonical name, by default.
    QStringList choices;
    QVector<QVector<qint64>> groups;
    QMap<QString, QVector<qint64>> byText;
    for (const Core::Mention &m : p->mentionsOf(entity))
        byText[p->sourceText(m.source).mid(m.span.start, m.span.length())] << m.id;
    for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
        choices << tr("“%1” (%n mention(s))", nullptr, int(it.value().size())).arg(it.key());
        groups << it.value();
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Split Entity"), tr("Move the mentions written as:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const int g = int(choices.indexOf(chosen));
    const QString name =
        QInputDialog::getText(this, tr("Split Entity"), tr("Name of the new entity:"),
                              QLineEdit::Normal, byText.keys().at(g), &ok);
    if (!ok)
        return;
    QString error;
    const qint64 created = p->splitEntity(entity, groups.at(g), name, &error);
    if (!created)
        statusBar()->showMessage(error, 8000);
    else
        m_entities->selectEntity(created);
}

void MainWindow::editReviewItem(bool retypeOnly)
{
    Core::Project *p = m_controller->project();
    const Core::Annotation::ReviewItem *item = m_review->current();
    if (!p || !item)
        return;
    using Kind = Core::Annotation::ReviewItem::Kind;
    QString error;
    switch (item->kind) {
    case Kind::Entity: {
        const Core::Annotation::EntitySuggestion s = item->entity;
        qint64 entity = 0, type = Core::Annotation::ReviewQueue::typeId(*p, s.typeName);
        QString name = s.entityName;
        if (retypeOnly) {
            QStringList types;
            for (const Core::EntityType &t : p->entityTypes())
                types << t.name;
            bool ok = false;
            const QString chosen =
                QInputDialog::getItem(this, tr("Retype"), tr("Type of “%1”:").arg(s.text), types,
                                      std::max(0, int(types.indexOf(s.typeName))), false, &ok);
            if (!ok)
                return;
            type = Core::Annotation::ReviewQueue::typeId(*p, chosen);
        } else {
            TagDialog dialog(*p, s.text, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            entity = dialog.entity();
            type = dialog.type();
            name = dialog.name().isEmpty() ? s.entityName : dialog.name();
        }
        const bool ok = entity ? p->tagMention(s.source, s.span, entity, &error) != 0
                               : p->tagNewEntity(s.source, s.span, name, type, &error) != 0;
        if (!ok) {
            statusBar()->showMessage(error, 8000);
            return;
        }
        m_review->dropCurrent();
        return;
    }
    case Kind::Contradiction: {
        const Core::Annotation::ContradictionCandidate c = item->contradiction;
        Core::Link l;
        l.sourceA = c.sourceA;
        l.spanA = c.spanA;
        l.sourceB = c.sourceB;
        l.spanB = c.spanB;
        l.type = c.type;
        l.note = c.reason;
        if (retypeOnly) {
            QStringList labels;
            for (const QString &t : Core::Link::typeNames())
                labels << Core::LinkListModel::typeLabel(t);
            bool ok = false;
            const QString chosen = QInputDialog::getItem(
                this, tr("Retype"), tr("Type of contradiction:"), labels,
                std::max(0, int(Core::Link::typeNames().indexOf(c.type))), false, &ok);
            if (!ok)
                return;
            l.type = Core::Link::typeNames().at(labels.indexOf(chosen));
        } else {
            LinkDialog dialog(*p, l, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            l = dialog.link();
        }
        if (!l.spanA.isValid() || !l.spanB.isValid()) {
            statusBar()->showMessage(tr("One side of this difference is empty: record the link "
                                        "by hand (select, Ctrl+M, select, Ctrl+L)."),
                                     8000);
            return;
        }
        if (!p->addLink(l, &error)) {
            statusBar()->showMessage(error, 8000);
            return;
        }
        m_review->dropCurrent();
        return;
    }
    case Kind::Passage:
        m_tabs->setCurrentWidget(m_compare);
        ensureOverlapViews();
        for (size_t i = 0; i < m_index->passages().size(); ++i) {
            if (Core::Analysis::keyOf(m_index->passages()[i]) ==
                Core::Analysis::keyOf(p->passages()[size_t(item->passage)]))
                m_compare->showPassage(int(i));
        }
        m_compare->setFocus(Qt::OtherFocusReason);
        return;
    case Kind::Merge:
        m_tabs->setCurrentWidget(m_entities);
        if (!item->merge.entities.empty())
            m_entities->selectEntity(item->merge.entities.front());
        m_entities->setFocus(Qt::OtherFocusReason);
        return;
    }
}

void MainWindow::noteOnReviewItem()
{
    Core::Project *p = m_controller->project();
    const Core::Annotation::ReviewItem *item = m_review->current();
    if (!p || !item)
        return;
    Core::Note note;
    using Kind = Core::Annotation::ReviewItem::Kind;
    switch (item->kind) {
    case Kind::Entity:
        note.target = Core::Note::Target::Span;
        note.source = item->entity.source;
        note.span = item->entity.span;
        break;
    case Kind::Contradiction:
        note.target = Core::Note::Target::Span;
        note.source = item->contradiction.sourceA;
        note.span = item->contradiction.spanA.isValid() ? item->contradiction.spanA
                                                        : item->contradiction.spanB;
        if (!item->contradiction.spanA.isValid())
            note.source = item->contradiction.sourceB;
        break;
    case Kind::Passage:
        note.target = Core::Note::Target::Span;
        note.source = p->passages()[size_t(item->passage)].a;
        note.span = p->passages()[size_t(item->passage)].spanA;
        break;
    case Kind::Merge:
        note.target = Core::Note::Target::Entity;
        note.entity = item->merge.entities.empty() ? 0 : item->merge.entities.front();
        break;
    }
    const Core::Note *existing = p->noteOn(note.target, note.source, note.span, note.entity, 0);
    NoteDialog dialog(tr("this item"), existing ? existing->text : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    note.text = dialog.text();
    QString error;
    if (!p->setNote(note, &error))
        statusBar()->showMessage(error, 8000);
}

void MainWindow::connectAnnotationActions()
{
    m_actions->attachScope("review", m_review);
    m_actions->attachScope("queue", m_review);
    const auto on = [this](const char *id, auto slot) {
        connect(m_actions->action(QString::fromLatin1(id)), &QAction::triggered, this, slot);
    };
    on("Annotate.Tag", [this] { tagSelection(); });
    // Extend the selection by a sentence (the word steps are Ctrl+Shift+arrows).
    const auto extendBySentence = [this](int direction) {
        const TextContext ctx = textContext();
        if (!ctx.edit)
            return;
        QTextCursor c = ctx.edit->textCursor();
        const QString text = ctx.edit->toPlainText();
        int pos = c.position();
        const auto ends = [](QChar ch) {
            return ch == u'.' || ch == u'!' || ch == u'?' || ch == u'\n';
        };
        if (direction > 0) {
            while (pos < text.size() && (text.at(pos).isSpace() || ends(text.at(pos))))
                ++pos;
            while (pos < text.size() && !ends(text.at(pos)))
                ++pos;
            if (pos < text.size() && text.at(pos) != u'\n')
                ++pos; // the full stop belongs to the sentence
        } else {
            while (pos > 0 && (text.at(pos - 1).isSpace() || ends(text.at(pos - 1))))
                --pos;
            while (pos > 0 && !ends(text.at(pos - 1)))
                --pos;
            while (pos < c.position() && text.at(pos).isSpace())
                ++pos;
        }
        c.setPosition(pos, QTextCursor::KeepAnchor);
        ctx.edit->setTextCursor(c);
    };
    on("Annotate.ExtendSentence", [extendBySentence] { extendBySentence(1); });
    on("Annotate.ExtendSentenceBack", [extendBySentence] { extendBySentence(-1); });
    on("Annotate.TagAll", [this] {
        Core::Project *p = m_controller->project();
        const qint64 entity = m_tabs->currentWidget() == m_entities && m_entities->currentEntity()
                                  ? m_entities->currentEntity()
                                  : m_lastTagged;
        if (!p || !entity || !p->entity(entity)) {
            statusBar()->showMessage(tr("Tag a mention first, or choose an entity in the "
                                        "Entities tab."),
                                     6000);
            return;
        }
        QString error;
        const int n = p->tagAllOccurrences(entity, &error);
        statusBar()->showMessage(
            n < 0 ? error
                  : tr("Tagged %n more occurrence(s) of “%1” (one undo step).", nullptr, n)
                        .arg(p->entity(entity)->name),
            8000);
    });
    on("Annotate.MarkSpan", [this] { markSpan(); });
    on("Annotate.Link", [this] { linkToMarked(); });
    on("Annotate.Note", [this] { writeNote(); });
    on("Annotate.NextMention", [this] { stepMention(1); });
    on("Annotate.PreviousMention", [this] { stepMention(-1); });
    on("Annotate.Edit", [this] { editSelected(); });
    on("Annotate.Delete", [this] { deleteSelected(); });
    on("Annotate.Merge", [this] { mergeSelected(); });
    on("Annotate.Split", [this] { splitEntity(); });
    on("Annotate.Types", [this] {
        if (Core::Project *p = m_controller->project()) {
            EntityTypesDialog dialog(*p, this);
            dialog.exec();
        }
    });
    on("View.Entities", [this] { showTab(m_entities); });
    on("View.Links", [this] { showTab(m_links); });
    on("View.Review", [this] {
        if (!m_controller->project())
            return;
        if (m_review->count() == 0)
            m_review->rebuild();
        showTab(m_review);
    });
    on("Review.NextItem", [this] { m_review->next(); });
    on("Review.PreviousItem", [this] { m_review->previous(); });
    on("Review.Skip", [this] { m_review->skip(); });
    on("Review.Rebuild", [this] { m_review->rebuild(); });
    on("Review.EditItem", [this] { editReviewItem(false); });
    on("Review.Retype", [this] { editReviewItem(true); });
    on("Review.NoteItem", [this] { noteOnReviewItem(); });
    on("File.Export", [this] {
        if (Core::Project *p = m_controller->project()) {
            ExportDialog dialog(*p, this);
            if (dialog.exec() == QDialog::Accepted)
                statusBar()->showMessage(dialog.property("summary").toString(), 10000);
        }
    });
    on("Help.CommandPalette", [this] {
        CommandPalette palette(m_actions, this);
        if (palette.exec() == QDialog::Accepted && palette.chosen())
            palette.chosen()->trigger();
    });
    connect(m_review, &ReviewPanel::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_entities, &EntityPanel::currentEntityChanged, m_reader,
            &ReaderView::setHighlightedEntity);
    connect(m_entities, &EntityPanel::currentEntityChanged, m_compare,
            &CompareView::setHighlightedEntity);
    connect(m_entities, &EntityPanel::entityActivated, this, [this] { stepMention(1); });
    connect(m_links, &LinksPanel::linkActivated, this, [this](qint64 id) {
        Core::Project *p = m_controller->project();
        const Core::Link *l = p ? p->link(id) : nullptr;
        if (!l)
            return;
        if (l->sourceA == l->sourceB) {
            m_reader->showSource(l->sourceA);
            m_reader->selectSpan(l->spanA);
            showTab(m_reader);
            return;
        }
        ensureOverlapViews();
        m_tabs->setCurrentWidget(m_compare);
        m_compare->revealSpans(l->sourceA, l->spanA, l->sourceB, l->spanB);
        m_compare->leftPane()->setFocus(Qt::OtherFocusReason);
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
