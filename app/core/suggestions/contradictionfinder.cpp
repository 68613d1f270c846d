// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"
#include "namematcher.h"
#include "suggestions.h"
#include "suggestiontext.h"

#include "analysis/worddiff.h"
#include "claims/claimcomparer.h"
#include "claims/claimextractor.h"
#include "claims/claimlexicon.h"
#include "project/project.h"
#include "text/tokenizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>
#include <optional>

namespace Crosscheck::Core::Annotation {

using namespace Detail;
using namespace Lexicon;

namespace {
bool anyIn(const QStringList &w, const QSet<QString> &set)
{
    return std::any_of(w.begin(), w.end(),
                       [&](const QString &x) { return set.contains(x.toCaseFolded()); });
}

/// The numbers of \a w: words of digits with inner commas and points ("1,200", "3.5"); words
/// that only carry digits ("AK-47s", "e75m") are not numbers.
QStringList numbersIn(const QStringList &w)
{
    QStringList n;
    for (const QString &x : w) {
        if (Claims::Lexicon::isNumberToken(x))
            n << QString(x).remove(u',');
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

/// Whether the numbers at \a s are part of a clock time or a time stamp ("1: 28PM",
/// "12:50 IST", "07.50 hrs"): a dateline's time is when the copy was filed, not a claim.
bool inClockTime(const QString &text, Analysis::Span s)
{
    const auto colon = [&](int at) { return at >= 0 && at < text.size() && text.at(at) == u':'; };
    int before = s.start - 1;
    while (before >= 0 && text.at(before) == u' ' && s.start - before < 3)
        --before;
    int after = s.end;
    while (after < text.size() && text.at(after) == u' ' && after - s.end < 2)
        ++after;
    if (colon(before) || colon(after))
        return true;
    // The word after: "PM", "IST", "hrs".
    int from = s.end;
    while (from < text.size() && (text.at(from) == u' ' || text.at(from).isDigit()))
        ++from;
    int to = from;
    while (to < text.size() && (text.at(to).isLetter() || text.at(to) == u'.'))
        ++to;
    return Claims::Lexicon::isClockWord(text.mid(from, to - from).toCaseFolded());
}

/// Whether \a s lies on a line that is no sentence of the story: an address ("http://…/311886/")
/// or a short dateline or time stamp ("Updated: July 2, 2013 15: 01 IST", "Tue Jul 2, 2013").
/// Copies of one wire story differ there by when and where they were filed.
bool inMetadataLine(const QString &text, Analysis::Span s)
{
    const qsizetype start = text.lastIndexOf(u'\n', std::max(0, s.start - 1)) + 1;
    qsizetype end = text.indexOf(u'\n', s.end);
    if (end < 0)
        end = text.size();
    const QString line = text.mid(start, end - start);
    if (line.contains(QLatin1String("://")) || line.startsWith(QLatin1String("www.")))
        return true;
    const QStringList w = wordsIn(line);
    if (w.size() > 12)
        return false;
    static const QRegularExpression stamp(
        QStringLiteral("\\b(updated|published|posted|modified|last update)\\b|\\d\\s*:\\s*\\d\\d|"
                       "\\b(19|20)\\d\\d\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return stamp.match(line).hasMatch() && anyIn(w, dateWords());
}

/// Whether \a w says "today", "yesterday" or "tomorrow" (in any language we know).
bool relativeDays(const QStringList &w)
{
    return std::any_of(w.begin(), w.end(), [](const QString &x) {
        const QString f = x.toCaseFolded();
        for (const char *lang : {"en", "de", "uk"}) {
            if (Claims::Lexicon::relativeDay(f, QString::fromLatin1(lang)))
                return true;
        }
        return false;
    });
}

/// Both sides of a replacement: numbers, dates, quantities.
bool classifyReplacement(const QString &ta, const QString &tb, const Analysis::DiffRun &run,
                         ContradictionCandidate &c)
{
    if (inMetadataLine(ta, run.a) || inMetadataLine(tb, run.b))
        return false;
    const QString a = ta.mid(run.a.start, run.a.length()).simplified();
    const QString b = tb.mid(run.b.start, run.b.length()).simplified();
    const QStringList wa = wordsIn(a);
    const QStringList wb = wordsIn(b);
    const QStringList na = numbersIn(wa);
    const QStringList nb = numbersIn(wb);
    const auto set = [&c](const QString &type, const QString &reason, double confidence) {
        c.type = type;
        c.reason = reason;
        c.confidence = confidence;
    };
    // "10" and "ten" are one number.
    const auto valueOf = [](const QStringList &w) -> std::optional<double> {
        for (const QString &x : w) {
            if (const std::optional<double> v = Claims::Lexicon::valueOf(x.toCaseFolded()))
                return v;
        }
        return std::nullopt;
    };
    const std::optional<double> va = valueOf(wa), vb = valueOf(wb);
    if (va && vb && *va == *vb && wa.size() == wb.size())
        return false;
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("Crosscheck::Core::Claims", s);
    };
    c.reasonCode = QStringLiteral("number");
    // One number put for another: the same shape on both sides ("120" / "1,200", "about 120" /
    // "some 1,200"), not two stretches of a rewrite that happen to hold numbers.
    if (!na.isEmpty() && !nb.isEmpty() && na != nb && wa.size() == wb.size() && wa.size() <= 3 &&
        !inClockTime(ta, run.a) && !inClockTime(tb, run.b)) {
        set(QStringLiteral("number"),
            tr("numbers differ: “%1” vs “%2”").arg(na.join(u' '), nb.join(u' ')), 0.85);
    } else if (anyIn(wa, dateWords()) && anyIn(wb, dateWords()) &&
               relativeDays(wa) == relativeDays(wb)) {
        // "today" for the other's "Saturday" is one day seen from two dates of writing: the
        // claims compare them where the articles' dates are known.
        c.reasonCode = QStringLiteral("date");
        set(QStringLiteral("datetime"), tr("dates or times differ: “%1” vs “%2”").arg(a, b), 0.75);
    } else {
        // Names and negations are compared claim by claim (Claims::ClaimComparer): inside a
        // word diff of a rewrite they were mostly noise.
        return false;
    }
    return true;
}

/// A contradiction is one source saying X where the other says Y: a replacement of a few
/// words. False when \a run is no candidate.
bool classify(const QString &ta, const QString &tb, const Analysis::DiffRun &run,
              ContradictionCandidate &c)
{
    const bool outside = run.moveId == -2; // the sentence's end or start, see sentenceEdgeRuns
    const QString a = ta.mid(run.a.start, run.a.length());
    const QString b = tb.mid(run.b.start, run.b.length());
    const QStringList wa = wordsIn(a);
    const QStringList wb = wordsIn(b);
    const qsizetype most = outside ? 4 : 6;
    if ((wa.isEmpty() && wb.isEmpty()) || wa.size() > most || wb.size() > most)
        return false;
    if (wa.isEmpty() || wb.isEmpty())
        return false;
    return classifyReplacement(ta, tb, run, c);
}

} // namespace

namespace {
void join(ContradictionCandidate &g, ContradictionCandidate c);
} // namespace

std::vector<ContradictionCandidate>
Suggester::passageDifferences(const std::function<bool(int, int)> &progress) const
{
    std::vector<ContradictionCandidate> out;
    QSet<QString> keys;
    QHash<QString, size_t> byValues;
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
                onHeadline(ta, run.a.start) || onHeadline(tb, run.b.start) ||
                !classify(ta, tb, run, c))
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
            c.sides = {{c.sourceA, c.spanA, c.textA, ta.mid(run.a.start, run.a.length())},
                       {c.sourceB, c.spanB, c.textB, tb.mid(run.b.start, run.b.length())}};
            if (keys.contains(c.key()) || decidedKey(c.key()))
                continue;
            keys.insert(c.key());
            // The same two values in several pairs of copies ("killed 170,000" against "killed
            // 230,000" in four reprints) are one difference: one candidate listing the pairs.
            const auto fold = [](const ContradictionCandidate::Side &x) {
                return x.value.simplified().toCaseFolded();
            };
            const QString group = c.type + u'|' + std::min(fold(c.sides[0]), fold(c.sides[1])) +
                                  u'|' + std::max(fold(c.sides[0]), fold(c.sides[1]));
            if (const auto it = byValues.constFind(group); it != byValues.constEnd()) {
                join(out[*it], std::move(c));
                continue;
            }
            byValues.insert(group, out.size());
            out.push_back(std::move(c));
        }
    }
    return out;
}

namespace {

/// Every source's claims, one extractor per language; registry names and aliases are known
/// names everywhere.
std::vector<Claims::Claim> claimsOf(const Project &project)
{
    std::map<QString, std::unique_ptr<Claims::ClaimExtractor>> extractors;
    const auto extractorFor = [&](const Source &s) -> Claims::ClaimExtractor & {
        QString lang = s.meta.language.left(2).toLower();
        if (lang.isEmpty())
            lang = QStringLiteral("en");
        auto &e = extractors[lang];
        if (!e) {
            e = std::make_unique<Claims::ClaimExtractor>(lang);
            for (const Entity &en : project.entities()) {
                const QString key = QStringLiteral("e%1").arg(en.id);
                e->addKnownName(en.name, key);
                for (const QString &alias : en.aliases)
                    e->addKnownName(alias, key);
            }
        }
        return *e;
    };
    const QVector<Source> &sources = project.sources();
    for (const Source &s : sources)
        extractorFor(s).learn(project.sourceText(s.id));
    std::vector<Claims::Claim> claims;
    for (const Source &s : sources) {
        const QDate published = QDate::fromString(s.meta.published.left(10), Qt::ISODate);
        std::vector<Claims::Claim> c =
            extractorFor(s).extract(s.id, project.sourceText(s.id), published);
        std::move(c.begin(), c.end(), std::back_inserter(claims));
    }
    return claims;
}

/// Adds \a c to the group candidate \a g: the stronger pair leads, the other's pair and its
/// sources' words are listed.
void join(ContradictionCandidate &g, ContradictionCandidate c)
{
    const auto pairOf = [](const ContradictionCandidate &x) {
        return std::pair(std::min(x.sourceA, x.sourceB), std::max(x.sourceA, x.sourceB));
    };
    if (c.confidence > g.confidence) {
        std::swap(c.alsoIn, g.alsoIn);
        std::swap(c.sides, g.sides);
        std::swap(c, g);
    }
    for (const ContradictionCandidate::Side &side : c.sides) {
        if (std::none_of(g.sides.begin(), g.sides.end(),
                         [&](const auto &x) { return x.source == side.source; }))
            g.sides.push_back(side);
    }
    if (pairOf(c) != pairOf(g) &&
        std::find(g.alsoIn.begin(), g.alsoIn.end(), pairOf(c)) == g.alsoIn.end())
        g.alsoIn.push_back(pairOf(c));
}

} // namespace

std::vector<ContradictionCandidate>
Suggester::claimDisagreements(const std::function<bool(int, int)> &progress) const
{
    const std::vector<Claims::Claim> claims = claimsOf(m_project);
    // Sentences inside one aligned passage of two sources are one text copied.
    QHash<QPair<SourceId, SourceId>, std::vector<const Analysis::PassagePair *>> aligned;
    for (const Analysis::PassagePair &p : m_project.passages())
        aligned[{p.a, p.b}].push_back(&p);
    const auto copied = [&](const Claims::Claim &a, const Claims::Claim &b) {
        for (const auto &[x, y] : {std::pair(&a, &b), std::pair(&b, &a)}) {
            for (const Analysis::PassagePair *p : aligned.value({x->source, y->source})) {
                if (p->spanA.overlaps(x->span) && p->spanB.overlaps(y->span))
                    return true;
            }
        }
        return false;
    };
    const auto label = [&](SourceId id) {
        // The outlet, or the source's number in the source list (as the matrix shows it).
        const Source s = m_project.source(id);
        if (s.meta.outlet.isEmpty())
            return QCoreApplication::translate("Crosscheck::Core::Claims", "source %1")
                .arg(m_project.rowOf(id) + 1);
        return s.meta.outlet.size() > 32 ? s.meta.outlet.left(31) + QChar(0x2026) : s.meta.outlet;
    };
    // One candidate per group: the strongest pair, with the others listed.
    std::map<QString, size_t> byGroup;
    QSet<QString> decidedGroups;
    std::vector<ContradictionCandidate> out;
    for (const Claims::Finding &f : Claims::ClaimComparer::compare(claims, copied, progress)) {
        const Claims::Claim &a = claims[f.a], &b = claims[f.b];
        ContradictionCandidate c;
        c.relation = f.relation;
        c.sourceA = a.source;
        c.spanA = a.span;
        c.textA = a.text;
        c.sourceB = b.source;
        c.spanB = b.span;
        c.textB = b.text;
        c.type = f.type;
        c.reasonCode = f.code;
        c.reason = Claims::ClaimComparer::reasonText(f, label(a.source), label(b.source));
        c.confidence = f.confidence;
        c.sides = {{a.source, a.span, a.text, f.valueA}, {b.source, b.span, b.text, f.valueB}};
        // A disagreement decided in one pair of sources is decided in all of them.
        if (decidedKey(c.key()))
            decidedGroups.insert(f.group);
        if (const auto it = byGroup.find(f.group); it != byGroup.end()) {
            join(out[it->second], std::move(c));
        } else {
            byGroup.emplace(f.group, out.size());
            out.push_back(std::move(c));
        }
    }
    std::vector<ContradictionCandidate> open;
    for (const auto &[group, at] : byGroup) {
        if (decidedGroups.contains(group))
            continue;
        ContradictionCandidate &c = out[at];
        // The same disagreement in more source pairs is better evidence.
        c.confidence =
            std::min(0.99, c.confidence + 0.03 * double(std::min<size_t>(c.alsoIn.size(), 4)));
        open.push_back(std::move(c));
    }
    return open;
}

std::vector<ContradictionCandidate>
Suggester::contradictions(const std::function<bool(int, int)> &progress) const
{
    std::vector<ContradictionCandidate> out = passageDifferences(progress);
    const size_t fromPassages = out.size();
    for (ContradictionCandidate &c : claimDisagreements(progress)) {
        // A difference the word diff of an aligned passage found already, with its exact words.
        const bool known = std::any_of(out.begin(), out.begin() + qsizetype(fromPassages),
                                       [&](const ContradictionCandidate &p) {
                                           return p.sourceA == c.sourceA &&
                                                  p.sourceB == c.sourceB &&
                                                  p.spanA.overlaps(c.spanA) &&
                                                  p.spanB.overlaps(c.spanB) && p.type == c.type;
                                       });
        // A group of several source pairs stays (one pair of it was found twice, the rest not).
        if (!known || !c.alsoIn.empty())
            out.push_back(std::move(c));
    }
    // Contradictions first, the strongest first; then corroborations.
    std::stable_sort(out.begin(), out.end(),
                     [](const ContradictionCandidate &x, const ContradictionCandidate &y) {
                         if (x.relation != y.relation)
                             return x.relation == Link::Relation::Contradicts;
                         return x.confidence > y.confidence;
                     });
    return out;
}

} // namespace Crosscheck::Core::Annotation
