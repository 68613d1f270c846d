// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command table: names, arguments, one-line summaries and options of every command.
#include "command.h"
#include "output.h"

#include <QCoreApplication>

namespace Crosscheck::Cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> table = {
        {"new",
         "FILE.crosscheck",
         QT_TRANSLATE_NOOP("Crosscheck::Cli", "create an empty project"),
         {},
         1,
         1,
         runNew},
        {"import",
         "FILE.crosscheck PATH...",
         QT_TRANSLATE_NOOP("Crosscheck::Cli",
                           "import article files or folders (txt, md, html, pdf)"),
         {},
         2,
         -1,
         runImport},
        {"sources",
         "FILE.crosscheck",
         QT_TRANSLATE_NOOP("Crosscheck::Cli", "list the project's sources"),
         {{"json", nullptr, QT_TRANSLATE_NOOP("Crosscheck::Cli", "print them as a JSON array")}},
         1,
         1,
         runSources},
        {"sample",
         "FILE.crosscheck",
         QT_TRANSLATE_NOOP("Crosscheck::Cli", "write the bundled sample project"),
         {},
         1,
         1,
         runSample},
        {"overlaps",
         "PATH...",
         QT_TRANSLATE_NOOP("Crosscheck::Cli",
                           "passages shared by plain-text files (no project needed)"),
         {{"min-words", "N", QT_TRANSLATE_NOOP("Crosscheck::Cli", "shortest passage, in words")},
          {"min-shared", "N",
           QT_TRANSLATE_NOOP("Crosscheck::Cli",
                             "fingerprints two files must share to be compared")},
          {"jsonl", nullptr, QT_TRANSLATE_NOOP("Crosscheck::Cli", "one JSON object per line")},
          {"lang", "CODE",
           QT_TRANSLATE_NOOP("Crosscheck::Cli", "language of the texts (default: detected)")},
          {"threads", "N", QT_TRANSLATE_NOOP("Crosscheck::Cli", "worker threads")}},
         1,
         -1,
         runOverlaps},
        {"diff",
         "FILE_A FILE_B",
         QT_TRANSLATE_NOOP("Crosscheck::Cli", "word diff of two text files"),
         {},
         2,
         2,
         runDiff},
        {"analyze",
         "FILE.crosscheck",
         QT_TRANSLATE_NOOP("Crosscheck::Cli",
                           "find the overlaps of a project's sources (new ones only)"),
         {{"full", nullptr, QT_TRANSLATE_NOOP("Crosscheck::Cli", "analyse every source again")}},
         1,
         1,
         runAnalyze},
        {"suggest",
         "FILE.crosscheck",
         QT_TRANSLATE_NOOP(
             "Crosscheck::Cli",
             "print the pending suggestions; with --apply-above, apply those of confidence "
             ">= X as one logged step"),
         {{"kinds", "LIST",
           QT_TRANSLATE_NOOP("Crosscheck::Cli",
                             "entities,merges,contradictions,corroborations (default: all)")},
          {"jsonl", nullptr, QT_TRANSLATE_NOOP("Crosscheck::Cli", "one JSON object per line")},
          {"apply-above", "X",
           QT_TRANSLATE_NOOP("Crosscheck::Cli",
                             "apply the suggestions of at least this confidence")}},
         1,
         1,
         runSuggest},
        {"search",
         "FILE.crosscheck QUERY",
         QT_TRANSLATE_NOOP("Crosscheck::Cli",
                           "find words, \"phrases\", prefix*, AND/OR/NOT, NEAR(a b, N) or a "
                           "pattern in every source; exit 1 when nothing is found, 2 on a "
                           "malformed query"),
         {{"regex", nullptr, QT_TRANSLATE_NOOP("Crosscheck::Cli", "QUERY is a regular expression")},
          {"match-case", nullptr,
           QT_TRANSLATE_NOOP("Crosscheck::Cli",
                             "case and accents as typed, no other spellings (default: any)")},
          {"entity", "NAME",
           QT_TRANSLATE_NOOP("Crosscheck::Cli",
                             "only the hits of this registry entity (its mentions and names); "
                             "QUERY may then be empty")},
          {"source", "ID",
           QT_TRANSLATE_NOOP("Crosscheck::Cli",
                             "only in this source (id, file name or title; repeatable)")},
          {"jsonl", nullptr, QT_TRANSLATE_NOOP("Crosscheck::Cli", "one JSON object per hit")}},
         2,
         2,
         runSearch},
        {"export",
         "FILE.crosscheck",
         QT_TRANSLATE_NOOP(
             "Crosscheck::Cli",
             "write the annotations (W3C Web Annotation JSON-LD, REFI-QDA project; CSV or "
             "brat standoff files into folder OUT) or the analyst report (HTML, PDF)"),
         {{"format", "w3c|csv|brat|qdpx|html|pdf",
           QT_TRANSLATE_NOOP("Crosscheck::Cli", "what to write (required)")},
          {"o,output", "OUT",
           QT_TRANSLATE_NOOP("Crosscheck::Cli", "the file or folder to write (required)")},
          {"bom", nullptr,
           QT_TRANSLATE_NOOP("Crosscheck::Cli", "start CSV files with a byte order mark")}},
         1,
         1,
         runExport},
        {"import-annotations",
         "FILE.crosscheck ANNOTATIONS.jsonld",
         QT_TRANSLATE_NOOP("Crosscheck::Cli", "add W3C annotations, re-anchored in the sources"),
         {},
         2,
         2,
         runImportAnnotations},
        {"import-qdpx",
         "PROJECT.qdpx FILE.crosscheck",
         QT_TRANSLATE_NOOP(
             "Crosscheck::Cli",
             "a new project from a REFI-QDA project (.qdpx or .qde), with a report of what "
             "could not be mapped"),
         {},
         2,
         2,
         runImportQdpx},
        {"publish",
         "FILE.crosscheck URL",
         QT_TRANSLATE_NOOP("Crosscheck::Cli",
                           "copy a project to a team server as the team project the URL names "
                           "(postgresql://user@host:port/database?project=NAME)"),
         {},
         2,
         2,
         runPublish},
        {"clone",
         "URL FILE.crosscheck",
         QT_TRANSLATE_NOOP("Crosscheck::Cli",
                           "copy the team project the URL names into a new project file"),
         {},
         2,
         2,
         runClone},
        {"team-projects",
         "URL",
         QT_TRANSLATE_NOOP("Crosscheck::Cli", "list the team projects on a server"),
         {},
         1,
         1,
         runTeamProjects},
    };
    return table;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("Crosscheck::Cli", text);
}

namespace {

QString synopsis(const Command &c)
{
    QString s = QStringLiteral("%1 %2").arg(QLatin1String(c.name), QLatin1String(c.arguments));
    for (const OptionSpec &o : c.options) {
        const QString name = QString::fromLatin1(o.names).section(u',', -1);
        s += o.valueName ? QStringLiteral(" [--%1 %2]").arg(name, QLatin1String(o.valueName))
                         : QStringLiteral(" [--%1]").arg(name);
    }
    return s;
}

} // namespace

QString usage()
{
    QString text = CliText::tr("Usage: crosscheck-cli COMMAND [ARGUMENTS]") +
                   QStringLiteral("\n\n") + CliText::tr("Commands:") + u'\n';
    for (const Command &c : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(synopsis(c), translated(c.summary));
    return text + u'\n' +
           CliText::tr("Run “crosscheck-cli COMMAND --help” for a command's options.") + u'\n' +
           CliText::tr("Exit status: 0 success, 1 failure (one line per problem on stderr), 2 "
                       "usage error.") +
           u'\n';
}

QString commandUsage(const Command &c)
{
    QString text = CliText::tr("Usage: crosscheck-cli %1").arg(synopsis(c)) +
                   QStringLiteral("\n\n") + translated(c.summary) + u'\n';
    if (!c.options.empty())
        text += u'\n' + CliText::tr("Options:") + u'\n';
    for (const OptionSpec &o : c.options) {
        QString names;
        for (const QString &n : QString::fromLatin1(o.names).split(u','))
            names += (names.isEmpty() ? QString() : QStringLiteral(", ")) +
                     (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        if (o.valueName)
            names += u' ' + QLatin1String(o.valueName);
        text += QStringLiteral("  %1\n      %2\n").arg(names, translated(o.help));
    }
    return text;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

} // namespace Crosscheck::Cli
