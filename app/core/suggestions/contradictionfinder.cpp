#include "lexicon.h"
#include "namematcher.h"
#include "suggestions.h"
#include "suggestiontext.h"

#include "analysis/worddiff.h"
#include "project/project.h"
#include "text/tokenizer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>

namespace Crosscheck::Core::Annotation {

using namespace Detail;
using namespace Lexicon;

namespace {
/// The words of \a s (letters and digits, with inner commas, points and apostrophes).
QStringList wordsIn(const QString &s)
{
    QStringList w;
    static const QRegularExpression re(QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N},.'’]*"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = re.globalMatch(s); it.hasNext();) {
        QString x = it.next().captured();
        while (x.endsWith(u'.') || x.endsWith(u','))
            x.chop(1);
        w << x;
    }
    return w;
}

bool anyIn(const QStringList &w, const QSet<QString> &set)
{
    return std::any_of(w.begin(), w.end(),
                       [&](const QString &x) { return set.contains(x.toCaseFolded()); });
}

QStringList numbersIn(const QStringList &w)
{
    QStringList n;
    for (const QString &x : w) {
        if (std::any_of(x.begin(), x.end(), [](QChar c) { return c.isDigit(); }))
            n << x;
    }
    return n;
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u';';
}

/// Passages end where the wording stops matching, so a sentence that ends differently ("within
/// six months." / "within six weeks.") has its difference just outside: the words up to the
/// end of the sentence on both sides (and back to its start) count as more runs.
std::vector<Analysis::DiffRun> sentenceEdgeRuns(const QString &ta, const QString &tb,
                                                const Analysis::PassagePair &p)
{
    const auto tail = [](const QString &t, int from) {
        int end = from;
        while (end < t.size() && end - from < 60 && !isSentenceEnd(t.at(end)))
            ++end;
        return Span{from, end};
    };
    const auto head = [](const QString &t, int to) {
        int start = to;
        while (start > 0 && to - start < 60 && !isSentenceEnd(t.at(start - 1)))
            --start;
        return Span{start, to};
    };
    std::vector<Analysis::DiffRun> runs;
    for (const auto &[sa, sb] :
         {std::make_pair(tail(ta, p.spanA.end), tail(tb, p.spanB.end)),
          std::make_pair(head(ta, p.spanA.start), head(tb, p.spanB.start))}) {
        if (sa.isValid() && sb.isValid())
            runs.push_back({Analysis::DiffRun::Kind::Replace, sa, sb, -2});
    }
    return runs;
}

/// The words of \a text within \a chars of \a s, case-folded: for attribution.
QStringList wordsAround(const QString &t, Span s, int chars)
{
    const int from = std::max(0, s.start - chars);
    return wordsIn(t.mid(from, std::min<int>(int(t.size()), s.end + chars) - from).toCaseFolded());
}

/// The capitalised words of \a w that are names, not stop words or possessives.
QStringList namesIn(const QStringList &w, const Text::Tokenizer &tokenizer)
{
    QStringList n;
    for (const QString &x : w) {
        if (x.at(0).isUpper() && !tokenizer.isStopword(tokenizer.normalize(x)) &&
            !x.contains(u'\'') && !x.contains(QChar(0x2019)))
            n << x;
    }
    return n;
}

/// Both sides of a replacement: numbers, dates, quantities, a negation, names.
bool classifyReplacement(const QString &ta, const QString &tb, const Analysis::DiffRun &run,
                         const Text::Tokenizer &tokenizer, ContradictionCandidate &c)
{
    static const QSet<QString> countWords{
        QStringLiteral("one"),      QStringLiteral("two"),    QStringLiteral("three"),
        QStringLiteral("four"),     QStringLiteral("five"),   QStringLiteral("six"),
        QStringLiteral("seven"),    QStringLiteral("eight"),  QStringLiteral("nine"),
        QStringLiteral("ten"),      QStringLiteral("dozen"),  QStringLiteral("hundred"),
        QStringLiteral("thousand"), QStringLiteral("million")};
    const QString a = ta.mid(run.a.start, run.a.length()).simplified();
    const QString b = tb.mid(run.b.start, run.b.length()).simplified();
    const QStringList wa = wordsIn(a);
    const QStringList wb = wordsIn(b);
    const QStringList na = numbersIn(wa);
    const QStringList nb = numbersIn(wb);
    const auto quantity = [&](const QStringList &w) {
        return !numbersIn(w).isEmpty() || anyIn(w, countWords);
    };
    const auto set = [&c](const QString &type, const QString &reason, double confidence) {
        c.type = type;
        c.reason = reason;
        c.confidence = confidence;
    };
    if (!na.isEmpty() && !nb.isEmpty() && na != nb) {
        set(QStringLiteral("number"),
            QStringLiteral("numbers differ: “%1” vs “%2”").arg(na.join(u' '), nb.join(u' ')), 0.85);
    } else if (anyIn(wa, dateWords()) && anyIn(wb, dateWords())) {
        set(QStringLiteral("datetime"),
            QStringLiteral("dates or times differ: “%1” vs “%2”").arg(a, b), 0.75);
    } else if (quantity(wa) && quantity(wb)) {
        set(QStringLiteral("number"), QStringLiteral("quantities differ: “%1” vs “%2”").arg(a, b),
            0.7);
    } else if (anyIn(wa, negations()) != anyIn(wb, negations())) {
        set(QStringLiteral("framing"), QStringLiteral("a negation on one side only"), 0.6);
    } else {
        const QStringList ma = namesIn(wa, tokenizer);
        const QStringList mb = namesIn(wb, tokenizer);
        if (ma.isEmpty() || mb.isEmpty() || ma == mb)
            return false;
        const bool attributed = anyIn(wordsAround(ta, run.a, 60), attributionVerbs()) ||
                                anyIn(wordsAround(tb, run.b, 60), attributionVerbs());
        const bool place = std::any_of(wa.begin(), wa.end(), Suggester::isPlace) ||
                           std::any_of(wb.begin(), wb.end(), Suggester::isPlace);
        c.type = attributed ? QStringLiteral("attribution")
                            : (place ? QStringLiteral("place") : QStringLiteral("other"));
        c.reason = (attributed ? QStringLiteral("a different name where someone is quoted: "
                                                "“%1” vs “%2”")
                               : QStringLiteral("different names: “%1” vs “%2”"))
                       .arg(ma.join(u' '), mb.join(u' '));
        c.confidence = attributed ? 0.7 : 0.5;
    }
    return true;
}

/// A contradiction is one source saying X where the other says Y: a replacement of a few
/// words. Only a negation counts on one side alone. False when \a run is no candidate.
bool classify(const QString &ta, const QString &tb, const Analysis::DiffRun &run,
              const Text::Tokenizer &tokenizer, ContradictionCandidate &c)
{
    const bool outside = run.moveId == -2; // the sentence's end or start, see sentenceEdgeRuns
    const QString a = ta.mid(run.a.start, run.a.length());
    const QString b = tb.mid(run.b.start, run.b.length());
    const QStringList wa = wordsIn(a);
    const QStringList wb = wordsIn(b);
    const qsizetype most = outside ? 4 : 12;
    if ((wa.isEmpty() && wb.isEmpty()) || wa.size() > most || wb.size() > most)
        return false;
    if (!wa.isEmpty() && !wb.isEmpty())
        return classifyReplacement(ta, tb, run, tokenizer, c);
    if (anyIn(wa, negations()) == anyIn(wb, negations()))
        return false;
    c.type = QStringLiteral("framing");
    c.reason = QStringLiteral("a negation on one side only: “%1”")
                   .arg((wa.isEmpty() ? b : a).simplified());
    c.confidence = 0.6;
    return true;
}
} // namespace

std::vector<ContradictionCandidate>
Suggester::contradictions(const std::function<bool(int, int)> &progress) const
{
    std::vector<ContradictionCandidate> out;
    QSet<QString> keys;
    QHash<SourceId, QString> texts;
    const auto textOf = [&](SourceId id) -> const QString & {
        auto it = texts.find(id);
        if (it == texts.end())
            it = texts.insert(id, m_project.sourceText(id));
        return *it;
    };
    Text::Tokenizer tokenizer({QStringLiteral("en"), false});
    const auto &passages = m_project.passages();
    for (size_t pi = 0; pi < passages.size(); ++pi) {
        if (progress && !progress(int(pi), int(passages.size())))
            break;
        const Analysis::PassagePair &p = passages[pi];
        // Copies (shared, cheap): a reference into the cache would dangle when it grows.
        const QString ta = textOf(p.a);
        const QString tb = textOf(p.b);
        std::vector<Analysis::DiffRun> runs =
            Analysis::WordDiff::compute(ta, p.spanA, tb, p.spanB, tokenizer).runs;
        for (const Analysis::DiffRun &edge : sentenceEdgeRuns(ta, tb, p))
            runs.push_back(edge);
        for (const Analysis::DiffRun &run : runs) {
            ContradictionCandidate c;
            if (run.kind == Analysis::DiffRun::Kind::Equal || run.moveId >= 0 ||
                !classify(ta, tb, run, tokenizer, c))
                continue;
            if (p.kind == Analysis::PassageKind::Paraphrase)
                c.confidence -= 0.1;
            c.sourceA = p.a;
            c.sourceB = p.b;
            // The differing words with a few words of their sentence on each side, so that the
            // quote reads as a claim ("within six months", not "months"). An empty side keeps
            // pointing at the place where the other side's words would go.
            c.spanA = run.a.isValid() ? widen(ta, run.a) : run.a;
            c.spanB = run.b.isValid() ? widen(tb, run.b) : run.b;
            c.textA = ta.mid(c.spanA.start, c.spanA.length());
            c.textB = tb.mid(c.spanB.start, c.spanB.length());
            if (keys.contains(c.key()) || decidedKey(c.key()))
                continue;
            keys.insert(c.key());
            out.push_back(std::move(c));
        }
    }
    return out;
}

} // namespace Crosscheck::Core::Annotation
