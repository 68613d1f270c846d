// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"
#include "isolatedsettings.h"

#include <QAction>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using Crosscheck::Ui::ActionRegistry;

class TestActionRegistry : public QObject
{
    Q_OBJECT
private:
    TestData::IsolatedSettings m_settings;

private slots:
    void everySpecBecomesAnAction()
    {
        QWidget window;
        ActionRegistry registry(&window);
        QCOMPARE(registry.ids().size(), ActionRegistry::specs().size());
        QStringList seen;
        for (const QString &id : registry.ids()) {
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen << id;
            QAction *a = registry.action(id);
            QCOMPARE(a->objectName(), id);
            QVERIFY(!registry.text(id).isEmpty());
            QVERIFY(!registry.text(id).contains(u'&'));
            QVERIFY(!registry.category(id).isEmpty());
            QCOMPARE(registry.shortcuts(id), registry.defaultShortcuts(id));
            // Window-wide actions live on the window; scoped ones only where they are attached.
            QCOMPARE(window.actions().contains(a), registry.scopeText(id).isEmpty());
        }
        // No two actions share a default shortcut.
        for (const QString &id : registry.ids()) {
            for (const QKeySequence &seq : registry.shortcuts(id))
                QVERIFY2(registry.conflicts(seq, id).isEmpty(),
                         qPrintable(id + u' ' + seq.toString()));
        }
        QCOMPARE(
            registry.shortcuts(QStringLiteral("Help.Shortcuts")),
            QList<QKeySequence>({QKeySequence(Qt::Key_F1), QKeySequence(QStringLiteral("?"))}));
    }

    void noDefaultIsOneADesktopTakes()
    {
        // Window managers and desktops take these before the application sees them (openbox
        // and LXDE: Shift+Alt+arrows send the window to another desktop; GNOME and KDE:
        // Ctrl+Alt+arrows switch desktops, Ctrl+F1-F4 in KDE; everywhere Alt+Tab, Alt+F4,
        // Alt+Space, Print; Meta is the desktop's).
        QList<QKeySequence> taken;
        for (const char *arrow : {"Left", "Right", "Up", "Down"})
            for (const char *mods : {"Alt+Shift+", "Ctrl+Alt+", "Ctrl+Alt+Shift+", "Meta+"})
                taken << QKeySequence(QString::fromLatin1(mods) + QString::fromLatin1(arrow));
        for (const char *k :
             {"Alt+Tab",    "Alt+Shift+Tab", "Alt+F1",     "Alt+F2",  "Alt+F4",       "Alt+F7",
              "Alt+F8",     "Alt+F10",       "Alt+Space",  "Alt+Esc", "Ctrl+Alt+Tab", "Ctrl+Alt+T",
              "Ctrl+Alt+L", "Ctrl+Alt+Del",  "Ctrl+Alt+D", "Print",   "Alt+Print",    "Ctrl+F1",
              "Ctrl+F2",    "Ctrl+F3",       "Ctrl+F4"})
            taken << QKeySequence(QString::fromLatin1(k));
        QWidget window;
        ActionRegistry registry(&window);
        for (const QString &id : registry.ids())
            for (const QKeySequence &seq : registry.defaultShortcuts(id)) {
                QVERIFY2(!taken.contains(seq), qPrintable(id + u' ' + seq.toString()));
                QVERIFY2(!(seq[0].keyboardModifiers() & Qt::MetaModifier),
                         qPrintable(id + u' ' + seq.toString()));
            }
    }

    void userShortcutsPersistAndReset()
    {
        {
            QWidget window;
            ActionRegistry registry(&window);
            registry.setShortcuts(QStringLiteral("File.Open"),
                                  {QKeySequence(QStringLiteral("Ctrl+Alt+O"))});
            QCOMPARE(registry.conflicts(QKeySequence(QStringLiteral("Ctrl+Alt+O"))),
                     QStringList({QStringLiteral("File.Open")}));
        }
        {
            QWidget window;
            ActionRegistry registry(&window); // a new session reads the override
            QCOMPARE(registry.action(QStringLiteral("File.Open"))->shortcut(),
                     QKeySequence(QStringLiteral("Ctrl+Alt+O")));
            registry.resetShortcuts(QStringLiteral("File.Open"));
            QCOMPARE(registry.action(QStringLiteral("File.Open"))->shortcut(),
                     QKeySequence(QStringLiteral("Ctrl+O")));
        }
        QVERIFY(!QSettings().contains(QStringLiteral("Shortcuts/File.Open")));
    }

    void readmeKeyboardMapMatchesTheCode()
    {
        QFile readme(QStringLiteral(CROSSCHECK_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        QWidget window;
        ActionRegistry registry(&window);
        for (const QString &id : registry.ids()) {
            QStringList keys;
            for (const QKeySequence &k : registry.defaultShortcuts(id))
                keys << k.toString(QKeySequence::PortableText);
            const QString row =
                QStringLiteral("| %1 | %2 | %3 | `%4` |")
                    .arg(registry.category(id), registry.text(id),
                         keys.isEmpty() ? QStringLiteral("—") : keys.join(QStringLiteral(", ")),
                         id);
            QVERIFY2(text.contains(row),
                     qPrintable(QStringLiteral("README.md lacks the row: ") + row));
        }
    }

    void parseAndFormat()
    {
        const auto list = ActionRegistry::parse(QStringLiteral("Ctrl+Shift+Z; Ctrl+Y"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(ActionRegistry::format(list, QKeySequence::PortableText),
                 QStringLiteral("Ctrl+Shift+Z;Ctrl+Y"));
        QVERIFY(ActionRegistry::parse(QString()).isEmpty());
    }
};

QTEST_MAIN(TestActionRegistry)
#include "tst_actionregistry.moc"
