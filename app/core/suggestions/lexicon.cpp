// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexicon.h"

#include <QLocale>

#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/tznames.h>

#include <memory>

namespace Crosscheck::Core::Annotation::Lexicon {

namespace {

QString uc(const icu::UnicodeString &u)
{
    return QString(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
}

} // namespace

/// Countries (Qt's locale database, English names) and cities (ICU's time zone exemplar
/// cities), folded to lower case.
const QSet<QString> &gazetteer()
{
    static const QSet<QString> places = [] {
        QSet<QString> out;
        for (int c = 1; c <= int(QLocale::LastCountry); ++c) {
            const QString name = QLocale::territoryToString(QLocale::Territory(c));
            if (!name.isEmpty() && name != QLatin1String("Default"))
                out.insert(name.toCaseFolded());
        }
        // Everyday short forms the locale database spells out.
        for (const char *n : {"Russia", "Britain", "America", "Syria", "Iran", "Korea",
                              "North Korea", "South Korea", "Moldova", "Gaza", "Crimea", "Donbas",
                              "Europe", "Africa", "Asia", "Kyiv", "Kiev"})
            out.insert(QString::fromLatin1(n).toCaseFolded());
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::TimeZoneNames> names(
            icu::TimeZoneNames::createInstance(icu::Locale::getEnglish(), status));
        std::unique_ptr<icu::StringEnumeration> zones(icu::TimeZone::createEnumeration(status));
        if (U_SUCCESS(status) && names && zones) {
            while (const icu::UnicodeString *id = zones->snext(status)) {
                if (U_FAILURE(status))
                    break;
                icu::UnicodeString city;
                names->getExemplarLocationName(*id, city);
                if (!city.isBogus() && city.length() > 0)
                    out.insert(uc(city).toCaseFolded());
            }
        }
        return out;
    }();
    return places;
}

const QSet<QString> &titleWords()
{
    static const QSet<QString> words{
        QStringLiteral("president"),  QStringLiteral("minister"),    QStringLiteral("chancellor"),
        QStringLiteral("spokesman"),  QStringLiteral("spokeswoman"), QStringLiteral("spokesperson"),
        QStringLiteral("envoy"),      QStringLiteral("secretary"),   QStringLiteral("ambassador"),
        QStringLiteral("governor"),   QStringLiteral("mayor"),       QStringLiteral("senator"),
        QStringLiteral("general"),    QStringLiteral("captain"),     QStringLiteral("master"),
        QStringLiteral("director"),   QStringLiteral("chief"),       QStringLiteral("chairman"),
        QStringLiteral("chairwoman"), QStringLiteral("ceo"),         QStringLiteral("king"),
        QStringLiteral("queen"),      QStringLiteral("pope"),        QStringLiteral("judge"),
        QStringLiteral("adviser"),    QStringLiteral("advisor"),     QStringLiteral("commissioner"),
        QStringLiteral("premier"),    QStringLiteral("mr"),          QStringLiteral("mrs"),
        QStringLiteral("ms"),         QStringLiteral("dr"),          QStringLiteral("prof"),
        QStringLiteral("leader"),     QStringLiteral("official"),    QStringLiteral("officer"),
        QStringLiteral("prosecutor"), QStringLiteral("inspector"),   QStringLiteral("colonel"),
        QStringLiteral("lieutenant"), QStringLiteral("sergeant"),    QStringLiteral("councillor"),
    };
    return words;
}

const QSet<QString> &organisationMetonyms()
{
    static const QSet<QString> words{QStringLiteral("kremlin"), QStringLiteral("pentagon")};
    return words;
}

const QSet<QString> &organisationWords()
{
    static const QSet<QString> words{
        QStringLiteral("ministry"),     QStringLiteral("agency"),
        QStringLiteral("service"),      QStringLiteral("shipping"),
        QStringLiteral("board"),        QStringLiteral("council"),
        QStringLiteral("party"),        QStringLiteral("army"),
        QStringLiteral("navy"),         QStringLiteral("coastguard"),
        QStringLiteral("guard"),        QStringLiteral("company"),
        QStringLiteral("corporation"),  QStringLiteral("corp"),
        QStringLiteral("inc"),          QStringLiteral("ltd"),
        QStringLiteral("group"),        QStringLiteral("bank"),
        QStringLiteral("university"),   QStringLiteral("institute"),
        QStringLiteral("committee"),    QStringLiteral("commission"),
        QStringLiteral("union"),        QStringLiteral("parliament"),
        QStringLiteral("government"),   QStringLiteral("police"),
        QStringLiteral("news"),         QStringLiteral("times"),
        QStringLiteral("post"),         QStringLiteral("daily"),
        QStringLiteral("association"),  QStringLiteral("foundation"),
        QStringLiteral("office"),       QStringLiteral("court"),
        QStringLiteral("forces"),       QStringLiteral("department"),
        QStringLiteral("authority"),    QStringLiteral("organisation"),
        QStringLiteral("organization"), QStringLiteral("airlines"),
        QStringLiteral("fund"),         QStringLiteral("kremlin"),
        QStringLiteral("pentagon"),     QStringLiteral("ledger"),
        QStringLiteral("courier"),      QStringLiteral("brief"),
        QStringLiteral("wire"),         QStringLiteral("press"),
    };
    return words;
}

const QSet<QString> &dateWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out;
        const QLocale english(QLocale::English);
        for (int m = 1; m <= 12; ++m)
            out << english.monthName(m).toCaseFolded()
                << english.monthName(m, QLocale::ShortFormat).toCaseFolded();
        for (int d = 1; d <= 7; ++d)
            out << english.dayName(d).toCaseFolded();
        for (const char *w :
             {"morning",   "evening",  "night",   "afternoon", "noon",  "midnight", "today",
              "yesterday", "tomorrow", "tonight", "hour",      "hours", "day",      "days",
              "week",      "weeks",    "month",   "months",    "year",  "years",    "am",
              "pm",        "early",    "late",    "earlier",   "later", "minutes",  "minute"})
            out << QString::fromLatin1(w);
        return out;
    }();
    return words;
}

const QSet<QString> &negations()
{
    static const QSet<QString> words{QStringLiteral("not"),     QStringLiteral("no"),
                                     QStringLiteral("never"),   QStringLiteral("n't"),
                                     QStringLiteral("without"), QStringLiteral("denied"),
                                     QStringLiteral("deny"),    QStringLiteral("denies"),
                                     QStringLiteral("nobody"),  QStringLiteral("none")};
    return words;
}

const QSet<QString> &attributionVerbs()
{
    static const QSet<QString> words{
        QStringLiteral("said"),      QStringLiteral("says"),     QStringLiteral("told"),
        QStringLiteral("according"), QStringLiteral("stated"),   QStringLiteral("claimed"),
        QStringLiteral("announced"), QStringLiteral("added"),    QStringLiteral("quoted"),
        QStringLiteral("insisted"),  QStringLiteral("declared"), QStringLiteral("confirmed"),
        QStringLiteral("wrote"),     QStringLiteral("reported"), QStringLiteral("statement")};
    return words;
}

/// Lower-case connectors allowed inside a name ("Bank of England", "Ursula von der Leyen").
const QSet<QString> &nameConnectors()
{
    static const QSet<QString> words{
        QStringLiteral("of"),  QStringLiteral("de"),  QStringLiteral("del"), QStringLiteral("van"),
        QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("la"),  QStringLiteral("al"),
        QStringLiteral("bin"), QStringLiteral("da")};
    return words;
}

} // namespace Crosscheck::Core::Annotation::Lexicon
