// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusmessage.h"
#include "workcontext.h"

#include <QObject>

#include <memory>

namespace Crosscheck::Core {
class OverlapIndex;
class Project;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class ActionRegistry;
class ProjectSession;

/// Moves the analyst around: the tabs, the View.* and Compare.* actions (stepping works from
/// anywhere), and the requests to show a source span, a passage, a pair, a family or both
/// sides of a link. Keeps the overlap views on the current overlap index.
class Navigator final : public QObject
{
    Q_OBJECT
public:
    Navigator(ActionRegistry &actions, ProjectSession &session, WorkContext &context,
              QObject *parent);

    void showTab(QWidget *tab);
    void showSpan(Core::SourceId source, Core::Analysis::Span span);
    /// The passage with the same pair and spans as the project's passage \a projectPassage.
    void showProjectPassage(int projectPassage);
    void showPassage(int passage); ///< a global index of the overlap index
    void showPair(Core::SourceId a, Core::SourceId b);
    void showFamily(int family);
    void revealLink(qint64 link);
    /// The overlap index the views show, brought up to date first.
    std::shared_ptr<const Core::OverlapIndex> overlapIndex();

signals:
    void statusMessage(const QString &text, Crosscheck::Ui::Severity severity);

private:
    void connectViewActions();
    void connectCompareActions();
    void connectViews();
    /// Gives the overlap views the current index when it is stale (a wait cursor meanwhile).
    void refreshOverlapViews();
    bool showsOverlaps() const;
    /// Brings the compare view up for a step and says whether \a step may run now.
    bool prepareStep();
    void onProjectChanged(Core::Project *project);

    ActionRegistry &m_actions;
    ProjectSession &m_session;
    WorkContext &m_context;
    const Views m_views;
    std::shared_ptr<const Core::OverlapIndex> m_shown; ///< what the overlap views show
};

} // namespace Crosscheck::Ui
