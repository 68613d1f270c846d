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
