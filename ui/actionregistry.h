// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace Crosscheck::Ui {

/// Every command of the app as a QAction keyed by an id from actions/actionids.h ("File.Open"),
/// with its default shortcuts and the user's overrides. Menus, the F1 overlay and the shortcut
/// editor all read this registry; handlers connect to the actions they implement.
class ActionRegistry final : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        const char *id;
        const char *text;      ///< translatable menu text (QT_TRANSLATE_NOOP)
        const char *shortcuts; ///< default shortcuts in portable text, ";"-separated
        /// Empty: window-wide. Else the action only works while the focus is inside a widget
        /// attached to this scope (single-key review shortcuts must not fire while typing).
        const char *scope = nullptr;
    };
    /// The default-shortcut table: every action the app has.
    static const QList<Spec> &specs();

    explicit ActionRegistry(QWidget *window);

    QAction *action(const QString &id) const;
    QAction *action(const char *id) const { return action(QString::fromLatin1(id)); }
    /// Enables action \a id, or disables it with \a whyNot in its tooltip (as the menus and
    /// the command palette show it) instead of letting it fail after a dialog.
    void allow(const char *id, bool allowed, const QString &whyNot = {});
    /// \a hook runs before any action that allow() governs (the ones that change the project)
    /// does its work, e.g. to ask the analyst's name once before the first edit is recorded.
    void setBeforeEdit(std::function<void()> hook) { m_beforeEdit = std::move(hook); }
    /// The action's first shortcut as the user reads it ("Ctrl+T"), for messages.
    QString shortcutText(const char *id) const;
    /// Makes the actions of \a scope work while the focus is inside \a widget.
    void attachScope(const char *scope, QWidget *widget);
    /// Translated description of where an action works ("in the compare view …"), or empty.
    QString scopeText(const QString &id) const;
    QStringList ids() const { return m_ids; }
    QString text(const QString &id) const; ///< translated, without "&" and "…"
    /// Translated group name for the overlay and the editor, from the id's prefix (the text
    /// before the dot, as in Qt Creator): "Annotate.Tag" is in "Annotation".
    QString category(const QString &id) const;
    QList<QKeySequence> defaultShortcuts(const QString &id) const;
    QList<QKeySequence> shortcuts(const QString &id) const;

    /// Sets and remembers the user's shortcuts for \a id (empty list: no shortcut).
    void setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts);
    void resetShortcuts(const QString &id);
    /// Ids of other actions already using \a sequence.
    QStringList conflicts(const QKeySequence &sequence, const QString &exceptId = {}) const;

    static QList<QKeySequence> parse(const QString &portable);
    static QString format(const QList<QKeySequence> &shortcuts, QKeySequence::SequenceFormat f);

signals:
    void shortcutsChanged();

private:
    const Spec *spec(const QString &id) const;
    QStringList m_ids;
    QHash<QString, QAction *> m_actions;
    QSet<QString> m_edits; ///< the ids allow() governs
    std::function<void()> m_beforeEdit;
};

} // namespace Crosscheck::Ui
