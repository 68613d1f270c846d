// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/text/fuzzymatch.h>
#include <core/text/textstats.h>

#include <QTest>

using namespace Crosscheck::Core::Text;

class TestTextStats : public QObject
{
    Q_OBJECT
private slots:
    void countWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("english") << QStringLiteral("The tanker ran aground, spilling 120 tonnes.")
                                 << 7;
        // ICU (UAX #29): apostrophes join, hyphens split ("hard", "liner").
        QTest::newRow("apostrophes and dashes")
            << QStringLiteral("Putin’s envoy — a “hard-liner” — didn't comment.") << 7;
        QTest::newRow("cyrillic") << QStringLiteral("Зеленський зустрівся з делегацією.") << 4;
        // Scripts without spaces: ICU's dictionary segmentation, not one word per line.
        QTest::newRow("chinese") << QStringLiteral("我们今天去北京") << 4;
        QTest::newRow("thai") << QStringLiteral("ภาษาไทยง่ายนิดเดียว") << 5; // ภาษา|ไทย|ง่าย|นิด|เดียว
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("punctuation only") << QStringLiteral("… — !!") << 0;
    }
    void countWords()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(Crosscheck::Core::Text::countWords(text), words);
        // Where they start: each at a word's first character, in order.
        const std::vector<int32_t> starts = wordStarts(text);
        QCOMPARE(int(starts.size()), words);
        for (size_t i = 0; i < starts.size(); ++i) {
            QVERIFY(text.at(starts[i]).isLetterOrNumber());
            QVERIFY(i == 0 || starts[i - 1] < starts[i]);
        }
    }

    void fuzzyScore()
    {
        // Letters in order, not necessarily adjacent, whatever the case.
        QVERIFY(Crosscheck::Core::Text::fuzzyScore(QStringLiteral("rvw"),
                                                   QStringLiteral("Review Mode")) > 0);
        QCOMPARE(Crosscheck::Core::Text::fuzzyScore(QStringLiteral("wvr"),
                                                    QStringLiteral("Review Mode")),
                 -1);
        QCOMPARE(Crosscheck::Core::Text::fuzzyScore(QString(), QStringLiteral("x")), 0);
        // Word starts and runs count more: "tag" is Tag Selection before Entity Types.
        QVERIFY(Crosscheck::Core::Text::fuzzyScore(QStringLiteral("tag"),
                                                   QStringLiteral("Tag Selection")) >
                Crosscheck::Core::Text::fuzzyScore(QStringLiteral("tag"),
                                                   QStringLiteral("Entity Types Manager")));
        // A run beats letters spread over words: "fo" is Focus before Find Overlaps.
        QVERIFY(Crosscheck::Core::Text::fuzzyScore(QStringLiteral("fo"),
                                                   QStringLiteral("Focus Reader")) >
                Crosscheck::Core::Text::fuzzyScore(QStringLiteral("fo"),
                                                   QStringLiteral("Find Overlaps")));
    }

    void codePoints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("codePoint");
        const QString emoji = QStringLiteral("🙂🙂 Kyiv"); // each emoji is two UTF-16 units
        QTest::newRow("after emoji") << emoji << 5 << 3;
        QTest::newRow("start") << emoji << 0 << 0;
        QTest::newRow("end") << emoji << int(emoji.size()) << 7;
        // Combining marks are code points of their own.
        const QString combining = QStringLiteral("Zelens\u0301kyi 🙂x");
        QTest::newRow("combining") << combining << 8 << 8;
        QTest::newRow("combining then emoji")
            << combining << int(combining.size()) << int(combining.size()) - 1;
    }
    void codePoints()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, codePoint);
        QCOMPARE(utf16ToCodePoint(text, utf16), codePoint);
        QCOMPARE(codePointToUtf16(text, codePoint), utf16);
    }

    void guessLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("The minister said that the talks were over and that "
                                              "the government would not comment.")
                            << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("Der Minister sagte, dass die Gespräche beendet "
                                              "seien und die Regierung sich nicht äußern werde.")
                            << QStringLiteral("de");
        QTest::newRow("uk")
            << QStringLiteral(
                   "Міністр заявив, що переговори завершено і що уряд не коментуватиме їх.")
            << QStringLiteral("uk");
        QTest::newRow("ru") << QStringLiteral("Министр заявил, что переговоры завершены и что "
                                              "правительство не будет их комментировать.")
                            << QStringLiteral("ru");
        QTest::newRow("ja") << QStringLiteral("首相は記者団に対し、交渉は終わったと述べた。")
                            << QStringLiteral("ja");
        QTest::newRow("zh") << QStringLiteral("部长表示谈判已经结束，政府不会发表评论。")
                            << QStringLiteral("zh");
        QTest::newRow("too short") << QStringLiteral("OK") << QString();
        // A line says too little to tell: unknown, not a guess.
        QTest::newRow("one short line") << QStringLiteral("Talks end in Riyadh") << QString();
        // Short English copy with names and a dateline (once taken for French).
        QTest::newRow("short en")
            << QStringLiteral("PARIS (Reuters) - Macron met Zelensky on Monday. Both leaders "
                              "called for a ceasefire before the summit.")
            << QStringLiteral("en");
        // Languages the word lists never knew; a Snowball stemmer exists for each.
        QTest::newRow("es") << QStringLiteral("El ministro dijo que las conversaciones habían "
                                              "terminado y que el gobierno no haría comentarios.")
                            << QStringLiteral("es");
        QTest::newRow("pl") << QStringLiteral("Minister powiedział, że rozmowy zostały "
                                              "zakończone, a rząd nie będzie ich komentował.")
                            << QStringLiteral("pl");
        QTest::newRow("nl") << QStringLiteral("De minister zei dat de gesprekken waren beëindigd "
                                              "en dat de regering geen commentaar zou geven.")
                            << QStringLiteral("nl");
        QTest::newRow("sv") << QStringLiteral("Ministern sade att samtalen var avslutade och att "
                                              "regeringen inte skulle kommentera dem.")
                            << QStringLiteral("sv");
    }
    void guessLanguage()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(Crosscheck::Core::Text::guessLanguage(text), language);
    }

    void shortenedSentence_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("expected");
        QTest::newRow("abbreviation is not an end")
            << QStringLiteral("On January 31, U.S. President Donald Trump stated that he and "
                              "Russian President Vladimir Putin could speak soon.")
            << QStringLiteral("On January 31, U.S. President Donald Trump stated that he and "
                              "Russian President…");
        QTest::newRow("short sentence") << QStringLiteral("Fire contained. Crews stay overnight.")
                                        << QStringLiteral("Fire contained.");
    }
    void shortenedSentence()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, expected);
        QCOMPARE(Crosscheck::Core::Text::shortenedSentence(paragraph, 80), expected);
        QVERIFY(Crosscheck::Core::Text::shortenedSentence(paragraph, 80).size() <= 80);
    }
};

QTEST_GUILESS_MAIN(TestTextStats)
#include "tst_textstats.moc"
