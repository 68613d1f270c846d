// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"
#include "project/undostack.h"

#include <vector>

namespace Crosscheck::Core {

class Project;

/// Records the analyst's verdict (confirmed, dismissed, or none) on one or more passage pairs.
class SetPassageReviewCommand final : public UndoCommand
{
public:
    SetPassageReviewCommand(Project *project, std::vector<Analysis::PassageReview> before,
                            std::vector<Analysis::PassageReview> after);
    bool redo(QString *error) override;
    bool undo(QString *error) override;

private:
    Project *m_project;
    std::vector<Analysis::PassageReview> m_before;
    std::vector<Analysis::PassageReview> m_after;
};

} // namespace Crosscheck::Core
