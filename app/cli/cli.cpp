#include "cli.h"

#include "analysis/overlapengine.h"
#include "analysis/projectanalysis.h"
#include "analysis/worddiff.h"
#include "annotation/namematcher.h"
#include "annotation/reviewqueue.h"
#include "annotation/suggestions.h"
#include "commands/annotationcommands.h"
#include "export/exporter.h"
#include "export/qdpx.h"
#include "export/webannotation.h"
#include "importers/documentimporter.h"
#include "importers/importjob.h"
#include "importers/textdecoder.h"
#include "project/project.h"
#include "project/sampleproject.h"
#include "project/undostack.h"
#include "text/codepoints.h"
#include "text/textstats.h"
#include "text/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <memory>
#include <unistd.h>

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
        "  overlaps PATH... [--min-words N] [--min-shared N] [--jsonl] [--lang CODE] [--threads "
        "N]\n"
        "                                   passages shared by plain-text files (no project "
        "needed)\n"
        "  diff FILE_A FILE_B               word diff of two text files\n"
        "  analyze FILE.crosscheck [--full] find the overlaps of a project's sources (new ones "
        "only)\n"
        "  suggest FILE.crosscheck [--kinds entities,merges,contradictions] [--jsonl]\n"
        "          [--apply-above X]        print the pending suggestions; with --apply-above,\n"
        "                                   apply those of confidence >= X as one logged step\n"
        "  export FILE.crosscheck --format w3c|csv|brat|qdpx|html|pdf -o OUT [--bom]\n"
        "                                   write the annotations (W3C Web Annotation JSON-LD,\n"
        "                                   REFI-QDA project; CSV or brat standoff files into\n"
        "                                   folder OUT) or the analyst report (HTML, PDF)\n"
        "  import-annotations FILE.crosscheck ANNOTATIONS.jsonld\n"
        "                                   add W3C annotations, re-anchored in the sources\n"
        "  import-qdpx PROJECT.qdpx FILE.crosscheck\n"
        "                                   a new project from a REFI-QDA project (.qdpx or\n"
        "                                   .qde), with a report of what could not be mapped\n"
        "  help                             show this text\n"
        "\n"
        "Exit status: 0 success, 1 failure (one line per problem on stderr), 2 usage error.\n");
}

/// A project opened for reading (\a writable false) or writing; on failure the reason is
/// printed and nullptr returned (a read-only file counts as a failure for writing).
std::unique_ptr<Core::Project> openProject(const QString &path, bool writable)
{
    Core::Storage::OpenStatus status;
    auto project = Core::Project::open(path, !writable, &status);
    if (!project) {
        problem(status.message);
        return nullptr;
    }
    if (writable && project->isReadOnly()) {
        problem(
            CliText::tr("%1: the project is read-only (%2)").arg(path, project->readOnlyReason()));
        return nullptr;
    }
    if (!project->loadProblems().isEmpty())
        problem(project->loadProblems()); // a warning: the rest of the project is usable
    return project;
}

/// "stage: done of total" on stderr: one line rewritten in place on a terminal, a line per
/// 10 % otherwise (logs stay short).
void reportProgress(const QString &stage, size_t done, size_t total)
{
    static const bool tty = isatty(fileno(stderr));
    const QString text = CliText::tr("%1: %2 of %3").arg(stage).arg(done).arg(total);
    if (tty)
        print(stderr, u'\r' + text + QStringLiteral("   "));
    else if (total < 10 || done % std::max<size_t>(1, total / 10) == 0 || done == total)
        print(stderr, text + u'\n');
}

/// Ends the rewritten progress line on a terminal.
void endProgress()
{
    static const bool tty = isatty(fileno(stderr));
    if (tty)
        print(stderr, QStringLiteral("\n"));
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
    auto project = openProject(args.first(), true);
    if (!project)
        return Failure;
    const Core::ImportSession::Result result =
        Core::ImportSession::runBlocking(project.get(), args.mid(1));
    for (const QString &p : result.problems)
        problem(p);
    line(CliText::tr("Imported %n source(s)", nullptr, result.added) +
         (result.alreadyPresent == 0
              ? QString()
              : QStringLiteral("; ") +
                    CliText::tr("%n already in the project", nullptr, result.alreadyPresent)) +
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
    auto project = openProject(rest.first(), false);
    if (!project)
        return Failure;
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

// Reads a text file as UTF-8 (the offsets of `overlaps` count code points of this text).
bool readUtf8(const QString &path, QString *text)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problem(path + QStringLiteral(": ") + f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (const QString kind = Core::TextDecoder::binaryKind(bytes);
        !kind.isEmpty() || bytes.contains('\0')) {
        problem(path + QStringLiteral(": ") + CliText::tr("binary file, skipped"));
        return false;
    }
    *text = QString::fromUtf8(bytes);
    return true;
}

int cmdOverlaps(const QStringList &args)
{
    Core::Analysis::EngineOptions options;
    bool jsonl = false;
    bool minSharedSet = false;
    QStringList paths;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&](int *out) {
            bool ok = false;
            if (i + 1 < args.size())
                *out = args.at(++i).toInt(&ok);
            return ok && *out > 0;
        };
        if (a == QLatin1String("--jsonl")) {
            jsonl = true;
        } else if (a == QLatin1String("--min-words")) {
            if (!value(&options.aligner.minWords))
                return usageError(CliText::tr("overlaps: --min-words needs a positive number"));
        } else if (a == QLatin1String("--min-shared")) {
            if (!value(&options.index.minShared))
                return usageError(CliText::tr("overlaps: --min-shared needs a positive number"));
            minSharedSet = true;
        } else if (a == QLatin1String("--threads")) {
            if (!value(&options.threads))
                return usageError(CliText::tr("overlaps: --threads needs a positive number"));
        } else if (a == QLatin1String("--lang")) {
            if (i + 1 >= args.size())
                return usageError(CliText::tr("overlaps: --lang needs a language code"));
            options.language = args.at(++i);
        } else if (a.startsWith(QLatin1String("--"))) {
            return usageError(CliText::tr("overlaps: unknown option %1").arg(a));
        } else {
            paths << a;
        }
    }
    if (paths.isEmpty())
        return usageError(CliText::tr("overlaps: expected at least one file or folder"));
    QStringList problems;
    const QStringList files = Core::Importers::expandPaths(paths, &problems);
    for (const QString &p : problems)
        problem(p);
    std::vector<Core::Analysis::EngineDocument> docs;
    QStringList names;
    QElapsedTimer readTimer;
    readTimer.start();
    for (const QString &file : files) {
        Core::Analysis::EngineDocument d;
        if (!readUtf8(file, &d.text))
            continue;
        d.id = int64_t(docs.size());
        docs.push_back(std::move(d));
        names << QFileInfo(file).completeBaseName();
    }
    const double readSeconds = readTimer.nsecsElapsed() / 1e9;
    // In a large corpus, chance pairs sharing two fingerprints outnumber real ones by far.
    if (!minSharedSet && docs.size() >= 2000)
        options.index.minShared = 4;

    // Offsets leave as code points: texts with surrogate pairs keep a conversion table; the
    // others need none, so in JSONL mode their texts go as soon as the engine has read them.
    std::vector<std::unique_ptr<Core::Text::CodePoints>> cps(docs.size());
    std::vector<QString> kept(docs.size());
    for (size_t i = 0; i < docs.size(); ++i) {
        if (!jsonl)
            kept[i] = docs[i].text; // shared, not copied: the table shows excerpts
        for (const QChar c : docs[i].text)
            if (c.isSurrogate()) {
                kept[i] = docs[i].text;
                cps[i] = std::make_unique<Core::Text::CodePoints>(kept[i]);
                break;
            }
    }
    const Core::Analysis::EngineResult result =
        Core::Analysis::OverlapEngine::run(std::move(docs), options);
    const auto cp = [&](int64_t doc, int utf16) {
        return cps[size_t(doc)] ? cps[size_t(doc)]->at(utf16) : utf16;
    };
    QByteArray out;
    for (const auto &p : result.pairs) {
        const QString kind = Core::Analysis::kindName(p.kind);
        if (jsonl) {
            QJsonObject o{{QStringLiteral("a"), names.at(int(p.a))},
                          {QStringLiteral("a_start"), cp(p.a, p.spanA.start)},
                          {QStringLiteral("a_end"), cp(p.a, p.spanA.end)},
                          {QStringLiteral("b"), names.at(int(p.b))},
                          {QStringLiteral("b_start"), cp(p.b, p.spanB.start)},
                          {QStringLiteral("b_end"), cp(p.b, p.spanB.end)},
                          {QStringLiteral("score"), std::round(p.score * 1000) / 1000},
                          {QStringLiteral("kind"), kind}};
            if (p.moved)
                o.insert(QStringLiteral("moved"), true);
            out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        } else {
            const QString excerpt =
                kept[size_t(p.a)].mid(p.spanA.start, std::min(p.spanA.length(), 70)).simplified();
            out += QStringLiteral("%1 [%2-%3]  %4 [%5-%6]  %7  %8%9  \u201c%10\u2026\u201d\n")
                       .arg(names.at(int(p.a)))
                       .arg(cp(p.a, p.spanA.start))
                       .arg(cp(p.a, p.spanA.end))
                       .arg(names.at(int(p.b)))
                       .arg(cp(p.b, p.spanB.start))
                       .arg(cp(p.b, p.spanB.end))
                       .arg(p.score, 0, 'f', 2)
                       .arg(kind, p.moved ? QStringLiteral(" (moved)") : QString(), excerpt)
                       .toUtf8();
        }
        if (out.size() > (1 << 20)) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    if (!jsonl || qEnvironmentVariableIsSet("CROSSCHECK_STATS"))
        print(
            stderr,
            CliText::tr("%1 documents, %2 words, %3 candidate pairs, %4 passage pairs, %5 families "
                        "(read %6 s, prepare %7 s, candidates %8 s, align %9 s)\n")
                .arg(result.stats.documents)
                .arg(result.stats.words)
                .arg(result.stats.candidatePairs)
                .arg(result.pairs.size())
                .arg(result.families.size())
                .arg(readSeconds, 0, 'f', 2)
                .arg(result.stats.tokenizeSeconds, 0, 'f', 2)
                .arg(result.stats.candidateSeconds, 0, 'f', 2)
                .arg(result.stats.alignSeconds, 0, 'f', 2));
    return Success;
}

int cmdAnalyze(const QStringList &args)
{
    QStringList rest = args;
    const bool full = rest.removeAll(QStringLiteral("--full")) > 0;
    if (rest.size() != 1 || rest.first().startsWith(QLatin1String("--")))
        return usageError(
            CliText::tr("analyze: expected one project file (and optionally --full)"));
    auto project = openProject(rest.first(), true);
    if (!project)
        return Failure;
    const Core::Analysis::AnalysisInput input = project->analysisInput(full);
    if (input.fresh.empty()) {
        line(CliText::tr("Up to date: %n passage pair(s), nothing to analyse", nullptr,
                         int(project->passages().size())));
        return Success;
    }
    QElapsedTimer timer;
    timer.start();
    const auto progress = [](const char *stage, size_t done, size_t total) {
        reportProgress(QString::fromLatin1(stage), done, total);
    };
    const Core::Analysis::AnalysisOutput output = Core::Analysis::runAnalysis(input, progress);
    endProgress();
    QString error;
    if (!project->applyAnalysis(output, &error)) {
        problem(rest.first() + QStringLiteral(": ") + error);
        return Failure;
    }
    line(CliText::tr("Analysed %1 of %2 source(s) in %3 s (%4): %5 passage pair(s) in the project")
             .arg(output.analysed.size())
             .arg(project->sourceCount())
             .arg(timer.nsecsElapsed() / 1e9, 0, 'f', 2)
             .arg(output.replaceAll ? CliText::tr("full") : CliText::tr("incremental"))
             .arg(project->passages().size()));
    return Success;
}

/// A source's name in suggestion output: its file name without extension, else its title.
QString sourceLabel(const Core::Source &s)
{
    return s.fileName.isEmpty() ? s.meta.title : QFileInfo(s.fileName).completeBaseName();
}

int cmdSuggest(const QStringList &args)
{
    QStringList rest = args;
    const bool jsonl = rest.removeAll(QStringLiteral("--jsonl")) > 0;
    QStringList kinds{QStringLiteral("entities"), QStringLiteral("merges"),
                      QStringLiteral("contradictions")};
    double applyAbove = -1;
    for (int i = 0; i < rest.size();) {
        const QString a = rest.at(i);
        if ((a == QLatin1String("--kinds") || a == QLatin1String("--apply-above")) &&
            i + 1 < rest.size()) {
            const QString value = rest.at(i + 1);
            if (a == QLatin1String("--kinds")) {
                kinds = value.split(u',', Qt::SkipEmptyParts);
                for (const QString &k : kinds) {
                    if (k != QLatin1String("entities") && k != QLatin1String("merges") &&
                        k != QLatin1String("contradictions"))
                        return usageError(CliText::tr("suggest: unknown kind %1").arg(k));
                }
            } else {
                bool ok = false;
                applyAbove = value.toDouble(&ok);
                if (!ok || applyAbove < 0 || applyAbove > 1)
                    return usageError(
                        CliText::tr("suggest: --apply-above needs a confidence from 0 to 1"));
            }
            rest.removeAt(i);
            rest.removeAt(i);
            continue;
        }
        ++i;
    }
    if (rest.size() != 1 || rest.first().startsWith(QLatin1String("--")))
        return usageError(CliText::tr("suggest: expected one project file"));
    const bool apply = applyAbove >= 0;
    auto project = openProject(rest.first(), apply);
    if (!project)
        return Failure;
    const auto progressFor = [](const QString &stage) {
        return [stage](int done, int total) {
            reportProgress(stage, size_t(done), size_t(total));
            return true;
        };
    };
    // Contradiction candidates come from the stored passages: they must be current.
    if (kinds.contains(QStringLiteral("contradictions")) && !project->isAnalysisCurrent()) {
        if (project->isReadOnly()) {
            problem(CliText::tr("%1: the overlaps are not up to date; contradiction candidates "
                                "come from the passages found so far (run analyze first)")
                        .arg(rest.first()));
        } else {
            const Core::Analysis::AnalysisOutput output =
                Core::Analysis::runAnalysis(project->analysisInput());
            QString error;
            if (!project->applyAnalysis(output, &error)) {
                problem(rest.first() + QStringLiteral(": ") + error);
                return Failure;
            }
        }
    }
    const Core::Annotation::Suggester suggester(*project);
    std::vector<Core::Annotation::EntitySuggestion> entities;
    if (kinds.contains(QStringLiteral("entities")) || kinds.contains(QStringLiteral("merges")))
        entities = suggester.entities(progressFor(CliText::tr("entities")));
    std::vector<Core::Annotation::MergeProposal> merges;
    if (kinds.contains(QStringLiteral("merges")))
        merges = suggester.merges(entities);
    std::vector<Core::Annotation::ContradictionCandidate> contradictions;
    if (kinds.contains(QStringLiteral("contradictions")))
        contradictions = suggester.contradictions(progressFor(CliText::tr("contradictions")));
    endProgress();
    if (!kinds.contains(QStringLiteral("entities")))
        entities.clear();

    // Offsets in code points, per source (cached: one conversion table per text).
    QHash<Core::SourceId, std::shared_ptr<Core::Text::CodePoints>> cps;
    const auto cp = [&](Core::SourceId id, int utf16) {
        auto it = cps.find(id);
        if (it == cps.end())
            it = cps.insert(id, std::make_shared<Core::Text::CodePoints>(project->sourceText(id)));
        return (*it)->at(utf16);
    };
    const auto side = [&](Core::SourceId id, Core::Span span, const QString &text) {
        return QJsonObject{{QStringLiteral("source"), sourceLabel(project->source(id))},
                           {QStringLiteral("start"), cp(id, span.start)},
                           {QStringLiteral("end"), cp(id, span.end)},
                           {QStringLiteral("text"), text}};
    };
    const auto conf = [](double c) { return std::round(c * 100) / 100; };
    const auto put = [jsonl](const QJsonObject &o, const QString &row) {
        if (jsonl)
            line(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        else
            line(row);
    };
    if (!jsonl)
        line(CliText::tr("kind\tconfidence\twhat\twhere\treason"));
    for (const Core::Annotation::ContradictionCandidate &c : contradictions) {
        put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("contradiction")},
                        {QStringLiteral("a"), side(c.sourceA, c.spanA, c.textA)},
                        {QStringLiteral("b"), side(c.sourceB, c.spanB, c.textB)},
                        {QStringLiteral("type"), c.type},
                        {QStringLiteral("reason"), c.reason},
                        {QStringLiteral("confidence"), conf(c.confidence)}},
            QStringLiteral("contradiction\t%1\t“%2” / “%3”\t%4 / %5\t%6")
                .arg(conf(c.confidence))
                .arg(c.textA.simplified(), c.textB.simplified(),
                     sourceLabel(project->source(c.sourceA)),
                     sourceLabel(project->source(c.sourceB)), c.reason));
    }
    for (const Core::Annotation::MergeProposal &m : merges) {
        put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("merge")},
                        {QStringLiteral("names"), QJsonArray::fromStringList(m.names)},
                        {QStringLiteral("reason"), m.reason},
                        {QStringLiteral("confidence"), conf(m.confidence)}},
            QStringLiteral("merge\t%1\t%2\t\t%3")
                .arg(conf(m.confidence))
                .arg(m.names.join(QStringLiteral(" / ")), m.reason));
    }
    for (const Core::Annotation::EntitySuggestion &e : entities) {
        put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("entity")},
                        {QStringLiteral("source"), sourceLabel(project->source(e.source))},
                        {QStringLiteral("start"), cp(e.source, e.span.start)},
                        {QStringLiteral("end"), cp(e.source, e.span.end)},
                        {QStringLiteral("text"), e.text},
                        {QStringLiteral("type"), e.typeName},
                        {QStringLiteral("entity"), e.entityName},
                        {QStringLiteral("confidence"), conf(e.confidence)}},
            QStringLiteral("entity\t%1\t“%2” %3 → %4\t%5 %6-%7\t%8")
                .arg(conf(e.confidence))
                .arg(e.text, e.typeName, e.entityName, sourceLabel(project->source(e.source)))
                .arg(cp(e.source, e.span.start))
                .arg(cp(e.source, e.span.end))
                .arg(e.reason));
    }
    if (!apply)
        return Success;

    // One step: every entity suggestion and contradiction at or above the threshold, with its
    // decision, in one transaction; merges of registry entities after it, in the same undo step.
    project->setAuthor(project->author() + QStringLiteral(" (batch)"));
    Core::AnnotationDelta after;
    std::vector<Core::SuggestionDecision> decisions;
    const Core::Annotation::NameMatcher matcher;
    QHash<QString, qint64> byName; // folded name -> entity id (registry or created now)
    for (const Core::Entity &e : project->entities()) {
        byName.insert(matcher.fold(e.name), e.id);
        for (const QString &a : e.aliases)
            byName.insert(matcher.fold(a), e.id);
    }
    const QString now = Core::Project::timestamp();
    int appliedEntities = 0, appliedLinks = 0, appliedMerges = 0;
    for (const Core::Annotation::EntitySuggestion &e : entities) {
        if (e.confidence + 1e-9 < applyAbove)
            continue;
        qint64 id = e.entity ? e.entity : byName.value(matcher.fold(e.entityName));
        if (!id) {
            Core::Entity created;
            created.id = id = project->newEntityId();
            created.name = e.entityName;
            created.type = Core::Annotation::ReviewQueue::typeId(*project, e.typeName);
            created.created = created.modified = now;
            after.entities.push_back(created);
            byName.insert(matcher.fold(e.entityName), id);
        }
        Core::Mention m;
        m.id = project->newMentionId();
        m.source = e.source;
        m.span = e.span;
        m.entity = id;
        m.author = project->author();
        m.created = now;
        m.origin = QStringLiteral("batch");
        m.confidence = e.confidence;
        after.mentions.push_back(m);
        decisions.push_back({e.key(), QStringLiteral("accepted")});
        ++appliedEntities;
    }
    for (const Core::Annotation::ContradictionCandidate &c : contradictions) {
        if (c.confidence + 1e-9 < applyAbove || !c.spanA.isValid() || !c.spanB.isValid())
            continue;
        Core::Link l;
        l.id = project->newLinkId();
        l.sourceA = c.sourceA;
        l.spanA = c.spanA;
        l.sourceB = c.sourceB;
        l.spanB = c.spanB;
        l.type = c.type;
        l.note = CliText::tr("%1 (batch run, confidence %2)").arg(c.reason).arg(conf(c.confidence));
        l.author = project->author();
        l.created = l.modified = now;
        after.links.push_back(l);
        decisions.push_back({c.key(), QStringLiteral("accepted")});
        ++appliedLinks;
    }
    QString error;
    Core::UndoStack *stack = project->undoStack();
    // Every part of the step in one database transaction: a crash half-way leaves none of it.
    const auto applyAll = [&](QString *err) {
        stack->beginMacro(CliText::tr("Apply suggestions above %1").arg(applyAbove));
        bool ok = project->pushAnnotationEdit(
            std::make_unique<Core::DecideSuggestionsCommand>(
                project.get(), decisions, Core::AnnotationDelta{}, after,
                CliText::tr("Apply suggestions above %1").arg(applyAbove)),
            &error);
        for (const Core::Annotation::MergeProposal &m : merges) {
            if (!ok || m.confidence + 1e-9 < applyAbove || m.entities.size() < 2)
                continue;
            std::vector<qint64> ids = m.entities;
            ok = project->mergeEntities(ids.front(), QVector<qint64>(ids.begin() + 1, ids.end()),
                                        &error) &&
                 project->pushAnnotationEdit(std::make_unique<Core::DecideSuggestionsCommand>(
                                                 project.get(),
                                                 std::vector<Core::SuggestionDecision>{
                                                     {m.key(), QStringLiteral("accepted")}},
                                                 Core::AnnotationDelta{}, Core::AnnotationDelta{},
                                                 QString()),
                                             &error);
            appliedMerges += ok;
        }
        stack->endMacro();
        if (!ok) {
            // What was done of this step is taken back in memory too.
            QString ignored;
            if (stack->canUndo())
                stack->undo(&ignored);
            *err = error;
        }
        return ok;
    };
    if (!project->runInOneTransaction(applyAll, &error)) {
        problem(rest.first() + QStringLiteral(": ") + error);
        return Failure;
    }
    problem(CliText::tr("Applied %1 entity mention(s), %2 contradiction(s) and %3 merge(s) with "
                        "confidence >= %4")
                .arg(appliedEntities)
                .arg(appliedLinks)
                .arg(appliedMerges)
                .arg(applyAbove));
    return Success;
}

int cmdExport(const QStringList &args)
{
    QStringList rest = args;
    const bool bom = rest.removeAll(QStringLiteral("--bom")) > 0;
    QString format, out;
    for (int i = 0; i + 1 < rest.size();) {
        if (rest.at(i) == QLatin1String("--format") || rest.at(i) == QLatin1String("-o")) {
            (rest.at(i) == QLatin1String("-o") ? out : format) = rest.at(i + 1);
            rest.removeAt(i);
            rest.removeAt(i);
            continue;
        }
        ++i;
    }
    if (rest.size() != 1 || format.isEmpty() || out.isEmpty())
        return usageError(CliText::tr("export: expected a project file, --format and -o"));
    const std::optional<Core::Export::Format> f = Core::Export::formatFromName(format);
    if (!f)
        return usageError(CliText::tr("export: format %1 is not available (%2)")
                              .arg(format, Core::Export::formatNames().join(QStringLiteral(", "))));
    auto project = openProject(rest.first(), false);
    if (!project)
        return Failure;
    QString error;
    Core::Export::Options options;
    options.bom = bom;
    const QString stage = CliText::tr("export");
    options.progress = [&](int done, int total) {
        if (total > 1)
            reportProgress(stage, size_t(done), size_t(total));
        return true;
    };
    const bool ok = Core::Export::write(*project, *f, out, options, &error);
    endProgress();
    if (!ok) {
        problem(error);
        return Failure;
    }
    if (*f == Core::Export::Format::Html || *f == Core::Export::Format::Pdf)
        line(CliText::tr("Wrote the report to %1").arg(out));
    else
        line(CliText::tr("Wrote %n annotation(s) to %1", nullptr,
                         int(project->mentions().size() + project->links().size()))
                 .arg(out));
    return Success;
}

int cmdImportAnnotations(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(
            CliText::tr("import-annotations: expected a project file and an annotation file"));
    QFile f(args.at(1));
    if (!f.open(QIODevice::ReadOnly)) {
        problem(args.at(1) + QStringLiteral(": ") + f.errorString());
        return Failure;
    }
    auto project = openProject(args.first(), true);
    if (!project)
        return Failure;
    QString error;
    const auto report = Core::Export::WebAnnotation::import(*project, f.readAll(), &error);
    if (!error.isEmpty()) {
        problem(args.at(1) + QStringLiteral(": ") + error);
        return Failure;
    }
    for (const QString &p : report.problems)
        problem(args.at(1) + QStringLiteral(": ") + p);
    line(CliText::tr("Imported %1 mention(s) and %2 link(s); %3 annotation(s) not anchored")
             .arg(report.mentions)
             .arg(report.links)
             .arg(report.problems.size()));
    return report.problems.isEmpty() ? Success : Failure;
}

int cmdImportQdpx(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(
            CliText::tr("import-qdpx: expected a REFI-QDA project and a new project file"));
    Core::Export::Qdpx::ImportReport report;
    QString error;
    if (!Core::Export::Qdpx::createProject(args.at(0), args.at(1), &report, &error)) {
        problem(error);
        return Failure;
    }
    line(CliText::tr("Imported into %1: %2")
             .arg(args.at(1), QStringList{CliText::tr("%n source(s)", nullptr, report.sources),
                                          CliText::tr("%n entit(ies)", nullptr, report.entities),
                                          CliText::tr("%n mention(s)", nullptr, report.mentions),
                                          CliText::tr("%n link(s)", nullptr, report.links),
                                          CliText::tr("%n note(s)", nullptr, report.notes)}
                                  .join(QStringLiteral(", "))));
    if (!report.notMapped.isEmpty()) {
        line(CliText::tr("Not mapped (%n):", nullptr, int(report.notMapped.size())));
        for (const QString &p : std::as_const(report.notMapped))
            line(QStringLiteral("  ") + p);
    }
    return Success;
}

int cmdDiff(const QStringList &args)
{
    if (args.size() != 2)
        return usageError(CliText::tr("diff: expected two files"));
    QString a, b;
    if (!readUtf8(args.at(0), &a) || !readUtf8(args.at(1), &b))
        return Failure;
    Core::Text::Tokenizer tokenizer(
        {Core::Analysis::OverlapEngine::languageOf(a, QString()), false});
    const auto diff = Core::Analysis::WordDiff::compute(a, {0, int32_t(a.size())}, b,
                                                        {0, int32_t(b.size())}, tokenizer);
    const bool colour = isatty(fileno(stdout));
    const auto wrap = [colour](const QString &text, const char *open, const char *close,
                               const char *ansi) -> QString {
        return colour ? QString::fromLatin1(ansi) + text + QStringLiteral("\x1b[0m")
                      : QString::fromLatin1(open) + text + QString::fromLatin1(close);
    };
    QString out;
    int32_t lastA = 0, lastB = 0;
    using Kind = Core::Analysis::DiffRun::Kind;
    for (const auto &r : diff.runs) {
        const QString gapA = a.mid(lastA, r.a.start - lastA);
        const QString gapB = b.mid(lastB, r.b.start - lastB);
        const QString ta = a.mid(r.a.start, r.a.length());
        const QString tb = b.mid(r.b.start, r.b.length());
        const QString move =
            r.moveId >= 0 ? QStringLiteral("\u21c4%1").arg(r.moveId + 1) : QString();
        switch (r.kind) {
        case Kind::Equal:
            out += gapA + ta;
            break;
        case Kind::Delete:
            out += gapA + wrap(ta + move, "[-", "-]", r.moveId >= 0 ? "\x1b[36;9m" : "\x1b[31;9m");
            break;
        case Kind::Insert:
            out += (gapB.isEmpty() ? gapA : gapB) +
                   wrap(tb + move, "{+", "+}", r.moveId >= 0 ? "\x1b[36;4m" : "\x1b[32;4m");
            break;
        case Kind::Replace:
            out += gapA + wrap(ta, "[-", "-]", "\x1b[31;9m") + wrap(tb, "{+", "+}", "\x1b[32;4m");
            break;
        }
        lastA = std::max(lastA, r.a.end);
        lastB = std::max(lastB, r.b.end);
    }
    out += a.mid(lastA);
    print(stdout, out + u'\n');
    print(stderr, CliText::tr("similarity %1, %2 moved block(s)\n")
                      .arg(diff.similarity, 0, 'f', 3)
                      .arg(diff.moves));
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
    if (command == QLatin1String("overlaps"))
        return cmdOverlaps(rest);
    if (command == QLatin1String("diff"))
        return cmdDiff(rest);
    if (command == QLatin1String("analyze"))
        return cmdAnalyze(rest);
    if (command == QLatin1String("suggest"))
        return cmdSuggest(rest);
    if (command == QLatin1String("export"))
        return cmdExport(rest);
    if (command == QLatin1String("import-qdpx"))
        return cmdImportQdpx(rest);
    if (command == QLatin1String("import-annotations"))
        return cmdImportAnnotations(rest);
    return usageError(CliText::tr("unknown command: %1").arg(command));
}

} // namespace Crosscheck::Cli
