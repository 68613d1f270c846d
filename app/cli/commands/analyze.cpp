// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli analyze FILE.crosscheck [--full]
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/analysis/analysissession.h>
#include <core/project/project.h>
#include <core/storage/teamserver.h>

#include <QElapsedTimer>

namespace Crosscheck::Cli {

int runAnalyze(const Invocation &in)
{
    // Passages are not kept on the team server (each window finds them in its own replica):
    // a team project is analysed in a copy of it, and the figures are said.
    const bool team = Core::Storage::TeamUrl::isUrl(in.args.first());
    auto project = team ? openTeamCopy(in.args.first()) : openProject(in.args.first(), true);
    if (!project)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    const auto progress = [](const char *stage, size_t done, size_t total) {
        reportProgress(QString::fromLatin1(stage), done, total);
    };
    const Core::AnalysisSession::Result r =
        Core::AnalysisSession::runBlocking(project.get(), in.isSet("full"), progress);
    const auto inACopy = [team] {
        if (team)
            line(CliText::tr("(found in a copy: passages are not kept on the team server; each "
                             "analyst's window finds them in its own copy of the project)"));
    };
    if (r.upToDate) {
        line(CliText::tr("Up to date: %n passage pair(s), nothing to analyse", nullptr,
                         int(project->passages().size())));
        inACopy();
        return Success;
    }
    endProgress();
    if (!r.applied) {
        problem(in.args.first() + QStringLiteral(": ") + r.error);
        return Failure;
    }
    line(CliText::tr("Analysed %1 of %2 source(s) in %3 s (%4): %5 passage pair(s) in the project")
             .arg(r.analysed)
             .arg(project->sourceCount())
             .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
             .arg(r.replaceAll ? CliText::tr("full") : CliText::tr("incremental"))
             .arg(project->passages().size()));
    inACopy();
    return Success;
}

} // namespace Crosscheck::Cli
