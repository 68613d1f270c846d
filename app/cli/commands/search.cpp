// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli search FILE.crosscheck QUERY [--regex] [--entity NAME] [--source ID] [--jsonl]
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/project/project.h>
#include <core/search/projectsearch.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace Crosscheck::Cli {

namespace {

/// The source an option names: its id, its label (file name without extension) or its title.
Core::SourceId sourceNamed(const Core::Project &project, const QString &name)
{
    bool isNumber = false;
    const qint64 id = name.toLongLong(&isNumber);
    for (const Core::Source &s : project.sources()) {
        if ((isNumber && s.id == id) || sourceLabel(s) == name || s.meta.title == name)
            return s.id;
    }
    return 0;
}

} // namespace

int runSearch(const Invocation &in)
{
    const Command &self = *findCommand(QStringLiteral("search"));
    auto project = openProject(in.args.at(0), false);
    if (!project)
        return Failure;
    Core::Search::ProjectSearch search(project.get());
    Core::Search::SearchRequest request;
    request.text = in.args.at(1);
    request.regex = in.isSet("regex");
    request.matchCase = in.isSet("match-case");
    if (in.isSet("entity")) {
        request.entity = search.entityNamed(in.value("entity"));
        if (!request.entity) {
            problem(CliText::tr("search: the registry has no entity named “%1”")
                        .arg(in.value("entity")));
            return UsageError;
        }
    }
    for (const QString &name : in.parser->values(QStringLiteral("source"))) {
        const Core::SourceId id = sourceNamed(*project, name);
        if (!id)
            return usageError(self, CliText::tr("search: no source %1 in the project").arg(name));
        request.filters.sources << id;
    }
    std::unique_ptr<Core::Search::SearchRun> run = search.start(request);
    if (!run->error().isEmpty()) {
        problem(CliText::tr("search: %1").arg(run->error()));
        return UsageError;
    }
    const bool jsonl = in.isSet("jsonl");
    if (!jsonl && !run->expansions().isEmpty())
        problem(CliText::tr("also searched: %1").arg(run->expansions().join(QStringLiteral(", "))));
    CodePointCache cps(*project);
    int count = 0;
    while (!run->atEnd()) {
        for (const Core::Search::SourceHits &sh : run->next(32)) {
            const QString label = sourceLabel(project->source(sh.source));
            for (const Core::Search::SearchHit &hit : sh.hits) {
                ++count;
                const Core::Search::HitContext context = Core::Search::contextOf(sh.text, hit.span);
                const Core::Entity *entity = project->entity(hit.entity);
                const int start = cps.at(sh.source, hit.span.start);
                const int end = cps.at(sh.source, hit.span.end);
                if (jsonl) {
                    const QJsonObject o{
                        {QStringLiteral("source"), label},
                        {QStringLiteral("start"), start},
                        {QStringLiteral("end"), end},
                        {QStringLiteral("text"), context.hit},
                        {QStringLiteral("context"), context.joined()},
                        {QStringLiteral("entity"),
                         entity ? QJsonValue(entity->name) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("tagged"), hit.tagged}};
                    line(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
                } else {
                    line(QStringLiteral("%1\t%2-%3\t%4\t%5")
                             .arg(label)
                             .arg(start)
                             .arg(end)
                             .arg(context.before + u'[' + context.hit + u']' + context.after)
                             .arg(entity ? (hit.tagged
                                                ? entity->name
                                                : CliText::tr("%1 (untagged)").arg(entity->name))
                                         : QString()));
                }
            }
        }
    }
    return count > 0 ? Success : Failure;
}

} // namespace Crosscheck::Cli
