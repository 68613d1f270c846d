// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// NameMatcher: spelling variants across transliterations and scripts.
#include <core/suggestions/namematcher.h>

#include <QTest>

using Crosscheck::Core::Annotation::NameMatcher;

class TestNameMatcher : public QObject
{
    Q_OBJECT
private slots:
    void sameName_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("Zelensky/Zelenskyy") << "Zelensky"
                                            << "Zelenskyy" << true;
        QTest::newRow("Zelensky/Zelenskiy") << "Zelensky"
                                            << "Zelenskiy" << true;
        QTest::newRow("Zelenskyy/Zelenskiy") << "Zelenskyy"
                                             << "Zelenskiy" << true;
        QTest::newRow("Zelensky/Cyrillic") << "Zelensky"
                                           << "Зеленський" << true;
        QTest::newRow("Volodymyr Zelensky/Cyrillic") << "Volodymyr Zelenskyy"
                                                     << "Володимир Зеленський" << true;
        QTest::newRow("Kiev/Kyiv") << "Kiev"
                                   << "Kyiv" << true;
        QTest::newRow("Kyiv/Київ") << "Kyiv"
                                   << "Київ" << true;
        QTest::newRow("Kiev/Киев") << "Kiev"
                                   << "Киев" << true;
        QTest::newRow("Putin/Путин") << "Putin"
                                     << "Путин" << true;
        QTest::newRow("case and accents") << "Zelenskyý"
                                          << "ZELENSKYY" << true;
        QTest::newRow("Iran/Iraq") << "Iran"
                                   << "Iraq" << false;
        QTest::newRow("Berg/Solberg") << "Berg"
                                      << "Solberg" << false;
        QTest::newRow("Paris/Baris") << "Paris"
                                     << "Baris" << false;
        QTest::newRow("Austria/Australia") << "Austria"
                                           << "Australia" << false;
        QTest::newRow("short") << "Al"
                               << "El" << false;
        QTest::newRow("empty") << ""
                               << "Kyiv" << false;
    }
    void sameName()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        NameMatcher m;
        QCOMPARE(m.sameName(a, b), same);
        QCOMPARE(m.sameName(b, a), same);
    }

    void foldAndSkeleton()
    {
        NameMatcher m;
        QCOMPARE(m.fold(QStringLiteral("Zelens'kyi  (Ukraine)")),
                 QStringLiteral("zelenskyi ukraine"));
        QCOMPARE(m.fold(QStringLiteral("Зеленський")), QStringLiteral("zelenskij"));
        QCOMPARE(m.skeleton(QStringLiteral("Zelenskyy")), QStringLiteral("zelenski"));
        QCOMPARE(m.skeleton(QStringLiteral("Зеленський")), QStringLiteral("zelenski"));
        QCOMPARE(NameMatcher::distance(QStringLiteral("kiev"), QStringLiteral("kiv"), 2), 1);
        QCOMPARE(NameMatcher::distance(QStringLiteral("abcdef"), QStringLiteral("uvwxyz"), 2), 3);
    }
};

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"
