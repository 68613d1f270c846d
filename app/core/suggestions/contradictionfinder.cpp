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
        const QString ta = textOf(p.a), tb = textOf(p.b);
        const Analysis::WordDiff diff =
            Analysis::WordDiff::compute(ta, p.spanA, tb, p.spanB, tokenizer);
        // Context words around a run, for attribution.
        const auto around = [](const QString &t, Span s, int chars) {
            const int from = std::max(0, s.start - chars);
            return t.mid(from, std::min<int>(int(t.size()), s.end + chars) - from).toCaseFolded();
        };
        // Passages end where the wording stops matching, so a sentence that ends differently
        // ("within six months." / "within six weeks.") has its difference just outside: the
        // words up to the end of the sentence on both sides count as one more run.
        std::vector<Analysis::DiffRun> runs = diff.runs;
        const auto tail = [](const QString &t, int from) {
            int end = from;
            while (end < t.size() && end - from < 60 && t.at(end) != u'.' && t.at(end) != u'!' &&
                   t.at(end) != u'?' && t.at(end) != u'\n' && t.at(end) != u';')
                ++end;
            return Span{from, end};
        };
        const auto head = [](const QString &t, int to) {
            int start = to;
            while (start > 0 && to - start < 60 && t.at(start - 1) != u'.' &&
                   t.at(start - 1) != u'!' && t.at(start - 1) != u'?' && t.at(start - 1) != u'\n' &&
                   t.at(start - 1) != u';')
                --start;
            return Span{start, to};
        };
        for (const auto &[sa, sb] :
             {std::make_pair(tail(ta, p.spanA.end), tail(tb, p.spanB.end)),
              std::make_pair(head(ta, p.spanA.start), head(tb, p.spanB.start))}) {
            if (sa.isValid() && sb.isValid())
                runs.push_back({Analysis::DiffRun::Kind::Replace, sa, sb, -2});
        }
        for (const Analysis::DiffRun &run : runs) {
            if (run.kind == Analysis::DiffRun::Kind::Equal || run.moveId >= 0)
                continue;
            const bool outside = run.moveId == -2; // the sentence's end or start, see above
            const QString a = ta.mid(run.a.start, run.a.length());
            const QString b = tb.mid(run.b.start, run.b.length());
            const auto wordsIn = [](const QString &s) {
                QStringList w;
                static const QRegularExpression re(
                    QStringLiteral("[\\p{L}\\p{N}][\\p{L}\\p{N},.'’]*"),
                    QRegularExpression::UseUnicodePropertiesOption);
                for (auto it = re.globalMatch(s); it.hasNext();) {
                    QString x = it.next().captured();
                    while (x.endsWith(u'.') || x.endsWith(u','))
                        x.chop(1);
                    w << x;
                }
                return w;
            };
            const QStringList wa = wordsIn(a), wb = wordsIn(b);
            if (wa.isEmpty() && wb.isEmpty())
                continue;
            const auto any = [](const QStringList &w, const QSet<QString> &set) {
                return std::any_of(w.begin(), w.end(), [&](const QString &x) {
                    return set.contains(x.toCaseFolded());
                });
            };
            const auto numbers = [](const QStringList &w) {
                QStringList n;
                for (const QString &x : w) {
                    if (std::any_of(x.begin(), x.end(), [](QChar c) { return c.isDigit(); }))
                        n << x;
                }
                return n;
            };
            const auto capitals = [](const QStringList &w) {
                QStringList n;
                for (const QString &x : w) {
                    if (x.at(0).isUpper())
                        n << x;
                }
                return n;
            };
            static const QSet<QString> countWords{
                QStringLiteral("one"),      QStringLiteral("two"),    QStringLiteral("three"),
                QStringLiteral("four"),     QStringLiteral("five"),   QStringLiteral("six"),
                QStringLiteral("seven"),    QStringLiteral("eight"),  QStringLiteral("nine"),
                QStringLiteral("ten"),      QStringLiteral("dozen"),  QStringLiteral("hundred"),
                QStringLiteral("thousand"), QStringLiteral("million")};
            ContradictionCandidate c;
            // A contradiction is one source saying X where the other says Y: a replacement of
            // a few words. Only a negation counts on one side alone.
            const bool negationA = any(wa, negations()), negationB = any(wb, negations());
            if (wa.size() > (outside ? 4 : 12) || wb.size() > (outside ? 4 : 12))
                continue;
            if (wa.isEmpty() || wb.isEmpty()) {
                if (negationA == negationB)
                    continue;
                c.type = QStringLiteral("framing");
                c.reason = QStringLiteral("a negation on one side only: “%1”")
                               .arg((wa.isEmpty() ? b : a).simplified());
                c.confidence = 0.6;
            } else {
                const QStringList na = numbers(wa), nb = numbers(wb);
                const auto quantity = [&](const QStringList &w) {
                    return !numbers(w).isEmpty() || any(w, countWords);
                };
                const auto names = [&](const QStringList &w) {
                    QStringList n;
                    for (const QString &x : capitals(w)) {
                        if (!tokenizer.isStopword(tokenizer.normalize(x)) && !x.contains(u'\'') &&
                            !x.contains(QChar(0x2019)))
                            n << x;
                    }
                    return n;
                };
                if (!na.isEmpty() && !nb.isEmpty() && na != nb) {
                    c.type = QStringLiteral("number");
                    c.reason = QStringLiteral("numbers differ: “%1” vs “%2”")
                                   .arg(na.join(u' '), nb.join(u' '));
                    c.confidence = 0.85;
                } else if (any(wa, dateWords()) && any(wb, dateWords())) {
                    c.type = QStringLiteral("datetime");
                    c.reason = QStringLiteral("dates or times differ: “%1” vs “%2”")
                                   .arg(a.simplified(), b.simplified());
                    c.confidence = 0.75;
                } else if (quantity(wa) && quantity(wb)) {
                    c.type = QStringLiteral("number");
                    c.reason = QStringLiteral("quantities differ: “%1” vs “%2”")
                                   .arg(a.simplified(), b.simplified());
                    c.confidence = 0.7;
                } else if (negationA != negationB) {
                    c.type = QStringLiteral("framing");
                    c.reason = QStringLiteral("a negation on one side only");
                    c.confidence = 0.6;
                } else if (!names(wa).isEmpty() && !names(wb).isEmpty() && names(wa) != names(wb)) {
                    const bool attributed =
                        any(wordsIn(around(ta, run.a, 60)), attributionVerbs()) ||
                        any(wordsIn(around(tb, run.b, 60)), attributionVerbs());
                    const bool place = std::any_of(wa.begin(), wa.end(), isPlace) ||
                                       std::any_of(wb.begin(), wb.end(), isPlace);
                    c.type = attributed
                                 ? QStringLiteral("attribution")
                                 : (place ? QStringLiteral("place") : QStringLiteral("other"));
                    c.reason = attributed
                                   ? QStringLiteral("a different name where someone is quoted: "
                                                    "“%1” vs “%2”")
                                         .arg(names(wa).join(u' '), names(wb).join(u' '))
                                   : QStringLiteral("different names: “%1” vs “%2”")
                                         .arg(names(wa).join(u' '), names(wb).join(u' '));
                    c.confidence = attributed ? 0.7 : 0.5;
                } else {
                    continue;
                }
            }
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
