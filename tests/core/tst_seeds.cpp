// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The five real articles in ../shared/seeds: the reference case for every feature.
#include <core/importers/importjob.h>
#include <core/project/project.h>
#include <core/suggestions/suggestions.h>

#include <QDir>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Crosscheck::Core;

class TestSeeds : public QObject
{
    Q_OBJECT
private slots:
    void importSeeds()
    {
        const QDir seeds(QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds"));
        if (!seeds.exists())
            QSKIP("../shared/seeds is not beside the project; skipping the real-article test");
        auto project = Project::createInMemory();
        const auto result = ImportSession::runBlocking(project.get(), {seeds.path()});
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
        QCOMPARE(project->sourceCount(), 5);

        QHash<QString, Source> byFile;
        for (const Source &s : project->sources())
            byFile.insert(s.fileName.left(3), s);
        // 000, 003 and 004 open with a headline: it is the title.
        QCOMPARE(byFile.value(QStringLiteral("000")).meta.title,
                 QStringLiteral("US President Trump Hints at Direct Talks with Putin, Aims to End "
                                "Ukraine Conflict"));
        QCOMPARE(byFile.value(QStringLiteral("003")).meta.title,
                 QStringLiteral("Trump Eyes Peace Talks with Putin Amid Ongoing Ukraine Conflict"));
        QCOMPARE(
            byFile.value(QStringLiteral("004")).meta.title,
            QStringLiteral(
                "Trump admits to talking directly with Putin about ending invasion of Ukraine"));
        // 001 and 002 open with a body paragraph: the title is its first sentence, cut to 80
        // characters at a word boundary, never the whole paragraph.
        for (const char *file : {"001", "002"}) {
            const Source s = byFile.value(QString::fromLatin1(file));
            const QString firstLine = project->sourceText(s.id).section(u'\n', 0, 0);
            QVERIFY2(s.meta.title.size() <= 80, qPrintable(s.meta.title));
            QVERIFY(s.meta.title != firstLine);
            QVERIFY(s.meta.title.endsWith(QChar(0x2026)));
            QVERIFY(firstLine.startsWith(s.meta.title.chopped(1)));
        }
        QCOMPARE(byFile.value(QStringLiteral("001")).meta.title,
                 QStringLiteral("On January 31, U.S. President Donald Trump stated that he and "
                                "Russian President…"));
        for (const Source &s : project->sources()) {
            QCOMPARE(s.meta.language, QStringLiteral("en"));
            QCOMPARE(s.encoding, QStringLiteral("UTF-8"));
            QVERIFY(s.wordCount > 300);
            // The stored text is the file's text (line ends and trailing space aside).
            QFile f(seeds.filePath(s.fileName));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(project->sourceText(s.id), QString::fromUtf8(f.readAll()).trimmed());
        }

        // Importing them again (an interrupted import run anew) adds nothing and counts them as
        // already there: not a problem.
        const auto again = ImportSession::runBlocking(project.get(), {seeds.path()});
        QCOMPARE(again.added, 0);
        QCOMPARE(again.alreadyPresent, 5);
        QVERIFY(again.problems.isEmpty());
    }

    void entitySuggestions()
    {
        const QDir seeds(QStringLiteral(CROSSCHECK_SHARED_DIR "/seeds"));
        if (!seeds.exists())
            QSKIP("../shared/seeds is not beside the project; skipping the real-article test");
        auto project = Project::createInMemory();
        ImportSession::runBlocking(project.get(), {seeds.path()});
        QHash<QString, QSet<QString>> types; // entity name → the types suggested for it
        for (const Annotation::EntitySuggestion &s : Annotation::Suggester(*project).entities()) {
            types[s.entityName].insert(s.typeName);
            // No headline words, possessives or titles in a suggested name.
            for (const char *bad : {"Hints", "Direct Talks", "'s", "’s", "President "})
                QVERIFY2(!s.entityName.contains(QString::fromUtf8(bad)), qPrintable(s.entityName));
        }
        const auto expect = [&](const QStringList &names, const QString &type) {
            for (const QString &n : names)
                QVERIFY2(types.value(n) == QSet<QString>{type},
                         qPrintable(n + u": " + QStringList(types.value(n).values()).join(u", ")));
        };
        expect({QStringLiteral("Trump"), QStringLiteral("Donald Trump"), QStringLiteral("Putin"),
                QStringLiteral("Vladimir Putin"), QStringLiteral("Zelensky"),
                QStringLiteral("Zelenskyy"), QStringLiteral("Volodymyr Zelenskiy"),
                QStringLiteral("Dmitry Peskov"), QStringLiteral("Keith Kellogg"),
                QStringLiteral("Leonid Slutsky"), QStringLiteral("Sergey Ryabkov"),
                QStringLiteral("Bob Woodward"), QStringLiteral("Joe Biden")},
               QStringLiteral("Person"));
        expect({QStringLiteral("Kremlin"), QStringLiteral("NATO"), QStringLiteral("Reuters"),
                QStringLiteral("TASS"), QStringLiteral("New York Post")},
               QStringLiteral("Organization"));
        expect({QStringLiteral("Ukraine"), QStringLiteral("Russia"), QStringLiteral("Kyiv"),
                QStringLiteral("Kiev"), QStringLiteral("Crimea"), QStringLiteral("Washington")},
               QStringLiteral("Location"));
        // Possessives are the name itself, not a spelling to merge.
        for (const Annotation::MergeProposal &m : Annotation::Suggester(*project).merges())
            for (const QString &n : m.names)
                QVERIFY2(!n.contains(u'\'') && !n.contains(QChar(0x2019)), qPrintable(n));
    }
};

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
