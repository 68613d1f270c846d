// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "abbreviations.h"

#include <QStringList>

namespace Crosscheck::Core::Text::Abbreviations {

namespace {
// ICU's English list has some titles ("Mr.") but not others, and its filter does not take
// initialisms ("U.S.") at all: these are the abbreviations news copy uses before a name, a
// noun or a number, rarely as a sentence's last word.
const QStringList &titles()
{
    static const QStringList list = {
        QStringLiteral("Mr"),   QStringLiteral("Mrs"),    QStringLiteral("Ms"),
        QStringLiteral("Dr"),   QStringLiteral("Prof"),   QStringLiteral("Gen"),
        QStringLiteral("Sen"),  QStringLiteral("Rep"),    QStringLiteral("Gov"),
        QStringLiteral("Col"),  QStringLiteral("Lt"),     QStringLiteral("Sgt"),
        QStringLiteral("Capt"), QStringLiteral("Adm"),    QStringLiteral("Cmdr"),
        QStringLiteral("Maj"),  QStringLiteral("Rev"),    QStringLiteral("Hon"),
        QStringLiteral("Pres"), QStringLiteral("Supt"),   QStringLiteral("St"),
        QStringLiteral("Mt"),   QStringLiteral("No"),     QStringLiteral("Nos"),
        QStringLiteral("Vol"),  QStringLiteral("vs"),     QStringLiteral("Jr"),
        QStringLiteral("Sr"),   QStringLiteral("approx"), QStringLiteral("Jan"),
        QStringLiteral("Feb"),  QStringLiteral("Apr"),    QStringLiteral("Aug"),
        QStringLiteral("Sep"),  QStringLiteral("Sept"),   QStringLiteral("Oct"),
        QStringLiteral("Nov"),  QStringLiteral("Dec"),
    };
    return list;
}

bool isLetter(QChar c)
{
    return c.isLetter();
}
} // namespace

bool isTitle(QStringView word)
{
    return titles().contains(word);
}

bool isInitialism(QStringView word)
{
    if (word.size() < 2 || word.size() % 2 != 0)
        return false;
    bool upper = true;
    for (qsizetype i = 0; i < word.size(); i += 2) {
        if (!isLetter(word.at(i)) || word.at(i + 1) != u'.')
            return false;
        upper = upper && word.at(i).isUpper();
    }
    return word.size() >= 4 || upper;
}

bool startsSentence(QStringView word)
{
    static const QStringList starters = {
        QStringLiteral("The"),   QStringLiteral("A"),    QStringLiteral("An"),
        QStringLiteral("He"),    QStringLiteral("She"),  QStringLiteral("It"),
        QStringLiteral("They"),  QStringLiteral("We"),   QStringLiteral("I"),
        QStringLiteral("But"),   QStringLiteral("And"),  QStringLiteral("In"),
        QStringLiteral("On"),    QStringLiteral("This"), QStringLiteral("That"),
        QStringLiteral("There"), QStringLiteral("His"),  QStringLiteral("Her"),
        QStringLiteral("Their"), QStringLiteral("Its"),  QStringLiteral("According"),
    };
    return starters.contains(word);
}

qsizetype end(QStringView text, qsizetype start, qsizetype wordEnd)
{
    if (wordEnd >= text.size() || text.at(wordEnd) != u'.')
        return wordEnd;
    if (isTitle(text.mid(start, wordEnd - start)))
        return wordEnd + 1;
    if (wordEnd - start != 1)
        return wordEnd;
    // Single letters each followed by a full stop ("U.S.", "A.B.C."; "U.Sa" stops after "U.").
    qsizetype e = wordEnd + 1;
    while (e + 1 < text.size() && isLetter(text.at(e)) && text.at(e + 1) == u'.')
        e += 2;
    return isInitialism(text.mid(start, e - start)) ? e : wordEnd;
}

} // namespace Crosscheck::Core::Text::Abbreviations
