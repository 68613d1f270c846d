// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nerfeatures.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace Crosscheck::Core::Ner {

/// IOB2 tags over the four name classes.
enum Tag : uint8_t { O, BPer, BOrg, BLoc, BMisc, IPer, IOrg, ILoc, IMisc };
constexpr int kTags = 9;
constexpr int kClasses = 4; ///< PER, ORG, LOC, MISC
enum Class : int { PerClass, OrgClass, LocClass, MiscClass };
using TagMask = uint16_t; ///< bit t: tag t allowed
constexpr TagMask kAnyTag = (1u << kTags) - 1;

inline Tag beginOf(int cls)
{
    return Tag(BPer + cls);
}
inline Tag insideOf(int cls)
{
    return Tag(IPer + cls);
}
inline int classOf(uint8_t tag)
{
    return tag == O ? -1 : (tag - 1) % kClasses;
}

using Row = std::array<float, kTags>;
using Scores = std::vector<Row>; ///< per token, per tag

/// Tag-to-tag scores; row kTags is the sentence start.
struct Transitions
{
    float w[kTags + 1][kTags] = {};
};

/// A labelled stretch of tokens [from, to) and the probability that it is exactly this name.
struct Segment
{
    int from = 0;
    int to = 0;
    int cls = 0;
    double probability = 0;
};

/// Weights learnt on top of a model from one project's decisions.
struct Overlay
{
    std::unordered_map<uint64_t, Row> weights;
    Transitions transitions;
    bool empty() const { return weights.empty(); }
};

/// A trained linear sequence model: feature weights per tag, tag transitions, first-order
/// Viterbi decoding under the IOB2 constraints, forward–backward marginals for a segment's
/// probability, and a Platt calibration of that probability measured on development data.
class Model
{
public:
    bool load(const QByteArray &data, QString *error);
    QByteArray save() const;

    void setWeights(const std::unordered_map<uint64_t, Row> &weights, const Transitions &t);
    void setCalibration(double a, double b, double temperature);
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }
    size_t featureCount() const;

    const Gazetteer &gazetteer() const { return m_gazetteer; }
    void setGazetteer(const Gazetteer &g) { m_gazetteer = g; }

    /// Per-token tag scores of \a features (plus \a overlay's).
    Scores emissions(const SentenceFeatures &features, const Overlay *overlay = nullptr) const;
    Transitions transitions(const Overlay *overlay = nullptr) const;
    /// The best tag sequence; \a allowed (one mask per token) restricts it.
    static std::vector<uint8_t> decode(const Scores &scores, const Transitions &t,
                                       const std::vector<TagMask> *allowed = nullptr);
    /// The names of \a tags with their marginal probabilities.
    static std::vector<Segment> segments(const std::vector<uint8_t> &tags, const Scores &scores,
                                         const Transitions &t, double temperature = 1);
    /// segments() at the model's temperature (perceptron scores are not log-probabilities:
    /// the temperature that calibrates best on development data divides them).
    std::vector<Segment> segmentsOf(const std::vector<uint8_t> &tags, const Scores &scores,
                                    const Transitions &t) const
    {
        return segments(tags, scores, t, m_temperature);
    }
    /// The calibrated confidence of a segment's probability.
    double calibrated(double probability) const;

private:
    const float *row(uint64_t key) const;
    std::vector<uint64_t> m_keys; ///< open addressing, 0 = empty
    std::vector<float> m_rows;
    uint64_t m_mask = 0;
    Transitions m_transitions;
    double m_a = 1, m_b = 0, m_temperature = 1;
    QString m_language;
    Gazetteer m_gazetteer;
};

/// An averaged perceptron over a Model's features: learns from a sentence whose allowed tags
/// per token are given (a fully labelled sentence allows one tag per token; partial labels
/// allow several, and the best allowed sequence is the target).
class Learner
{
public:
    /// Learns on top of \a base (null: from scratch). With \a updatable set, only each token's
    /// first \a updatable features change and the transitions stay: adapting a trained model
    /// to one project's names must not move what it knows about shapes and case in general.
    explicit Learner(const Model *base = nullptr, size_t updatable = SIZE_MAX)
        : m_base(base)
        , m_updatable(updatable)
    {}
    /// One step; \a rate scales the update. Returns whether the prediction was wrong, or
    /// right by less than \a margin (in score units) over every labelling it does not allow.
    bool learn(const SentenceFeatures &features, const std::vector<TagMask> &allowed,
               float rate = 1, float margin = 0);
    /// The averaged weights (what a model keeps).
    std::unordered_map<uint64_t, Row> averaged(Transitions *transitions) const;
    /// The weights as they stand (an overlay on \a base).
    Overlay current() const;
    Scores scores(const SentenceFeatures &features) const;
    Transitions transitionsNow() const;

private:
    struct Weight
    {
        Row w{};
        Row acc{};
    };
    void add(const SentenceFeatures &f, const std::vector<uint8_t> &tags, float delta);
    const Model *m_base;
    size_t m_updatable;
    std::unordered_map<uint64_t, Weight> m_weights;
    Weight m_trans[kTags + 1];
    double m_step = 1;
};

} // namespace Crosscheck::Core::Ner
