// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimlexicon.h"

#include "suggestions/lexicon.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace Crosscheck::Core::Claims::Lexicon {

namespace {

QStringList words(const char *list)
{
    return QString::fromUtf8(list).split(u' ', Qt::SkipEmptyParts);
}

QString base(const QString &language)
{
    const QString l = language.left(2).toLower();
    return l == QLatin1String("de") || l == QLatin1String("uk") ? l : QStringLiteral("en");
}

} // namespace

const QHash<QString, QStringList> &predicateClasses(const QString &language)
{
    static const QHash<QString, QHash<QString, QStringList>> all = [] {
        QHash<QString, QHash<QString, QStringList>> out;
        QHash<QString, QStringList> &en = out[QStringLiteral("en")];
        en[QStringLiteral("communicate")] =
            words("speak spoke spoken talk talks talked talking conversation conversations "
                  "converse conversed call calls phone communication communications communicate "
                  "communicated dialogue discuss discussed discussion discussions contact chat");
        en[QStringLiteral("meet")] = words("meet met meeting meetings summit visit visited");
        en[QStringLiteral("resolve")] =
            words("end ending ended peace negotiate negotiated negotiation negotiations ceasefire "
                  "settlement broker brokered resolve resolution mediate");
        en[QStringLiteral("invade")] =
            words("invade invaded invasion deploy deployed deployment troops annex annexed "
                  "annexation seize seized offensive");
        // Deaths and injuries are counted apart: "five killed" and "50 injured" never disagree.
        en[QStringLiteral("death")] = words("kill killed kills die died dies dead death deaths "
                                            "toll fatalities fatality perished");
        en[QStringLiteral("injury")] = words("wound wounded injure injured injuries hurt");
        en[QStringLiteral("casualty")] = words("casualty casualties victim victims");
        en[QStringLiteral("rescue")] =
            words("rescue rescued lift lifted airlift airlifted save saved evacuate evacuated");
        en[QStringLiteral("spill")] = words("spill spilled spilling leak leaked escape escaped");
        en[QStringLiteral("cause")] =
            words("cause caused failure fault error blame blamed suspect suspected malfunction "
                  "negligence");
        en[QStringLiteral("crash")] =
            words("aground grounding struck hit collide collided crash crashed sank sink");
        en[QStringLiteral("arrest")] =
            words("arrest arrested detain detained custody charged capture captured");
        en[QStringLiteral("steal")] =
            words("steal stole stolen snatch snatched rob robbed robbery robbers heist theft "
                  "thieves loot looted");
        en[QStringLiteral("riot")] =
            words("riot riots rioting protest protests protesters clash clashes unrest");
        en[QStringLiteral("shoot")] = words("shoot shooting shot gunman gunmen gunfire");
        en[QStringLiteral("quake")] = words("earthquake quake tremor magnitude aftershock");
        en[QStringLiteral("acquire")] =
            words("acquire acquired acquisition buy bought purchase purchased takeover");
        en[QStringLiteral("appoint")] =
            words("appoint appointed appointment hire hired replace replaced successor nominate "
                  "nominated");
        en[QStringLiteral("fire")] = words("fire blaze burn burned burning");
        en[QStringLiteral("award")] = words("win won award awarded prize");
        en[QStringLiteral("elect")] = words("election elect elected vote voted");
        en[QStringLiteral("inaugurate")] = words("inaugurated inauguration inaugural sworn office");
        en[QStringLiteral("sanction")] = words("sanction sanctions");
        en[QStringLiteral("compensate")] = words("compensation compensate recover pay");
        en[QStringLiteral("ban")] = words("ban banned prohibit prohibited");
        en[QStringLiteral("investigate")] =
            words("investigation inquiry findings investigate investigators");
        QHash<QString, QStringList> &de = out[QStringLiteral("de")];
        de[QStringLiteral("communicate")] =
            words("sprechen sprach gesprochen gespräch gespräche telefonat telefoniert reden "
                  "geredet kontakt");
        de[QStringLiteral("meet")] = words("treffen traf getroffen gipfel besuch");
        de[QStringLiteral("death")] = words("getötet tot tote toten starben gestorben");
        de[QStringLiteral("injury")] = words("verletzt verletzte verletzten");
        de[QStringLiteral("casualty")] = words("opfer");
        de[QStringLiteral("resolve")] =
            words("frieden beenden verhandlungen waffenstillstand abkommen");
        QHash<QString, QStringList> &uk = out[QStringLiteral("uk")];
        uk[QStringLiteral("communicate")] =
            words("розмова розмову розмовляв говорив переговори телефонна зв'язок");
        uk[QStringLiteral("meet")] = words("зустріч зустрітися зустрівся саміт");
        uk[QStringLiteral("death")] = words("загинули загиблих вбито загинув загинула");
        uk[QStringLiteral("injury")] = words("поранено поранених");
        uk[QStringLiteral("casualty")] = words("жертви");
        uk[QStringLiteral("resolve")] = words("мир мирні завершити угода перемир'я");
        return out;
    }();
    return *all.find(base(language));
}

namespace {
/// "thousands" and the like: at least a lower bound, given as a typical value.
const QHash<QString, double> &vaguePlurals()
{
    static const QHash<QString, double> vague{
        {QStringLiteral("dozens"), 24},      {QStringLiteral("hundreds"), 200},
        {QStringLiteral("thousands"), 2000}, {QStringLiteral("millions"), 2e6},
        {QStringLiteral("dutzende"), 24},    {QStringLiteral("hunderte"), 200},
        {QStringLiteral("tausende"), 2000},  {QString::fromUtf8("сотні"), 200}};
    return vague;
}
} // namespace

bool isVaguePlural(const QString &w)
{
    return vaguePlurals().contains(w);
}

bool isNumberToken(const QString &x)
{
    return !x.isEmpty() && x.at(0).isDigit() && std::all_of(x.begin(), x.end(), [](QChar c) {
        return c.isDigit() || c == u',' || c == u'.';
    });
}

std::optional<double> numberValue(const QString &x)
{
    if (!isNumberToken(x))
        return std::nullopt;
    QString t = x;
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}([,.]\\d{3})+$"));
    if (grouped.match(t).hasMatch())
        t.remove(u',').remove(u'.');
    else
        t.replace(u',', u'.');
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

std::optional<double> valueOf(const QString &folded)
{
    if (const std::optional<double> v = numberValue(folded))
        return v;
    return numberWord(folded);
}

bool isTitleCase(const QStringList &words)
{
    // Short words a headline leaves in lower case ("Trump Hints at Talks with Putin"); any other
    // lower-case word of three letters or more ("won", "met", "vote") is one it would have
    // capitalised.
    static const QSet<QString> small{
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("the"),
        QStringLiteral("and"),  QStringLiteral("but"),  QStringLiteral("or"),
        QStringLiteral("nor"),  QStringLiteral("for"),  QStringLiteral("yet"),
        QStringLiteral("so"),   QStringLiteral("at"),   QStringLiteral("by"),
        QStringLiteral("in"),   QStringLiteral("of"),   QStringLiteral("on"),
        QStringLiteral("to"),   QStringLiteral("up"),   QStringLiteral("as"),
        QStringLiteral("off"),  QStringLiteral("out"),  QStringLiteral("per"),
        QStringLiteral("via"),  QStringLiteral("with"), QStringLiteral("from"),
        QStringLiteral("into"), QStringLiteral("over"), QStringLiteral("than"),
        QStringLiteral("amid")};
    int longer = 0, caps = 0;
    for (const QString &x : words) {
        if (x.isEmpty() || !x.at(0).isLetter())
            continue;
        const bool lower = x.at(0).isLower();
        if (x.size() < 4 && !(lower && x.size() == 3 && !small.contains(x)))
            continue;
        // Months and weekdays are capitalised in any sentence.
        if (!lower && (monthNumber(x.toCaseFolded(), QStringLiteral("en")) ||
                       weekdayNumber(x.toCaseFolded(), QStringLiteral("en"))))
            continue;
        ++longer;
        caps += lower ? 0 : 1;
    }
    // A headline capitalises its longer words, all but a "with" or "from" here and there; a
    // sentence dense with names ("Donald Trump telephoned Vladimir Putin about Ukraine") still
    // writes its verbs in lower case.
    return longer >= 3 && (longer - caps <= 1 || caps * 100 >= longer * 85);
}

std::optional<double> numberWord(const QString &w)
{
    static const QHash<QString, double> numbers = [] {
        QHash<QString, double> n;
        const QStringList en = words("zero one two three four five six seven eight nine ten "
                                     "eleven twelve thirteen fourteen fifteen sixteen seventeen "
                                     "eighteen nineteen twenty");
        for (int i = 0; i < en.size(); ++i)
            n.insert(en.at(i), i);
        const QStringList tens = words("thirty forty fifty sixty seventy eighty ninety");
        for (int i = 0; i < tens.size(); ++i)
            n.insert(tens.at(i), 30 + 10 * i);
        const QStringList de =
            words("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf");
        for (int i = 0; i < de.size(); ++i)
            n.insert(de.at(i), i);
        n.insert(QStringLiteral("ein"), 1);
        n.insert(QStringLiteral("eine"), 1);
        n.insert(QStringLiteral("zwanzig"), 20);
        const QStringList uk =
            words("нуль один два три чотири п'ять шість сім вісім дев'ять десять");
        for (int i = 0; i < uk.size(); ++i)
            n.insert(uk.at(i), i);
        n.insert(QStringLiteral("одна"), 1);
        n.insert(QStringLiteral("дві"), 2);
        n.insert(QStringLiteral("двадцять"), 20);
        for (const char *w : {"dozen", "dutzend"})
            n.insert(QString::fromUtf8(w), 12);
        for (const char *w : {"hundred", "hundert", "сто"})
            n.insert(QString::fromUtf8(w), 100);
        for (const char *w : {"thousand", "tausend", "тисяча", "тисячі", "тисяч"})
            n.insert(QString::fromUtf8(w), 1000);
        for (const char *w : {"million", "millionen", "мільйон", "мільйона", "мільйонів"})
            n.insert(QString::fromUtf8(w), 1e6);
        for (const char *w : {"billion", "milliarde", "milliarden", "мільярд"})
            n.insert(QString::fromUtf8(w), 1e9);
        return n;
    }();
    if (const auto v = vaguePlurals().constFind(w); v != vaguePlurals().cend())
        return *v;
    const auto it = numbers.constFind(w);
    if (it == numbers.cend())
        return std::nullopt;
    return *it;
}

std::optional<double> durationUnit(const QString &w)
{
    static const QHash<QString, double> units = [] {
        QHash<QString, double> u;
        const auto add = [&u](const char *list, double days) {
            for (const QString &x : words(list))
                u.insert(x, days);
        };
        add("minute minutes minuten хвилина хвилин хвилини", 1.0 / 1440);
        add("hour hours stunde stunden година години годин", 1.0 / 24);
        add("day days tag tage tagen день дні днів", 1);
        add("week weeks woche wochen тиждень тижні тижнів", 7);
        add("month months monat monate monaten місяць місяці місяців", 30.4);
        add("year years jahr jahre jahren рік роки років", 365.25);
        return u;
    }();
    const auto it = units.constFind(w);
    if (it == units.cend())
        return std::nullopt;
    return *it;
}

Bound boundBefore(const QString &w)
{
    static const std::vector<std::pair<Bound, QStringList>> bounds = [] {
        const auto list = [](const char *l) { return QString::fromUtf8(l).split(u'|'); };
        return std::vector<std::pair<Bound, QStringList>>{
            {Bound::AtLeast,
             list("at least|no fewer than|no less than|mindestens|wenigstens|щонайменше|"
                  "принаймні")},
            {Bound::MoreThan,
             list("more than|over|upwards of|in excess of|mehr als|über|понад|більше ніж|"
                  "більше")},
            {Bound::AtMost, list("up to|as many as|at most|no more than|bis zu|höchstens|до")},
            {Bound::LessThan, list("fewer than|less than|under|weniger als|менше ніж|менше")},
            {Bound::About,
             list("about|around|approximately|some|roughly|nearly|almost|an estimated|"
                  "estimated|circa|etwa|rund|ungefähr|fast|knapp|близько|приблизно|майже")}};
    }();
    for (const auto &[bound, words] : bounds) {
        for (const QString &x : words) {
            if (w.endsWith(x) && (w.size() == x.size() || w.at(w.size() - x.size() - 1) == u' '))
                return bound;
        }
    }
    return Bound::Exact;
}

const std::vector<StancePattern> &stancePatterns(const QString &language)
{
    static const QHash<QString, std::vector<StancePattern>> all = [] {
        const auto re = [](const char *p) {
            return QRegularExpression(QString::fromUtf8(p),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
        };
        QHash<QString, std::vector<StancePattern>> out;
        out[QStringLiteral("en")] = {
            {Stance::Unconfirmed,
             re("\\b(refus|declin|reluctan|hesita|unwilling)\\w*\\s+to\\s+(confirm|say|comment|"
                "disclose|reveal|specify|elaborate|answer|provide|discuss)|\\b(did|does|do|would|"
                "will|could)\\s*(not|n['’]t)\\s+(specify|say|mention|confirm|reveal|disclose|"
                "comment|want to say|elaborate|respond)|\\b(unable|not "
                "able)\\s+to\\s+(provide\\s+)?"
                "(confirm|comment|say)|\\bconfirmation or denial\\b|\\bneither confirm|"
                "\\bbetter not say\\b|\\bwithout (specifying|saying|confirming)\\b|\\bno "
                "comment\\b|"
                "\\brefrained from\\b|\\bremains? undisclosed\\b")},
            {Stance::Denied, re("\\b(den(y|ies|ied|ying)|refut\\w*|reject(s|ed|ing)?|"
                                "dismiss(es|ed|ing)?|rebuff(s|ed|ing)?)\\b")},
            {Stance::Confirmed,
             re("\\b(confirm(s|ed)?|admit(s|ted)?|acknowledg\\w*|revealed|reveals)\\b")},
            {Stance::Reported,
             re("\\b(reportedly|allegedly|purportedly|according to|(is|are|was|were) said to|"
                "reported|reports|claimed|claims|wrote)\\b")},
            {Stance::Negated, re("\\b(not|no|never|none|nobody)\\b|n['’]t\\b")},
            {Stance::Hedged, re("\\b(hint(s|ed)?|suggest(s|ed)?|may have|might have|appears? to|"
                                "seems? to|possibly|perhaps|indicat(es|ed|ing))\\b")},
            {Stance::Planned, re("\\b(will|could|would|may|might)\\s+(soon\\s+)?\\w+|\\b(plans?|"
                                 "planned|expected|scheduled|likely|hopes?|wants?|desire|willing|"
                                 "ready|keen)\\s+(to|on)\\b|\\binterest in\\b|\\bsoon\\b")},
        };
        out[QStringLiteral("de")] = {
            {Stance::Unconfirmed,
             re("\\b(wollte|will|wollten|konnte|kann)\\s+(\\w+\\s+){0,6}nicht\\s+(bestätigen|sagen|"
                "kommentieren)|"
                "\\blehnte\\w*\\s+(\\w+\\s+)*ab|\\bkein(en)? kommentar\\b")},
            {Stance::Denied, re("\\b(dementiert\\w*|bestritt\\w*|bestreite\\w*|wies\\s+\\w+\\s+"
                                "zurück|zurückgewiesen)\\b")},
            {Stance::Confirmed, re("\\b(bestätigt\\w*|räumte\\s+\\w+\\s+ein|gab\\s+zu)\\b")},
            {Stance::Reported, re("\\b(angeblich|mutmaßlich|laut|zufolge|soll(en)?)\\b")},
            {Stance::Negated, re("\\b(nicht|kein\\w*|nie|niemals)\\b")},
            {Stance::Hedged, re("\\b(deutete\\w*|möglicherweise|vielleicht|offenbar)\\b")},
            {Stance::Planned, re("\\b(wird|werden|plant\\w*|geplant)\\b")},
        };
        out[QStringLiteral("uk")] = {
            {Stance::Unconfirmed,
             re("\\b(відмовив\\w*|не\\s+(підтвердив|уточнив|коментував|сказав)\\w*)")},
            {Stance::Denied, re("\\b(спростув\\w*|заперечи\\w*|заперечу\\w*)")},
            {Stance::Confirmed, re("\\b(підтверди\\w*|визна\\w*)")},
            {Stance::Reported, re("\\b(нібито|за даними|як повідомля\\w*|повідомляють)")},
            {Stance::Negated, re("(^|\\s)(не|ні|ніколи|жодн\\w*)\\s")},
            {Stance::Hedged, re("\\b(натякну\\w*|можливо|ймовірно)")},
            {Stance::Planned, re("\\b(планує\\w*|буде|будуть|заплановано)")},
        };
        return out;
    }();
    return *all.find(base(language));
}

const QSet<QString> &roleNouns()
{
    static const QSet<QString> nouns = [] {
        QSet<QString> n = Annotation::Lexicon::titleWords();
        for (const QString &w :
             words("journalist politician despot dictator strongman autocrat envoy spokesperson "
                   "lawmaker analyst expert correspondent reporter founder owner candidate "
                   "president-elect emperor prince princess sheikh ayatollah"))
            n.insert(w);
        n.remove(QStringLiteral("mr"));
        n.remove(QStringLiteral("mrs"));
        n.remove(QStringLiteral("ms"));
        n.remove(QStringLiteral("dr"));
        n.remove(QStringLiteral("prof"));
        return n;
    }();
    return nouns;
}

bool isNationality(const QString &w)
{
    static const QSet<QString> short_{QStringLiteral("us"),  QStringLiteral("u.s."),
                                      QStringLiteral("u.s"), QStringLiteral("uk"),
                                      QStringLiteral("eu"),  QStringLiteral("un")};
    if (short_.contains(w))
        return true;
    for (const char *end : {"ian", "ese", "ish", "can", "ean", "ic", "i"}) {
        if (w.size() > 4 && w.endsWith(QLatin1String(end)))
            return true;
    }
    return false;
}

const QSet<QString> &causeNouns()
{
    static const QSet<QString> n{QStringLiteral("failure"),    QStringLiteral("error"),
                                 QStringLiteral("fault"),      QStringLiteral("malfunction"),
                                 QStringLiteral("negligence"), QStringLiteral("mistake"),
                                 QStringLiteral("breakdown"),  QStringLiteral("defect")};
    return n;
}

const QSet<QString> &dayParts()
{
    static const QSet<QString> p{
        QStringLiteral("early"),     QStringLiteral("late"),       QStringLiteral("morning"),
        QStringLiteral("afternoon"), QStringLiteral("evening"),    QStringLiteral("night"),
        QStringLiteral("früh"),      QStringLiteral("spät"),       QStringLiteral("abend"),
        QString::fromUtf8("вранці"), QString::fromUtf8("ввечері"), QString::fromUtf8("вночі")};
    return p;
}

namespace {
/// Month or weekday names of the language and of English, folded (long, short and standalone
/// forms; short weekday names are too short to trust), built once per language.
const QHash<QString, int> &calendarNames(const QString &language, bool month)
{
    static QHash<QString, QHash<QString, int>> cache[2];
    QHash<QString, QHash<QString, int>> &byLanguage = cache[month ? 1 : 0];
    const QString key = base(language);
    auto it = byLanguage.find(key);
    if (it != byLanguage.end())
        return *it;
    QHash<QString, int> names;
    QList<QLocale> locales{QLocale(QLocale::English)};
    if (key == QLatin1String("de"))
        locales << QLocale(QLocale::German);
    if (key == QLatin1String("uk"))
        locales << QLocale(QLocale::Ukrainian);
    for (const QLocale &l : locales) {
        for (int i = 1; i <= (month ? 12 : 7); ++i) {
            for (const QLocale::FormatType f : {QLocale::LongFormat, QLocale::ShortFormat}) {
                if (!month && f == QLocale::ShortFormat)
                    continue;
                for (QString n :
                     {month ? l.monthName(i, f) : l.dayName(i, f),
                      month ? l.standaloneMonthName(i, f) : l.standaloneDayName(i, f)}) {
                    n = n.toCaseFolded();
                    while (n.endsWith(u'.'))
                        n.chop(1);
                    if (n.size() >= 3)
                        names.insert(n, i);
                }
            }
        }
    }
    return *byLanguage.insert(key, names);
}
} // namespace

int monthNumber(const QString &w, const QString &language)
{
    return w.size() < 3 ? 0 : calendarNames(language, true).value(w);
}

int weekdayNumber(const QString &w, const QString &language)
{
    return w.size() < 4 ? 0 : calendarNames(language, false).value(w);
}

std::optional<int> relativeDay(const QString &w, const QString &language)
{
    static const QHash<QString, QHash<QString, int>> days{{QStringLiteral("en"),
                                                           {{QStringLiteral("today"), 0},
                                                            {QStringLiteral("tonight"), 0},
                                                            {QStringLiteral("yesterday"), -1},
                                                            {QStringLiteral("tomorrow"), 1}}},
                                                          {QStringLiteral("de"),
                                                           {{QStringLiteral("heute"), 0},
                                                            {QStringLiteral("gestern"), -1},
                                                            {QStringLiteral("vorgestern"), -2},
                                                            {QStringLiteral("morgen"), 1}}},
                                                          {QStringLiteral("uk"),
                                                           {{QString::fromUtf8("сьогодні"), 0},
                                                            {QString::fromUtf8("вчора"), -1},
                                                            {QString::fromUtf8("учора"), -1},
                                                            {QString::fromUtf8("позавчора"), -2},
                                                            {QString::fromUtf8("завтра"), 1}}}};
    const auto lang = days.constFind(language.left(2));
    const QHash<QString, int> &in =
        lang == days.constEnd() ? *days.constFind(QStringLiteral("en")) : *lang;
    if (const auto it = in.constFind(w); it != in.constEnd())
        return *it;
    return std::nullopt;
}

bool isClockWord(const QString &w)
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        for (const char *x : {"am",  "pm",  "a.m", "p.m", "a.m.", "p.m.", "hrs",  "h",
                              "gmt", "utc", "ist", "cet", "cest", "bst",  "est",  "edt",
                              "pst", "pdt", "et",  "wib", "msk",  "eet",  "eest", "uhr"})
            out.insert(QString::fromLatin1(x));
        return out;
    }();
    return words.contains(w);
}

bool isPronoun(const QString &w)
{
    static const QSet<QString> p{
        QStringLiteral("he"),      QStringLiteral("she"),    QStringLiteral("they"),
        QStringLiteral("his"),     QStringLiteral("her"),    QStringLiteral("their"),
        QStringLiteral("i"),       QStringLiteral("we"),     QStringLiteral("er"),
        QStringLiteral("sie"),     QString::fromUtf8("він"), QString::fromUtf8("вона"),
        QString::fromUtf8("вони"), QStringLiteral("it"),     QStringLiteral("this")};
    return p.contains(w);
}

} // namespace Crosscheck::Core::Claims::Lexicon
