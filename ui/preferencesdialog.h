// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>
#include <QList>

class QComboBox;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSyntaxHighlighter;
class QTreeWidget;

namespace Crosscheck::Ui {

class ActionRegistry;

/// Preferences: interface language, the author name for the edit log, the colour theme (with a
/// sample of every highlight in it), and the shortcut editor (reads and writes the action
/// registry).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(ActionRegistry *registry, QWidget *parent = nullptr);
    void accept() override;

private:
    QWidget *generalTab(QWidget *tabs);
    QWidget *appearanceTab(QWidget *tabs);
    QWidget *keyboardTab(QWidget *tabs);
    void loadShortcutRows();
    void onCurrentActionChanged();
    void onSequenceEdited();
    void showThemeSample();
    QString currentId() const;

    ActionRegistry *m_registry;
    QComboBox *m_language;
    QLineEdit *m_author;
    QComboBox *m_theme;
    QPlainTextEdit *m_themeSample;
    QSyntaxHighlighter *m_sampleLens = nullptr;
    QTreeWidget *m_actions;
    QKeySequenceEdit *m_sequence;
    QLabel *m_conflict;
    QHash<QString, QList<QKeySequence>> m_pending;
};

} // namespace Crosscheck::Ui
