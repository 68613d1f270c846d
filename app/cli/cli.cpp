// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "command.h"
#include "output.h"

#include <QCoreApplication>

namespace Crosscheck::Cli {

namespace {
/// Parses \a args for \a c with one QCommandLineParser; false after a usage error.
bool parse(const Command &c, const QStringList &args, QCommandLineParser *parser, int *code)
{
    for (const OptionSpec &o : c.options) {
        const QStringList names = QString::fromLatin1(o.names).split(u',');
        parser->addOption(
            o.valueName ? QCommandLineOption(names, translated(o.help), QLatin1String(o.valueName))
                        : QCommandLineOption(names, translated(o.help)));
    }
    parser->addHelpOption();
    parser->setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser->parse(QStringList{QString::fromLatin1(c.name)} + args)) {
        *code = usageError(
            c, parser->unknownOptionNames().isEmpty()
                   ? QStringLiteral("%1: %2").arg(QLatin1String(c.name), parser->errorText())
                   : CliText::tr("%1: unknown option %2")
                         .arg(QLatin1String(c.name),
                              QStringLiteral("--") + parser->unknownOptionNames().first()));
        return false;
    }
    if (parser->isSet(QStringLiteral("help")))
        return true;
    const int n = int(parser->positionalArguments().size());
    if (n < c.minArgs || (c.maxArgs >= 0 && n > c.maxArgs)) {
        *code = usageError(
            c,
            CliText::tr("%1: expected %2").arg(QLatin1String(c.name), QLatin1String(c.arguments)));
        return false;
    }
    return true;
}
} // namespace

int usageError(const Command &command, const QString &message)
{
    problem(message);
    print(stderr, commandUsage(command));
    return UsageError;
}

int run(const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--version"))) {
        line(QStringLiteral("crosscheck-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }
    const QString name = arguments.value(0);
    if (name == QLatin1String("help") || name == QLatin1String("--help") ||
        name == QLatin1String("-h")) {
        const Command *c = findCommand(arguments.value(1));
        print(stdout, c ? commandUsage(*c) : usage());
        return Success;
    }
    const Command *command = findCommand(name);
    if (!command) {
        problem(name.isEmpty() ? CliText::tr("missing command")
                               : CliText::tr("unknown command: %1").arg(name));
        print(stderr, usage());
        return UsageError;
    }
    QCommandLineParser parser;
    int code = Success;
    if (!parse(*command, arguments.mid(1), &parser, &code))
        return code;
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, commandUsage(*command));
        return Success;
    }
    return finishTeamWrites(command->run({parser.positionalArguments(), &parser}));
}

} // namespace Crosscheck::Cli
