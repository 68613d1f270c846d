// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-train-ner: trains the name tagger's model from IOB2 corpora (see docs/entities.md).
//
//   crosscheck-train-ner --lang en --out resources/ner/ner-en.model
//       --train CORPUS.tsv[:nomisc|:dropmisc] ... --dev CORPUS.tsv[:nomisc|:dropmisc] ...
//       [--test CORPUS.tsv ...] [--wordnet /usr/share/wordnet] [--epochs N] [--seed N]
//       [--iso-codes /usr/share/iso-codes/json] [--tzdata /usr/share/zoneinfo]
//
// ":nomisc" marks a corpus without a MISC class (its O tokens may be MISC: partial labels);
// ":dropmisc" reads MISC as O. The epoch with the best typed F1 on the dev corpora is kept and
// the confidence is calibrated on them (Platt scaling of the segment marginals). --wordnet adds
// WordNet's capitalised person, place and group nouns as a gazetteer (package wordnet-base);
// --iso-codes adds the names of countries and their subdivisions (package iso-codes), --tzdata
// the cities that name time zones (package tzdata).
#include "ner/nercorpus.h"
#include "ner/nermodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringList>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

using namespace Crosscheck::Core::Ner;

namespace {

struct Example
{
    LabelledSentence sentence;
    SentenceFeatures features;
    MiscLabels misc = MiscLabels::Keep;
};

const Gazetteer *g_gazetteer = nullptr;

bool load(const QString &spec, std::vector<Example> &out)
{
    QString path = spec;
    MiscLabels misc = MiscLabels::Keep;
    if (spec.endsWith(QLatin1String(":nomisc"))) {
        misc = MiscLabels::Unknown;
        path.chop(7);
    } else if (spec.endsWith(QLatin1String(":dropmisc"))) {
        misc = MiscLabels::Drop;
        path.chop(9);
    }
    std::vector<LabelledDocument> docs;
    QString error;
    if (!readCorpus(path, misc == MiscLabels::Unknown ? MiscLabels::Drop : misc, docs, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    size_t tokens = 0;
    for (const LabelledDocument &d : docs) {
        const DocumentContext context(d.plain());
        for (const LabelledSentence &s : d.sentences) {
            out.push_back({s, featuresOf(s.tokens, context, g_gazetteer), misc});
            tokens += s.tokens.size();
        }
    }
    std::printf("%s: %zu documents, %zu tokens\n", qPrintable(path), docs.size(), tokens);
    return true;
}

struct DevResult
{
    Evaluation eval;
    std::vector<std::pair<double, bool>> confidences; ///< segment marginal, right or not
};

DevResult evaluate(const Model &m, const std::vector<Example> &dev)
{
    DevResult r;
    const Transitions t = m.transitions();
    for (const Example &e : dev) {
        const Scores s = m.emissions(e.features);
        const std::vector<uint8_t> tags = Model::decode(s, t);
        const std::vector<Segment> predicted = m.segmentsOf(tags, s, t);
        const std::vector<Segment> gold = segmentsOf(e.sentence.tags);
        const int ignored = e.misc == MiscLabels::Keep ? -1 : BMisc - 1;
        r.eval.add(gold, predicted, ignored);
        for (const Segment &p : predicted) {
            if (p.cls == ignored)
                continue;
            bool right = false;
            for (const Segment &g : gold)
                right = right || (g.from == p.from && g.to == p.to && g.cls == p.cls);
            r.confidences.emplace_back(p.probability, right);
        }
    }
    return r;
}

/// Platt scaling: a, b minimising the log loss of sigmoid(a·logit(p) + b) (Newton's method).
std::pair<double, double> calibrate(const std::vector<std::pair<double, bool>> &data)
{
    double a = 1, b = 0;
    for (int iter = 0; iter < 50; ++iter) {
        double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
        for (const auto &[p, y] : data) {
            const double q = std::clamp(p, 1e-6, 1 - 1e-6);
            const double x = std::log(q / (1 - q));
            const double s = 1 / (1 + std::exp(-(a * x + b)));
            const double d = s - (y ? 1 : 0), w = s * (1 - s) + 1e-9;
            ga += d * x;
            gb += d;
            haa += w * x * x;
            hab += w * x;
            hbb += w;
        }
        haa += 1e-3;
        hbb += 1e-3;
        const double det = haa * hbb - hab * hab;
        if (std::abs(det) < 1e-12)
            break;
        const double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
        const double step = std::min(1.0, 1.0 / std::max(std::abs(da), std::abs(db)));
        a -= step * da;
        b -= step * db;
    }
    return {a, b};
}

void printEval(const char *what, const Evaluation &e)
{
    std::printf("%s typed P %.3f R %.3f F1 %.3f | span F1 %.3f |", what, e.typed.precision(),
                e.typed.recall(), e.typed.f1(), e.span.f1());
    for (int c = 0; c < kClasses; ++c)
        std::printf(" %s %.3f", qPrintable(className(c)), e.perClass[c].f1());
    std::printf("\n");
}

/// WordNet's capitalised nouns of the person, location and group files (noun.person,
/// noun.location, noun.group) as a gazetteer of PER, LOC and ORG names.
bool readWordNet(const QString &dir, Gazetteer &g)
{
    QFile file(dir + QStringLiteral("/data.noun"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(file.fileName()),
                     qPrintable(file.errorString()));
        return false;
    }
    int added = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine());
        if (line.startsWith(u' '))
            continue; // the licence header
        const QStringList f = line.split(u' ');
        if (f.size() < 6)
            continue;
        const int lexFile = f.at(1).toInt();
        const int cls = lexFile == 18 ? 0 : lexFile == 14 ? 1 : lexFile == 15 ? 2 : -1;
        if (cls < 0)
            continue;
        const int words = f.at(3).toInt(nullptr, 16);
        for (int w = 0; w < words && 4 + 2 * w < f.size(); ++w) {
            QString lemma = f.at(4 + 2 * w);
            lemma.remove(QRegularExpression(QStringLiteral("\\([a-z]+\\)$")));
            if (lemma.isEmpty() || !lemma.at(0).isUpper())
                continue;
            lemma.replace(u'_', u' ');
            // Split as the tagger tokenises ("Washington D.C." stays, "Saint-Denis" splits).
            QString spaced;
            for (const Sentence &s : sentencesOf(lemma))
                for (const Token &t : s)
                    spaced += (spaced.isEmpty() ? QString() : QStringLiteral(" ")) + t.text;
            g.add(spaced, uint8_t(1u << cls));
            ++added;
        }
    }
    std::printf("WordNet: %d names\n", added);
    return true;
}

/// A place name as the tagger tokenises it, into \a g as LOC.
void addPlace(const QString &name, Gazetteer &g)
{
    QString spaced;
    for (const Sentence &s : sentencesOf(name))
        for (const Token &t : s)
            spaced += (spaced.isEmpty() ? QString() : QStringLiteral(" ")) + t.text;
    if (!spaced.isEmpty() && spaced.at(0).isUpper())
        g.add(spaced, uint8_t(1u << LocClass));
}

/// Country names (ISO 3166-1: name, common and official name) and the names of their
/// subdivisions (ISO 3166-2: provinces, states, regions; "Bayern [Bavaria]" and "A / B" give
/// both) from Debian's iso-codes (LGPL-2.1+), as places.
bool readIsoCodes(const QString &dir, Gazetteer &g)
{
    int added = 0;
    for (const auto &[file, key] :
         {std::pair{"iso_3166-1.json", "3166-1"}, {"iso_3166-2.json", "3166-2"}}) {
        QFile f(dir + u'/' + QLatin1String(file));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(f.fileName()), qPrintable(f.errorString()));
            return false;
        }
        const QJsonArray entries =
            QJsonDocument::fromJson(f.readAll())[QLatin1String(key)].toArray();
        for (const QJsonValue &e : entries)
            for (const char *field : {"name", "common_name", "official_name"}) {
                QString name = e[QLatin1String(field)].toString();
                name.remove(QRegularExpression(QStringLiteral("\\s*\\([^)]*\\)")));
                for (QString part :
                     name.split(QRegularExpression(QStringLiteral("\\s*[/,;\\[\\]]\\s*")),
                                Qt::SkipEmptyParts)) {
                    addPlace(part.trimmed(), g);
                    ++added;
                }
            }
    }
    std::printf("iso-codes: %d place names\n", added);
    return true;
}

/// The cities that name time zones ("America/Buenos_Aires") in the tz database (public
/// domain; Debian's tzdata), as places.
bool readTzCities(const QString &dir, Gazetteer &g)
{
    QFile f(dir + QStringLiteral("/zone.tab"));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(f.fileName()), qPrintable(f.errorString()));
        return false;
    }
    int added = 0;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine());
        const QStringList cols = line.split(u'\t');
        if (line.startsWith(u'#') || cols.size() < 3)
            continue;
        addPlace(cols.at(2).trimmed().section(u'/', -1).replace(u'_', u' '), g);
        ++added;
    }
    std::printf("tzdata: %d cities\n", added);
    return true;
}

struct Options
{
    QString out, language = QStringLiteral("en");
    int epochs = 12;
    int runs = 1;
    unsigned seed = 7;
    std::vector<Example> train, dev, test;
};

/// Reads the options and the corpora they name; the exit code on failure (0 when all is well).
int parse(const QStringList &args, Options &o)
{
    for (int i = 1; i + 1 < args.size(); i += 2) {
        const QString &k = args.at(i), &v = args.at(i + 1);
        bool ok = true;
        if (k == QLatin1String("--out"))
            o.out = v;
        else if (k == QLatin1String("--lang"))
            o.language = v;
        else if (k == QLatin1String("--epochs"))
            o.epochs = v.toInt();
        else if (k == QLatin1String("--seed"))
            o.seed = v.toUInt();
        else if (k == QLatin1String("--runs"))
            o.runs = std::max(1, v.toInt());
        else if (k == QLatin1String("--wordnet") || k == QLatin1String("--iso-codes") ||
                 k == QLatin1String("--tzdata"))
            continue;
        else if (k == QLatin1String("--train"))
            ok = load(v, o.train);
        else if (k == QLatin1String("--dev"))
            ok = load(v, o.dev);
        else if (k == QLatin1String("--test"))
            ok = load(v, o.test);
        else {
            std::fprintf(stderr, "unknown option %s\n", qPrintable(k));
            return 2;
        }
        if (!ok)
            return 1;
    }
    if (o.out.isEmpty() || o.train.empty() || o.dev.empty()) {
        std::fprintf(stderr, "usage: crosscheck-train-ner --out FILE --train TSV[:nomisc] ... "
                             "--dev TSV ... [--test TSV ...] [--wordnet DIR] [--iso-codes DIR] "
                             "[--tzdata DIR] [--lang en] "
                             "[--epochs N] [--seed N]\n");
        return 2;
    }
    return 0;
}

struct Trained
{
    std::unordered_map<uint64_t, Row> weights;
    Transitions transitions;
};

/// The averaged perceptron of the epoch with the best typed F1 on the dev corpora.
Trained trainBest(const Options &o, unsigned seed, const Gazetteer &gazetteer)
{
    Learner learner;
    std::mt19937 rng(seed);
    std::vector<size_t> order(o.train.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    Trained best;
    double bestF1 = -1;
    for (int epoch = 1; epoch <= o.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        int errors = 0;
        for (size_t i : order)
            errors += learner.learn(o.train[i].features,
                                    allowedTags(o.train[i].sentence, o.train[i].misc));
        Model m;
        m.setGazetteer(gazetteer);
        Transitions t;
        const auto weights = learner.averaged(&t);
        m.setWeights(weights, t);
        const DevResult r = evaluate(m, o.dev);
        std::printf("epoch %d: %d sentences wrong, %zu features; ", epoch, errors, weights.size());
        printEval("dev", r.eval);
        std::fflush(stdout);
        if (r.eval.typed.f1() > bestF1) {
            bestF1 = r.eval.typed.f1();
            best = {weights, t};
        }
    }
    std::printf("kept dev typed F1 %.3f\n", bestF1);
    return best;
}

/// Sets the temperature (and Platt's a, b at it) with the least log loss on \a dev.
void calibrateOn(Model &model, const std::vector<Example> &dev)
{
    double bestLoss = 1e300, a = 1, b = 0, temperature = 1;
    for (double temp : {1.0, 2.0, 4.0, 8.0, 16.0, 32.0}) {
        model.setCalibration(1, 0, temp);
        const auto data = evaluate(model, dev).confidences;
        const auto [ta, tb] = calibrate(data);
        model.setCalibration(ta, tb, temp);
        double loss = 0;
        for (const auto &[p, y] : data) {
            const double c = std::clamp(model.calibrated(p), 1e-9, 1 - 1e-9);
            loss -= y ? std::log(c) : std::log(1 - c);
        }
        std::printf("temperature %.0f: a %.3f b %.3f log loss %.4f\n", temp, ta, tb,
                    loss / double(data.size()));
        if (loss < bestLoss) {
            bestLoss = loss;
            a = ta;
            b = tb;
            temperature = temp;
        }
    }
    model.setCalibration(a, b, temperature);
    std::printf("calibration a %.3f b %.3f temperature %.0f\n", a, b, temperature);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    static Gazetteer gazetteer;
    for (int i = 1; i + 1 < args.size(); i += 2)
        if (args.at(i) == QLatin1String("--wordnet") && !readWordNet(args.at(i + 1), gazetteer))
            return 1;
    for (int i = 1; i + 1 < args.size(); i += 2)
        if ((args.at(i) == QLatin1String("--iso-codes") &&
             !readIsoCodes(args.at(i + 1), gazetteer)) ||
            (args.at(i) == QLatin1String("--tzdata") && !readTzCities(args.at(i + 1), gazetteer)))
            return 1;
    g_gazetteer = &gazetteer;
    Options o;
    if (const int code = parse(args, o))
        return code;
    // The mean of several runs that differ only in the order of the training sentences: a
    // perceptron's result depends on that order by a point or two of F1; the mean does not.
    Trained sum;
    for (int run = 0; run < o.runs; ++run) {
        const Trained t = trainBest(o, o.seed + unsigned(run), gazetteer);
        for (const auto &[key, row] : t.weights) {
            Row &r = sum.weights[key];
            for (int k = 0; k < kTags; ++k)
                r[size_t(k)] += row[size_t(k)] / float(o.runs);
        }
        for (int a = 0; a <= kTags; ++a)
            for (int b = 0; b < kTags; ++b)
                sum.transitions.w[a][b] += t.transitions.w[a][b] / float(o.runs);
    }
    Model best;
    best.setGazetteer(gazetteer);
    best.setWeights(sum.weights, sum.transitions);
    if (o.runs > 1)
        printEval("mean of runs, dev", evaluate(best, o.dev).eval);
    calibrateOn(best, o.dev);
    best.setLanguage(o.language);
    if (!o.test.empty())
        printEval("test", evaluate(best, o.test).eval);
    QSaveFile file(o.out);
    const QByteArray data = best.save();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(o.out), qPrintable(file.errorString()));
        return 1;
    }
    std::printf("wrote %s (%lld bytes, %zu features)\n", qPrintable(o.out), qint64(data.size()),
                best.featureCount());
    return 0;
}
