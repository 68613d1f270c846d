#include "actionregistry.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QWidget>

namespace Crosscheck::Ui {

#define CAT(text) QT_TRANSLATE_NOOP("Crosscheck::Ui::ActionCategory", text)
#define ACT(text) QT_TRANSLATE_NOOP("Crosscheck::Ui::Action", text)

const QList<ActionRegistry::Spec> &ActionRegistry::specs()
{
    static const QList<Spec> table = {
        {"File.New", ACT("&New Project…"), CAT("Project"), "Ctrl+N"},
        {"File.Open", ACT("&Open Project…"), CAT("Project"), "Ctrl+O"},
        {"File.OpenSample", ACT("Open &Sample Project"), CAT("Project"), ""},
        {"File.ImportFiles", ACT("&Import Files…"), CAT("Project"), "Ctrl+I"},
        {"File.ImportFolder", ACT("Import &Folder…"), CAT("Project"), "Ctrl+Shift+I"},
        {"File.PasteSource", ACT("&Paste as New Source"), CAT("Project"), "Ctrl+Shift+V"},
        {"File.SaveCopy", ACT("Save a &Copy As…"), CAT("Project"), "Ctrl+Shift+S"},
        {"File.Close", ACT("&Close Project"), CAT("Project"), "Ctrl+W"},
        {"File.Quit", ACT("&Quit"), CAT("Project"), "Ctrl+Q"},
        {"Edit.Undo", ACT("&Undo"), CAT("Editing"), "Ctrl+Z"},
        {"Edit.Redo", ACT("&Redo"), CAT("Editing"), "Ctrl+Shift+Z;Ctrl+Y"},
        {"Edit.SourceDetails", ACT("Edit Source &Details…"), CAT("Editing"), "F2"},
        {"Edit.RemoveSource", ACT("&Remove Source"), CAT("Editing"), "Del"},
        {"View.FilterSources", ACT("&Filter Sources"), CAT("Navigation"), "Ctrl+F"},
        {"View.FocusSources", ACT("Go to &Source List"), CAT("Navigation"), "Ctrl+1"},
        {"View.FocusReader", ACT("Go to &Reader"), CAT("Navigation"), "Ctrl+2"},
        {"Settings.Preferences", ACT("&Preferences…"), CAT("Application"), "Ctrl+,"},
        {"Help.Shortcuts", ACT("&Keyboard Shortcuts"), CAT("Application"), "F1;?"},
        {"Help.About", ACT("&About Crosscheck"), CAT("Application"), ""},
    };
    return table;
}

#undef CAT
#undef ACT

namespace {
QString settingsKey(const QString &id)
{
    return QStringLiteral("Shortcuts/") + id;
}
} // namespace

ActionRegistry::ActionRegistry(QWidget *window) : QObject(window)
{
    QSettings settings;
    for (const Spec &s : specs()) {
        const QString id = QString::fromLatin1(s.id);
        auto *action = new QAction(QCoreApplication::translate("Crosscheck::Ui::Action", s.text), window);
        action->setObjectName(id);
        // Window-wide shortcuts: they work whichever pane has the focus.
        action->setShortcutContext(Qt::WindowShortcut);
        const QVariant user = settings.value(settingsKey(id));
        action->setShortcuts(user.isValid() ? parse(user.toString()) : parse(QString::fromLatin1(s.shortcuts)));
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
    return s ? QCoreApplication::translate("Crosscheck::Ui::ActionCategory", s->category) : QString();
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
        const QKeySequence seq = QKeySequence::fromString(part.trimmed(), QKeySequence::PortableText);
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
