// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Word diffs against golden files: tests/data/diff/NAME.a.txt + NAME.b.txt -> NAME.expected
// (one run per line: kind, A text, B text, move id). Regenerate with CROSSCHECK_UPDATE_GOLDEN=1.
#include <core/analysis/worddiff.h>
#include <core/text/tokenizer.h>

#include <QDir>
#include <QFile>
#include <QTest>

#include <random>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Analysis;

namespace {
QString read(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

QString render(const WordDiff &diff, const QString &a, const QString &b)
{
    QStringList lines;
    for (const DiffRun &r : diff.runs) {
        lines << QStringLiteral("%1\t%2\t%3%4")
                     .arg(WordDiff::kindName(r.kind), a.mid(r.a.start, r.a.length()),
                          b.mid(r.b.start, r.b.length()),
                          r.moveId >= 0 ? QStringLiteral("\tmove %1").arg(r.moveId) : QString());
    }
    return lines.join(u'\n') + u'\n';
}
} // namespace

class TestWordDiff : public QObject
{
    Q_OBJECT
private slots:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(QStringLiteral(CROSSCHECK_TEST_DATA "/diff"));
        for (const QString &f : dir.entryList({QStringLiteral("*.a.txt")}))
            QTest::newRow(qPrintable(f)) << f.chopped(6);
    }
    void golden()
    {
        QFETCH(QString, name);
        const QDir dir(QStringLiteral(CROSSCHECK_TEST_DATA "/diff"));
        const QString a = read(dir.filePath(name + QStringLiteral(".a.txt")));
        const QString b = read(dir.filePath(name + QStringLiteral(".b.txt")));
        Text::Tokenizer tokenizer({QStringLiteral("en"), false});
        const WordDiff diff =
            WordDiff::compute(a, {0, int32_t(a.size())}, b, {0, int32_t(b.size())}, tokenizer);
        const QString actual = render(diff, a, b);
        const QString expectedPath = dir.filePath(name + QStringLiteral(".expected"));
        if (qEnvironmentVariableIsSet("CROSSCHECK_UPDATE_GOLDEN")) {
            QFile f(expectedPath);
            f.open(QIODevice::WriteOnly);
            f.write(actual.toUtf8());
        }
        QCOMPARE(actual, read(expectedPath));
    }

    void runsCoverBothTextsOnWholeTokens()
    {
        const QString a = QStringLiteral("The tanker, Corvina, ran aground early on Tuesday.");
        const QString b = QStringLiteral("The tanker Corvina ran aground late on Monday!");
        Text::Tokenizer tokenizer({QStringLiteral("en"), false});
        const WordDiff diff =
            WordDiff::compute(a, {0, int32_t(a.size())}, b, {0, int32_t(b.size())}, tokenizer);
        QString aRebuilt, bRebuilt;
        for (const DiffRun &r : diff.runs) {
            // Runs start and end on token boundaries: never inside a word.
            for (const auto &[text, span] : {std::make_pair(a, r.a), std::make_pair(b, r.b)}) {
                if (span.length() == 0)
                    continue;
                QVERIFY(span.start == 0 || !text.at(span.start - 1).isLetterOrNumber() ||
                        !text.at(span.start).isLetterOrNumber());
                QVERIFY(span.end == text.size() || !text.at(span.end).isLetterOrNumber() ||
                        !text.at(span.end - 1).isLetterOrNumber());
            }
            if (r.kind != DiffRun::Kind::Insert)
                aRebuilt += a.mid(r.a.start, r.a.length());
            if (r.kind != DiffRun::Kind::Delete)
                bRebuilt += b.mid(r.b.start, r.b.length());
        }
        QString aNoSpace = a, bNoSpace = b;
        aNoSpace.remove(u' ');
        bNoSpace.remove(u' ');
        aRebuilt.remove(u' ');
        bRebuilt.remove(u' ');
        QCOMPARE(aRebuilt, aNoSpace); // every token of A is in exactly one run
        QCOMPARE(bRebuilt, bNoSpace);
    }

    void sequenceDiffIsAnEditScript()
    {
        // Random sequences: applying the script to A must give B.
        std::mt19937 rng(7);
        for (int round = 0; round < 200; ++round) {
            std::vector<uint64_t> a(rng() % 60), b;
            for (auto &x : a)
                x = rng() % 8;
            for (uint64_t x : a) {
                const unsigned r = rng() % 10;
                if (r == 0)
                    continue;
                if (r == 1)
                    b.push_back(rng() % 8);
                b.push_back(x);
            }
            std::vector<uint64_t> rebuilt;
            for (const SequenceOp &op : diffSequences(a.data(), a.size(), b.data(), b.size())) {
                if (op.kind == SequenceOp::Equal) {
                    QVERIFY(
                        std::equal(a.begin() + op.aFrom, a.begin() + op.aTo, b.begin() + op.bFrom));
                    rebuilt.insert(rebuilt.end(), a.begin() + op.aFrom, a.begin() + op.aTo);
                } else if (op.kind == SequenceOp::Insert) {
                    rebuilt.insert(rebuilt.end(), b.begin() + op.bFrom, b.begin() + op.bTo);
                }
            }
            QCOMPARE(rebuilt, b);
        }
    }
};

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
