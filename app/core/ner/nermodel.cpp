// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nermodel.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace Crosscheck::Core::Ner {

namespace {

constexpr float kNever = -1e30f;
constexpr quint32 kMagic = 0x43434e52; // "CCNR"
constexpr quint32 kFormat = 3;

/// IOB2: I-X only after B-X or I-X.
bool allowedAfter(int prev, int tag)
{
    if (tag < IPer)
        return true;
    const int cls = tag - IPer;
    return prev == BPer + cls || prev == IPer + cls;
}

} // namespace

void Model::setWeights(const std::unordered_map<uint64_t, Row> &weights, const Transitions &t)
{
    // At most three quarters full: a smaller table stays in the cache (probes are short).
    const size_t capacity = std::bit_ceil(std::max<size_t>(16, weights.size() * 4 / 3 + 1));
    m_keys.assign(capacity, 0);
    m_rows.assign(capacity * kTags, 0);
    m_mask = capacity - 1;
    for (const auto &[key, row] : weights) {
        uint64_t k = key ? key : 1;
        size_t at = k & m_mask;
        while (m_keys[at] != 0 && m_keys[at] != k)
            at = (at + 1) & m_mask;
        m_keys[at] = k;
        std::copy(row.begin(), row.end(), m_rows.begin() + ptrdiff_t(at * kTags));
    }
    m_transitions = t;
}

size_t Model::featureCount() const
{
    return size_t(std::count_if(m_keys.begin(), m_keys.end(), [](uint64_t k) { return k != 0; }));
}

void Model::setCalibration(double a, double b, double temperature)
{
    m_a = a;
    m_b = b;
    m_temperature = temperature;
}

const float *Model::row(uint64_t key) const
{
    if (m_keys.empty())
        return nullptr;
    const uint64_t k = key ? key : 1;
    for (size_t at = k & m_mask;; at = (at + 1) & m_mask) {
        if (m_keys[at] == k)
            return m_rows.data() + at * kTags;
        if (m_keys[at] == 0)
            return nullptr;
    }
}

Scores Model::emissions(const SentenceFeatures &features, const Overlay *overlay) const
{
    Scores out(features.size(), Row{});
    for (size_t i = 0; i < features.size(); ++i) {
        Row &r = out[i];
        for (uint64_t f : features[i]) {
            if (const float *w = row(f))
                for (int t = 0; t < kTags; ++t)
                    r[size_t(t)] += w[t];
            if (overlay) {
                const auto it = overlay->weights.find(f);
                if (it != overlay->weights.end())
                    for (int t = 0; t < kTags; ++t)
                        r[size_t(t)] += it->second[size_t(t)];
            }
        }
    }
    return out;
}

Transitions Model::transitions(const Overlay *overlay) const
{
    Transitions t = m_transitions;
    if (overlay)
        for (int p = 0; p <= kTags; ++p)
            for (int c = 0; c < kTags; ++c)
                t.w[p][c] += overlay->transitions.w[p][c];
    return t;
}

std::vector<uint8_t> Model::decode(const Scores &scores, const Transitions &t,
                                   const std::vector<TagMask> *allowed)
{
    const size_t n = scores.size();
    std::vector<uint8_t> tags(n, O);
    if (n == 0)
        return tags;
    std::vector<std::array<float, kTags>> best(n);
    std::vector<std::array<uint8_t, kTags>> back(n);
    const auto ok = [&](size_t i, int tag) { return !allowed || ((*allowed)[i] >> tag) & 1; };
    for (int c = 0; c < kTags; ++c)
        best[0][size_t(c)] =
            ok(0, c) && allowedAfter(-1, c) ? t.w[kTags][c] + scores[0][size_t(c)] : kNever;
    for (size_t i = 1; i < n; ++i) {
        for (int c = 0; c < kTags; ++c) {
            float top = kNever;
            uint8_t arg = 0;
            if (ok(i, c)) {
                for (int p = 0; p < kTags; ++p) {
                    if (!allowedAfter(p, c) || best[i - 1][size_t(p)] <= kNever)
                        continue;
                    const float s = best[i - 1][size_t(p)] + t.w[p][c];
                    if (s > top) {
                        top = s;
                        arg = uint8_t(p);
                    }
                }
            }
            best[i][size_t(c)] = top <= kNever ? kNever : top + scores[i][size_t(c)];
            back[i][size_t(c)] = arg;
        }
    }
    const auto &last = best[n - 1];
    tags[n - 1] = uint8_t(std::max_element(last.begin(), last.end()) - last.begin());
    for (size_t i = n - 1; i > 0; --i)
        tags[i - 1] = back[i][tags[i]];
    return tags;
}

std::vector<Segment> Model::segments(const std::vector<uint8_t> &tags, const Scores &raw,
                                     const Transitions &rawT, double temperature)
{
    // Forward–backward in linear space, each position's forward vector scaled to sum 1 (the
    // scales c[i] make the backward vectors' scale too): nine exp() per token, not 81.
    std::vector<Segment> out;
    const size_t n = raw.size();
    if (n == 0)
        return out;
    const double inv = 1 / temperature;
    double T[kTags + 1][kTags];
    for (int p = 0; p <= kTags; ++p)
        for (int c = 0; c < kTags; ++c)
            T[p][c] = allowedAfter(p == kTags ? -1 : p, c) ? std::exp(rawT.w[p][c] * inv) : 0;
    std::vector<std::array<double, kTags>> e(n), alpha(n), beta(n);
    std::vector<double> scale(n);
    for (size_t i = 0; i < n; ++i) {
        const float top = *std::max_element(raw[i].begin(), raw[i].end());
        for (int c = 0; c < kTags; ++c)
            e[i][size_t(c)] = std::exp((raw[i][size_t(c)] - top) * inv);
    }
    for (size_t i = 0; i < n; ++i) {
        double sum = 0;
        for (int c = 0; c < kTags; ++c) {
            double a = 0;
            if (i == 0)
                a = T[kTags][c];
            else
                for (int p = 0; p < kTags; ++p)
                    a += alpha[i - 1][size_t(p)] * T[p][c];
            alpha[i][size_t(c)] = a * e[i][size_t(c)];
            sum += alpha[i][size_t(c)];
        }
        scale[i] = sum > 0 ? sum : 1;
        for (double &a : alpha[i])
            a /= scale[i];
    }
    beta[n - 1].fill(1);
    for (size_t i = n - 1; i > 0; --i)
        for (int p = 0; p < kTags; ++p) {
            double b = 0;
            for (int c = 0; c < kTags; ++c)
                b += T[p][c] * e[i][size_t(c)] * beta[i][size_t(c)];
            beta[i - 1][size_t(p)] = b / scale[i];
        }
    for (size_t i = 0; i < n;) {
        const int cls = classOf(tags[i]);
        if (cls < 0 || tags[i] != beginOf(cls)) {
            ++i;
            continue;
        }
        const int in = insideOf(cls);
        double p = alpha[i][size_t(beginOf(cls))];
        int prev = beginOf(cls);
        size_t j = i + 1;
        for (; j < n && tags[j] == in; ++j, prev = in)
            p *= T[prev][in] * e[j][size_t(in)] / scale[j];
        if (j < n) {
            double rest = 0;
            for (int c = 0; c < kTags; ++c)
                if (c != in)
                    rest += T[prev][c] * e[j][size_t(c)] * beta[j][size_t(c)];
            p *= rest / scale[j];
        }
        out.push_back({int(i), int(j), cls, std::clamp(p, 0.0, 1.0)});
        i = j;
    }
    return out;
}

double Model::calibrated(double probability) const
{
    const double p = std::clamp(probability, 1e-6, 1 - 1e-6);
    return 1 / (1 + std::exp(-(m_a * std::log(p / (1 - p)) + m_b)));
}

QByteArray Model::save() const
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << kMagic << kFormat << m_language << m_a << m_b << m_temperature;
    for (int p = 0; p <= kTags; ++p)
        for (int c = 0; c < kTags; ++c)
            out << m_transitions.w[p][c];
    float top = 1e-6f;
    for (float w : m_rows)
        top = std::max(top, std::abs(w));
    const float scale = top / 32767.f;
    quint32 count = 0;
    for (uint64_t k : m_keys)
        count += k != 0;
    out << scale << count;
    for (size_t at = 0; at < m_keys.size(); ++at) {
        if (m_keys[at] == 0)
            continue;
        out << quint64(m_keys[at]);
        for (int t = 0; t < kTags; ++t)
            out << qint16(std::lround(m_rows[at * kTags + size_t(t)] / scale));
    }
    m_gazetteer.save(out);
    return qCompress(raw, 9);
}

bool Model::load(const QByteArray &data, QString *error)
{
    const QByteArray raw = qUncompress(data);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_0);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, format = 0, count = 0;
    float scale = 0;
    in >> magic >> format;
    if (magic != kMagic || format != kFormat) {
        if (error)
            *error = QStringLiteral("not a name-tagger model of format %1").arg(kFormat);
        return false;
    }
    Transitions t;
    in >> m_language >> m_a >> m_b >> m_temperature;
    for (int p = 0; p <= kTags; ++p)
        for (int c = 0; c < kTags; ++c)
            in >> t.w[p][c];
    in >> scale >> count;
    std::unordered_map<uint64_t, Row> weights;
    // Each weight takes 8 + 2 * kTags bytes: a count the data cannot hold is not believed.
    weights.reserve(std::min<size_t>(count, size_t(raw.size()) / (8 + 2 * kTags)));
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        quint64 key = 0;
        Row r{};
        in >> key;
        for (int k = 0; k < kTags; ++k) {
            qint16 v = 0;
            in >> v;
            r[size_t(k)] = float(v) * scale;
        }
        weights.emplace(key, r);
    }
    m_gazetteer.load(in);
    if (in.status() != QDataStream::Ok) {
        if (error)
            *error = QStringLiteral("the name-tagger model is truncated");
        return false;
    }
    setWeights(weights, t);
    return true;
}

bool Learner::learn(const SentenceFeatures &features, const std::vector<TagMask> &allowed,
                    float rate, float margin)
{
    const Scores s = scores(features);
    const Transitions t = transitionsNow();
    // Loss-augmented: every tag the labels do not allow scores \a margin more, so the target
    // must win by that much to count as learnt.
    Scores augmented = s;
    if (margin > 0)
        for (size_t i = 0; i < augmented.size(); ++i)
            for (int tag = 0; tag < kTags; ++tag)
                if (!(allowed[i] & (1u << tag)))
                    augmented[i][size_t(tag)] += margin;
    const std::vector<uint8_t> predicted = Model::decode(augmented, t);
    const std::vector<uint8_t> target = Model::decode(s, t, &allowed);
    m_step += 1;
    if (predicted == target)
        return false;
    add(features, target, rate);
    add(features, predicted, -rate);
    return true;
}

void Learner::add(const SentenceFeatures &f, const std::vector<uint8_t> &tags, float delta)
{
    const auto bump = [&](Weight &w, int tag) {
        w.w[size_t(tag)] += delta;
        w.acc[size_t(tag)] += float(m_step) * delta;
    };
    const bool all = m_updatable == SIZE_MAX;
    for (size_t i = 0; i < tags.size(); ++i) {
        const size_t n = std::min(f[i].size(), m_updatable);
        for (size_t j = 0; j < n; ++j)
            bump(m_weights[f[i][j]], tags[i]);
        if (all)
            bump(m_trans[i == 0 ? kTags : tags[i - 1]], tags[i]);
    }
}

Scores Learner::scores(const SentenceFeatures &features) const
{
    Scores out = m_base ? m_base->emissions(features) : Scores(features.size(), Row{});
    for (size_t i = 0; i < features.size(); ++i)
        for (uint64_t k : features[i]) {
            const auto it = m_weights.find(k);
            if (it != m_weights.end())
                for (int t = 0; t < kTags; ++t)
                    out[i][size_t(t)] += it->second.w[size_t(t)];
        }
    return out;
}

Transitions Learner::transitionsNow() const
{
    Transitions t = m_base ? m_base->transitions() : Transitions{};
    for (int p = 0; p <= kTags; ++p)
        for (int c = 0; c < kTags; ++c)
            t.w[p][c] += m_trans[p].w[size_t(c)];
    return t;
}

std::unordered_map<uint64_t, Row> Learner::averaged(Transitions *transitions) const
{
    std::unordered_map<uint64_t, Row> out;
    out.reserve(m_weights.size());
    const auto avg = [&](const Weight &w) {
        Row r{};
        for (int t = 0; t < kTags; ++t)
            r[size_t(t)] = w.w[size_t(t)] - w.acc[size_t(t)] / float(m_step);
        return r;
    };
    for (const auto &[k, w] : m_weights) {
        const Row r = avg(w);
        if (std::any_of(r.begin(), r.end(), [](float v) { return std::abs(v) > 1e-3f; }))
            out.emplace(k, r);
    }
    if (transitions)
        for (int p = 0; p <= kTags; ++p) {
            const Row r = avg(m_trans[p]);
            std::copy(r.begin(), r.end(), transitions->w[p]);
        }
    return out;
}

Overlay Learner::current() const
{
    Overlay o;
    for (const auto &[k, w] : m_weights)
        o.weights.emplace(k, w.w);
    for (int p = 0; p <= kTags; ++p)
        std::copy(m_trans[p].w.begin(), m_trans[p].w.end(), o.transitions.w[p]);
    return o;
}

} // namespace Crosscheck::Core::Ner
