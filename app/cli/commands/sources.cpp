// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli sources FILE.crosscheck [--json]
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/project/project.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Crosscheck::Cli {

namespace {
QJsonObject toJson(const Core::Source &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("title"), s.meta.title},
        {QStringLiteral("outlet"), s.meta.outlet},
        {QStringLiteral("author"), s.meta.author},
        {QStringLiteral("url"), s.meta.url},
        {QStringLiteral("published"), s.meta.published},
        {QStringLiteral("language"), s.meta.language},
        {QStringLiteral("words"), s.wordCount},
        {QStringLiteral("imported"), s.importedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("contentHash"), s.contentHash},
        {QStringLiteral("fileName"), s.fileName},
        {QStringLiteral("format"), s.format},
        {QStringLiteral("encoding"), s.encoding},
    };
}
} // namespace

int runSources(const Invocation &in)
{
    // Listing never writes: open read-only, which also works while the GUI holds the project.
    auto project = openProject(in.args.first(), false);
    if (!project)
        return Failure;
    if (in.isSet("json")) {
        QJsonArray array;
        for (const Core::Source &s : project->sources())
            array.append(toJson(s));
        print(stdout, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Success;
    }
    line(QStringLiteral("%1  %2  %3  %4  %5")
             .arg(CliText::tr("ID"), 4)
             .arg(CliText::tr("Published"), -10)
             .arg(CliText::tr("Words"), 6)
             .arg(CliText::tr("Outlet"), -20)
             .arg(CliText::tr("Title")));
    for (const Core::Source &s : project->sources()) {
        line(QStringLiteral("%1  %2  %3  %4  %5")
                 .arg(s.id, 4)
                 .arg(s.meta.published.left(10), -10)
                 .arg(s.wordCount, 6)
                 .arg(s.meta.outlet.left(20), -20)
                 .arg(s.meta.title));
    }
    return Success;
}

} // namespace Crosscheck::Cli
