// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input in imports: every problem gets a per-file message, the rest of the batch imports,
// nothing half-imported stays.
#include <core/importers/documentimporter.h>
#include <core/importers/importjob.h>
#include <core/project/project.h>
#include <core/project/undostack.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

namespace {
void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray article(int i)
{
    return QStringLiteral(
               "Report number %1 from the harbour\nThe harbour master said on day %1 that "
               "ship %2 had docked safely and that the crew was well.\n")
        .arg(i)
        .arg(i * 7)
        .toUtf8();
}
} // namespace

class TestImportBatch : public QObject
{
    Q_OBJECT
private slots:
    void badFilesEachGetAMessage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray()
                               << QStringLiteral("empty");
        QTest::newRow("whitespace only")
            << QStringLiteral("blank.txt") << QByteArray(" \n\t\n") << QStringLiteral("no text");
        QTest::newRow("binary") << QStringLiteral("image.txt")
                                << QByteArray("\x89PNG\r\n\x1A\n\0\0", 10) << QStringLiteral("PNG");
        QTest::newRow("unsupported type")
            << QStringLiteral("letter.docx") << QByteArray("PK\x03\x04")
            << QStringLiteral("unsupported");
        QTest::newRow("invalid utf-8") << QStringLiteral("broken.md")
                                       << QByteArray("Zelenskyy – Зеленський ✓ ok\n\xC3\x28 broken")
                                       << QStringLiteral("invalid UTF-8");
        QTest::newRow("fake pdf") << QStringLiteral("fake.pdf") << QByteArray("hello")
                                  << QStringLiteral("not a PDF");
    }
    void badFilesEachGetAMessage()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        write(dir.filePath(name), bytes);
        write(dir.filePath(QStringLiteral("good.txt")), article(1));
        auto project = Project::createInMemory();
        const auto result = ImportSession::runBlocking(project.get(), {dir.path()});
        QCOMPARE(result.added, 1);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().contains(name), qPrintable(result.problems.first()));
        QVERIFY2(result.problems.first().contains(expected, Qt::CaseInsensitive),
                 qPrintable(result.problems.first()));
        QCOMPARE(project->sourceCount(), 1);
    }

    void hugeFileRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(100) << 20)); // 100 MB, sparse: instant to make
        f.close();
        const ImportedDocument doc = Importers().importFile(path);
        QVERIFY(!doc.isValid());
        QVERIFY2(doc.error.contains(QLatin1String("too large")), qPrintable(doc.error));
        QVERIFY(doc.text.isEmpty());
    }

    void missingPathsAreReported()
    {
        auto project = Project::createInMemory();
        const auto result =
            ImportSession::runBlocking(project.get(), {QStringLiteral("/no/such/file.txt")});
        QCOMPARE(result.added, 0);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.first().startsWith(QLatin1String("/no/such/file.txt: ")));
    }

    void folderOfThousandFilesSomeBad()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("sub/.git"));
        for (int i = 0; i < 1000; ++i) {
            QString name = QStringLiteral("a%1.txt").arg(i, 4, 10, QLatin1Char('0'));
            QByteArray bytes = article(i);
            if (i % 100 == 7)
                bytes.clear(); // 10 empty files
            else if (i % 100 == 42)
                bytes = QByteArray("\x7F"
                                   "ELF\x02\x01\x01\0\0\0",
                                   10); // 10 programs
            else if (i % 100 == 99)
                bytes = article(i - 1); // 10 duplicates of their neighbour
            write(dir.filePath((i % 2 ? QStringLiteral("sub/") : QString()) + name), bytes);
        }
        write(dir.filePath(QStringLiteral("sub/.git/HEAD")),
              "ref: refs/heads/main\n"); // hidden: skipped
        auto project = Project::createInMemory();
        const auto result = ImportSession::runBlocking(project.get(), {dir.path()});
        // 10 empty files and 10 programs are problems; the 10 duplicates (their neighbour went
        // in with an earlier chunk) are counted as already in the project.
        QCOMPARE(result.problems.size(), 20);
        QCOMPARE(result.alreadyPresent, 10);
        QCOMPARE(result.added, 970);
        QCOMPARE(project->sourceCount(), 970);
        // The whole batch is one undo step, and undoing it leaves nothing behind.
        QCOMPARE(project->undoStack()->count(), 1);
        QVERIFY(project->undoStack()->undo());
        QCOMPARE(project->sourceCount(), 0);
    }

    void folderGivenByARelativePathWithDotDot()
    {
        // "../articles" used to look hidden (its files' relative paths start with "."), so a
        // folder named that way imported nothing.
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(QStringLiteral("work"));
        QDir(dir.path()).mkpath(QStringLiteral("articles"));
        write(dir.filePath(QStringLiteral("articles/a.txt")), article(1));
        write(dir.filePath(QStringLiteral("articles/b.txt")), article(2));
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.filePath(QStringLiteral("work"))));
        QStringList problems;
        const QStringList files =
            Importers::expandPaths({QStringLiteral("../articles")}, &problems);
        QDir::setCurrent(cwd);
        QCOMPARE(files.size(), 2);
        QVERIFY(problems.isEmpty());
    }

    void threadedSessionWithProgressAndCancel()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 400; ++i)
            write(dir.filePath(QStringLiteral("f%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                  article(i));
        auto project = Project::createInMemory();
        ImportSession session(project.get(), {dir.path()});
        QSignalSpy progress(&session, &ImportSession::progress);
        QSignalSpy finished(&session, &ImportSession::finished);
        bool cancelled = false;
        connect(&session, &ImportSession::progress, &session, [&](int done) {
            if (done >= 50 && !cancelled) {
                cancelled = true;
                session.cancel();
            }
        });
        session.start();
        QVERIFY(finished.wait(30000));
        const auto result = session.result();
        QVERIFY(result.cancelled);
        QVERIFY(progress.count() > 10);
        QVERIFY(result.added >= 50);
        QVERIFY(result.added < 400);
        // What was imported is whole: every source has its full text.
        QCOMPARE(project->sourceCount(), result.added);
        for (const Source &s : project->sources())
            QVERIFY(project->sourceText(s.id).contains(QLatin1String("crew was well.")));
        QCOMPARE(project->undoStack()->count(), 1);
    }

    void encodingsAcrossFormats()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("u16.txt")), QByteArray("\xFF\xFE"
                                                                  "H\0i\0 \0t\0h\0e\0r\0e\0",
                                                                  18));
        auto project = Project::createInMemory();
        const auto result = ImportSession::runBlocking(project.get(), {dir.path()});
        QCOMPARE(result.added, 1);
        QCOMPARE(project->sourceAt(0).encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(project->sourceText(project->sourceAt(0).id), QStringLiteral("Hi there"));
    }
};

QTEST_GUILESS_MAIN(TestImportBatch)
#include "tst_importbatch.moc"
