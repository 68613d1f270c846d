// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ner: the name tagger's accuracy, calibration, learning from the analyst and speed.
//
//   bench_ner [--shared DIR] [--seeds-gold FILE] [--model FILE] [--speed] [--docs N | --dir DIR]
//
// 1. Held-out test splits of ../shared/corpus/ner (never trained on; uner_en_pud is the news
//    test, uner_de_pud the German one): precision, recall and F1, exact span and class
//    ("typed") and exact span ("span"), by class. Corpora without MISC are scored on
//    PER/ORG/LOC (the tagger's Other is left out).
// 2. Calibration: of the names shown at confidence c, how many are right, by bin.
// 3. The seeds (../shared/seeds) against our hand gold (tests/data/seeds-names.tsv), and the
//    names found in Title Case headlines that are not names.
// 4. Learning curve: after the analyst tags the first N names of a project (the seeds; the
//    news test as one project), how many of the remaining suggestions are right.
// 5. --speed: tagging the bench_overlaps corpus (10,000 generated articles).
#include "benchcorpus.h"

#include <importers/documentimporter.h>
#include <ner/nametagger.h>
#include <ner/nercorpus.h>
#include <project/project.h>
#include <suggestions/suggestions.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <cstdio>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Ner;

namespace {

struct Bins
{
    int right[10] = {};
    int shown[10] = {};
    void add(double c, bool ok)
    {
        const int b = std::clamp(int(c * 10), 0, 9);
        ++shown[b];
        right[b] += ok;
    }
};

void print(const char *what, const Evaluation &e)
{
    std::printf("%-22s typed P %.3f R %.3f F1 %.3f | span P %.3f R %.3f F1 %.3f |", what,
                e.typed.precision(), e.typed.recall(), e.typed.f1(), e.span.precision(),
                e.span.recall(), e.span.f1());
    for (int c = 0; c < kClasses; ++c)
        if (e.perClass[c].tp + e.perClass[c].fn > 0)
            std::printf(" %s P %.2f R %.2f F1 %.3f", qPrintable(className(c)),
                        e.perClass[c].precision(), e.perClass[c].recall(), e.perClass[c].f1());
    std::printf("\n");
}

Evaluation evaluateCorpus(const NameTagger &tagger, const std::vector<LabelledDocument> &docs,
                          bool hasMisc, Bins &bins)
{
    Evaluation e;
    const int ignored = hasMisc ? -1 : MiscClass;
    for (const LabelledDocument &d : docs) {
        const std::vector<std::vector<Segment>> names = tagger.tagSentences(d.plain());
        for (size_t i = 0; i < d.sentences.size(); ++i) {
            const std::vector<Segment> gold = segmentsOf(d.sentences[i].tags);
            e.add(gold, names[i], ignored);
            for (const Segment &p : names[i]) {
                if (p.cls == ignored)
                    continue;
                const bool ok = std::any_of(gold.begin(), gold.end(), [&](const Segment &g) {
                    return g.from == p.from && g.to == p.to && g.cls == p.cls;
                });
                bins.add(p.probability, ok);
            }
        }
    }
    return e;
}

/// A document as text (sentences on lines of their own) with its gold names as char spans.
struct GoldText
{
    QString name;
    QString text;
    std::vector<std::pair<Analysis::Span, int>> gold; ///< in text order
};

GoldText asText(const LabelledDocument &d)
{
    GoldText g;
    g.name = d.id;
    for (const LabelledSentence &s : d.sentences) {
        const int32_t base = int32_t(g.text.size());
        for (size_t i = 0; i < s.tokens.size(); ++i)
            g.text += (i ? QStringLiteral(" ") : QString()) + s.tokens[i].text;
        for (const Segment &seg : segmentsOf(s.tags))
            g.gold.push_back(
                {{base + s.tokens[size_t(seg.from)].start, base + s.tokens[size_t(seg.to - 1)].end},
                 seg.cls});
        g.text += QStringLiteral("\n\n");
    }
    return g;
}

int classNamed(const QString &s)
{
    for (int c = 0; c < kClasses; ++c)
        if (className(c) == s)
            return c;
    return -1;
}

using GoldNames = std::vector<std::pair<QString, int>>;

/// The hand gold: name TAB class per line, longest names first.
GoldNames readGoldNames(const QString &goldFile)
{
    GoldNames names;
    QFile f(goldFile);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!f.atEnd()) {
        const QStringList parts = QString::fromUtf8(f.readLine()).trimmed().split(u'\t');
        if (parts.size() == 2 && !parts[0].startsWith(u'#'))
            names.emplace_back(parts[0], classNamed(parts[1]));
    }
    std::sort(names.begin(), names.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return names;
}

/// \a text with every occurrence of the gold's names (longest first) as its gold.
GoldText withGold(const QString &name, const QString &text, const GoldNames &names)
{
    GoldText g{name, text, {}};
    std::vector<bool> used(size_t(g.text.size()), false);
    for (const auto &[gold, cls] : names) {
        const QRegularExpression re(QStringLiteral("(?<![\\w.])") +
                                    QRegularExpression::escape(gold) + QStringLiteral("(?![\\w])"));
        for (auto it = re.globalMatch(g.text); it.hasNext();) {
            const auto m = it.next();
            const int32_t s = int32_t(m.capturedStart()), e = int32_t(m.capturedEnd());
            if (std::any_of(used.begin() + s, used.begin() + e, [](bool b) { return b; }))
                continue;
            std::fill(used.begin() + s, used.begin() + e, true);
            g.gold.push_back({{s, e}, cls});
        }
    }
    std::sort(g.gold.begin(), g.gold.end(),
              [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    return g;
}

/// The seeds' texts with their gold.
std::vector<GoldText> seedsGold(const QString &seeds, const GoldNames &names)
{
    std::vector<GoldText> out;
    if (names.empty())
        return out;
    const QStringList files =
        QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile in(seeds + u'/' + file);
        if (in.open(QIODevice::ReadOnly))
            out.push_back(withGold(file, QString::fromUtf8(in.readAll()), names));
    }
    return out;
}

/// Char-span scoring of \a found against \a gold from offset \a from on (MISC gold: a name of
/// another kind; MISC predictions are left out).
void score(const GoldText &g, const std::vector<Name> &found, int32_t from, Evaluation &e)
{
    std::vector<Segment> gold, predicted;
    // Segments over char offsets: Evaluation compares from/to only.
    for (const auto &[span, cls] : g.gold)
        if (span.start >= from && cls != MiscClass)
            gold.push_back({span.start, span.end, cls, 1});
    for (const Name &n : found)
        if (n.span.start >= from && n.cls != MiscClass)
            predicted.push_back({n.span.start, n.span.end, n.cls, n.confidence});
    e.add(gold, predicted);
}

void seeds(const NameTagger &tagger, const std::vector<GoldText> &docs)
{
    Evaluation e;
    int artefacts = 0;
    for (const GoldText &g : docs) {
        const std::vector<Name> found = tagger.tag(g.text);
        score(g, found, 0, e);
        // Names in Title Case lines that are no gold name of any kind.
        for (const Name &n : found) {
            const qsizetype lineStart = g.text.lastIndexOf(u'\n', n.span.start) + 1;
            const qsizetype lineEnd = g.text.indexOf(u'\n', n.span.start);
            const QString line = g.text.mid(lineStart, lineEnd < 0 ? -1 : lineEnd - lineStart);
            const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
            const auto capitalised =
                std::count_if(words.begin(), words.end(),
                              [](const QString &w) { return w.size() > 3 && w.at(0).isUpper(); });
            const auto long_ = std::count_if(words.begin(), words.end(),
                                             [](const QString &w) { return w.size() > 3; });
            const bool headline = long_ >= 3 && capitalised * 10 >= long_ * 7;
            const bool gold = std::any_of(g.gold.begin(), g.gold.end(), [&](const auto &x) {
                return x.first.start == n.span.start && x.first.end == n.span.end;
            });
            if (headline && !gold) {
                ++artefacts;
                std::printf("  headline artefact in %s: “%s”\n", qPrintable(g.name),
                            qPrintable(g.text.mid(n.span.start, n.span.length())));
            }
        }
    }
    print("seeds (hand gold)", e);
    std::printf("%-22s %d names suggested in headlines that are not names\n", "seeds headlines",
                artefacts);
}

/// What an analyst sees: the entity suggestions of a project of \a docs (the tagger, the rules
/// it leaves to, titles taken off, one type per name across the project), scored as the tagger.
void suggestionsOf(const char *what, const std::vector<GoldText> &docs)
{
    auto project = Project::createInMemory();
    QVector<ImportedDocument> imported;
    for (const GoldText &g : docs) {
        ImportedDocument d;
        d.text = g.text;
        d.meta.title = g.name;
        d.meta.language = QStringLiteral("en");
        d.format = QStringLiteral("txt");
        Importers::finish(d);
        imported.push_back(d);
    }
    project->addDocuments(imported);
    QHash<SourceId, std::vector<Name>> found;
    const QHash<QString, int> classes{{QStringLiteral("Person"), PerClass},
                                      {QStringLiteral("Organization"), OrgClass},
                                      {QStringLiteral("Location"), LocClass},
                                      {QStringLiteral("Other"), MiscClass}};
    for (const Annotation::EntitySuggestion &s : Annotation::Suggester(*project).entities())
        if (classes.contains(s.typeName))
            found[s.source].push_back({s.span, classes.value(s.typeName), s.confidence});
    Evaluation e;
    for (int i = 0; i < project->sourceCount() && size_t(i) < docs.size(); ++i) {
        const SourceId id = project->sourceAt(i).id;
        // Importing trims the trailing blank lines; anything else would move the gold.
        if (project->sourceText(id) != docs[size_t(i)].text.trimmed()) {
            std::printf("SKIP %s: the imported text of %s differs from the gold's\n", what,
                        qPrintable(docs[size_t(i)].name));
            return;
        }
        score(docs[size_t(i)], found.value(id), 0, e);
    }
    print(what, e);
}

/// Names that the analyst tagged, found again wherever their text occurs (as the registry does).
void addRegistry(const QString &text, const QHash<QString, int> &tagged, std::vector<Name> &found)
{
    for (auto it = tagged.constBegin(); it != tagged.constEnd(); ++it) {
        const QRegularExpression re(QStringLiteral("(?<![\\w])") +
                                    QRegularExpression::escape(it.key()) +
                                    QStringLiteral("(?![\\w])"));
        for (auto m = re.globalMatch(text); m.hasNext();) {
            const auto x = m.next();
            const Analysis::Span s{int32_t(x.capturedStart()), int32_t(x.capturedEnd())};
            // A longer name the tagger found around it stays ("Washington Post" over "Washington").
            if (std::any_of(found.begin(), found.end(), [&](const Name &n) {
                    return n.span.start <= s.start && s.end <= n.span.end &&
                           n.span.length() > s.length();
                }))
                continue;
            std::erase_if(
                found, [&](const Name &n) { return n.span.start < s.end && s.start < n.span.end; });
            found.push_back({s, it.value(), 0.9});
        }
    }
}

void learningCurve(const char *what, const NameTagger &tagger, const std::vector<GoldText> &docs)
{
    struct At
    {
        size_t doc;
        Analysis::Span span;
        int cls;
    };
    std::vector<At> mentions;
    for (size_t d = 0; d < docs.size(); ++d)
        for (const auto &[span, cls] : docs[d].gold)
            if (cls != MiscClass)
                mentions.push_back({d, span, cls});
    for (int n : {0, 10, 25, 50, 100, 200}) {
        if (n > int(mentions.size()))
            break;
        std::vector<Evidence> evidence(docs.size());
        QHash<QString, int> tagged;
        for (int i = 0; i < n; ++i) {
            const At &m = mentions[size_t(i)];
            evidence[m.doc].text = docs[m.doc].text;
            evidence[m.doc].spans.emplace_back(m.span, m.cls);
            tagged.insert(docs[m.doc].text.mid(m.span.start, m.span.length()), m.cls);
        }
        std::erase_if(evidence, [](const Evidence &e) { return e.spans.empty(); });
        QElapsedTimer timer;
        timer.start();
        const Overlay overlay = tagger.adapt(evidence);
        const qint64 ms = timer.elapsed();
        const size_t cutDoc = n ? mentions[size_t(n - 1)].doc : 0;
        const int32_t cutAt = n ? mentions[size_t(n - 1)].span.end : 0;
        Evaluation before, alone, withRegistry;
        for (size_t d = cutDoc; d < docs.size(); ++d) {
            const int32_t from = d == cutDoc ? cutAt : 0;
            score(docs[d], tagger.tag(docs[d].text), from, before);
            std::vector<Name> found = tagger.tag(docs[d].text, &overlay);
            score(docs[d], found, from, alone);
            addRegistry(docs[d].text, tagged, found);
            score(docs[d], found, from, withRegistry);
        }
        std::printf("%-10s after %3d tagged (adapted in %3lld ms), the rest: typed precision / F1 "
                    "unadapted %.3f / %.3f, adapted %.3f / %.3f, adapted + registry %.3f / %.3f\n",
                    what, n, ms, before.typed.precision(), before.typed.f1(),
                    alone.typed.precision(), alone.typed.f1(), withRegistry.typed.precision(),
                    withRegistry.typed.f1());
    }
}

void speed(const NameTagger &tagger, const QStringList &args)
{
    const QString dir = Bench::corpusDir(args);
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0, names = 0;
    int docs = 0;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        bytes += text.size();
        names += qint64(tagger.tag(text).size());
        ++docs;
    }
    const double s = double(timer.elapsed()) / 1000;
    std::printf("speed: %d documents, %.1f MB of text, %lld names in %.1f s (%.0f documents/s); "
                "peak RSS %.0f MB\n",
                docs, double(bytes) / 1e6, names, s, docs / std::max(s, 1e-3), Bench::peakMB());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString shared = Bench::option(args, "--shared", QStringLiteral(CROSSCHECK_SHARED_DIR));
    // --model FILE: a model being tried (the suggestions below still use the shipped one).
    const QString modelFile = Bench::option(args, "--model", QString());
    NameTagger tried;
    const NameTagger *tagger = NameTagger::forLanguage(QStringLiteral("en"));
    if (!modelFile.isEmpty()) {
        QFile f(modelFile);
        QString error;
        if (!f.open(QIODevice::ReadOnly) || !tried.load(f.readAll(), &error)) {
            std::printf("FAIL: cannot load %s %s\n", qPrintable(modelFile), qPrintable(error));
            return 1;
        }
        tagger = &tried;
    }
    if (!tagger) {
        std::printf("FAIL: no English name-tagger model in the resources\n");
        return 1;
    }
    std::printf("model: %zu features, gazetteer of %zu names\n", tagger->model().featureCount(),
                tagger->model().gazetteer().size());
    const QString ner = shared + QStringLiteral("/corpus/ner/");
    Bins bins;
    std::vector<GoldText> pud;
    for (const auto &[file, misc] : {std::pair{"uner_en_pud/test.tsv", false},
                                     {"uner_en_ewt/test.tsv", false},
                                     {"gum/test.tsv", true},
                                     {"wikigold/test.tsv", true}}) {
        std::vector<LabelledDocument> docs;
        QString error;
        if (!readCorpus(ner + QLatin1String(file), misc ? MiscLabels::Keep : MiscLabels::Drop, docs,
                        &error)) {
            std::printf("SKIP %s: %s\n", file, qPrintable(error));
            continue;
        }
        print(file, evaluateCorpus(*tagger, docs, misc, bins));
        if (QLatin1String(file).startsWith(QLatin1String("uner_en_pud")))
            for (const LabelledDocument &d : docs)
                pud.push_back(asText(d));
    }
    if (const NameTagger *german = NameTagger::forLanguage(QStringLiteral("de"))) {
        std::vector<LabelledDocument> docs;
        QString error;
        Bins ignored;
        if (readCorpus(ner + QStringLiteral("uner_de_pud/test.tsv"), MiscLabels::Drop, docs,
                       &error))
            print("de: uner_de_pud/test", evaluateCorpus(*german, docs, false, ignored));
        else
            std::printf("SKIP uner_de_pud/test.tsv: %s\n", qPrintable(error));
    }
    std::printf("calibration (English test splits): confidence bin → names shown, share right\n");
    for (int b = 0; b < 10; ++b)
        if (bins.shown[b])
            std::printf("  %.1f–%.1f: %5d shown, %.3f right\n", b / 10.0, (b + 1) / 10.0,
                        bins.shown[b], double(bins.right[b]) / bins.shown[b]);
    const GoldNames goldNames = readGoldNames(Bench::option(
        args, "--seeds-gold", QStringLiteral(CROSSCHECK_TEST_DATA "/seeds-names.tsv")));
    const std::vector<GoldText> seedDocs = seedsGold(shared + QStringLiteral("/seeds"), goldNames);
    if (seedDocs.empty()) {
        std::printf("SKIP seeds: no ../shared/seeds or no gold\n");
    } else {
        seeds(*tagger, seedDocs);
        suggestionsOf("seeds suggestions", seedDocs);
        learningCurve("seeds", *tagger, seedDocs);
    }
    if (!pud.empty()) {
        suggestionsOf("news test suggestions", pud);
        learningCurve("news test", *tagger, pud);
    }
    if (args.contains(QLatin1String("--speed")))
        speed(*tagger, args);
    return 0;
}
