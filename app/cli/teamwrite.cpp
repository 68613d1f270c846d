// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A command that changes a team project: it holds the project on the server for as long as it
// runs (a second command line writer waits, then sees these edits), works on a replica cloned
// at the start and sends its edits when it ends.
#include "cli.h"
#include "output.h"

#include <core/project/project.h>
#include <core/project/teamsync.h>
#include <core/storage/teamserver.h>

#include <QTemporaryDir>

namespace Crosscheck::Cli {

namespace {
struct TeamWrite
{
    Core::Storage::TeamServer server;
    QTemporaryDir folder;
    QString url;
    std::shared_ptr<Core::Project> project;
    std::unique_ptr<Core::TeamSync> sync;
};

std::vector<std::unique_ptr<TeamWrite>> &writes()
{
    static std::vector<std::unique_ptr<TeamWrite>> all;
    return all;
}

} // namespace

std::shared_ptr<Core::Project> openTeamProjectForWriting(const QString &urlText)
{
    auto w = std::make_unique<TeamWrite>();
    if (!w->folder.isValid()) {
        problem(w->folder.errorString());
        return nullptr;
    }
    const std::optional<Core::Storage::TeamUrl> url = connectTeam(urlText, w->server, true);
    if (!url)
        return nullptr;
    QString error;
    qint64 clock = 0;
    const QString path = w->folder.filePath(QStringLiteral("team.crosscheck"));
    if (!w->server.prepareLive(url->project, &error) ||
        !w->server.lockProject(url->project, &error) ||
        !w->server.clone(url->project, path, {}, &error, &clock)) {
        problem(error);
        return nullptr;
    }
    Core::Storage::OpenStatus status;
    std::unique_ptr<Core::Project> project = Core::Project::open(path, false, &status);
    if (!project) {
        problem(status.message);
        return nullptr;
    }
    w->project = std::move(project);
    w->sync = std::make_unique<Core::TeamSync>(*w->project, &w->server, url->project);
    if (!w->sync->attach(&error, clock)) {
        problem(error);
        return nullptr;
    }
    w->url = url->display();
    auto out = w->project;
    writes().push_back(std::move(w));
    return out;
}

int finishTeamWrites(int code)
{
    for (const std::unique_ptr<TeamWrite> &w : writes()) {
        QString error;
        const int before = w->sync->pendingCount();
        if (!w->sync->push(&error)) {
            problem(CliText::tr("%1: %2 edit(s) could not be sent: %3")
                        .arg(w->url)
                        .arg(w->sync->pendingCount())
                        .arg(error));
            code = Failure;
            continue;
        }
        const auto refused = w->sync->conflicts();
        for (const Core::Storage::OutboxEdit &e : refused)
            problem(CliText::tr("%1: not applied, %2: %3")
                        .arg(w->url, Core::TeamSync::describeConflict(e.conflict), e.label));
        if (!refused.empty())
            code = Failure;
        if (before > 0)
            problem(CliText::tr("%1: %2 edit(s) sent to the team server")
                        .arg(w->url)
                        .arg(before - int(refused.size())));
    }
    writes().clear(); // closing the connections lets the next writer in
    return code;
}

} // namespace Crosscheck::Cli
