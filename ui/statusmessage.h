// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Crosscheck::Ui {

/// How long a status-bar message stays: one rule for the whole window (MainWindow maps it).
enum class Severity {
    Info,   ///< a passing fact ("Mention 2 of 5")
    Hint,   ///< what to do first ("Select text first")
    Result, ///< the outcome of an action ("Imported 3 sources")
    Error,  ///< an edit was refused
    Guide,  ///< the next step of a two-step action ("Now select the other passage")
};

/// The status-bar timeout of \a severity, in milliseconds.
constexpr int timeoutFor(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return 5000;
    case Severity::Hint:
        return 6000;
    case Severity::Result:
        return 8000;
    case Severity::Error:
        return 10000;
    case Severity::Guide:
        return 15000;
    }
    return 5000;
}

} // namespace Crosscheck::Ui
