// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamstatus.h"

#include "projectsession.h"
#include "teamconflictdialog.h"

#include <core/project/project.h>
#include <core/project/teamsession.h>
#include <core/project/teamsync.h>

#include <QLabel>

namespace Crosscheck::Ui {

TeamStatus::TeamStatus(ProjectSession &session, QLabel *banner, QLabel *statusLabel,
                       QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_banner(banner)
    , m_label(statusLabel)
    , m_window(window)
{
    connect(&m_session, &ProjectSession::projectChanged, this, &TeamStatus::projectChanged);
    m_label->hide();
}

QString TeamStatus::title() const
{
    const Core::Project *p = m_session.project();
    if (!m_team || !p)
        return {};
    const QString who = m_team->login().isEmpty() ? tr("(not connected yet)") : m_team->login();
    return tr("%1 — %2 on %3 — Crosscheck").arg(m_team->projectName(), who, m_team->serverName());
}

void TeamStatus::projectChanged(Core::Project *)
{
    m_team = m_session.team();
    if (m_team) {
        connect(m_team, &Core::TeamSession::onlineChanged, this, &TeamStatus::update);
        connect(m_team, &Core::TeamSession::pendingChanged, this, &TeamStatus::update);
        connect(m_team, &Core::TeamSession::teamActivity, this,
                [this](const QString &author, const QString &what) {
                    emit statusMessage(tr("%1: %2").arg(author, what), Severity::Info);
                });
        connect(m_team, &Core::TeamSession::editRefused, this, &TeamStatus::refused);
        connect(m_team, &Core::TeamSession::failed, this,
                [this](const QString &message) { emit statusMessage(message, Severity::Error); });
    }
    update();
}

void TeamStatus::update()
{
    if (!m_team) {
        m_label->hide();
        return;
    }
    const int pending = m_team->pendingCount();
    m_label->setText(m_team->isOnline()
                         ? tr("Team: %1 on %2").arg(m_team->login(), m_team->serverName())
                         : tr("Team: offline"));
    m_label->show();
    m_banner->setVisible(!m_team->isOnline());
    m_banner->setText(
        pending == 0
            ? tr("Offline — %1 cannot be reached. You can go on working: your edits are kept on "
                 "this computer and sent when it is back.")
                  .arg(m_team->serverName())
            : tr("Offline — %n edit(s) kept on this computer, will be sent when %1 is back. You "
                 "can go on working.",
                 nullptr, pending)
                  .arg(m_team->serverName()));
    m_banner->setToolTip(m_team->offlineReason());
    m_label->setToolTip(m_team->offlineReason());
    emit titleChanged();
}

void TeamStatus::refused()
{
    if (!m_team)
        return;
    const auto conflicts = m_team->conflicts();
    if (conflicts.empty())
        return;
    const Core::Project *p = m_session.project();
    if (!p)
        return;
    // Both versions, field by field; Decide Later keeps it (File › Resolve Team Conflicts…).
    if (m_dialog)
        return; // one at a time: the others wait in File › Resolve Team Conflicts…
    auto *dialog = new TeamConflictDialog(*m_team, *p, conflicts.back().key, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

} // namespace Crosscheck::Ui
