// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Crosscheck::Cli {

/// Exit codes of crosscheck-cli.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// Runs one crosscheck-cli command (arguments without the program name). Results go to
/// stdout; one line per problem goes to stderr.
int run(const QStringList &arguments);

} // namespace Crosscheck::Cli
