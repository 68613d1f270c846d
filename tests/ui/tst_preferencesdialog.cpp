// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"
#include "appsettings.h"
#include "highlighting.h"
#include "isolatedsettings.h"
#include "preferencesdialog.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QKeySequenceEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace Crosscheck::Ui;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private:
    TestData::IsolatedSettings m_settings;

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
    void initTestCase() {}

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
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
        const int uk = combo->findData(QStringLiteral("uk"));
        QVERIFY2(uk >= 0, "Ukrainian is offered");
        QVERIFY(combo->findData(QStringLiteral("de")) >= 0);
        combo->setCurrentIndex(uk);
        dialog.accept();
        QCOMPARE(AppSettings::instance().language(), QStringLiteral("uk"));
    }

    void themeChoiceShowsASampleAndApplies()
    {
        QWidget window;
        ActionRegistry registry(&window);
        Highlighting &h = Highlighting::instance();
        ThemeManager::setSetting(QString());
        QApplication::setPalette(QApplication::style()->standardPalette()); // a light system
        const QString dark = h.defaultTheme(Qt::black);
        PreferencesDialog dialog(&registry);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("themeBox"));
        auto *sample = dialog.findChild<QPlainTextEdit *>(QStringLiteral("themeSample"));
        QVERIFY(combo && sample);
        // Every theme of the repository is offered, after "follow the system" (the default).
        QCOMPARE(combo->count(), h.themeNames().size() + 1);
        QCOMPARE(combo->currentData().toString(), QString());
        QVERIFY(combo->currentText().contains(h.defaultTheme(Qt::white)));
        QCOMPARE(sample->palette().color(QPalette::Base), h.background(h.defaultTheme(Qt::white)));
        // The sample shows every highlight, and the reading lens on its sentence.
        QCOMPARE(sample->extraSelections().size(), 7);
        bool lensColoured = false;
        for (const auto &r : sample->document()->lastBlock().layout()->formats())
            lensColoured = lensColoured || r.format.hasProperty(QTextFormat::ForegroundBrush);
        QVERIFY(lensColoured);

        combo->setCurrentIndex(combo->findData(dark));
        QCOMPARE(sample->palette().color(QPalette::Base), h.background(dark));
        QCOMPARE(sample->extraSelections().first().format.background(),
                 Theme(dark).passageFormat(false).background());
        QCOMPARE(ThemeManager::instance().theme().name(), h.defaultTheme(Qt::white)); // not yet
        dialog.accept();
        QCOMPARE(ThemeManager::setting(), dark);
        QCOMPARE(ThemeManager::instance().theme().name(), dark);
        ThemeManager::setSetting(QString());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
