// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusmessage.h"

#include <QObject>

class QWidget;

namespace Crosscheck::Ui {

class ActionRegistry;
class Navigator;
class ProjectSession;
class WorkContext;

/// Review.* and View.Review: verdicts on passages (A, X, U in the compare view and the
/// passage list; accept and reject in review mode), and the review queue's items: edit,
/// retype, note, skip, rebuild. Every decision goes through Core's ReviewQueue.
class ReviewActions final : public QObject
{
    Q_OBJECT
public:
    ReviewActions(ActionRegistry &actions, ProjectSession &session, WorkContext &context,
                  Navigator &navigator, QWidget *dialogParent);

    /// Edit Item (E) or, with \a retypeOnly, Retype (T) on the current review item.
    void editItem(bool retypeOnly);
    void noteOnItem();

signals:
    void statusMessage(const QString &text, Crosscheck::Ui::Severity severity);

private:
    enum class Verdict { Confirm, Dismiss, Clear };
    void setVerdict(Verdict verdict);
    bool editEntityItem(bool retypeOnly);
    bool editContradictionItem(bool retypeOnly);

    ActionRegistry &m_actions;
    ProjectSession &m_session;
    WorkContext &m_context;
    Navigator &m_navigator;
    QWidget *m_dialogParent;
};

} // namespace Crosscheck::Ui
