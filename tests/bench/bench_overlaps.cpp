// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_overlaps: the overlap engine against SIM (sim_text -r 6) on a generated corpus.
//
//   bench_overlaps [--docs N] [--out DIR] [--seed S] [--no-sim] [--keep]
//
// 1. Background text: an order-1 (bigram) Markov model trained on ../shared/corpus/ecbplus
//    writes fresh news-like sentences, one per line, so documents do not share text by chance.
// 2. Planted cases at known offsets: verbatim, light edit (~7% of words changed), heavy edit
//    (~25%), moved (two passages swapped), quote (a quotation with drifted words), reprint (one
//    passage in 3-8 documents; every pair is a case) and paraphrase (clauses reordered,
//    function words dropped, some words replaced).
// 3. Both tools run end to end on the files (wall time and peak memory from wait4), and both
//    are scored with the PAN text-alignment measures: character precision, recall, granularity,
//    plagdet, and recall per kind.
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <set>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

std::mt19937_64 rng;
size_t uniform(size_t n)
{
    return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
}
double chance()
{
    return std::uniform_real_distribution<double>(0, 1)(rng);
}

struct Markov
{
    std::vector<QString> vocab;
    QHash<QString, int> ids;
    std::vector<std::vector<int>> next; // word id -> successors (with repetition)
    std::vector<int> starters;
    int id(const QString &w)
    {
        auto it = ids.find(w);
        if (it != ids.end())
            return *it;
        ids.insert(w, int(vocab.size()));
        vocab.push_back(w);
        next.emplace_back();
        return int(vocab.size()) - 1;
    }
    void train(const QString &text)
    {
        for (const QString &line : text.split(u'\n')) {
            QString l = line;
            l.replace(QStringLiteral("``"), QStringLiteral("\""))
                .replace(QStringLiteral("''"), QStringLiteral("\""));
            const QStringList words = l.split(u' ', Qt::SkipEmptyParts);
            if (words.size() < 6)
                continue;
            int prev = -1;
            for (const QString &w : words) {
                if (w == QLatin1String("\""))
                    continue;
                const int cur = id(w);
                if (prev < 0)
                    starters.push_back(cur);
                else
                    next[size_t(prev)].push_back(cur);
                prev = cur;
            }
        }
    }
    QString sentence()
    {
        QStringList out;
        int cur = starters[uniform(starters.size())];
        const size_t target = 10 + uniform(22);
        while (true) {
            QString w = vocab[size_t(cur)];
            out << w;
            const bool end = w == QLatin1String(".") || w.endsWith(u'.');
            if ((end && out.size() >= 6) || out.size() > 45)
                break;
            const auto &n = next[size_t(cur)];
            if (n.empty() || (size_t(out.size()) >= target && chance() < 0.3)) {
                out << QStringLiteral(".");
                break;
            }
            // A word with few distinct successors would replay its source sentence: jump to a
            // random word instead, so that documents do not share text by chance.
            if (n.size() < 6 || chance() < 0.15)
                cur = int(uniform(vocab.size()));
            else
                cur = n[uniform(n.size())];
        }
        QString s = out.join(u' ');
        s.replace(QStringLiteral(" ."), QStringLiteral("."))
            .replace(QStringLiteral(" ,"), QStringLiteral(","));
        if (!s.isEmpty())
            s[0] = s[0].toUpper();
        return s;
    }
};

const QStringList kStop = {QStringLiteral("the"),  QStringLiteral("a"),    QStringLiteral("of"),
                           QStringLiteral("to"),   QStringLiteral("and"),  QStringLiteral("in"),
                           QStringLiteral("that"), QStringLiteral("was"),  QStringLiteral("on"),
                           QStringLiteral("for"),  QStringLiteral("with"), QStringLiteral("by")};

QString edit(const QString &sentence, double rate, Markov &m)
{
    QStringList words = sentence.split(u' ');
    QStringList out;
    for (int i = 0; i < words.size(); ++i) {
        if (i == 0 || chance() >= rate) {
            out << words[i];
            continue;
        }
        const double r = chance();
        if (r < 0.5)
            out << m.vocab[uniform(m.vocab.size())]; // substitute
        else if (r < 0.75)
            continue; // delete
        else
            out << words[i] << m.vocab[uniform(m.vocab.size())]; // insert after
    }
    QString s = out.join(u' ');
    if (!s.endsWith(u'.'))
        s += u'.';
    return s;
}

QString paraphrase(const QString &sentence, Markov &m)
{
    QString s = sentence;
    s.chop(s.endsWith(u'.') ? 1 : 0);
    QStringList clauses = s.split(QStringLiteral(", "));
    if (clauses.size() > 1)
        std::rotate(clauses.begin(), clauses.begin() + 1, clauses.end());
    QStringList words = clauses.join(QStringLiteral(", ")).split(u' ');
    // Rotate the word order so n-grams break, drop function words, replace a few words.
    if (words.size() > 6)
        std::rotate(words.begin(), words.begin() + qsizetype(words.size() / 3), words.end());
    QStringList out;
    for (const QString &w : words) {
        if (kStop.contains(w.toLower()) && chance() < 0.5)
            continue;
        out << (chance() < 0.1 ? m.vocab[uniform(m.vocab.size())] : w);
    }
    QString r = out.join(u' ') + u'.';
    r[0] = r[0].toUpper();
    return r;
}

struct Line
{
    QString text;
    int caseId = -1;
    int part = 0; // which passage of the case (moved cases have two)
};

struct Case
{
    QString kind;
    int docA, docB;
    int partA = 0, partB = 0;
    int block = -1; // planted block id (the case id, or a reprint cluster's own id)
    qint64 aStart = 0, aEnd = 0, bStart = 0, bEnd = 0;
};

struct Detection
{
    int a, b;
    qint64 aStart, aEnd, bStart, bEnd;
};

qint64 overlap(qint64 s0, qint64 e0, qint64 s1, qint64 e1)
{
    return std::max<qint64>(0, std::min(e0, e1) - std::max(s0, s1));
}

// Union length of intervals clipped to [s, e).
qint64 coveredLength(std::vector<std::pair<qint64, qint64>> iv, qint64 s, qint64 e)
{
    for (auto &p : iv) {
        p.first = std::max(p.first, s);
        p.second = std::min(p.second, e);
    }
    std::sort(iv.begin(), iv.end());
    qint64 total = 0, curS = -1, curE = -1;
    for (const auto &[a, b] : iv) {
        if (b <= a)
            continue;
        if (a > curE) {
            total += curE - curS;
            curS = a;
            curE = b;
        } else {
            curE = std::max(curE, b);
        }
    }
    return total + (curE - curS);
}

struct Score
{
    double precision = 0, recall = 0, granularity = 1, plagdet = 0;
    std::map<QString, double> recallByKind;
};

Score score(const std::vector<Case> &cases, const std::vector<Detection> &dets)
{
    // Index detections by unordered document pair.
    std::map<std::pair<int, int>, std::vector<size_t>> byPair;
    for (size_t i = 0; i < dets.size(); ++i)
        byPair[{std::min(dets[i].a, dets[i].b), std::max(dets[i].a, dets[i].b)}].push_back(i);
    const auto oriented = [&](const Detection &d, int docA, qint64 &as, qint64 &ae, qint64 &bs,
                              qint64 &be) {
        if (d.a == docA) {
            as = d.aStart, ae = d.aEnd, bs = d.bStart, be = d.bEnd;
        } else {
            as = d.bStart, ae = d.bEnd, bs = d.aStart, be = d.aEnd;
        }
    };
    std::map<QString, std::pair<double, double>> kindTotals;
    double covered = 0, totalCase = 0, detectedCases = 0, detectionsPerCase = 0;
    std::vector<std::vector<std::pair<qint64, qint64>>> detHitsA(dets.size()),
        detHitsB(dets.size());
    for (const Case &c : cases) {
        const auto it = byPair.find({std::min(c.docA, c.docB), std::max(c.docA, c.docB)});
        std::vector<std::pair<qint64, qint64>> ia, ib;
        int hits = 0;
        if (it != byPair.end())
            for (size_t di : it->second) {
                qint64 as, ae, bs, be;
                oriented(dets[di], c.docA, as, ae, bs, be);
                if (overlap(as, ae, c.aStart, c.aEnd) > 0 &&
                    overlap(bs, be, c.bStart, c.bEnd) > 0) {
                    ia.emplace_back(as, ae);
                    ib.emplace_back(bs, be);
                    detHitsA[di].emplace_back(dets[di].a == c.docA ? c.aStart : c.bStart,
                                              dets[di].a == c.docA ? c.aEnd : c.bEnd);
                    detHitsB[di].emplace_back(dets[di].a == c.docA ? c.bStart : c.aStart,
                                              dets[di].a == c.docA ? c.bEnd : c.aEnd);
                    ++hits;
                }
            }
        const double len = double((c.aEnd - c.aStart) + (c.bEnd - c.bStart));
        const double cov =
            double(coveredLength(ia, c.aStart, c.aEnd) + coveredLength(ib, c.bStart, c.bEnd));
        covered += cov;
        totalCase += len;
        kindTotals[c.kind].first += cov;
        kindTotals[c.kind].second += len;
        if (hits > 0) {
            ++detectedCases;
            detectionsPerCase += hits;
        }
    }
    double detCovered = 0, detTotal = 0;
    for (size_t i = 0; i < dets.size(); ++i) {
        const Detection &d = dets[i];
        detTotal += double((d.aEnd - d.aStart) + (d.bEnd - d.bStart));
        detCovered += double(coveredLength(detHitsA[i], d.aStart, d.aEnd) +
                             coveredLength(detHitsB[i], d.bStart, d.bEnd));
    }
    Score s;
    s.recall = totalCase > 0 ? covered / totalCase : 0;
    s.precision = detTotal > 0 ? detCovered / detTotal : 0;
    s.granularity = detectedCases > 0 ? detectionsPerCase / detectedCases : 1;
    const double f1 =
        s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
    s.plagdet = f1 / std::log2(1 + s.granularity);
    for (const auto &[kind, t] : kindTotals)
        s.recallByKind[kind] = t.second > 0 ? t.first / t.second : 0;
    return s;
}

struct RunStats
{
    double seconds = 0;
    double peakMB = 0;
    int exitCode = -1;
};

RunStats runProcess(const QStringList &argv, const QString &stdoutFile,
                    const QString &stdinData = {}, const QString &workDir = {})
{
    RunStats r;
    QElapsedTimer t;
    t.start();
    int inPipe[2];
    if (pipe(inPipe) != 0)
        return r;
    const pid_t pid = fork();
    if (pid == 0) {
        if (!workDir.isEmpty() && chdir(QFile::encodeName(workDir).constData()) != 0)
            _exit(127);
        dup2(inPipe[0], 0);
        close(inPipe[1]);
        FILE *out = fopen(QFile::encodeName(stdoutFile).constData(), "w");
        dup2(fileno(out), 1);
        std::vector<QByteArray> args;
        for (const QString &a : argv)
            args.push_back(a.toLocal8Bit());
        std::vector<char *> cargs;
        for (QByteArray &a : args)
            cargs.push_back(a.data());
        cargs.push_back(nullptr);
        execvp(cargs[0], cargs.data());
        _exit(127);
    }
    close(inPipe[0]);
    const QByteArray in = stdinData.toLocal8Bit();
    qsizetype written = 0;
    while (written < in.size()) {
        const ssize_t n = write(inPipe[1], in.constData() + written, size_t(in.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
    close(inPipe[1]);
    int status = 0;
    struct rusage usage
    {
    };
    wait4(pid, &status, 0, &usage);
    r.seconds = t.nsecsElapsed() / 1e9;
    r.peakMB = usage.ru_maxrss / 1024.0;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, const QString &def) {
        const int i = int(args.indexOf(QString::fromLatin1(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : def;
    };
    const int docs = option("--docs", QStringLiteral("10000")).toInt();
    const QString out = option("--out", QStringLiteral("/tmp/crosscheck-bench-%1").arg(docs));
    rng.seed(option("--seed", QStringLiteral("42")).toULongLong());
    const QString cli = option("--cli", QCoreApplication::applicationDirPath() +
                                            QStringLiteral("/../app/crosscheck-cli"));
    const QString corpus =
        option("--corpus", QStringLiteral(CROSSCHECK_SHARED_DIR "/corpus/ecbplus"));

    Markov markov;
    QDirIterator it(corpus, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    int trained = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            markov.train(QString::fromUtf8(f.readAll()));
            ++trained;
        }
    }
    if (trained == 0) {
        std::printf("SKIP: no background corpus at %s (../shared/corpus/ecbplus)\n",
                    qPrintable(corpus));
        return 0;
    }

    // Documents of ~950 words.
    std::vector<std::vector<Line>> lines(static_cast<size_t>(docs));
    for (auto &doc : lines) {
        int words = 0;
        while (words < 900) {
            Line l{markov.sentence()};
            words += int(l.text.count(u' ')) + 1;
            doc.push_back(l);
        }
    }
    std::vector<Case> cases;
    const auto passage = [&](int sentences) {
        std::vector<QString> p;
        for (int i = 0; i < sentences; ++i)
            p.push_back(markov.sentence());
        return p;
    };
    const auto insertAt = [&](int doc, size_t pos, const std::vector<QString> &text, int caseId,
                              int part) {
        auto &d = lines[size_t(doc)];
        pos = std::min(pos, d.size());
        std::vector<Line> block;
        for (const QString &s : text)
            block.push_back({s, caseId, part});
        d.insert(d.begin() + qsizetype(pos), block.begin(), block.end());
    };
    const auto randomDoc = [&] { return int(uniform(size_t(docs))); };
    const auto twoDocs = [&](int &a, int &b) {
        a = randomDoc();
        do
            b = randomDoc();
        while (b == a);
    };
    const auto transform = [&](const std::vector<QString> &p, double rate) {
        std::vector<QString> q;
        for (const QString &s : p)
            q.push_back(rate > 0 ? edit(s, rate, markov) : s);
        return q;
    };
    const int perKind = std::max(2, docs / 25);
    int a, b;
    for (int i = 0; i < perKind; ++i) {
        for (const auto &[kind, rate] :
             std::vector<std::pair<QString, double>>{{QStringLiteral("verbatim"), 0.0},
                                                     {QStringLiteral("light"), 0.07},
                                                     {QStringLiteral("heavy"), 0.25}}) {
            twoDocs(a, b);
            const auto p = passage(3 + int(uniform(4)));
            const int id = int(cases.size());
            cases.push_back({kind, a, b});
            insertAt(a, uniform(lines[size_t(a)].size()), p, id, 0);
            insertAt(b, uniform(lines[size_t(b)].size()), transform(p, rate), id, 0);
        }
        // Moved: P then Q in A, Q then P in B (lightly edited).
        twoDocs(a, b);
        {
            const auto p = passage(2 + int(uniform(2))), q = passage(2 + int(uniform(2)));
            const int id1 = int(cases.size());
            cases.push_back({QStringLiteral("moved"), a, b, 0, 0});
            cases.push_back({QStringLiteral("moved"), a, b, 1, 1});
            const size_t na = lines[size_t(a)].size();
            insertAt(a, na / 4, p, id1, 0);
            insertAt(a, lines[size_t(a)].size() - 2, q, id1 + 1, 1);
            insertAt(b, 1, transform(q, 0.05), id1 + 1, 1);
            insertAt(b, lines[size_t(b)].size() - 1, transform(p, 0.05), id1, 0);
        }
        // Quote: a quotation with drifted wording.
        twoDocs(a, b);
        {
            QString quote = markov.sentence();
            while (quote.count(u' ') < 11) // a shared quote is a sentence, not a phrase
                quote = markov.sentence();
            quote.chop(1);
            const QString name = markov.vocab[uniform(markov.vocab.size())];
            const std::vector<QString> qa{
                QStringLiteral("\u201c%1,\u201d %2 said.").arg(quote, name)};
            QString drifted = edit(quote + u'.', 0.08, markov);
            drifted.chop(1);
            const std::vector<QString> qb{
                QStringLiteral("\u201c%1,\u201d %2 told reporters.").arg(drifted, name)};
            const int id = int(cases.size());
            cases.push_back({QStringLiteral("quote"), a, b});
            insertAt(a, uniform(lines[size_t(a)].size()), qa, id, 0);
            insertAt(b, uniform(lines[size_t(b)].size()), qb, id, 0);
        }
        // Paraphrase.
        twoDocs(a, b);
        {
            const auto p = passage(3 + int(uniform(3)));
            std::vector<QString> q;
            for (const QString &s : p)
                q.push_back(paraphrase(s, markov));
            const int id = int(cases.size());
            cases.push_back({QStringLiteral("paraphrase"), a, b});
            insertAt(a, uniform(lines[size_t(a)].size()), p, id, 0);
            insertAt(b, uniform(lines[size_t(b)].size()), q, id, 0);
        }
        // Reprint in 3-8 documents: every pair is a case.
        if (i % 2 == 0) {
            const int k = 3 + int(uniform(6));
            std::set<int> members;
            while (int(members.size()) < k)
                members.insert(randomDoc());
            const auto p = passage(3 + int(uniform(3)));
            std::vector<int> m(members.begin(), members.end());
            const int block = 1'000'000 + i;
            for (size_t x = 0; x < m.size(); ++x)
                for (size_t y = x + 1; y < m.size(); ++y)
                    cases.push_back({QStringLiteral("reprint"), m[x], m[y], int(x), int(y), block});
            // Each member's copy is one block; the block's part number is its member index.
            for (size_t x = 0; x < m.size(); ++x)
                insertAt(m[x], uniform(lines[size_t(m[x])].size()),
                         transform(p, x == 0 ? 0.0 : 0.03), block, int(x));
        }
    }

    // Write the files and locate every planted block (code points == UTF-16 here: no emoji).
    QDir().mkpath(out);
    for (const QString &f : QDir(out).entryList({QStringLiteral("*.txt")}))
        QFile::remove(QDir(out).filePath(f));
    std::map<std::tuple<int, int, int>, std::pair<qint64, qint64>>
        blocks; // (caseId, doc, part) -> span
    qint64 bytes = 0;
    for (int d = 0; d < docs; ++d) {
        QString text;
        for (const Line &l : lines[size_t(d)]) {
            const qint64 start = text.size();
            text += l.text;
            if (l.caseId != -1) {
                auto &span = blocks[{l.caseId, d, l.part}];
                if (span.second == 0)
                    span.first = start;
                span.second = text.size();
            }
            text += u'\n';
        }
        QFile f(QStringLiteral("%1/d%2.txt").arg(out).arg(d, 5, 10, QLatin1Char('0')));
        f.open(QIODevice::WriteOnly);
        bytes += f.write(text.toUtf8());
    }
    for (size_t c = 0; c < cases.size(); ++c) {
        Case &cs = cases[c];
        const int key = cs.block >= 0 ? cs.block : int(c);
        const auto sa = blocks[{key, cs.docA, cs.partA}], sb = blocks[{key, cs.docB, cs.partB}];
        cs.aStart = sa.first, cs.aEnd = sa.second, cs.bStart = sb.first, cs.bEnd = sb.second;
    }
    {
        QFile truth(out + QStringLiteral(".truth.jsonl"));
        truth.open(QIODevice::WriteOnly);
        for (const Case &c : cases)
            truth.write(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("kind"), c.kind},
                                {QStringLiteral("a"),
                                 QStringLiteral("d%1").arg(c.docA, 5, 10, QLatin1Char('0'))},
                                {QStringLiteral("a_start"), c.aStart},
                                {QStringLiteral("a_end"), c.aEnd},
                                {QStringLiteral("b"),
                                 QStringLiteral("d%1").arg(c.docB, 5, 10, QLatin1Char('0'))},
                                {QStringLiteral("b_start"), c.bStart},
                                {QStringLiteral("b_end"), c.bEnd}})
                    .toJson(QJsonDocument::Compact) +
                '\n');
    }
    std::map<QString, int> perKindCount;
    for (const Case &c : cases)
        ++perKindCount[c.kind];
    std::printf("corpus: %d documents, %.1f MB, %zu planted cases (", docs, bytes / 1e6,
                cases.size());
    for (const auto &[k, n] : perKindCount)
        std::printf("%s %d ", qPrintable(k), n);
    std::printf(")\n");

    QStringList names;
    for (int d = 0; d < docs; ++d)
        names << QStringLiteral("d%1.txt").arg(d, 5, 10, QLatin1Char('0'));

    // Crosscheck.
    const QString ccOut = out + QStringLiteral(".crosscheck.jsonl");
    const RunStats cc = runProcess({cli, QStringLiteral("overlaps"), out, QStringLiteral("--jsonl"),
                                    QStringLiteral("--lang"), QStringLiteral("en")},
                                   ccOut);
    std::vector<Detection> ccDets;
    {
        QFile f(ccOut);
        f.open(QIODevice::ReadOnly);
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            if (o.isEmpty())
                continue;
            ccDets.push_back({o.value(QStringLiteral("a")).toString().mid(1).toInt(),
                              o.value(QStringLiteral("b")).toString().mid(1).toInt(),
                              o.value(QStringLiteral("a_start")).toVariant().toLongLong(),
                              o.value(QStringLiteral("a_end")).toVariant().toLongLong(),
                              o.value(QStringLiteral("b_start")).toVariant().toLongLong(),
                              o.value(QStringLiteral("b_end")).toVariant().toLongLong()});
        }
    }
    const Score ccScore = score(cases, ccDets);

    // SIM: line ranges, converted to character spans of the same files.
    RunStats sim;
    Score simScore;
    std::vector<Detection> simDets;
    const bool runSim = !args.contains(QStringLiteral("--no-sim"));
    if (runSim) {
        const QString simOut = out + QStringLiteral(".sim.txt");
        sim = runProcess({QStringLiteral("sim_text"), QStringLiteral("-r"), QStringLiteral("6"),
                          QStringLiteral("-T"), QStringLiteral("-i")},
                         simOut, names.join(u'\n') + u'\n', out);
        std::map<int, std::vector<qint64>> lineStarts;
        const auto lineSpan = [&](int doc, int l0, int l1) {
            auto &starts = lineStarts[doc];
            if (starts.empty()) {
                QFile f(QStringLiteral("%1/d%2.txt").arg(out).arg(doc, 5, 10, QLatin1Char('0')));
                f.open(QIODevice::ReadOnly);
                const QString t = QString::fromUtf8(f.readAll());
                starts.push_back(0);
                for (qsizetype i = 0; i < t.size(); ++i)
                    if (t.at(int(i)) == u'\n')
                        starts.push_back(i + 1);
            }
            const qint64 s = starts[size_t(std::clamp(l0 - 1, 0, int(starts.size()) - 1))];
            const qint64 e = starts[size_t(std::clamp(l1, 0, int(starts.size()) - 1))] - 1;
            return std::make_pair(s, std::max(s, e));
        };
        QFile f(simOut);
        f.open(QIODevice::ReadOnly);
        static const QRegularExpression re(QStringLiteral(
            "^d(\\d+)\\.txt: line (\\d+)-(\\d+)\\s*\\|d(\\d+)\\.txt: line (\\d+)-(\\d+)"));
        while (!f.atEnd()) {
            const auto m = re.match(QString::fromUtf8(f.readLine()));
            if (!m.hasMatch())
                continue;
            const int da = m.captured(1).toInt(), db = m.captured(4).toInt();
            if (da == db)
                continue;
            const auto sa = lineSpan(da, m.captured(2).toInt(), m.captured(3).toInt());
            const auto sb = lineSpan(db, m.captured(5).toInt(), m.captured(6).toInt());
            simDets.push_back({da, db, sa.first, sa.second, sb.first, sb.second});
        }
        simScore = score(cases, simDets);
    }

    std::printf("\n%-22s %10s %10s %10s %10s %10s %10s %10s\n", "tool", "wall s", "peak MB",
                "detections", "precision", "recall", "granul.", "plagdet");
    std::printf("%-22s %10.2f %10.0f %10zu %10.3f %10.3f %10.3f %10.3f\n",
                "crosscheck-cli overlaps", cc.seconds, cc.peakMB, ccDets.size(), ccScore.precision,
                ccScore.recall, ccScore.granularity, ccScore.plagdet);
    if (runSim)
        std::printf("%-22s %10.2f %10.0f %10zu %10.3f %10.3f %10.3f %10.3f\n", "sim_text -r 6",
                    sim.seconds, sim.peakMB, simDets.size(), simScore.precision, simScore.recall,
                    simScore.granularity, simScore.plagdet);
    std::printf("\nrecall per kind        %12s %12s\n", "crosscheck", runSim ? "sim_text" : "");
    for (const auto &[kind, r] : ccScore.recallByKind)
        std::printf("  %-20s %12.3f %12s\n", qPrintable(kind), r,
                    runSim ? qPrintable(QString::number(simScore.recallByKind[kind], 'f', 3)) : "");
    if (!args.contains(QStringLiteral("--keep")))
        QDir(out).removeRecursively();
    return cc.exitCode == 0 ? 0 : 1;
}
