// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlapengine.h"

#include "text/textstats.h"
#include "text/tokenizer.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace Crosscheck::Core::Analysis {

namespace {

// Tokenizers per language for one worker thread (they cache stems and are not thread-safe).
class TokenizerSet
{
public:
    Text::Tokenizer &forLanguage(const QString &language)
    {
        auto it = m_tokenizers.find(language);
        if (it == m_tokenizers.end())
            it = m_tokenizers
                     .emplace(language, std::make_unique<Text::Tokenizer>(
                                            Text::TokenizerOptions{language, false}))
                     .first;
        return *it->second;
    }

private:
    std::map<QString, std::unique_ptr<Text::Tokenizer>> m_tokenizers;
};

template<typename Fn>
void parallelFor(size_t count, int threads, Fn fn)
{
    std::atomic<size_t> next{0};
    const auto worker = [&](int w) {
        for (size_t i = next++; i < count; i = next++)
            fn(i, w);
    };
    std::vector<std::thread> pool;
    for (int w = 1; w < threads; ++w)
        pool.emplace_back(worker, w);
    worker(0);
    for (std::thread &t : pool)
        t.join();
}

} // namespace

QString OverlapEngine::languageOf(const QString &text, const QString &forced)
{
    if (!forced.isEmpty())
        return forced;
    return Text::guessLanguage(text.left(4000));
}

EngineResult OverlapEngine::run(std::vector<EngineDocument> &&documents,
                                const EngineOptions &options, const Progress &progress,
                                const std::atomic<bool> *cancel)
{
    return runImpl(documents, true, options, progress, cancel);
}

EngineResult OverlapEngine::run(const std::vector<EngineDocument> &input,
                                const EngineOptions &options, const Progress &progress,
                                const std::atomic<bool> *cancel)
{
    // Nothing is released in this overload, so the documents are only read.
    return runImpl(const_cast<std::vector<EngineDocument> &>(input), false, options, progress,
                   cancel);
}

EngineResult OverlapEngine::runImpl(std::vector<EngineDocument> &input, bool releaseTexts,
                                    const EngineOptions &options, const Progress &progress,
                                    const std::atomic<bool> *cancel)
{
    EngineResult result;
    const int threads = options.threads > 0
                            ? options.threads
                            : int(std::max(1u, std::thread::hardware_concurrency()));
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    QElapsedTimer timer;
    timer.start();

    // Identical texts are analysed once: the first of each group represents the others.
    std::vector<size_t> representative(input.size());
    {
        std::unordered_map<uint64_t, std::vector<size_t>> byHash;
        for (size_t i = 0; i < input.size(); ++i) {
            const uint64_t h = Text::Tokenizer::hash(input[i].text);
            size_t rep = i;
            for (size_t other : byHash[h])
                if (input[other].text == input[i].text) {
                    rep = other;
                    break;
                }
            if (rep == i)
                byHash[h].push_back(i);
            representative[i] = rep;
        }
    }
    std::vector<size_t> unique;
    for (size_t i = 0; i < input.size(); ++i)
        if (representative[i] == i)
            unique.push_back(i);
    std::vector<int32_t> textLength(input.size());
    for (size_t i = 0; i < input.size(); ++i)
        textLength[i] = int32_t(input[i].text.size());
    result.stats.documents = input.size();
    result.stats.duplicateDocuments = input.size() - unique.size();

    // 1. Prepare every unique document once: language, tokens, fingerprints.
    std::vector<QString> languages(input.size());
    std::vector<std::vector<uint64_t>> fps(unique.size());
    std::vector<size_t> words(unique.size());
    // Small corpora keep every prepared document for the alignment step. Large ones keep the
    // texts instead (about half the memory of prepared arrays) and prepare again only the
    // documents that turn up in candidate pairs.
    size_t totalChars = 0;
    for (size_t u : unique)
        totalChars += size_t(input[u].text.size());
    const bool keepPrepared = totalChars <= options.keepPreparedUpTo;
    std::vector<AnalyzedDocument> prepared(keepPrepared ? unique.size() : 0);
    std::vector<TokenizerSet> tokenizers(static_cast<size_t>(threads));
    std::atomic<size_t> done{0};
    std::mutex progressMutex;
    parallelFor(unique.size(), threads, [&](size_t u, int w) {
        if (cancelled())
            return;
        const EngineDocument &d = input[unique[u]];
        const QString lang =
            languageOf(d.text, d.language.isEmpty() ? options.language : d.language);
        languages[unique[u]] = lang;
        AnalyzedDocument doc =
            AnalyzedDocument::make(d.id, d.text, tokenizers[size_t(w)].forLanguage(lang));
        fps[u] = fingerprints(doc, options.index);
        words[u] = doc.wordCount();
        if (keepPrepared) {
            prepared[u] = std::move(doc);
            if (releaseTexts)
                input[unique[u]].text = QString(); // each element is touched by one worker only
        }
        const size_t n = ++done;
        if (progress && (n % 64 == 0 || n == unique.size())) {
            std::lock_guard<std::mutex> lock(progressMutex);
            progress("prepare", n, unique.size());
        }
    });
    for (size_t w : words)
        result.stats.words += w;
    result.stats.tokenizeSeconds = timer.nsecsElapsed() / 1e9;
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }

    // 2. Candidate pairs from shared fingerprints.
    timer.restart();
    const std::vector<DocPair> candidates = CandidateIndex::batch(fps, options.index);
    std::vector<std::vector<uint64_t>>().swap(fps);
    result.stats.candidatePairs = candidates.size();
    result.stats.candidateSeconds = timer.nsecsElapsed() / 1e9;

    // 3. Align candidate pairs in parallel, on the documents prepared in step 1 (or, for a
    // large corpus, prepared again now: only those that take part in a pair).
    timer.restart();
    if (!keepPrepared) {
        std::vector<uint32_t> involved;
        for (const DocPair &p : candidates) {
            involved.push_back(p.first);
            involved.push_back(p.second);
        }
        std::sort(involved.begin(), involved.end());
        involved.erase(std::unique(involved.begin(), involved.end()), involved.end());
        std::vector<bool> needed(unique.size());
        for (uint32_t u : involved)
            needed[u] = true;
        if (releaseTexts)
            for (size_t u = 0; u < unique.size(); ++u)
                if (!needed[u])
                    input[unique[u]].text = QString();
        prepared.resize(unique.size());
        parallelFor(involved.size(), threads, [&](size_t i, int w) {
            if (cancelled())
                return;
            const uint32_t u = involved[i];
            const EngineDocument &d = input[unique[u]];
            prepared[u] = AnalyzedDocument::make(
                d.id, d.text, tokenizers[size_t(w)].forLanguage(languages[unique[u]]));
            if (releaseTexts)
                input[unique[u]].text = QString();
        });
    }
    const PairAligner aligner(options.aligner);
    std::vector<std::vector<PassagePair>> found(static_cast<size_t>(threads));
    done = 0;
    parallelFor(candidates.size(), threads, [&](size_t c, int w) {
        if (cancelled())
            return;
        std::vector<PassagePair> pairs =
            aligner.align(prepared[candidates[c].first], prepared[candidates[c].second]);
        found[size_t(w)].insert(found[size_t(w)].end(), pairs.begin(), pairs.end());
        const size_t n = ++done;
        if (progress && (n % 256 == 0 || n == candidates.size())) {
            std::lock_guard<std::mutex> lock(progressMutex);
            progress("align", n, candidates.size());
        }
    });
    std::vector<AnalyzedDocument>().swap(prepared);
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    for (auto &f : found)
        result.pairs.insert(result.pairs.end(), f.begin(), f.end());

    // 4. Identical documents: whole-text verbatim among themselves, and every passage of their
    // representative repeated for them.
    if (result.stats.duplicateDocuments > 0) {
        std::unordered_map<int64_t, std::vector<size_t>>
            copiesOf; // representative id -> duplicate indices
        for (size_t i = 0; i < input.size(); ++i)
            if (representative[i] != i)
                copiesOf[input[representative[i]].id].push_back(i);
        const size_t base = result.pairs.size();
        for (size_t p = 0; p < base; ++p) {
            const PassagePair pair = result.pairs[p];
            for (const bool sideA : {true, false}) {
                const auto it = copiesOf.find(sideA ? pair.a : pair.b);
                if (it == copiesOf.end())
                    continue;
                for (size_t dup : it->second) {
                    PassagePair copy = pair;
                    (sideA ? copy.a : copy.b) = input[dup].id;
                    result.pairs.push_back(copy);
                }
            }
        }
        for (const auto &[repId, dups] : copiesOf) {
            std::vector<int64_t> ids{repId};
            for (size_t dup : dups)
                ids.push_back(input[dup].id);
            const int32_t len = textLength[dups.front()];
            for (size_t x = 0; x < ids.size(); ++x)
                for (size_t y = x + 1; y < ids.size(); ++y) {
                    PassagePair p;
                    p.a = ids[x];
                    p.b = ids[y];
                    p.spanA = {0, len};
                    p.spanB = {0, len};
                    p.score = 1.0;
                    p.kind = PassageKind::Verbatim;
                    result.pairs.push_back(p);
                }
        }
    }
    // Stable order: by document pair, then position.
    QHash<int64_t, size_t> position;
    for (size_t i = 0; i < input.size(); ++i)
        position.insert(input[i].id, i);
    for (PassagePair &p : result.pairs)
        if (position.value(p.a) > position.value(p.b)) {
            std::swap(p.a, p.b);
            std::swap(p.spanA, p.spanB);
        }
    std::sort(result.pairs.begin(), result.pairs.end(),
              [&](const PassagePair &x, const PassagePair &y) {
                  const size_t xa = position.value(x.a), ya = position.value(y.a);
                  if (xa != ya)
                      return xa < ya;
                  const size_t xb = position.value(x.b), yb = position.value(y.b);
                  if (xb != yb)
                      return xb < yb;
                  return x.spanA.start < y.spanA.start;
              });
    result.families = buildFamilies(result.pairs);
    result.stats.alignSeconds = timer.nsecsElapsed() / 1e9;
    return result;
}

} // namespace Crosscheck::Core::Analysis

namespace Crosscheck::Core::Analysis {

struct IncrementalAnalysis::Private
{
    EngineOptions options;
    CandidateIndex index;
    PairAligner aligner;
    TokenizerSet tokenizers;
    std::vector<AnalyzedDocument> docs;
    std::map<DocPair, std::vector<PassagePair>> byPair;
    std::vector<int64_t> ids;

    explicit Private(EngineOptions o)
        : options(o)
        , index(o.index)
        , aligner(o.aligner)
    {}
};

IncrementalAnalysis::IncrementalAnalysis(EngineOptions options)
    : d(std::make_unique<Private>(options))
{}

IncrementalAnalysis::~IncrementalAnalysis() = default;

IncrementalAnalysis::Change IncrementalAnalysis::addDocument(const EngineDocument &document,
                                                             bool align)
{
    Change change;
    const uint32_t index = uint32_t(d->docs.size());
    const QString lang = OverlapEngine::languageOf(
        document.text, document.language.isEmpty() ? d->options.language : document.language);
    d->docs.push_back(
        AnalyzedDocument::make(document.id, document.text, d->tokenizers.forLanguage(lang)));
    d->ids.push_back(document.id);
    const CandidateIndex::Update update =
        d->index.add(index, fingerprints(d->docs.back(), d->options.index));
    for (const DocPair &p : update.dropped) {
        d->byPair.erase(p);
        if (align) // a stored passage of this pair, if any, is no longer a result
            change.droppedPairs.emplace_back(d->ids[p.first], d->ids[p.second]);
    }
    for (const DocPair &p : update.added) {
        if (!align)
            continue;
        std::vector<PassagePair> pairs = d->aligner.align(d->docs[p.first], d->docs[p.second]);
        change.added.insert(change.added.end(), pairs.begin(), pairs.end());
        if (!pairs.empty())
            d->byPair[p] = std::move(pairs);
    }
    return change;
}

std::vector<PassagePair> IncrementalAnalysis::passages() const
{
    std::vector<PassagePair> all;
    for (const auto &[pair, passages] : d->byPair)
        all.insert(all.end(), passages.begin(), passages.end());
    std::sort(all.begin(), all.end(), [](const PassagePair &x, const PassagePair &y) {
        return x.a != y.a ? x.a < y.a : x.b != y.b ? x.b < y.b : x.spanA.start < y.spanA.start;
    });
    return all;
}

} // namespace Crosscheck::Core::Analysis
