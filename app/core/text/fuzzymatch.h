// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crosscheck::Core::Text {

/// How well \a needle matches \a hay as a command palette matches: its letters in order,
/// not necessarily adjacent ("rvw" in "Review Mode"), case-insensitive. Higher is better: a
/// match at the start of \a hay or of its words, and runs of adjacent letters, score more;
/// -1 when the letters are not all there in order. An empty needle matches everything (0).
int fuzzyScore(const QString &needle, const QString &hay);

} // namespace Crosscheck::Core::Text
