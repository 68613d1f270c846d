// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "menus.h"
#include "actionids.h"

#include "actionregistry.h"

#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

#include <vector>

namespace Crosscheck::Ui {

namespace {
constexpr char kSeparator[] = "-";

/// A menu: its key, its translatable title, and its entries (an action id, kSeparator, or
/// "@key" for the submenu of that key). Top-level menus appear on the bar in table order.
struct MenuSpec
{
    const char *key;
    const char *title;
    bool topLevel;
    std::vector<const char *> entries;
};

using namespace ActionId;
// The titles keep the window's translation context, where they were first translated.
const std::vector<MenuSpec> &menuTable()
{
    static const std::vector<MenuSpec> table = {
        {"file",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "&File"),
         true,
         {FileNew, FileOpen, "@recent", FileOpenSample, kSeparator, FileImportFiles,
          FileImportFolder, FilePasteSource, FileImportQdpx, kSeparator, FileSaveCopy, FileExport,
          FilePublishTeam, FileOpenTeam, FileCloneTeam, FileTeamConflicts, FileClose, kSeparator,
          FileQuit}},
        {"recent", QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "Open &Recent"), false, {}},
        {"edit",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "&Edit"),
         true,
         {EditUndo, EditRedo, kSeparator, EditCopyQuotation, kSeparator, EditSourceDetails,
          EditRemoveSource}},
        {"search",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "Sea&rch"),
         true,
         {SearchFindInSource, SearchAll, SearchNext, SearchPrevious}},
        {"analysis",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "&Analysis"),
         true,
         {AnalysisFindOverlaps}},
        {"compare",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "&Compare"),
         true,
         {CompareNextOverlap, ComparePreviousOverlap, CompareNextDifference,
          ComparePreviousDifference, kSeparator, CompareChooseSource, CompareSwapPanes,
          CompareOtherPane, CompareOpenFamily, kSeparator, ReviewConfirm, ReviewDismiss,
          ReviewClear}},
        {"annotate",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "A&nnotate"),
         true,
         {AnnotateTag, AnnotateTagAll, AnnotateNextMention, AnnotatePreviousMention, kSeparator,
          AnnotateMarkSpan, AnnotateLink, AnnotateNote, kSeparator, AnnotateEdit, AnnotateDelete,
          AnnotateMerge, AnnotateSplit, AnnotateTypes, "@review"}},
        {"review",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "Re&view Mode"),
         false,
         {ReviewNextItem, ReviewPreviousItem, ReviewEditItem, ReviewRetype, ReviewNoteItem,
          ReviewSkip, ReviewToggleGroup, ReviewAcceptName, ReviewRejectName, ReviewAcceptType,
          ReviewRejectType, ReviewRebuild}},
        {"view",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "&View"),
         true,
         {ViewFilterSources, ViewFocusSources, ViewFocusReader, ViewCompare, ViewOverlaps,
          ViewFamilies, ViewMatrix, ViewReadingLens, ViewOriginalMarkup, ViewEntities, ViewLinks,
          ViewClaims, ViewNotes, ViewReview}},
        {"settings",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "&Settings"),
         true,
         {SettingsPreferences, SettingsToggleTheme}},
        {"help",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::MainWindow", "&Help"),
         true,
         {HelpCommandPalette, HelpShortcuts, HelpAbout}},
    };
    return table;
}

const MenuSpec *specOf(const QString &key)
{
    for (const MenuSpec &m : menuTable()) {
        if (key == QLatin1String(m.key))
            return &m;
    }
    return nullptr;
}

void fill(QMenu *menu, const MenuSpec &spec, const ActionRegistry &registry,
          QHash<QString, QMenu *> &menus)
{
    menus.insert(QString::fromLatin1(spec.key), menu);
    // A command that is off says why (ActionRegistry::allow) when the pointer rests on it.
    menu->setToolTipsVisible(true);
    for (const char *entry : spec.entries) {
        if (qstrcmp(entry, kSeparator) == 0) {
            menu->addSeparator();
        } else if (entry[0] == '@') {
            const MenuSpec *sub = specOf(QString::fromLatin1(entry + 1));
            Q_ASSERT_X(sub, "buildMenus", entry);
            fill(menu->addMenu(
                     QCoreApplication::translate("Crosscheck::Ui::MainWindow", sub->title)),
                 *sub, registry, menus);
        } else {
            menu->addAction(registry.action(entry));
        }
    }
}
} // namespace

QHash<QString, QMenu *> buildMenus(QMenuBar *bar, const ActionRegistry &registry)
{
    QHash<QString, QMenu *> menus;
    for (const MenuSpec &spec : menuTable()) {
        if (spec.topLevel)
            fill(
                bar->addMenu(QCoreApplication::translate("Crosscheck::Ui::MainWindow", spec.title)),
                spec, registry, menus);
    }
    return menus;
}

} // namespace Crosscheck::Ui
