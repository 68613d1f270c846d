// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <vector>

namespace Crosscheck::Cli {

/// One option of a command: a flag (no value name) or an option with a value.
struct OptionSpec
{
    const char *names;     ///< "jsonl", or "o,output" for a short and a long name
    const char *valueName; ///< nullptr for a flag
    const char *help;      ///< translatable (QT_TRANSLATE_NOOP("Crosscheck::Cli", …))
};

/// What a command is run with: its positional arguments and its parsed options.
struct Invocation
{
    QStringList args;
    const QCommandLineParser *parser = nullptr;
    bool isSet(const char *name) const { return parser->isSet(QString::fromLatin1(name)); }
    QString value(const char *name) const { return parser->value(QString::fromLatin1(name)); }
};

/// A row of the command table (git's commands[], with each command declaring its options as
/// qbs does): help, parsing and dispatch all come from it.
struct Command
{
    const char *name;
    const char *arguments; ///< the positional arguments, as shown in the help
    const char *summary;   ///< one translatable line
    std::vector<OptionSpec> options;
    int minArgs;
    int maxArgs; ///< -1: any number
    int (*run)(const Invocation &invocation);
};

/// Every command, in help order (commands/*.cpp define the entries).
const std::vector<Command> &commands();

/// \a text (a QT_TRANSLATE_NOOP of the table) in the user's language.
QString translated(const char *text);
/// The whole help, generated from the table.
QString usage();
/// One command's help: its synopsis, summary and options.
QString commandUsage(const Command &command);
/// Prints \a message and the command's usage on stderr; returns UsageError.
int usageError(const Command &command, const QString &message);
/// The command named \a name, or nullptr.
const Command *findCommand(const QString &name);

// The commands (one file each under commands/).
int runNew(const Invocation &);
int runSample(const Invocation &);
int runImport(const Invocation &);
int runSources(const Invocation &);
int runOverlaps(const Invocation &);
int runDiff(const Invocation &);
int runAnalyze(const Invocation &);
int runSuggest(const Invocation &);
int runSearch(const Invocation &);
int runExport(const Invocation &);
int runImportAnnotations(const Invocation &);
int runImportQdpx(const Invocation &);
int runPublish(const Invocation &);
int runClone(const Invocation &);
int runTeamProjects(const Invocation &);

} // namespace Crosscheck::Cli
