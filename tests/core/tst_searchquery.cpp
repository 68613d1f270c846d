// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The search language: what a query means (as FTS5's syntax writes it) and what a malformed
// query is told.
#include "teststrings.h"

#include <core/search/searchquery.h>

#include <QTest>

using TestData::L;
using TestData::S;
using namespace Crosscheck::Core::Search;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("meaning");
        QTest::newRow("word") << S("Kellogg") << S("\"Kellogg\"");
        QTest::newRow("words are ANDed") << S("Trump Putin") << S("\"Trump\" AND \"Putin\"");
        QTest::newRow("phrase") << S("\"100 days\"") << S("\"100 days\"");
        QTest::newRow("quote in phrase") << S("\"say \"\"no\"\"\"") << S("\"say \"\"no\"\"\"");
        QTest::newRow("prefix") << S("negot*") << S("\"negot\"*");
        QTest::newRow("phrase prefix") << S("\"peace negot\"*") << S("\"peace negot\"*");
        QTest::newRow("OR") << S("Kiev OR Kyiv") << S("\"Kiev\" OR \"Kyiv\"");
        QTest::newRow("AND binds tighter than OR")
            << S("a b OR c") << S("(\"a\" AND \"b\") OR \"c\"");
        QTest::newRow("NOT binds tightest") << S("a OR b NOT c") << S("\"a\" OR (\"b\" NOT \"c\")");
        QTest::newRow("parentheses") << S("(a OR b) c") << S("(\"a\" OR \"b\") AND \"c\"");
        QTest::newRow("NEAR()") << S("NEAR(refused Putin, 5)")
                                << S("NEAR(\"refused\" \"Putin\", 5)");
        QTest::newRow("NEAR() default") << S("NEAR(a \"b c\")") << S("NEAR(\"a\" \"b c\", 20)");
        QTest::newRow("infix NEAR")
            << S("refused NEAR Putin") << S("NEAR(\"refused\" \"Putin\", 20)");
        QTest::newRow("infix NEAR/N")
            << S("refused NEAR/3 Putin") << S("NEAR(\"refused\" \"Putin\", 3)");
        QTest::newRow("three NEAR") << S("a NEAR b NEAR c") << S("NEAR(\"a\" \"b\" \"c\", 20)");
        QTest::newRow("lower-case operators are words")
            << S("war and peace") << S("\"war\" AND \"and\" AND \"peace\"");
        QTest::newRow("punctuation in a word")
            << S("U.S. 100,000") << S("\"U.S.\" AND \"100,000\"");
        QTest::newRow("NEAR with comma word")
            << S("NEAR(\"1,000\" troops, 4)") << S("NEAR(\"1,000\" \"troops\", 4)");
        QTest::newRow("Cyrillic") << S("Зеленський") << S("\"Зеленський\"");
    }
    void parses()
    {
        QFETCH(QString, query);
        QFETCH(QString, meaning);
        const Query q = Query::parse(query);
        QVERIFY2(q.isValid(), qPrintable(q.error));
        QCOMPARE(q.root.describe(), meaning);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("at");
        QTest::newRow("empty") << S("   ") << S("empty") << 0;
        QTest::newRow("open quote") << S("Trump \"said") << S("quotation mark") << 6;
        QTest::newRow("open parenthesis") << S("(a OR b") << S("parenthesis") << 0;
        QTest::newRow("stray close") << S("a b)") << S("“)”") << 3;
        QTest::newRow("OR at the end") << S("a OR") << S("OR needs") << 2;
        QTest::newRow("AND at the start") << S("AND a") << S("AND needs") << 0;
        QTest::newRow("NOT at the start") << S("NOT a") << S("NOT needs") << 0;
        QTest::newRow("NEAR alone") << S("refused NEAR") << S("NEAR needs") << 8;
        QTest::newRow("NEAR of groups") << S("(a OR b) NEAR c") << S("NEAR joins") << 9;
        QTest::newRow("NEAR bad distance") << S("a NEAR/x b") << S("distance") << 2;
        QTest::newRow("NEAR() one phrase") << S("NEAR(a)") << S("two") << 0;
        QTest::newRow("NEAR() unclosed") << S("NEAR(a b") << S("NEAR(") << 0;
        QTest::newRow("NEAR() too far") << S("NEAR(a b, 5000)") << S("distance") << 8;
    }
    void refuses()
    {
        QFETCH(QString, query);
        QFETCH(QString, says);
        QFETCH(int, at);
        const Query q = Query::parse(query);
        QVERIFY(!q.isValid());
        QVERIFY2(q.error.contains(says), qPrintable(q.error));
        QCOMPARE(q.errorAt, at);
        QVERIFY(q.phrases().empty());
    }

    void phrasesInOrder()
    {
        const Query q = Query::parse(QStringLiteral("(a OR \"b c\") NOT d*"));
        QVERIFY(q.isValid());
        QStringList texts;
        for (const QueryNode *n : q.phrases())
            texts << n->text + (n->prefix ? QStringLiteral("*") : QString());
        QCOMPARE(texts, L({"a", "b c", "d*"}));
        QCOMPARE(q.phrases()[1]->quoted, true);
        QCOMPARE(q.phrases()[1]->offset, 6);
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
