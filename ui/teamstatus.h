// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusmessage.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QWidget;

namespace Crosscheck::Core {
class Project;
class TeamSession;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class ProjectSession;

/// What the window says about a team project open live: the server and the analyst (in the
/// status bar and, through title(), the title bar), a banner while the server cannot be
/// reached, a line per edit another analyst made, and for an edit the server refused both
/// versions field by field (TeamConflictDialog). No domain rule here: the session decides.
class TeamStatus final : public QObject
{
    Q_OBJECT
public:
    TeamStatus(ProjectSession &session, QLabel *banner, QLabel *statusLabel, QWidget *window);

    /// The window title for the open project ("Kano floods — ana on db.desk.example — Crosscheck"),
    /// empty when it is not a team project.
    QString title() const;

signals:
    void titleChanged();
    void statusMessage(const QString &text, Crosscheck::Ui::Severity severity);

private:
    void projectChanged(Core::Project *project);
    void update();
    /// The server refused an edit: both versions, field by field (TeamConflictDialog).
    void refused();

    ProjectSession &m_session;
    QLabel *m_banner;
    QLabel *m_label;
    QWidget *m_window;
    QPointer<Core::TeamSession> m_team;
    QPointer<QWidget> m_dialog; // the refused edit shown now
};

} // namespace Crosscheck::Ui
