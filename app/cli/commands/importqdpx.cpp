// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli import-qdpx PROJECT.qdpx FILE.crosscheck
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/formats/qdpx/qdpx.h>
#include <core/project/project.h>

namespace Crosscheck::Cli {

int runImportQdpx(const Invocation &in)
{
    Core::Formats::Qdpx::ImportReport report;
    QString error;
    if (!Core::Formats::Qdpx::createProject(in.args.at(0), in.args.at(1), &report, &error)) {
        problem(error);
        return Failure;
    }
    line(CliText::tr("Imported into %1: %2").arg(in.args.at(1), report.counts()));
    if (!report.notMapped.isEmpty()) {
        line(CliText::tr("Not mapped (%n):", nullptr, int(report.notMapped.size())));
        for (const QString &p : std::as_const(report.notMapped))
            line(QStringLiteral("  ") + p);
    }
    return Success;
}

} // namespace Crosscheck::Cli
