// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli suggest FILE.crosscheck [--kinds LIST] [--jsonl] [--apply-above X]
#include "cli.h"
#include "command.h"
#include "output.h"

#include <core/project/project.h>
#include <core/suggestions/reviewqueue.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Crosscheck::Cli {

namespace {
using namespace Core::Annotation;

double rounded(double confidence)
{
    return std::round(confidence * 100) / 100;
}

/// Prints the suggestions of \a batch as TSV rows or JSON lines.
void printBatch(const Core::Project &project, const SuggestionBatch &batch, bool jsonl)
{
    CodePointCache cps(project);
    const auto label = [&](Core::SourceId id) { return sourceLabel(project.source(id)); };
    const auto side = [&](Core::SourceId id, Core::Span span, const QString &text) {
        return QJsonObject{{QStringLiteral("source"), label(id)},
                           {QStringLiteral("start"), cps.at(id, span.start)},
                           {QStringLiteral("end"), cps.at(id, span.end)},
                           {QStringLiteral("text"), text}};
    };
    const auto put = [jsonl](const QJsonObject &o, const QString &row) {
        line(jsonl ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) : row);
    };
    if (!jsonl)
        line(CliText::tr("kind\tconfidence\twhat\twhere\treason"));
    for (const ContradictionCandidate &c : batch.contradictions) {
        const QString kind = c.relation == Core::Link::Relation::Corroborates
                                 ? QStringLiteral("corroboration")
                                 : QStringLiteral("contradiction");
        QJsonArray also;
        for (const auto &[x, y] : c.alsoIn)
            also.append(QJsonArray{label(x), label(y)});
        put(QJsonObject{{QStringLiteral("kind"), kind},
                        {QStringLiteral("a"), side(c.sourceA, c.spanA, c.textA)},
                        {QStringLiteral("b"), side(c.sourceB, c.spanB, c.textB)},
                        {QStringLiteral("type"), c.type},
                        {QStringLiteral("reason"), c.reason},
                        {QStringLiteral("reasonCode"), c.reasonCode},
                        {QStringLiteral("alsoIn"), also},
                        {QStringLiteral("confidence"), rounded(c.confidence)}},
            QStringLiteral("%7\t%1\t“%2” / “%3”\t%4 / %5\t%6")
                .arg(rounded(c.confidence))
                .arg(c.textA.simplified(), c.textB.simplified(), label(c.sourceA), label(c.sourceB),
                     c.reason, kind));
    }
    for (const MergeProposal &m : batch.merges)
        put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("merge")},
                        {QStringLiteral("names"), QJsonArray::fromStringList(m.names)},
                        {QStringLiteral("reason"), m.reason},
                        {QStringLiteral("confidence"), rounded(m.confidence)}},
            QStringLiteral("merge\t%1\t%2\t\t%3")
                .arg(rounded(m.confidence))
                .arg(m.names.join(QStringLiteral(" / ")), m.reason));
    for (const EntitySuggestion &e : batch.entities)
        put(QJsonObject{{QStringLiteral("kind"), QStringLiteral("entity")},
                        {QStringLiteral("source"), label(e.source)},
                        {QStringLiteral("start"), cps.at(e.source, e.span.start)},
                        {QStringLiteral("end"), cps.at(e.source, e.span.end)},
                        {QStringLiteral("text"), e.text},
                        {QStringLiteral("type"), e.typeName},
                        {QStringLiteral("entity"), e.entityName},
                        {QStringLiteral("confidence"), rounded(e.confidence)}},
            QStringLiteral("entity\t%1\t“%2” %3 → %4\t%5 %6-%7\t%8")
                .arg(rounded(e.confidence))
                .arg(e.text, e.typeName, e.entityName, label(e.source))
                .arg(cps.at(e.source, e.span.start))
                .arg(cps.at(e.source, e.span.end))
                .arg(e.reason));
}
} // namespace

int runSuggest(const Invocation &in)
{
    const Command &self = *findCommand(QStringLiteral("suggest"));
    const QStringList all{QStringLiteral("entities"), QStringLiteral("merges"),
                          QStringLiteral("contradictions"), QStringLiteral("corroborations")};
    const QStringList kinds =
        in.isSet("kinds") ? in.value("kinds").split(u',', Qt::SkipEmptyParts) : all;
    if (const auto bad = std::find_if(kinds.begin(), kinds.end(),
                                      [&](const QString &k) { return !all.contains(k); });
        bad != kinds.end())
        return usageError(self, CliText::tr("suggest: unknown kind %1").arg(*bad));
    bool ok = true;
    const double applyAbove = in.isSet("apply-above") ? in.value("apply-above").toDouble(&ok) : -1;
    if (!ok || (in.isSet("apply-above") && (applyAbove < 0 || applyAbove > 1)))
        return usageError(self,
                          CliText::tr("suggest: --apply-above needs a confidence from 0 to 1"));
    const QString file = in.args.first();
    auto project = openProject(file, applyAbove >= 0);
    if (!project)
        return Failure;
    // Contradiction candidates come partly from the stored passages: they must be current.
    const bool claims = kinds.contains(QStringLiteral("contradictions")) ||
                        kinds.contains(QStringLiteral("corroborations"));
    if (claims && !ensureAnalysed(*project, file))
        return Failure;
    const auto progressFor = [](const QString &stage) {
        return [stage](int done, int total) { return reportProgress(stage, done, total), true; };
    };
    const Suggester suggester(*project);
    SuggestionBatch batch;
    if (kinds.contains(QStringLiteral("entities")) || kinds.contains(QStringLiteral("merges")))
        batch.entities = suggester.entities(progressFor(CliText::tr("entities")));
    if (kinds.contains(QStringLiteral("merges")))
        batch.merges = suggester.merges(batch.entities);
    if (claims) {
        batch.contradictions = suggester.contradictions(progressFor(CliText::tr("contradictions")));
        const auto unwanted = [&](const ContradictionCandidate &c) {
            return c.relation == Core::Link::Relation::Corroborates
                       ? !kinds.contains(QStringLiteral("corroborations"))
                       : !kinds.contains(QStringLiteral("contradictions"));
        };
        batch.contradictions.erase(
            std::remove_if(batch.contradictions.begin(), batch.contradictions.end(), unwanted),
            batch.contradictions.end());
    }
    endProgress();
    if (!kinds.contains(QStringLiteral("entities")))
        batch.entities.clear();
    printBatch(*project, batch, in.isSet("jsonl"));
    if (applyAbove < 0)
        return Success;
    BatchOutcome outcome;
    QString error;
    if (!ReviewQueue::acceptAbove(*project, batch, applyAbove, &outcome, &error)) {
        problem(file + QStringLiteral(": ") + error);
        return Failure;
    }
    problem(CliText::tr("Applied %1 entity mention(s), %2 contradiction(s) and %3 merge(s) with "
                        "confidence >= %4")
                .arg(outcome.mentions)
                .arg(outcome.links)
                .arg(outcome.merges)
                .arg(applyAbove));
    return Success;
}

} // namespace Crosscheck::Cli
