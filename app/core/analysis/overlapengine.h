// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "candidateindex.h"
#include "pairaligner.h"
#include "passage.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace Crosscheck::Core::Analysis {

struct EngineOptions
{
    AlignerOptions aligner;
    IndexOptions index;
    QString language; ///< force one language for all documents; empty: detect per document
    int threads = 0;  ///< 0: one per core
    /// Above this many characters, documents are prepared twice (for fingerprints, then only
    /// those in candidate pairs) instead of kept prepared: less memory for large corpora.
    size_t keepPreparedUpTo = 100'000'000;
};

/// One document to analyse. The id is reported back in passages and families.
struct EngineDocument
{
    int64_t id = 0;
    QString text;
    QString language; ///< empty: options.language, else detected
};

struct EngineStats
{
    size_t documents = 0;
    size_t words = 0;
    size_t candidatePairs = 0;
    size_t duplicateDocuments = 0;
    double tokenizeSeconds = 0, candidateSeconds = 0, alignSeconds = 0;
};

struct EngineResult
{
    std::vector<PassagePair> pairs; ///< a < b in the input order of documents
    std::vector<Family> families;
    EngineStats stats;
    bool cancelled = false;
};

/// The overlap engine: prepares each document once (tokens, fingerprints), finds candidate
/// pairs through the fingerprint index (never all pairs), aligns each candidate pair in
/// parallel, and groups passages carried by 3+ documents into families. Identical documents
/// are analysed once and reported as whole-text verbatim passages among themselves.
class OverlapEngine final
{
public:
    using Progress = std::function<void(const char *stage, size_t done, size_t total)>;

    static EngineResult run(const std::vector<EngineDocument> &documents,
                            const EngineOptions &options, const Progress &progress = {},
                            const std::atomic<bool> *cancel = nullptr);
    /// The same, releasing each text as soon as its document is prepared (large corpora: the
    /// prepared arrays take less memory than the texts).
    static EngineResult run(std::vector<EngineDocument> &&documents, const EngineOptions &options,
                            const Progress &progress = {},
                            const std::atomic<bool> *cancel = nullptr);

    /// The language the engine analyses \a text in (options.language, or detected).
    static QString languageOf(const QString &text, const QString &forced);

private:
    static EngineResult runImpl(std::vector<EngineDocument> &documents, bool releaseTexts,
                                const EngineOptions &options, const Progress &progress,
                                const std::atomic<bool> *cancel);
};

} // namespace Crosscheck::Core::Analysis

namespace Crosscheck::Core::Analysis {

/// The engine for a project that grows one source at a time: each new document is compared
/// with the index only (its candidate partners), never with every document. Because a pair's
/// candidacy and its alignment depend only on the final set of documents and the two texts,
/// adding documents one by one ends in the same passages as OverlapEngine::run() on them all.
class IncrementalAnalysis final
{
public:
    explicit IncrementalAnalysis(EngineOptions options = {});
    ~IncrementalAnalysis();

    struct Change
    {
        std::vector<PassagePair> added;
        std::vector<std::pair<int64_t, int64_t>> droppedPairs; ///< pairs whose passages are gone
    };
    /// Adds a document. With \a align false it only joins the index (a document whose passages
    /// are known already): pairs it forms are not aligned and not reported.
    Change addDocument(const EngineDocument &document, bool align = true);
    /// Every current passage pair, in OverlapEngine::run() order (by input order, then position).
    std::vector<PassagePair> passages() const;
    std::vector<Family> families() const { return buildFamilies(passages()); }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Crosscheck::Core::Analysis
