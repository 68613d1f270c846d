#include "actionregistry.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QWidget>

namespace Crosscheck::Ui {

const QList<ActionRegistry::Spec> &ActionRegistry::specs()
{
    static const QList<Spec> table = {
        {"File.New", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&New Project…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), "Ctrl+N"},
        {"File.Open", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Open Project…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), "Ctrl+O"},
        {"File.OpenSample", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Open &Sample Project"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), ""},
        {"File.ImportFiles", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Import Files…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), "Ctrl+I"},
        {"File.ImportFolder", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Import &Folder…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), "Ctrl+Shift+I"},
        {"File.PasteSource", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Paste as New Source"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), "Ctrl+Shift+V"},
        {"File.SaveCopy", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Save a &Copy As…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), "Ctrl+Shift+S"},
        {"File.Export", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Export…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), "Ctrl+Shift+O"},
        {"File.ImportQdpx",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "New Project from &REFI-QDA…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), ""},
        {"File.Close", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Close Project"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), "Ctrl+W"},
        {"File.Quit", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Quit"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Project"), "Ctrl+Q"},
        {"Edit.Undo", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Undo"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Editing"), "Ctrl+Z"},
        {"Edit.Redo", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Redo"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Editing"), "Ctrl+Shift+Z;Ctrl+Y"},
        {"Edit.SourceDetails", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Edit Source &Details…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Editing"), "F2"},
        {"Edit.RemoveSource", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Remove Source"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Editing"), "Del"},
        {"Analysis.FindOverlaps", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Find Overlaps"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Analysis"), "Ctrl+R"},
        {"View.FilterSources", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Filter Sources"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+F"},
        {"View.FocusSources", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Go to &Source List"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+1"},
        {"View.FocusReader", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Go to &Reader"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+2"},
        {"View.Compare", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Compare View"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+3"},
        {"View.Overlaps", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Overlaps"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+4"},
        {"View.Families", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Passage F&amilies"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+5"},
        {"View.Matrix", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Source &Matrix"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+6"},
        {"View.ReadingLens", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Reading &Lens"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+Shift+L"},
        {"View.OriginalMarkup", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Original Markup"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+U"},
        {"Compare.NextOverlap", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Next Overlap"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Comparison"), "Alt+Down"},
        {"Compare.PreviousOverlap",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Previous Overlap"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Comparison"), "Alt+Up"},
        {"Compare.NextDifference", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Next &Difference"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Comparison"), "Alt+Right"},
        {"Compare.PreviousDifference",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Previous Di&fference"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Comparison"), "Alt+Left"},
        {"Compare.SwapPanes", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Swap Panes"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Comparison"), "Ctrl+Shift+X"},
        {"Compare.OtherPane", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Other Pane"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Comparison"), "F6"},
        {"Compare.ChooseSource", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Compare &With…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Comparison"), "Ctrl+Shift+C"},
        {"Compare.OpenFamily",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Open the Passage's F&amily"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Comparison"), "F", "review"},
        {"Review.Confirm", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Accept / Confirm"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "A", "review"},
        {"Review.Dismiss", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Reject / Dismiss"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "X", "review"},
        {"Review.Clear", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Clear the &Verdict"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "U", "review"},
        {"Review.NextItem", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Next Item"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "J", "queue"},
        {"Review.PreviousItem", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Previous Item"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "K", "queue"},
        {"Review.EditItem", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Edit Item…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "E", "queue"},
        {"Review.Retype", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Re&type Item…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "T", "queue"},
        {"Review.NoteItem", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "N&ote on Item…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "N", "queue"},
        {"Review.Skip", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Skip Item"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "S", "queue"},
        {"Review.Rebuild", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Re&build the Queue"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Review"), "F5", "queue"},
        {"Annotate.Tag", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Tag Selection…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Ctrl+T"},
        {"Annotate.ExtendSentence",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Extend Selection to Sentence End"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Alt+Shift+Right"},
        {"Annotate.ExtendSentenceBack",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Extend Selection to Sentence Start"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Alt+Shift+Left"},
        {"Annotate.TagAll", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Tag &All Occurrences"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Ctrl+Shift+T"},
        {"Annotate.MarkSpan", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Mark Span for a Link"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Ctrl+M"},
        {"Annotate.Link", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Link to the Marked Span…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Ctrl+L"},
        {"Annotate.Note", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Note…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Ctrl+Shift+N"},
        {"Annotate.NextMention", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Next M&ention"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "F3"},
        {"Annotate.PreviousMention",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Previous Mentio&n"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Shift+F3"},
        {"Annotate.Edit", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Edit Entity or Link…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Ctrl+E"},
        {"Annotate.Delete",
         QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Delete Mention, Entity or Link"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Ctrl+Shift+Del"},
        {"Annotate.Merge", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Me&rge Entities"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Ctrl+Shift+M"},
        {"Annotate.Split", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "S&plit Entity…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), "Ctrl+Shift+E"},
        {"Annotate.Types", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Entity T&ypes…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Annotation"), ""},
        {"View.Entities", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Entities"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+7"},
        {"View.Links", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "Contradictions and &Links"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+8"},
        {"View.Review", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Review Mode"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Navigation"), "Ctrl+9"},
        {"Help.CommandPalette", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Command Palette…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Application"), "Ctrl+K;Ctrl+Shift+P"},
        {"Settings.Preferences", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Preferences…"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Application"), "Ctrl+,"},
        {"Help.Shortcuts", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&Keyboard Shortcuts"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Application"), "F1;?"},
        {"Help.About", QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", "&About Crosscheck"),
         QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", "Application"), ""},
    };
    return table;
}

namespace {
QString settingsKey(const QString &id)
{
    return QStringLiteral("Shortcuts/") + id;
}
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
    const Spec *s = spec(id);
    return s ? QCoreApplication::translate("Crosscheck::Ui::ActionCategory", s->category)
             : QString();
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
