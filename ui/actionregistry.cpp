// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"
#include "actions/actionids.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QWidget>

namespace Crosscheck::Ui {

const QList<ActionRegistry::Spec> &ActionRegistry::specs()
{
    static const QList<Spec> table = {
        {ActionId::FileNew, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&New Project…"), "Ctrl+N"},
        {ActionId::FileOpen, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Open Project…"),
         "Ctrl+O"},
        {ActionId::FileOpenSample,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Open &Sample Project"), ""},
        {ActionId::FileImportFiles, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Import Files…"),
         "Ctrl+I"},
        {ActionId::FileImportFolder, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Import &Folder…"),
         "Ctrl+Shift+I"},
        {ActionId::FilePasteSource,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Paste as New Source"), "Ctrl+Shift+V"},
        {ActionId::FileSaveCopy, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Save a &Copy As…"),
         "Ctrl+Shift+S"},
        {ActionId::FileExport, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Export…"),
         "Ctrl+Shift+O"},
        {ActionId::FileImportQdpx,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "New Project from &REFI-QDA…"), ""},
        {ActionId::FilePublishTeam,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Publish to &Team Server…"), ""},
        {ActionId::FileOpenTeam, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Open Tea&m Project…"),
         ""},
        {ActionId::FileCloneTeam,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "C&lone Team Project…"), ""},
        {ActionId::FileTeamConflicts,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Resol&ve Team Conflicts…"), ""},
        {ActionId::FileClose, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Close Project"),
         "Ctrl+W"},
        {ActionId::FileQuit, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Quit"), "Ctrl+Q"},
        {ActionId::EditUndo, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Undo"), "Ctrl+Z"},
        {ActionId::EditRedo, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Redo"),
         "Ctrl+Shift+Z;Ctrl+Y"},
        {ActionId::EditSourceDetails,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Edit Source &Details…"), "F2"},
        {ActionId::EditRemoveSource, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Remove Source"),
         "Del"},
        {ActionId::EditCopyQuotation,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Copy as &Quotation"), "Ctrl+Alt+C"},
        {ActionId::SearchFindInSource,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Find in Source…"), "Ctrl+F"},
        {ActionId::SearchAll, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Search All Sources…"),
         "Ctrl+Shift+F"},
        {ActionId::SearchNext, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Find &Next"), "F3"},
        {ActionId::SearchPrevious, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Find &Previous"),
         "Shift+F3"},
        {ActionId::AnalysisFindOverlaps,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Find Overlaps"), "Ctrl+R"},
        {ActionId::ViewFilterSources,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Filter Sources"), "Ctrl+Alt+F"},
        {ActionId::ViewFocusSources,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Go to &Source List"), "Ctrl+1"},
        {ActionId::ViewFocusReader, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Go to &Reader"),
         "Ctrl+2"},
        {ActionId::ViewCompare, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Compare View"),
         "Ctrl+3"},
        {ActionId::ViewOverlaps, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Overlaps"),
         "Ctrl+4"},
        {ActionId::ViewFamilies, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Passage F&amilies"),
         "Ctrl+5"},
        {ActionId::ViewMatrix, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Source &Matrix"),
         "Ctrl+6"},
        {ActionId::ViewReadingLens, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Reading &Lens"),
         "Ctrl+Shift+L"},
        {ActionId::ViewOriginalMarkup,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Original Markup"), "Ctrl+U"},
        {ActionId::CompareNextOverlap, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Next Overlap"),
         "Alt+Down"},
        {ActionId::ComparePreviousOverlap,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Previous Overlap"), "Alt+Up"},
        {ActionId::CompareNextDifference,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Next &Difference"), "Alt+Right"},
        {ActionId::ComparePreviousDifference,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Previous Di&fference"), "Alt+Left"},
        {ActionId::CompareSwapPanes, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Swap Panes"),
         "Ctrl+Shift+X"},
        {ActionId::CompareOtherPane, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Other Pane"),
         "F6"},
        {ActionId::CompareChooseSource,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Compare &With…"), "Ctrl+Shift+C"},
        {ActionId::CompareOpenFamily,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Open the Passage's F&amily"), "F", "review"},
        {ActionId::ReviewConfirm, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Accept / Confirm"),
         "A", "review"},
        {ActionId::ReviewDismiss, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Reject / Dismiss"),
         "X", "review"},
        {ActionId::ReviewClear, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Clear the &Verdict"),
         "U", "review"},
        {ActionId::ReviewNextItem, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Next Item"), "J",
         "queue"},
        {ActionId::ReviewPreviousItem,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Previous Item"), "K", "queue"},
        {ActionId::ReviewEditItem, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Edit Item…"), "E",
         "queue"},
        {ActionId::ReviewRetype, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Re&type Item…"), "T",
         "queue"},
        {ActionId::ReviewNoteItem, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "N&ote on Item…"),
         "N", "queue"},
        {ActionId::ReviewSkip, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Skip Item"), "S",
         "queue"},
        {ActionId::ReviewToggleGroup,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Group or Ungroup the Name's Occurrences"),
         "G", "queue"},
        {ActionId::ReviewAcceptName,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Accept This Name Everywhere"), "Shift+A",
         "queue"},
        {ActionId::ReviewRejectName,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Reject This Name Everywhere"), "Shift+X",
         "queue"},
        {ActionId::ReviewAcceptType,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Accept Every Suggestion of This T&ype"),
         "Ctrl+Shift+A", "queue"},
        {ActionId::ReviewRejectType,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Re&ject Every Suggestion of This Type"),
         "Ctrl+Shift+R", "queue"},
        {ActionId::ReviewRebuild, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Re&build the Queue"),
         "F5", "queue"},
        {ActionId::AnnotateTag, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Tag Selection…"),
         "Ctrl+T"},
        {ActionId::AnnotateExtendSentence,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Extend Selection to Sentence End"),
         "Ctrl+Shift+Down"},
        {ActionId::AnnotateExtendSentenceBack,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Extend Selection to Sentence Start"),
         "Ctrl+Shift+Up"},
        {ActionId::AnnotateTagAll,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Tag &All Occurrences"), "Ctrl+Shift+T"},
        {ActionId::AnnotateMarkSpan,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Mark Span for a Link"), "Ctrl+M"},
        {ActionId::AnnotateLink,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Link to the Marked Span…"), "Ctrl+L"},
        {ActionId::AnnotateNote, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Note…"),
         "Ctrl+Shift+N"},
        {ActionId::AnnotateNextMention,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Next M&ention"), "F4"},
        {ActionId::AnnotatePreviousMention,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Previous Mentio&n"), "Shift+F4"},
        {ActionId::AnnotateEdit,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Edit Entity or Link…"), "Ctrl+E"},
        {ActionId::AnnotateDelete,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Delete Mention, Entity or Link"),
         "Ctrl+Shift+Del"},
        {ActionId::AnnotateMerge, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Me&rge Entities"),
         "Ctrl+Shift+M"},
        {ActionId::AnnotateSplit, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "S&plit Entity…"),
         "Ctrl+Shift+E"},
        {ActionId::AnnotateTypes, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Entity T&ypes…"),
         ""},
        {ActionId::ViewEntities, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Entities"),
         "Ctrl+7"},
        {ActionId::ViewLinks,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Contradictions and &Links"), "Ctrl+8"},
        {ActionId::ViewReview, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Review Mode"),
         "Ctrl+9"},
        {ActionId::ViewClaims, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Cl&aims"), "Ctrl+0"},
        {ActionId::ViewNotes, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "N&otes"), "Ctrl+Alt+N"},
        {ActionId::HelpCommandPalette,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Command Palette…"), "Ctrl+K;Ctrl+Shift+P"},
        {ActionId::SettingsPreferences,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Preferences…"), "Ctrl+,"},
        {ActionId::SettingsToggleTheme,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Switch Between &Light and Dark Theme"), ""},
        {ActionId::HelpShortcuts,
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Keyboard Shortcuts"), "F1;?"},
        {ActionId::HelpAbout, QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&About Crosscheck"), ""},
    };
    return table;
}

namespace {
QString settingsKey(const QString &id)
{
    return QStringLiteral("Shortcuts/") + id;
}

/// The group of each id prefix (the text before the dot).
struct Category
{
    const char *prefix;
    const char *name;
};
constexpr Category kCategories[] = {
    {"File", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project")},
    {"Edit", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Editing")},
    {"Analysis", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Analysis")},
    {"Search", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Search")},
    {"View", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation")},
    {"Compare", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Comparison")},
    {"Review", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review")},
    {"Annotate", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation")},
    {"Help", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Application")},
    {"Settings", QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Application")},
};
} // namespace

ActionRegistry::ActionRegistry(QWidget *window)
    : QObject(window)
{
    QSettings settings;
    for (const Spec &s : specs()) {
        const QString id = QString::fromLatin1(s.id);
        auto *action =
            new QAction(QCoreApplication::translate("Crosscheck::Ui::Action", s.text), window);
        action->setObjectName(id);
        // Window-wide shortcuts work whichever pane has the focus; scoped ones only inside the
        // widgets attached to their scope.
        action->setShortcutContext(s.scope ? Qt::WidgetWithChildrenShortcut : Qt::WindowShortcut);
        const QVariant user = settings.value(settingsKey(id));
        action->setShortcuts(user.isValid() ? parse(user.toString())
                                            : parse(QString::fromLatin1(s.shortcuts)));
        if (!s.scope)
            window->addAction(action);
        // Connected first, so it runs before the handlers the window connects later.
        connect(action, &QAction::triggered, this, [this, id] {
            if (m_beforeEdit && m_edits.contains(id))
                m_beforeEdit();
        });
        m_ids << id;
        m_actions.insert(id, action);
    }
}

const ActionRegistry::Spec *ActionRegistry::spec(const QString &id) const
{
    for (const Spec &s : specs()) {
        if (id == QLatin1String(s.id))
            return &s;
    }
    return nullptr;
}

void ActionRegistry::allow(const char *id, bool allowed, const QString &whyNot)
{
    QAction *a = action(id);
    if (!a)
        return;
    m_edits.insert(a->objectName());
    // The tooltip as the registry made it, kept the first time a reason replaces it (empty:
    // Qt's own, the action's text).
    if (!a->property("crosscheck.tip").isValid())
        a->setProperty("crosscheck.tip",
                       a->toolTip() == QString(a->text()).remove(u'&') ? QString() : a->toolTip());
    const QString tip = a->property("crosscheck.tip").toString();
    a->setEnabled(allowed);
    if (allowed || whyNot.isEmpty())
        a->setToolTip(tip);
    else
        a->setToolTip((tip.isEmpty() ? QString(a->text()).remove(u'&') : tip) + u'\n' + whyNot);
}

QAction *ActionRegistry::action(const QString &id) const
{
    QAction *a = m_actions.value(id);
    Q_ASSERT_X(a, "ActionRegistry::action", qPrintable(id));
    return a;
}

void ActionRegistry::attachScope(const char *scope, QWidget *widget)
{
    for (const Spec &s : specs()) {
        if (s.scope && qstrcmp(s.scope, scope) == 0)
            widget->addAction(action(QString::fromLatin1(s.id)));
    }
}

QString ActionRegistry::scopeText(const QString &id) const
{
    const Spec *s = spec(id);
    if (!s || !s->scope)
        return {};
    if (qstrcmp(s->scope, "queue") == 0)
        return tr("in review mode");
    return tr("in the compare view, the passage list and review mode");
}

QString ActionRegistry::text(const QString &id) const
{
    QString t = action(id)->text();
    t.remove(u'&');
    if (t.endsWith(QChar(0x2026)))
        t.chop(1);
    return t;
}

QString ActionRegistry::category(const QString &id) const
{
    const QString prefix = id.section(u'.', 0, 0);
    for (const Category &c : kCategories) {
        if (prefix == QLatin1String(c.prefix))
            return QCoreApplication::translate("Crosscheck::Ui::ActionCategory", c.name);
    }
    return {};
}

QString ActionRegistry::shortcutText(const char *id) const
{
    return action(id)->shortcut().toString(QKeySequence::NativeText);
}

QList<QKeySequence> ActionRegistry::defaultShortcuts(const QString &id) const
{
    const Spec *s = spec(id);
    return s ? parse(QString::fromLatin1(s->shortcuts)) : QList<QKeySequence>();
}

QList<QKeySequence> ActionRegistry::shortcuts(const QString &id) const
{
    return action(id)->shortcuts();
}

void ActionRegistry::setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts)
{
    action(id)->setShortcuts(shortcuts);
    QSettings settings;
    if (shortcuts == defaultShortcuts(id))
        settings.remove(settingsKey(id));
    else
        settings.setValue(settingsKey(id), format(shortcuts, QKeySequence::PortableText));
    emit shortcutsChanged();
}

void ActionRegistry::resetShortcuts(const QString &id)
{
    setShortcuts(id, defaultShortcuts(id));
}

QStringList ActionRegistry::conflicts(const QKeySequence &sequence, const QString &exceptId) const
{
    QStringList ids;
    if (sequence.isEmpty())
        return ids;
    for (const QString &id : m_ids) {
        if (id != exceptId && shortcuts(id).contains(sequence))
            ids << id;
    }
    return ids;
}

QList<QKeySequence> ActionRegistry::parse(const QString &portable)
{
    QList<QKeySequence> list;
    for (const QString &part : portable.split(u';', Qt::SkipEmptyParts)) {
        const QKeySequence seq =
            QKeySequence::fromString(part.trimmed(), QKeySequence::PortableText);
        if (!seq.isEmpty())
            list << seq;
    }
    return list;
}

QString ActionRegistry::format(const QList<QKeySequence> &shortcuts, QKeySequence::SequenceFormat f)
{
    QStringList parts;
    for (const QKeySequence &s : shortcuts)
        parts << s.toString(f);
    return parts.join(f == QKeySequence::PortableText ? QStringLiteral(";") : QStringLiteral(", "));
}

} // namespace Crosscheck::Ui
