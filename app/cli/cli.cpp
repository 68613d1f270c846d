#include "cli.h"

#include "importers/importjob.h"
#include "project/project.h"
#include "project/sampleproject.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Crosscheck::Cli {

/// Translation context of the command-line messages.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Cli)
};

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void line(const QString &text)
{
    print(stdout, text + u'\n');
}

void problem(const QString &text)
{
    print(stderr, text + u'\n');
}

QString usage()
{
    return CliText::tr(
        "Usage: crosscheck-cli COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  new FILE.crosscheck              create an empty project\n"
        "  import FILE.crosscheck PATH...   import article files or folders (txt, md, html, pdf)\n"
        "  sources FILE.crosscheck [--json] list the project's sources\n"
        "  sample FILE.crosscheck           write the bundled sample project\n"
        "  help                             show this text\n"
        "\n"
        "Exit status: 0 success, 1 failure (one line per problem on stderr), 2 usage error.\n");
}

int usageError(const QString &message)
{
    problem(message);
    print(stderr, usage());
    return UsageError;
}

int cmdNew(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(CliText::tr("new: expected exactly one project file"));
    Core::Storage::OpenStatus status;
    if (!Core::Project::create(args.first(), &status)) {
        problem(status.message);
        return Failure;
    }
    line(CliText::tr("Created %1").arg(args.first()));
    return Success;
}

int cmdSample(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(CliText::tr("sample: expected exactly one project file"));
    Core::Storage::OpenStatus status;
    QStringList problems;
    auto project = Core::SampleProject::create(args.first(), &status, &problems);
    if (!project) {
        problem(status.message);
        return Failure;
    }
    for (const QString &p : problems)
        problem(p);
    line(CliText::tr("Wrote the sample project with %n source(s) to %1", nullptr,
                     project->sourceCount())
             .arg(args.first()));
    return problems.isEmpty() ? Success : Failure;
}

int cmdImport(const QStringList &args)
{
    if (args.size() < 2)
        return usageError(
            CliText::tr("import: expected a project file and at least one file or folder"));
    Core::Storage::OpenStatus status;
    auto project = Core::Project::open(args.first(), false, &status);
    if (!project) {
        problem(status.message);
        return Failure;
    }
    if (project->isReadOnly()) {
        problem(CliText::tr("%1: the project is read-only (%2)")
                    .arg(args.first(), project->readOnlyReason()));
        return Failure;
    }
    const Core::ImportSession::Result result =
        Core::ImportSession::runBlocking(project.get(), args.mid(1));
    for (const QString &p : result.problems)
        problem(p);
    line(CliText::tr("Imported %n source(s)", nullptr, result.added) +
         (result.problems.isEmpty()
              ? QString()
              : QStringLiteral("; ") +
                    CliText::tr("%n file(s) not imported", nullptr, int(result.problems.size()))));
    return result.problems.isEmpty() ? Success : Failure;
}

int cmdSources(const QStringList &args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    QStringList rest = args;
    rest.removeAll(QStringLiteral("--json"));
    for (const QString &a : rest) {
        if (a.startsWith(QLatin1String("--")))
            return usageError(CliText::tr("sources: unknown option %1").arg(a));
    }
    if (rest.size() != 1)
        return usageError(CliText::tr("sources: expected exactly one project file"));
    // Listing never writes: open read-only, which also works while the GUI holds the project.
    Core::Storage::OpenStatus status;
    auto project = Core::Project::open(rest.first(), true, &status);
    if (!project) {
        problem(status.message);
        return Failure;
    }
    if (json) {
        QJsonArray array;
        for (const Core::Source &s : project->sources()) {
            array.append(QJsonObject{
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
            });
        }
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

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(CliText::tr("missing command"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("help") || command == QLatin1String("--help") ||
        command == QLatin1String("-h")) {
        print(stdout, usage());
        return Success;
    }
    if (command == QLatin1String("--version")) {
        line(QStringLiteral("crosscheck-cli ") + QCoreApplication::applicationVersion());
        return Success;
    }
    if (command == QLatin1String("new"))
        return cmdNew(rest);
    if (command == QLatin1String("import"))
        return cmdImport(rest);
    if (command == QLatin1String("sources"))
        return cmdSources(rest);
    if (command == QLatin1String("sample"))
        return cmdSample(rest);
    return usageError(CliText::tr("unknown command: %1").arg(command));
}

} // namespace Crosscheck::Cli
