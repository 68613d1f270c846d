// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nametagger.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSet>

#include "suggestions/lexicon.h"
#include "util/appinit.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace Crosscheck::Core::Ner {

namespace {

constexpr int kAdaptPasses = 8;
constexpr float kAdaptRate = 1.0f; // the perceptron's unit step, as in training
// What the analyst decided must win by a margin, not by a hair: a name rejected in one
// sentence must stay rejected in the next, where its neighbours differ.
constexpr float kAdaptMargin = 4.0f;

/// The classes of the tokens of \a s that \a spans cover, as allowed tags: a name's tokens
/// must be B then I of its class, a rejected span's tokens O; the rest is free.
std::vector<TagMask> constraintsOf(const Sentence &s,
                                   const std::vector<std::pair<Analysis::Span, int>> &spans,
                                   bool *any)
{
    std::vector<TagMask> allowed(s.size(), kAnyTag);
    for (const auto &[span, cls] : spans) {
        bool first = true;
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i].end <= span.start || s[i].start >= span.end)
                continue;
            *any = true;
            if (cls < 0)
                allowed[i] = TagMask(1u << O);
            else
                allowed[i] = TagMask(1u << (first ? beginOf(cls) : insideOf(cls)));
            first = false;
        }
    }
    return allowed;
}

QString textOf(const Sentence &s, const Segment &seg)
{
    QString out;
    for (int i = seg.from; i < seg.to; ++i)
        out += (i > seg.from ? QStringLiteral(" ") : QString()) + s[size_t(i)].text.toCaseFolded();
    return out;
}

/// Names whose last word is an organisation word become organisations ("Defence Ministry",
/// and the metonyms "Kremlin" and "Pentagon" alone).
void organisationHeads(const std::vector<Sentence> &sentences,
                       std::vector<std::vector<Segment>> &names)
{
    const QSet<QString> &heads = Annotation::Lexicon::organisationWords();
    for (size_t i = 0; i < sentences.size(); ++i)
        for (Segment &seg : names[i]) {
            const QString last = sentences[i][size_t(seg.to - 1)].text.toCaseFolded();
            if (seg.cls != OrgClass && heads.contains(last) && last != u"union" &&
                (seg.to - seg.from > 1 ||
                 Annotation::Lexicon::organisationMetonyms().contains(last)))
                seg.cls = OrgClass;
        }
}

/// Names followed by a word for a place ("Bukit Sama village", "Bener Meriah district",
/// "Aceh province") are places, whatever they sound like.
void placeHeads(const std::vector<Sentence> &sentences, std::vector<std::vector<Segment>> &names)
{
    static const QSet<QString> places{
        QStringLiteral("village"),       QStringLiteral("district"),
        QStringLiteral("province"),      QStringLiteral("city"),
        QStringLiteral("town"),          QStringLiteral("county"),
        QStringLiteral("region"),        QStringLiteral("island"),
        QStringLiteral("islands"),       QStringLiteral("regency"),
        QStringLiteral("municipality"),  QStringLiteral("oblast"),
        QStringLiteral("prefecture"),    QStringLiteral("governorate"),
        QStringLiteral("valley"),        QStringLiteral("suburb"),
        QStringLiteral("neighbourhood"), QStringLiteral("neighborhood")};
    for (size_t i = 0; i < sentences.size(); ++i)
        for (Segment &seg : names[i]) {
            if (size_t(seg.to) >= sentences[i].size())
                continue;
            const QString &next = sentences[i][size_t(seg.to)].text;
            if (!next.isEmpty() && next.front().isLower() && places.contains(next))
                seg.cls = LocClass;
        }
}

/// A person's name without the titles before it ("Emperor Meiji" → "Meiji"), as the corpora
/// annotate names; the title is context, not part of the name.
void stripTitles(const std::vector<Sentence> &sentences, std::vector<std::vector<Segment>> &names)
{
    const QSet<QString> &titles = Annotation::Lexicon::titleWords();
    for (size_t i = 0; i < sentences.size(); ++i)
        for (Segment &seg : names[i])
            while (seg.cls == PerClass && seg.to - seg.from > 1) {
                QString w = sentences[i][size_t(seg.from)].text.toCaseFolded();
                if (w.endsWith(u'.'))
                    w.chop(1);
                if (!titles.contains(w))
                    break;
                ++seg.from;
            }
}

/// One sense per document: where a name the tagger found (or the surname of a person it found)
/// occurs again untagged and capitalised, it is that name again, with the lowest confidence the
/// name had.
void propagate(const std::vector<Sentence> &sentences, std::vector<std::vector<Segment>> &names)
{
    struct Known
    {
        int cls = 0;
        double probability = 1;
    };
    QHash<QString, Known> known;
    int longest = 0;
    const auto remember = [&](const QString &key, int cls, double p, int length) {
        auto it = known.find(key);
        if (it == known.end())
            it = known.insert(key, {cls, p});
        it->probability = std::min(it->probability, p);
        longest = std::max(longest, length);
    };
    for (size_t i = 0; i < sentences.size(); ++i)
        for (const Segment &seg : names[i]) {
            remember(textOf(sentences[i], seg), seg.cls, seg.probability, seg.to - seg.from);
            if (seg.cls == PerClass && seg.to - seg.from > 1)
                remember(textOf(sentences[i], {seg.to - 1, seg.to, PerClass, 0}), PerClass,
                         seg.probability, 1);
        }
    longest = std::min(longest, 6);
    for (size_t i = 0; i < sentences.size(); ++i) {
        const Sentence &s = sentences[i];
        std::vector<bool> taken(s.size(), false);
        for (const Segment &seg : names[i])
            std::fill(taken.begin() + seg.from, taken.begin() + seg.to, true);
        for (int from = 0; from < int(s.size()); ++from) {
            if (taken[size_t(from)] || !s[size_t(from)].text.at(0).isUpper())
                continue;
            // The longest free stretch of words from here that could be a known name.
            int end = from;
            while (end < int(s.size()) && end - from < longest && !taken[size_t(end)])
                ++end;
            QStringList words;
            for (int k = from; k < end; ++k)
                words << s[size_t(k)].text.toCaseFolded();
            for (int to = end; to > from; --to) {
                if (!s[size_t(to - 1)].text.at(0).isUpper())
                    continue;
                const auto it = known.constFind(words.mid(0, to - from).join(u' '));
                if (it == known.constEnd())
                    continue;
                names[i].push_back({from, to, it->cls, it->probability});
                std::fill(taken.begin() + from, taken.begin() + to, true);
                break;
            }
        }
        std::sort(names[i].begin(), names[i].end(),
                  [](const Segment &a, const Segment &b) { return a.from < b.from; });
    }
}

/// One class per name in a document: the class with the most summed confidence over its
/// occurrences; a lone surname takes the class of the person it ends.
void makeConsistent(const std::vector<Sentence> &sentences,
                    std::vector<std::vector<Segment>> &names)
{
    QHash<QString, std::array<double, kClasses>> votes;
    QSet<QString> surnames;
    for (size_t i = 0; i < sentences.size(); ++i)
        for (const Segment &seg : names[i]) {
            votes[textOf(sentences[i], seg)][size_t(seg.cls)] += seg.probability;
            if (seg.cls == PerClass && seg.to - seg.from > 1)
                surnames.insert(sentences[i][size_t(seg.to - 1)].text.toCaseFolded());
        }
    for (size_t i = 0; i < sentences.size(); ++i)
        for (Segment &seg : names[i]) {
            const QString key = textOf(sentences[i], seg);
            if (seg.to - seg.from == 1 && surnames.contains(key)) {
                seg.cls = PerClass;
                continue;
            }
            const auto &v = votes[key];
            seg.cls = int(std::max_element(v.begin(), v.end()) - v.begin());
        }
}

} // namespace

const NameTagger *NameTagger::forLanguage(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<NameTagger>> taggers;
    const QString primary =
        language.isEmpty() ? QStringLiteral("en") : language.section(u'-', 0, 0).toLower();
    ensureResources();
    QMutexLocker lock(&mutex);
    const auto it = taggers.constFind(primary);
    if (it != taggers.constEnd())
        return it->get();
    std::shared_ptr<NameTagger> tagger;
    QFile file(QStringLiteral(":/crosscheck/ner/ner-%1.model").arg(primary));
    if (file.open(QIODevice::ReadOnly)) {
        tagger = std::make_shared<NameTagger>();
        QString error;
        if (!tagger->load(file.readAll(), &error)) {
            qWarning("name tagger for %s: %s", qPrintable(primary), qPrintable(error));
            tagger.reset();
        }
    }
    taggers.insert(primary, tagger);
    return tagger.get();
}

bool NameTagger::load(const QByteArray &data, QString *error)
{
    return m_model.load(data, error);
}

std::vector<Name> NameTagger::tag(const QString &text, const Overlay *overlay) const
{
    std::vector<Name> out;
    const std::vector<Sentence> sentences = sentencesOf(text);
    const std::vector<std::vector<Segment>> names = tagSentences(sentences, overlay);
    for (size_t i = 0; i < sentences.size(); ++i) {
        const Sentence &s = sentences[i];
        for (const Segment &seg : names[i])
            // In hundredths, as it is shown and compared with a threshold.
            out.push_back({{s[size_t(seg.from)].start, s[size_t(seg.to - 1)].end},
                           seg.cls,
                           std::max(0.01, std::round(seg.probability * 100) / 100)});
    }
    return out;
}

std::vector<std::vector<Segment>> NameTagger::tagSentences(const std::vector<Sentence> &sentences,
                                                           const Overlay *overlay) const
{
    std::vector<std::vector<Segment>> out;
    out.reserve(sentences.size());
    const DocumentContext context(sentences);
    const Transitions t = m_model.transitions(overlay);
    for (const Sentence &s : sentences) {
        const Scores scores =
            m_model.emissions(featuresOf(s, context, &m_model.gazetteer()), overlay);
        std::vector<Segment> names = m_model.segmentsOf(Model::decode(scores, t), scores, t);
        for (Segment &seg : names)
            seg.probability = m_model.calibrated(seg.probability);
        out.push_back(std::move(names));
    }
    organisationHeads(sentences, out);
    placeHeads(sentences, out);
    stripTitles(sentences, out);
    propagate(sentences, out);
    makeConsistent(sentences, out);
    return out;
}

Overlay NameTagger::adapt(const std::vector<Evidence> &evidence) const
{
    std::vector<std::pair<SentenceFeatures, std::vector<TagMask>>> examples;
    for (const Evidence &e : evidence) {
        const std::vector<Sentence> sentences = sentencesOf(e.text);
        const DocumentContext context(sentences);
        for (const Sentence &s : sentences) {
            bool any = false;
            std::vector<TagMask> allowed = constraintsOf(s, e.spans, &any);
            if (any)
                examples.emplace_back(featuresOf(s, context, &m_model.gazetteer()),
                                      std::move(allowed));
        }
    }
    Learner learner(&m_model, kLexicalFeatures);
    for (int pass = 0; pass < kAdaptPasses; ++pass) {
        bool wrong = false;
        for (const auto &[features, allowed] : examples)
            wrong = learner.learn(features, allowed, kAdaptRate, kAdaptMargin) || wrong;
        if (!wrong)
            break;
    }
    return learner.current();
}

} // namespace Crosscheck::Core::Ner
