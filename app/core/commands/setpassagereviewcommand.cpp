// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setpassagereviewcommand.h"
#include "project/project.h"

#include <QCoreApplication>

namespace Crosscheck::Core {

namespace {
QString describe(Analysis::ReviewStatus status, int n)
{
    switch (status) {
    case Analysis::ReviewStatus::Confirmed:
        return QCoreApplication::translate("Crosscheck::Core::Project", "Confirm %n passage(s)",
                                           nullptr, n);
    case Analysis::ReviewStatus::Dismissed:
        return QCoreApplication::translate("Crosscheck::Core::Project", "Dismiss %n passage(s)",
                                           nullptr, n);
    case Analysis::ReviewStatus::Unreviewed:
        break;
    }
    return QCoreApplication::translate("Crosscheck::Core::Project",
                                       "Clear the verdict on %n passage(s)", nullptr, n);
}
} // namespace

SetPassageReviewCommand::SetPassageReviewCommand(Project *project,
                                                 std::vector<Analysis::PassageReview> before,
                                                 std::vector<Analysis::PassageReview> after)
    : UndoCommand(
          describe(after.empty() ? Analysis::ReviewStatus::Unreviewed : after.front().status,
                   int(after.size())))
    , m_project(project)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

bool SetPassageReviewCommand::redo(QString *error)
{
    return m_project->teamStillHas(m_before, error) &&
           m_project->writeReviews(m_after, QStringLiteral("review-passages"), error, text());
}

bool SetPassageReviewCommand::undo(QString *error)
{
    return m_project->teamStillHas(m_after, error) &&
           m_project->writeReviews(m_before, QStringLiteral("undo-review-passages"), error, text());
}

} // namespace Crosscheck::Core
