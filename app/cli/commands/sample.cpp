// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli sample FILE.crosscheck
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/project/project.h>
#include <core/project/sampleproject.h>

namespace Crosscheck::Cli {

int runSample(const Invocation &in)
{
    Core::Storage::OpenStatus status;
    QStringList problems;
    auto project = Core::SampleProject::create(in.args.first(), &status, &problems);
    if (!project) {
        problem(status.message);
        return Failure;
    }
    for (const QString &p : problems)
        problem(p);
    line(CliText::tr("Wrote the sample project with %n source(s) to %1", nullptr,
                     project->sourceCount())
             .arg(in.args.first()));
    return problems.isEmpty() ? Success : Failure;
}

} // namespace Crosscheck::Cli
