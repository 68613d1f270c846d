// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamactions.h"

#include "actionids.h"
#include "actionregistry.h"
#include "fileactions.h"
#include "progressdialog.h"
#include "projectsession.h"
#include "settings.h"
#include "teamconflictdialog.h"
#include "teamconnectdialog.h"
#include "teampasswords.h"
#include "workcontext.h"

#include <core/project/project.h>
#include <core/project/teamsession.h>
#include <core/project/teamtransfer.h>

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QTemporaryDir>

namespace Crosscheck::Ui {

namespace {
/// The last team server used, as typed but without a password (never stored).
const Setting<QString> kLastServer("Team/lastServer", QString());
} // namespace

TeamActions::TeamActions(ActionRegistry &actions, ProjectSession &session, FileActions &files,
                         QWidget *window)
    : QObject(window)
    , m_actions(actions)
    , m_session(session)
    , m_files(files)
    , m_window(window)
{
    connect(m_actions.action(ActionId::FilePublishTeam), &QAction::triggered, this,
            &TeamActions::publish);
    connect(m_actions.action(ActionId::FileCloneTeam), &QAction::triggered, this,
            &TeamActions::clone);
    connect(m_actions.action(ActionId::FileOpenTeam), &QAction::triggered, this,
            &TeamActions::openTeam);
    connect(m_actions.action(ActionId::FileTeamConflicts), &QAction::triggered, this,
            &TeamActions::resolveConflicts);
    connect(&m_session, &ProjectSession::projectChanged, this, [this] {
        if (m_watched)
            disconnect(m_watched, nullptr, this, nullptr);
        m_watched = m_session.team();
        if (Core::TeamSession *team = m_session.team()) {
            connect(team, &Core::TeamSession::conflictsChanged, this, &TeamActions::updateActions);
            connect(team, &Core::TeamSession::pendingChanged, this, &TeamActions::updateActions);
        }
        updateActions();
    });
    updateActions();
}

TeamActions::~TeamActions() = default;

void TeamActions::updateActions()
{
    m_actions.action(ActionId::FilePublishTeam)->setEnabled(m_session.project() && !isBusy());
    m_actions.action(ActionId::FileCloneTeam)->setEnabled(!isBusy());
    m_actions.action(ActionId::FileOpenTeam)->setEnabled(!isBusy());
    m_actions.action(ActionId::FileTeamConflicts)
        ->setEnabled(m_session.team() && !m_session.team()->conflicts().empty());
}

void TeamActions::resolveConflicts()
{
    Core::TeamSession *team = m_session.team();
    if (!team || team->conflicts().empty() || !m_session.project())
        return;
    auto *dialog = new TeamConflictDialog(*team, *m_session.project(),
                                          team->conflicts().front().key, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

std::optional<Core::Storage::TeamUrl> TeamActions::askUrl(int purpose, const QString &project)
{
    using Core::Storage::TeamUrl;
    std::optional<TeamUrl> proposed = TeamUrl::parse(kLastServer.value(), nullptr);
    if (!proposed) {
        proposed = TeamUrl();
        proposed->host = QStringLiteral("localhost");
        proposed->database = QStringLiteral("crosscheck");
        proposed->user = qEnvironmentVariable("USER", QStringLiteral("analyst"));
    }
    proposed->project = project;
    TeamConnectDialog dialog(TeamConnectDialog::Purpose(purpose), *proposed, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    TeamUrl url = dialog.url();
    TeamUrl remembered = url;
    remembered.password.clear();
    remembered.project.clear();
    kLastServer.setValue(remembered.display());
    m_remember.reset();
    if (dialog.rememberPassword()) {
        m_remember = url;
    } else if (url.password.isEmpty()) {
        // Kept in the keyring earlier; else libpq's ~/.pgpass, else the server asks.
        if (const std::optional<QString> kept = TeamPasswords::read(url))
            url.password = *kept;
    }
    return url;
}

void TeamActions::run(Core::TeamTransfer *transfer, const QString &title, const QString &label,
                      std::function<void(Core::TeamTransfer &)> done)
{
    m_transfer = transfer;
    m_progress = new ProgressDialog(title, label, m_window, WorkContext::focusWidget());
    connect(m_progress, &ProgressDialog::canceled, transfer, &Core::TeamTransfer::cancel);
    connect(transfer, &Core::TeamTransfer::progress, this, [this](qint64 d, qint64 t) {
        if (m_progress && t > 0)
            m_progress->setProgress(int(d * 1000 / t), 1000);
    });
    connect(transfer, &Core::TeamTransfer::finished, this, [this, transfer, title, label, done] {
        if (m_progress)
            m_progress->finish();
        const Core::TeamTransfer::Result r = transfer->result();
        m_transfer = nullptr;
        if (r.ok && m_remember && m_remember->password == transfer->url().password) {
            QString why;
            if (!TeamPasswords::write(*m_remember, m_remember->password, &why))
                emit statusMessage(tr("The password was not kept in the keyring (%1); it is "
                                      "used for this session only.")
                                       .arg(why),
                                   Severity::Error);
            m_remember.reset();
        }
        // Refused without a password: ask for one (for this session only) and try again.
        if (!r.ok && !r.cancelled && r.notConnected && transfer->url().password.isEmpty()) {
            bool ok = false;
            const QString password = QInputDialog::getText(
                m_window, title,
                tr("%1\n\nIf the server needs a password for %2, enter it (it is used for this "
                   "session only and never stored; ~/.pgpass spares you the question):")
                    .arg(r.error, transfer->url().user),
                QLineEdit::Password, QString(), &ok);
            if (ok && !password.isEmpty()) {
                Core::Storage::TeamUrl withPassword = transfer->url();
                withPassword.password = password;
                transfer->deleteLater();
                run(transfer->again(withPassword, this), title, label, done);
                return;
            }
        }
        done(*transfer);
        transfer->deleteLater();
        updateActions();
    });
    updateActions();
    transfer->start();
}

void TeamActions::publish()
{
    Core::Project *p = m_session.project();
    if (!p || isBusy())
        return;
    const QString title = tr("Publish to Team Server");
    const std::optional<Core::Storage::TeamUrl> url = askUrl(
        int(TeamConnectDialog::Purpose::Publish), QFileInfo(p->filePath()).completeBaseName());
    if (!url)
        return;
    if (url->project.trimmed().isEmpty()) {
        QMessageBox::warning(m_window, title, tr("The URL names no team project (?project=NAME)."));
        return;
    }
    // A consistent copy of the open project is what goes to the server, read on the worker.
    auto folder = std::make_shared<QTemporaryDir>();
    const QString snapshot = folder->filePath(QStringLiteral("publish.crosscheck"));
    QString error;
    if (!folder->isValid() || !p->saveCopyAs(snapshot, &error)) {
        QMessageBox::warning(m_window, title, tr("The project could not be copied: %1").arg(error));
        return;
    }
    auto *transfer = new Core::TeamTransfer(Core::TeamTransfer::Kind::Publish, *url, snapshot,
                                            url->project, this);
    const QString shown = url->display();
    run(transfer, title, tr("Publishing to %1…").arg(shown),
        [this, folder, title, shown](Core::TeamTransfer &t) {
            const Core::TeamTransfer::Result r = t.result();
            if (r.ok)
                emit statusMessage(tr("Published as %1").arg(shown), Severity::Result);
            else if (!r.cancelled)
                QMessageBox::warning(m_window, title,
                                     tr("The project was not published: %1").arg(r.error));
        });
}

void TeamActions::clone()
{
    if (isBusy())
        return;
    const QString title = tr("Clone Team Project");
    const std::optional<Core::Storage::TeamUrl> url =
        askUrl(int(TeamConnectDialog::Purpose::Clone), QString());
    if (!url)
        return;
    const auto cloneInto = [this, title](const Core::Storage::TeamUrl &u) {
        const QString path = QFileDialog::getSaveFileName(
            m_window, title,
            ProjectSession::startFolder() + u'/' + u.project + QStringLiteral(".crosscheck"),
            tr("Crosscheck projects (*.crosscheck)"), nullptr,
            // A clone never replaces a file, so the dialog must not offer to.
            QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return;
        if (QFileInfo::exists(path)) {
            QMessageBox::warning(m_window, title,
                                 tr("%1 already exists; choose a new file name.")
                                     .arg(QDir::toNativeSeparators(path)));
            return;
        }
        auto *transfer =
            new Core::TeamTransfer(Core::TeamTransfer::Kind::Clone, u, path, u.project, this);
        run(transfer, title, tr("Cloning %1…").arg(u.project),
            [this, title, path](Core::TeamTransfer &t) {
                const Core::TeamTransfer::Result r = t.result();
                if (r.ok) {
                    m_files.openProject(path);
                } else if (!r.cancelled) {
                    QMessageBox::warning(m_window, title,
                                         tr("The team project was not cloned: %1").arg(r.error));
                }
            });
    };
    withProject(*url, title, cloneInto);
}

void TeamActions::withProject(const Core::Storage::TeamUrl &url, const QString &title,
                              std::function<void(const Core::Storage::TeamUrl &)> then)
{
    if (!url.project.trimmed().isEmpty()) {
        then(url);
        return;
    }
    // No project named: list the server's, then ask which.
    auto *list = new Core::TeamTransfer(Core::TeamTransfer::Kind::List, url, {}, {}, this);
    run(list, title, tr("Connecting to %1…").arg(url.display()),
        [this, title, url, then](Core::TeamTransfer &t) {
            const Core::TeamTransfer::Result r = t.result();
            if (!r.ok) {
                if (!r.cancelled)
                    QMessageBox::warning(m_window, title, r.error);
                return;
            }
            if (r.projects.empty()) {
                QMessageBox::information(m_window, title,
                                         tr("There are no team projects on this server yet."));
                return;
            }
            QStringList names;
            for (const auto &p : r.projects)
                names << p.name;
            bool ok = false;
            const QString name =
                QInputDialog::getItem(m_window, title, tr("Team project:"), names, 0, false, &ok);
            if (!ok)
                return;
            Core::Storage::TeamUrl chosen = url;
            chosen.project = name;
            // After this dialog ends: the list's transfer is still being torn down.
            QMetaObject::invokeMethod(
                this, [then, chosen] { then(chosen); }, Qt::QueuedConnection);
        });
}

void TeamActions::openTeam()
{
    if (isBusy())
        return;
    const QString title = tr("Open Team Project");
    const std::optional<Core::Storage::TeamUrl> url =
        askUrl(int(TeamConnectDialog::Purpose::Open), QString());
    if (!url)
        return;
    withProject(*url, title, [this, title](const Core::Storage::TeamUrl &u) {
        const QString path = ProjectSession::replicaPath(u);
        const auto openIt = [this, title, path](const Core::Storage::TeamUrl &with,
                                                std::optional<qint64> clock) {
            Core::Storage::OpenStatus status;
            if (!m_session.openTeam(path, with, clock, &status))
                QMessageBox::warning(
                    m_window, title,
                    tr("The team project could not be opened: %1").arg(status.message));
        };
        // This computer's copy goes on from where it was (with what it has not sent yet), once
        // the server has taken the login; offline it opens all the same, to work on.
        if (QFileInfo::exists(path)) {
            auto *check = new Core::TeamTransfer(Core::TeamTransfer::Kind::List, u, {}, {}, this);
            run(check, title, tr("Connecting to %1…").arg(u.display()),
                [openIt](Core::TeamTransfer &t) { openIt(t.url(), std::nullopt); });
            return;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto *transfer =
            new Core::TeamTransfer(Core::TeamTransfer::Kind::Clone, u, path, u.project, this);
        run(transfer, title, tr("Opening %1…").arg(u.project),
            [this, title, openIt](Core::TeamTransfer &t) {
                const Core::TeamTransfer::Result r = t.result();
                if (r.ok)
                    openIt(t.url(), r.clock);
                else if (!r.cancelled)
                    QMessageBox::warning(
                        m_window, title,
                        tr("The team project could not be opened: %1").arg(r.error));
            });
    });
}

} // namespace Crosscheck::Ui
