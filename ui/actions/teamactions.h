// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusmessage.h"

#include <core/project/teamtransfer.h>
#include <core/storage/teamserver.h>

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace Crosscheck::Ui {

class ActionRegistry;
class FileActions;
class ProgressDialog;
class ProjectSession;

/// File › Publish to Team Server…, Open Team Project… and Clone Team Project…: the dialogs around
/// Core::TeamTransfer, which talks to the server off the UI thread (the window never waits for
/// a server). The server's address is remembered without its password.
class TeamActions final : public QObject
{
    Q_OBJECT
public:
    TeamActions(ActionRegistry &actions, ProjectSession &session, FileActions &files,
                QWidget *window);
    ~TeamActions() override;

    /// Whether a transfer is running (its progress dialog is up).
    bool isBusy() const { return m_transfer != nullptr; }

signals:
    void statusMessage(const QString &text, Crosscheck::Ui::Severity severity);

private:
    void publish();
    void clone();
    /// File › Open Team Project…: the team project live, from this computer's replica (cloned
    /// into the cache the first time).
    void openTeam();
    /// File › Resolve Team Conflicts…: the oldest edit the server refused, field by field.
    void resolveConflicts();
    /// Calls \a then with \a url, or, when it names no project, with the one the user picks
    /// from the server's list.
    void withProject(const Core::Storage::TeamUrl &url, const QString &title,
                     std::function<void(const Core::Storage::TeamUrl &)> then);
    /// Asks where the team project is (TeamConnectDialog), proposing the last server with
    /// \a project; nullopt when cancelled. Without a typed password, the keyring's is used.
    std::optional<Core::Storage::TeamUrl> askUrl(int purpose, const QString &project);
    /// Runs \a transfer with a progress dialog titled \a title; \a done is called with it when
    /// it ends (not when the window went away meanwhile).
    void run(Core::TeamTransfer *transfer, const QString &title, const QString &label,
             std::function<void(Core::TeamTransfer &)> done);
    void updateActions();
    QPointer<QObject> m_watched; // the team session whose conflicts enable the action

    ActionRegistry &m_actions;
    ProjectSession &m_session;
    FileActions &m_files;
    QWidget *m_window;
    QPointer<Core::TeamTransfer> m_transfer;
    QPointer<ProgressDialog> m_progress;
    /// A password to keep in the keyring once the server has taken it (the dialog's choice).
    std::optional<Core::Storage::TeamUrl> m_remember;
};

} // namespace Crosscheck::Ui
