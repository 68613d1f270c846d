// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"
#include "overlapengine.h"

#include <atomic>
#include <vector>

namespace Crosscheck::Core::Analysis {

/// Version of the engine's results stored in projects; a project analysed by another version
/// is analysed again in full.
QString engineVersion();

/// What a project hands to the engine: the texts of the sources already analysed by this
/// engine version, and of those that are not (new, or analysed by another version).
struct AnalysisInput
{
    std::vector<EngineDocument> analysed;
    std::vector<EngineDocument> fresh;
    bool full = false; ///< analyse everything again; stored passages are replaced
    EngineOptions options;
};

struct AnalysisOutput
{
    std::vector<PassagePair> added;
    std::vector<std::pair<int64_t, int64_t>> droppedPairs; ///< stored passages of these pairs go
    SourceIds analysed;                                    ///< sources now analysed
    bool replaceAll = false;
    bool cancelled = false;
};

/// Runs the engine on a project's sources, doing only what changed: in full (all documents at
/// once), or incrementally (the analysed documents rebuild the index without being aligned
/// again; each new document is compared with the index only). Pure: safe on a worker thread.
AnalysisOutput runAnalysis(const AnalysisInput &input, const OverlapEngine::Progress &progress = {},
                           const std::atomic<bool> *cancel = nullptr);

} // namespace Crosscheck::Core::Analysis
