// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Span rules shared by the window and the suggester: trimming a selection to its words, and
// sentence boundaries (ICU, abbreviations not taken for sentence ends).
#include <core/text/spans.h>

#include <QTest>

using namespace Crosscheck::Core;
using Text::SentenceBreaks;

class TestSpans : public QObject
{
    Q_OBJECT
private slots:
    void trimToWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("expected");
        QTest::newRow("spaces and quotes")
            << QStringLiteral("said “ Putin ”, then") << 4 << 14 << QStringLiteral("Putin");
        QTest::newRow("trailing comma")
            << QStringLiteral("Kremlin, Moscow") << 0 << 8 << QStringLiteral("Kremlin");
        QTest::newRow("an initialism keeps its full stops")
            << QStringLiteral(" U.S. ") << 0 << 6 << QStringLiteral("U.S.");
        QTest::newRow("a title keeps its full stop")
            << QStringLiteral("(Mr. Peskov)") << 0 << 4 << QStringLiteral("Mr.");
        QTest::newRow("a sentence's full stop goes")
            << QStringLiteral("He said no.") << 8 << 11 << QStringLiteral("no");
        QTest::newRow("only what was selected")
            << QStringLiteral("the U.S. Army") << 4 << 7 << QStringLiteral("U.S");
        QTest::newRow("only punctuation") << QStringLiteral("a -- b") << 1 << 5 << QString();
        QTest::newRow("emoji kept")
            << QStringLiteral("(🙂 yes)") << 0 << 8 << QStringLiteral("🙂 yes");
        QTest::newRow("combining mark kept")
            << QStringLiteral("\"Kafe\u0301\"") << 0 << 7 << QStringLiteral("Kafe\u0301");
        QTest::newRow("out of range clamped")
            << QStringLiteral("word") << -3 << 40 << QStringLiteral("word");
    }
    void trimToWord()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, expected);
        const Analysis::Span s = Text::trimToWord(text, {start, end});
        QCOMPARE(text.mid(s.start, s.length()), expected);
        QVERIFY(s.start >= 0 && s.end <= text.size() && s.start <= s.end);
    }

    void wholeWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("expected");
        const QString us = QStringLiteral("former U.S. President Joe Biden.");
        QTest::newRow("part of a word") << us << 2 << 4 << QStringLiteral("former");
        QTest::newRow("U of U.S.") << us << 7 << 8 << QStringLiteral("U.S.");
        QTest::newRow("S of U.S.") << us << 9 << 10 << QStringLiteral("U.S.");
        QTest::newRow("from S into the next word")
            << us << 9 << 14 << QStringLiteral("U.S. President");
        QTest::newRow("a sentence's last word") << us << 28 << 32 << QStringLiteral("Biden");
        QTest::newRow("a title") << QStringLiteral("Mr. Peskov") << 0 << 1 << QStringLiteral("Mr.");
        QTest::newRow("not a title")
            << QStringLiteral("said no. Then") << 5 << 6 << QStringLiteral("no");
        QTest::newRow("an initial")
            << QStringLiteral("John F. Kennedy") << 5 << 6 << QStringLiteral("F.");
    }
    void wholeWords()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, expected);
        const Analysis::Span s = Text::wholeWords(text, {start, end});
        QCOMPARE(text.mid(s.start, s.length()), expected);
    }

    void sentenceEndSkipsAbbreviations()
    {
        const QString text = QStringLiteral(
            "The U.S. President spoke to Mr. Peskov on Monday. The Kremlin denied it. Then");
        const SentenceBreaks breaks(QStringLiteral("en"));
        const int first = breaks.sentenceEnd(text, 0);
        QCOMPARE(text.left(first),
                 QStringLiteral("The U.S. President spoke to Mr. Peskov on Monday."));
        // From the end of one sentence, the end of the next (its spaces are not included).
        const int second = breaks.sentenceEnd(text, first);
        QCOMPARE(text.mid(first, second - first), QStringLiteral(" The Kremlin denied it."));
        QCOMPARE(breaks.sentenceEnd(text, second), int(text.size()));
        // An initialism that does end a sentence, before a word that starts one.
        const QString atEnd = QStringLiteral("He flew to the U.S. The talks began.");
        QCOMPARE(atEnd.left(breaks.sentenceEnd(atEnd, 0)), QStringLiteral("He flew to the U.S."));
        const QString initial = QStringLiteral("John F. Kennedy spoke. Then");
        QCOMPARE(initial.left(breaks.sentenceEnd(initial, 0)),
                 QStringLiteral("John F. Kennedy spoke."));
    }

    void sentenceStartGoesBackOneSentence()
    {
        const QString text =
            QStringLiteral("Dr. Smith arrived. He said “no.” Then he left.\nNext paragraph");
        const SentenceBreaks breaks(QStringLiteral("en"));
        const int then = int(text.indexOf(QStringLiteral("Then")));
        QCOMPARE(breaks.sentenceStart(text, then + 3), then);
        const int he = int(text.indexOf(QStringLiteral("He said")));
        QCOMPARE(breaks.sentenceStart(text, then), he);
        QCOMPARE(breaks.sentenceStart(text, he), 0); // "Dr." does not end a sentence
        const int next = int(text.indexOf(QStringLiteral("Next")));
        QCOMPARE(breaks.sentenceStart(text, int(text.size())), next);
        QCOMPARE(breaks.sentenceStart(text, 0), 0);
    }

    void lineBreaksEndSentences()
    {
        const QString article = QStringLiteral(
            "Tanker runs aground off Lindhaven, spilling fuel oil\n\nLINDHAVEN, March 10 (NWS) - "
            "The oil tanker Corvina ran aground early on Tuesday, spilling about 120 tonnes of "
            "heavy fuel oil into the sea, the coastguard said. The crew was safe.");
        const int headline = int(article.indexOf(u'\n'));
        QCOMPARE(SentenceBreaks().sentenceEnd(article, 0), headline);
        QVERIFY(article.left(SentenceBreaks().sentenceEnd(article, headline))
                    .endsWith(QStringLiteral("the coastguard said.")));
        const QString text = QStringLiteral("Headline without stop\nBody starts here. More");
        const SentenceBreaks breaks;
        QCOMPARE(text.left(breaks.sentenceEnd(text, 0)), QStringLiteral("Headline without stop"));
    }

    void surrogatePairsAreOneUnitForIcu()
    {
        const QString text = QStringLiteral("Fire 🔥 spread. Crews came.");
        const SentenceBreaks breaks;
        QCOMPARE(text.left(breaks.sentenceEnd(text, 0)), QStringLiteral("Fire 🔥 spread."));
    }
};

QTEST_GUILESS_MAIN(TestSpans)
#include "tst_spans.moc"
