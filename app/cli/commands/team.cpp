// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli publish FILE.crosscheck URL · clone URL FILE.crosscheck · team-projects URL
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/storage/teamserver.h>

namespace Crosscheck::Cli {

namespace {

using Core::Storage::TeamServer;
using Core::Storage::TeamUrl;

TeamServer::Progress progressOf(const QString &stage)
{
    return [stage](qint64 done, qint64 total) {
        reportProgress(stage, size_t(done), size_t(total));
        return true;
    };
}

} // namespace

int runPublish(const Invocation &in)
{
    TeamServer server;
    const std::optional<TeamUrl> url = connectTeam(in.args.at(1), server, true);
    if (!url)
        return Failure;
    QString error;
    const bool ok =
        server.publish(in.args.at(0), url->project, progressOf(CliText::tr("publish")), &error);
    endProgress();
    if (!ok) {
        problem(error);
        return Failure;
    }
    line(CliText::tr("Published %1 as %2").arg(in.args.at(0), url->display()));
    return Success;
}

int runClone(const Invocation &in)
{
    TeamServer server;
    const std::optional<TeamUrl> url = connectTeam(in.args.at(0), server, true);
    if (!url)
        return Failure;
    QString error;
    const bool ok =
        server.clone(url->project, in.args.at(1), progressOf(CliText::tr("clone")), &error);
    endProgress();
    if (!ok) {
        problem(error);
        return Failure;
    }
    line(CliText::tr("Cloned %1 into %2").arg(url->display(), in.args.at(1)));
    return Success;
}

int runTeamProjects(const Invocation &in)
{
    TeamServer server;
    if (!connectTeam(in.args.at(0), server, false))
        return Failure;
    QString error;
    const auto projects = server.projects(&error);
    if (!projects) {
        problem(error);
        return Failure;
    }
    for (const TeamServer::ProjectInfo &p : *projects)
        line(QStringLiteral("%1\t%2\t%3\t%4")
                 .arg(p.name, CliText::tr("%n source(s)", nullptr, p.sources), p.publishedBy,
                      p.publishedAt));
    return Success;
}

} // namespace Crosscheck::Cli
