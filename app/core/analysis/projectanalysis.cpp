// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectanalysis.h"

namespace Crosscheck::Core::Analysis {

QString engineVersion()
{
    return QStringLiteral("overlaps-1");
}

AnalysisOutput runAnalysis(const AnalysisInput &input, const OverlapEngine::Progress &progress,
                           const std::atomic<bool> *cancel)
{
    AnalysisOutput out;
    if (input.full || input.analysed.empty()) {
        std::vector<EngineDocument> all = input.analysed;
        all.insert(all.end(), input.fresh.begin(), input.fresh.end());
        EngineResult r = OverlapEngine::run(all, input.options, progress, cancel);
        out.cancelled = r.cancelled;
        out.added = std::move(r.pairs);
        out.replaceAll = true;
        for (const EngineDocument &d : all)
            out.analysed << d.id;
        return out;
    }
    IncrementalAnalysis incremental(input.options);
    const size_t total = input.analysed.size() + input.fresh.size();
    size_t done = 0;
    for (const EngineDocument &d : input.analysed) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            return out;
        }
        incremental.addDocument(d, false);
        if (progress)
            progress("prepare", ++done, total);
    }
    for (const EngineDocument &d : input.fresh) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            return out;
        }
        IncrementalAnalysis::Change change = incremental.addDocument(d, true);
        out.added.insert(out.added.end(), change.added.begin(), change.added.end());
        out.droppedPairs.insert(out.droppedPairs.end(), change.droppedPairs.begin(),
                                change.droppedPairs.end());
        out.analysed << d.id;
        if (progress)
            progress("align", ++done, total);
    }
    return out;
}

} // namespace Crosscheck::Core::Analysis
