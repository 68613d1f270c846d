// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/project/teamsync.h>

#include <QDialog>
#include <QPointer>

#include <vector>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace Crosscheck::Core {
class Project;
class TeamSession;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// An edit the team server refused, shown with both versions field by field: what the analyst
/// wrote and what the team has now, who changed it and when. The analyst picks Yours or
/// Theirs for each field and applies; Keep All Mine, Keep All Theirs, or Decide Later (the
/// edit stays kept on this computer, never dropped: File › Resolve Team Conflicts…).
class TeamConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    TeamConflictDialog(Core::TeamSession &team, const Core::Project &project, QString key,
                       QWidget *parent);

    /// The fields shown, in order, and whether theirs is chosen for each.
    const std::vector<Core::ConflictField> &fields() const { return m_fields; }
    void chooseTheirs(int field, bool theirs);
    /// Resolves with the choices made; false with \a error (the dialog stays open then).
    bool apply(QString *error);

signals:
    void statusMessage(const QString &text);

private:
    QString describeField(const Core::ConflictField &f) const;
    QString describeValue(const Core::ConflictField &f, const QJsonValue &v, bool mine) const;
    void finishWith(bool ok, const QString &error);
    /// Shows the fields as they differ now.
    void rebuild();

    QPointer<Core::TeamSession> m_team;
    const Core::Project &m_project;
    QString m_key;
    std::vector<Core::ConflictField> m_fields;
    std::vector<QButtonGroup *> m_choices;
    QLabel *m_problem = nullptr;
    QLabel *m_hint = nullptr;
    QGridLayout *m_grid = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Crosscheck::Ui
