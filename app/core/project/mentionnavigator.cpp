// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentionnavigator.h"
#include "project.h"

#include <algorithm>
#include <utility>

namespace Crosscheck::Core {

MentionNavigator::MentionNavigator(const Project &project)
    : m_project(project)
{}

std::optional<MentionNavigator::Step>
MentionNavigator::step(std::vector<Mention> mentions, SourceId here, int pos, int direction) const
{
    if (mentions.empty())
        return std::nullopt;
    const auto key = [this](SourceId source, int at) {
        return std::make_pair(m_project.rowOf(source), at);
    };
    std::sort(mentions.begin(), mentions.end(), [&key](const Mention &a, const Mention &b) {
        return key(a.source, a.span.start) < key(b.source, b.span.start);
    });
    const auto now = key(here, pos);
    size_t target = 0;
    if (direction > 0) {
        const auto it = std::find_if(mentions.begin(), mentions.end(), [&](const Mention &m) {
            return key(m.source, m.span.start) > now;
        });
        target = it == mentions.end() ? 0 : size_t(it - mentions.begin()); // around again
    } else {
        const auto it = std::find_if(mentions.rbegin(), mentions.rend(), [&](const Mention &m) {
            return key(m.source, m.span.start) < now;
        });
        target = it == mentions.rend() ? mentions.size() - 1 : size_t(mentions.rend() - it) - 1;
    }
    return Step{mentions[target], int(target), int(mentions.size())};
}

} // namespace Crosscheck::Core
