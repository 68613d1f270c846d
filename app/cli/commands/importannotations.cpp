// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli import-annotations FILE.crosscheck ANNOTATIONS.jsonld
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/formats/webannotation.h>
#include <core/project/project.h>

#include <QFile>

namespace Crosscheck::Cli {

int runImportAnnotations(const Invocation &in)
{
    const QString file = in.args.at(1);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        problem(file + QStringLiteral(": ") + f.errorString());
        return Failure;
    }
    auto project = openProject(in.args.first(), true);
    if (!project)
        return Failure;
    QString error;
    const auto report = Core::Formats::WebAnnotation::import(*project, f.readAll(), &error);
    if (!error.isEmpty()) {
        problem(file + QStringLiteral(": ") + error);
        return Failure;
    }
    for (const QString &p : report.problems)
        problem(file + QStringLiteral(": ") + p);
    line(CliText::tr("Imported %1 mention(s) and %2 link(s); %3 annotation(s) not anchored")
             .arg(report.mentions)
             .arg(report.links)
             .arg(report.problems.size()));
    return report.problems.isEmpty() ? Success : Failure;
}

} // namespace Crosscheck::Cli
