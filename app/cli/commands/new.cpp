// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli new FILE.crosscheck
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/project/project.h>

namespace Crosscheck::Cli {

int runNew(const Invocation &in)
{
    Core::Storage::OpenStatus status;
    if (!Core::Project::create(in.args.first(), &status)) {
        problem(status.message);
        return Failure;
    }
    line(CliText::tr("Created %1").arg(in.args.first()));
    return Success;
}

} // namespace Crosscheck::Cli
