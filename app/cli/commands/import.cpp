// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli import FILE.crosscheck PATH...
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/importers/importjob.h>
#include <core/project/project.h>

namespace Crosscheck::Cli {

int runImport(const Invocation &in)
{
    auto project = openProject(in.args.first(), true);
    if (!project)
        return Failure;
    const Core::ImportSession::Result result =
        Core::ImportSession::runBlocking(project.get(), in.args.mid(1));
    for (const QString &p : result.problems)
        problem(p);
    QString summary = CliText::tr("Imported %n source(s)", nullptr, result.added);
    if (result.alreadyPresent > 0)
        summary += QStringLiteral("; ") +
                   CliText::tr("%n already in the project", nullptr, result.alreadyPresent);
    if (!result.problems.isEmpty())
        summary += QStringLiteral("; ") +
                   CliText::tr("%n file(s) not imported", nullptr, int(result.problems.size()));
    line(summary);
    return result.problems.isEmpty() ? Success : Failure;
}

} // namespace Crosscheck::Cli
