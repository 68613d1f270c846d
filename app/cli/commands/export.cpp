// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli export FILE.crosscheck --format F -o OUT [--bom]
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/formats/exporter.h>
#include <core/project/project.h>

namespace Crosscheck::Cli {

int runExport(const Invocation &in)
{
    const Command &self = *findCommand(QStringLiteral("export"));
    const QString format = in.value("format");
    const QString out = in.value("output");
    if (format.isEmpty() || out.isEmpty())
        return usageError(self, CliText::tr("export: --format and -o are required"));
    const std::optional<Core::Formats::Format> f = Core::Formats::formatFromName(format);
    if (!f)
        return usageError(
            self, CliText::tr("export: format %1 is not available (%2)")
                      .arg(format, Core::Formats::formatNames().join(QStringLiteral(", "))));
    auto project = openProject(in.args.first(), false);
    if (!project)
        return Failure;
    QString error;
    Core::Formats::Options options;
    options.bom = in.isSet("bom");
    const QString stage = CliText::tr("export");
    options.progress = [&](int done, int total) {
        if (total > 1)
            reportProgress(stage, size_t(done), size_t(total));
        return true;
    };
    const bool ok = Core::Formats::write(*project, *f, out, options, &error);
    endProgress();
    if (!ok) {
        problem(error);
        return Failure;
    }
    if (*f == Core::Formats::Format::Html || *f == Core::Formats::Format::Pdf)
        line(CliText::tr("Wrote the report to %1").arg(out));
    else
        line(CliText::tr("Wrote %n annotation(s) to %1", nullptr,
                         int(project->mentions().size() + project->links().size()))
                 .arg(out));
    return Success;
}

} // namespace Crosscheck::Cli
