// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli overlaps PATH... [--min-words N] [--min-shared N] [--jsonl] [--lang CODE]
// [--threads N]: the engine over plain-text files, no project.
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/analysis/overlapengine.h>
#include <core/importers/documentimporter.h>
#include <core/text/codepoints.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Crosscheck::Cli {

namespace {
/// Reads a positive number option into \a out; false (a usage error) when it is not one.
bool positive(const Invocation &in, const char *name, int *out)
{
    if (!in.isSet(name))
        return true;
    bool ok = false;
    *out = in.value(name).toInt(&ok);
    return ok && *out > 0;
}

QByteArray row(const Core::Analysis::PassagePair &p, const QStringList &names, bool jsonl,
               const QString &textA, const std::function<int(int64_t, int)> &cp)
{
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
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString excerpt = textA.mid(p.spanA.start, std::min(p.spanA.length(), 70)).simplified();
    return QStringLiteral("%1 [%2-%3]  %4 [%5-%6]  %7  %8%9  \u201c%10\u2026\u201d\n")
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
} // namespace

int runOverlaps(const Invocation &in)
{
    const Command &self = *findCommand(QStringLiteral("overlaps"));
    Core::Analysis::EngineOptions options;
    if (!positive(in, "min-words", &options.aligner.minWords) ||
        !positive(in, "min-shared", &options.index.minShared) ||
        !positive(in, "threads", &options.threads))
        return usageError(self, CliText::tr("overlaps: --min-words, --min-shared and --threads "
                                            "need a positive number"));
    options.language = in.value("lang");
    const bool jsonl = in.isSet("jsonl");
    QStringList problems;
    const QStringList files = Core::Importers::expandPaths(in.args, &problems);
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
    if (!in.isSet("min-shared") && docs.size() >= 2000)
        options.index.minShared = 4;
    // Offsets leave as code points: texts with surrogate pairs keep a conversion table; the
    // others need none, so in JSONL mode their texts go as soon as the engine has read them.
    std::vector<std::unique_ptr<Core::Text::CodePoints>> cps(docs.size());
    std::vector<QString> kept(docs.size());
    for (size_t i = 0; i < docs.size(); ++i) {
        if (!jsonl)
            kept[i] = docs[i].text; // shared, not copied: the table shows excerpts
        if (std::any_of(docs[i].text.cbegin(), docs[i].text.cend(),
                        [](QChar c) { return c.isSurrogate(); })) {
            kept[i] = docs[i].text;
            cps[i] = std::make_unique<Core::Text::CodePoints>(kept[i]);
        }
    }
    const Core::Analysis::EngineResult result =
        Core::Analysis::OverlapEngine::run(std::move(docs), options);
    const auto cp = [&](int64_t doc, int utf16) {
        return cps[size_t(doc)] ? cps[size_t(doc)]->at(utf16) : utf16;
    };
    QByteArray out;
    for (const auto &p : result.pairs) {
        out += row(p, names, jsonl, kept[size_t(p.a)], cp);
        if (out.size() > (1 << 20)) {
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
            out.clear();
        }
    }
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    if (!jsonl || qEnvironmentVariableIsSet("CROSSCHECK_STATS"))
        print(stderr, CliText::tr("%1 documents, %2 words, %3 candidate pairs, %4 passage pairs, "
                                  "%5 families (read %6 s, prepare %7 s, candidates %8 s, align "
                                  "%9 s)\n")
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

} // namespace Crosscheck::Cli
