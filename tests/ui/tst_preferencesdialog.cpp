#include "actionregistry.h"
#include "preferencesdialog.h"

#include <QAction>
#include <QComboBox>
#include <QKeySequenceEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Crosscheck::Ui;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_settings;

    static void selectAction(PreferencesDialog &dialog, const QString &id)
    {
        auto *table = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutTable"));
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            if (table->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == id)
                table->setCurrentItem(table->topLevelItem(i));
        }
    }
    static void typeShortcut(PreferencesDialog &dialog, const QKeySequence &seq)
    {
        auto *edit = dialog.findChild<QKeySequenceEdit *>(QStringLiteral("shortcutEdit"));
        edit->setKeySequence(seq);
        emit edit->editingFinished();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CrosscheckTest"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void editedShortcutIsApplied()
    {
        QWidget window;
        ActionRegistry registry(&window);
        PreferencesDialog dialog(&registry);
        selectAction(dialog, QStringLiteral("View.FocusReader"));
        typeShortcut(dialog, QKeySequence(QStringLiteral("Ctrl+Alt+R")));
        QCOMPARE(registry.action(QStringLiteral("View.FocusReader"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+2")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(registry.action(QStringLiteral("View.FocusReader"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Alt+R")));
        registry.resetShortcuts(QStringLiteral("View.FocusReader"));
    }

    void conflictsAreRefused()
    {
        QWidget window;
        ActionRegistry registry(&window);
        PreferencesDialog dialog(&registry);
        dialog.show();
        selectAction(dialog, QStringLiteral("View.FocusReader"));
        typeShortcut(dialog, QKeySequence(QStringLiteral("Ctrl+O"))); // Open Project's
        dialog.accept();
        QVERIFY(dialog.isVisible()); // not closed
        QCOMPARE(registry.action(QStringLiteral("View.FocusReader"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+2")));
        QCOMPARE(registry.action(QStringLiteral("File.Open"))->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+O")));
    }

    void languageChoiceIsStored()
    {
        QWidget window;
        ActionRegistry registry(&window);
        PreferencesDialog dialog(&registry);
        auto *combo = dialog.findChild<QComboBox *>();
        const int uk = combo->findData(QStringLiteral("uk"));
        QVERIFY2(uk >= 0, "Ukrainian is offered");
        QVERIFY(combo->findData(QStringLiteral("de")) >= 0);
        combo->setCurrentIndex(uk);
        dialog.accept();
        QCOMPARE(PreferencesDialog::languageSetting(), QStringLiteral("uk"));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
