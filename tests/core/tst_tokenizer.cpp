// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/text/tokenizer.h>

#include <QTest>

using namespace Crosscheck::Core::Text;

namespace {
QStringList words(const QString &text, const QString &lang = QStringLiteral("en"))
{
    Tokenizer t({lang, false});
    QStringList out;
    for (const Token &tok : t.tokenize(text))
        if (tok.is(Token::Word))
            out << text.mid(tok.start, tok.end - tok.start);
    return out;
}
} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT
private slots:
    void segmentation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("apostrophes and numbers")
            << QStringLiteral("Putin’s envoy didn't pay 3,400 tonnes (1.5%).")
            << QStringLiteral("en")
            << QStringList{QStringLiteral("Putin’s"), QStringLiteral("envoy"),
                           QStringLiteral("didn't"),  QStringLiteral("pay"),
                           QStringLiteral("3,400"),   QStringLiteral("tonnes"),
                           QStringLiteral("1.5")};
        QTest::newRow("hyphen splits")
            << QStringLiteral("hard-liner") << QStringLiteral("en")
            << QStringList{QStringLiteral("hard"), QStringLiteral("liner")};
        QTest::newRow("combining marks stay in the word")
            << QStringLiteral("Zelens\u0301kyi met") << QStringLiteral("en")
            << QStringList{QStringLiteral("Zelens\u0301kyi"), QStringLiteral("met")};
        QTest::newRow("cyrillic") << QStringLiteral("Зеленський зустрівся з делегацією.")
                                  << QStringLiteral("uk")
                                  << QStringList{QStringLiteral("Зеленський"),
                                                 QStringLiteral("зустрівся"), QStringLiteral("з"),
                                                 QStringLiteral("делегацією")};
        QTest::newRow("chinese") << QStringLiteral("我们今天去北京。") << QStringLiteral("zh")
                                 << QStringList{QStringLiteral("我们"), QStringLiteral("今天"),
                                                QStringLiteral("去"), QStringLiteral("北京")};
        QTest::newRow("japanese") << QStringLiteral("東京に行きます") << QStringLiteral("ja")
                                  << QStringList{QStringLiteral("東京"), QStringLiteral("に"),
                                                 QStringLiteral("行き"), QStringLiteral("ます")};
        QTest::newRow("thai") << QStringLiteral("ภาษาไทยง่ายนิดเดียว") << QStringLiteral("th")
                              << QStringList{QStringLiteral("ภาษา"), QStringLiteral("ไทย"),
                                             QStringLiteral("ง่าย"), QStringLiteral("นิด"),
                                             QStringLiteral("เดียว")};
        QTest::newRow("initialisms and abbreviations are one word")
            << QStringLiteral("U.S. President Joe Biden, e.g. Mr. Smith of the U.K., on Jan. 5.")
            << QStringLiteral("en")
            << QStringList{
                   QStringLiteral("U.S."),  QStringLiteral("President"), QStringLiteral("Joe"),
                   QStringLiteral("Biden"), QStringLiteral("e.g."),      QStringLiteral("Mr."),
                   QStringLiteral("Smith"), QStringLiteral("of"),        QStringLiteral("the"),
                   QStringLiteral("U.K."),  QStringLiteral("on"),        QStringLiteral("Jan."),
                   QStringLiteral("5")};
        QTest::newRow("a word's full stop is not an abbreviation's")
            << QStringLiteral("He met Lee. A.B.C. News and Mrs.Smith said no.")
            << QStringLiteral("en") << QStringList{QStringLiteral("He"),   QStringLiteral("met"),
                                                   QStringLiteral("Lee"),  QStringLiteral("A.B.C."),
                                                   QStringLiteral("News"), QStringLiteral("and"),
                                                   QStringLiteral("Mrs."), QStringLiteral("Smith"),
                                                   QStringLiteral("said"), QStringLiteral("no")};
        QTest::newRow("mixed scripts")
            << QStringLiteral("Kyiv Київ كييف 基辅") << QStringLiteral("en")
            << QStringList{QStringLiteral("Kyiv"), QStringLiteral("Київ"), QStringLiteral("كييف"),
                           QStringLiteral("基辅")};
    }
    void segmentation()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QCOMPARE(words(text, language), expected);
    }

    void offsetsAreExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("emoji before") << QStringLiteral("🙂🙂 Zelenskyy said 🇺🇦 yes");
        QTest::newRow("crlf") << QStringLiteral("Line one.\r\nLine two,\r\nthree.");
        QTest::newRow("combining") << QStringLiteral("e\u0301te\u0301 à Kyiv");
        QTest::newRow("non-bmp letters") << QStringLiteral("𝐀𝐁𝐂 plain 𠀀𠀁 text");
    }
    void offsetsAreExact()
    {
        QFETCH(QString, text);
        Tokenizer t({QStringLiteral("en"), false});
        int last = 0;
        for (const Token &tok : t.tokenize(text)) {
            QVERIFY(tok.start >= last);
            QVERIFY(tok.end > tok.start);
            QVERIFY(tok.end <= text.size());
            // Never splits a surrogate pair.
            QVERIFY(!text.at(tok.start).isLowSurrogate());
            QVERIFY(!text.at(tok.end - 1).isHighSurrogate());
            // Tokens never include white space.
            for (int i = tok.start; i < tok.end; ++i)
                QVERIFY(!text.at(i).isSpace());
            last = tok.end;
        }
    }

    void normalisation()
    {
        Tokenizer t({QStringLiteral("en"), false});
        QCOMPARE(t.normalize(QStringLiteral("Putin’s")), QStringLiteral("putin's"));
        QCOMPARE(t.normalize(QStringLiteral("ＫＹＩＶ")),
                 QStringLiteral("kyiv")); // NFKC + case folding
        QCOMPARE(t.normalize(QStringLiteral("ÉLAN")), QStringLiteral("élan"));
        const auto a = t.tokenize(QStringLiteral("“Kyiv” — ‘yes’"));
        const auto b = t.tokenize(QStringLiteral("\"KYIV\" - 'yes'"));
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i)
            QCOMPARE(a[i].norm, b[i].norm); // quotes, dashes and case unified
        Tokenizer folding({QStringLiteral("en"), true});
        QCOMPARE(folding.normalize(QStringLiteral("Zelenskyý")),
                 folding.normalize(QStringLiteral("Zelenskyy")));
        QVERIFY(t.normalize(QStringLiteral("Zelenskyý")) !=
                t.normalize(QStringLiteral("Zelenskyy")));
    }

    void stemsAndStopwords()
    {
        Tokenizer en({QStringLiteral("en"), false});
        QVERIFY(en.hasStemmer());
        QCOMPARE(en.stem(QStringLiteral("negotiations")), en.stem(QStringLiteral("negotiation")));
        QVERIFY(en.isStopword(QStringLiteral("the")));
        QVERIFY(!en.isStopword(QStringLiteral("tanker")));
        const auto toks = en.tokenize(QStringLiteral("The talks resumed"));
        QVERIFY(toks[0].is(Token::Stopword));
        QVERIFY(!toks[1].is(Token::Stopword));
        Tokenizer ru({QStringLiteral("ru"), false});
        QCOMPARE(ru.stem(QStringLiteral("переговоры")), ru.stem(QStringLiteral("переговоров")));
        Tokenizer de({QStringLiteral("de"), false});
        QVERIFY(de.isStopword(QStringLiteral("und")));
    }

    void quotesAndSentences()
    {
        Tokenizer t({QStringLiteral("en"), false});
        const QString text =
            QStringLiteral("He said: “We will end this war.” U.S. officials agreed. Next.");
        const auto toks = t.tokenize(text);
        QStringList quoted, ends;
        for (const Token &tok : toks) {
            if (tok.is(Token::Word) && tok.is(Token::InQuote))
                quoted << text.mid(tok.start, tok.end - tok.start);
            if (tok.is(Token::SentenceEnd))
                ends << text.mid(tok.start, tok.end - tok.start);
        }
        QCOMPARE(quoted,
                 (QStringList{QStringLiteral("We"), QStringLiteral("will"), QStringLiteral("end"),
                              QStringLiteral("this"), QStringLiteral("war")}));
        QCOMPARE(ends.size(), 3); // "." before the closing quote, "agreed.", "Next." — not "U.S."
    }

    void abbreviationsEndNoSentence()
    {
        Tokenizer t({QStringLiteral("en"), false});
        const QString text = QStringLiteral(
            "U.S. President Joe Biden met Gen. Smith on Jan. 5 in the U.S. The talks ended.");
        QStringList ends;
        for (const Token &tok : t.tokenize(text)) {
            if (tok.is(Token::SentenceEnd))
                ends << text.mid(tok.start, tok.end - tok.start);
        }
        // Only where a sentence plainly starts after the initialism, and at the last full stop.
        QCOMPARE(ends, (QStringList{QStringLiteral("U.S."), QStringLiteral(".")}));
        // "Mr." is the word "Mr" (British copy drops the full stop); "U.S." is not "us".
        const auto a = t.tokenize(QStringLiteral("Mr. Smith"));
        const auto b = t.tokenize(QStringLiteral("Mr Smith"));
        QCOMPARE(a.size(), b.size());
        QCOMPARE(a[0].norm, b[0].norm);
        QCOMPARE(a[0].end, 3);
        QVERIFY(t.tokenize(QStringLiteral("U.S."))[0].norm !=
                t.tokenize(QStringLiteral("us"))[0].norm);
    }

    void repeatedArticleIsLinearAndCached()
    {
        QString text;
        for (int i = 0; i < 2000; ++i)
            text +=
                QStringLiteral("The tanker ran aground on the reef, spilling 120 tonnes of oil. ");
        Tokenizer t({QStringLiteral("en"), false});
        const auto toks = t.tokenize(text);
        QCOMPARE(toks.size(), size_t(2000 * 14)); // 12 words, a comma and a full stop each
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
