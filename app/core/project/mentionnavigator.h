// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <optional>
#include <vector>

namespace Crosscheck::Core {

class Project;

/// Steps through mentions in reading order: by the source's row in the project, then by
/// position, wrapping around at either end (F3 / Shift+F3).
class MentionNavigator final
{
public:
    struct Step
    {
        Mention mention;
        int index = 0; ///< 0-based position of \a mention in reading order
        int count = 0; ///< how many mentions there are to step through
    };

    explicit MentionNavigator(const Project &project);
    /// The mention after (\a direction > 0) or before the position \a pos of source \a here
    /// among \a mentions; nothing when \a mentions is empty.
    std::optional<Step> step(std::vector<Mention> mentions, SourceId here, int pos,
                             int direction) const;

private:
    const Project &m_project;
};

} // namespace Crosscheck::Core
