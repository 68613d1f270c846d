// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Project edits: each one an undo command, committed at once, with redo/undo/redo round trips
// compared on the full state, in memory and in the file.
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/project/undostack.h>
#include <core/storage/sourcestore.h>

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Crosscheck::Core;

namespace {
ImportedDocument doc(const QString &title, const QString &body, const QByteArray &original = {})
{
    ImportedDocument d;
    d.text = title + u'\n' + body;
    d.format = QStringLiteral("md");
    d.fileName = title + QStringLiteral(".md");
    d.original = original;
    d.encoding = QStringLiteral("UTF-8");
    Importers::finish(d);
    return d;
}

// Everything a user could see of the project, as one comparable string.
QString state(const Project &p)
{
    QStringList rows;
    for (const Source &s : p.sources()) {
        rows << QStringList{QString::number(s.id),
                            s.meta.title,
                            s.meta.outlet,
                            s.meta.author,
                            s.meta.url,
                            s.meta.published,
                            s.meta.language,
                            s.format,
                            s.encoding,
                            s.fileName,
                            s.contentHash,
                            QString::number(s.wordCount),
                            s.importedAt.toString(Qt::ISODateWithMs),
                            p.sourceText(s.id),
                            QString::fromLatin1(p.sourceOriginal(s.id).toHex())}
                    .join(u'|');
    }
    return rows.join(u'\n');
}

QString fileState(const QString &path)
{
    Crosscheck::Core::Storage::OpenStatus status;
    auto p = Project::open(path, true, &status);
    return p ? state(*p) : status.message;
}
} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Project> m_project;

private slots:
    void init()
    {
        m_path = m_dir.filePath(
            QStringLiteral("p%1.crosscheck").arg(QDateTime::currentMSecsSinceEpoch()));
        Crosscheck::Core::Storage::OpenStatus status;
        m_project = Project::create(m_path, &status);
        QVERIFY2(m_project, qPrintable(status.message));
    }
    void cleanup() { m_project.reset(); }

    void addUndoRedoRoundTrip()
    {
        const QString empty = state(*m_project);
        const auto outcome = m_project->addDocuments(
            {doc(QStringLiteral("First"), QStringLiteral("The tanker ran aground.")),
             doc(QStringLiteral("Second"), QStringLiteral("Oil reached the beach."),
                 "<p>raw</p>")});
        QCOMPARE(outcome.added.size(), 2);
        QVERIFY(outcome.problems.isEmpty());
        const QString added = state(*m_project);
        QCOMPARE(fileState(m_path), added); // committed at once, no Save
        QCOMPARE(m_project->undoStack()->undoText(), QStringLiteral("Import 2 sources"));

        QVERIFY(m_project->undoStack()->undo());
        QCOMPARE(state(*m_project), empty);
        QCOMPARE(fileState(m_path), empty);
        QVERIFY(m_project->undoStack()->redo());
        QCOMPARE(state(*m_project), added); // same ids, same text, same original bytes
        QCOMPARE(fileState(m_path), added);
        QVERIFY(m_project->undoStack()->undo());
        QVERIFY(m_project->undoStack()->redo());
        QCOMPARE(state(*m_project), added);
    }

    void duplicatesAndInvalidAreReportedNotAdded()
    {
        const ImportedDocument a = doc(QStringLiteral("Same"), QStringLiteral("Identical text."));
        ImportedDocument bad;
        bad.path = QStringLiteral("/tmp/bad.txt");
        bad.error = QStringLiteral("the file is empty");
        const auto outcome = m_project->addDocuments({a, a, bad});
        QCOMPARE(outcome.added.size(), 1);
        QCOMPARE(outcome.problems.size(), 2);
        QVERIFY(outcome.problems.at(0).contains(QLatin1String("already in this import")));
        QVERIFY(
            outcome.problems.at(1).startsWith(QLatin1String("/tmp/bad.txt: the file is empty")));
        const auto again = m_project->addDocuments({a});
        QVERIFY(again.added.isEmpty());
        QVERIFY(again.problems.isEmpty()); // already there: counted, not a problem
        QCOMPARE(again.alreadyPresent, 1);
    }

    void removeUndoRestoresEverything()
    {
        m_project->addDocuments(
            {doc(QStringLiteral("Keep"), QStringLiteral("One.")),
             doc(QStringLiteral("Drop"), QStringLiteral("Two."), "<html>orig</html>")});
        const QString before = state(*m_project);
        const SourceId drop = m_project->sourceAt(1).id;
        QSignalSpy removed(m_project.get(), &Project::sourceRemoved);
        QVERIFY(m_project->removeSources({drop}));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_project->sourceCount(), 1);
        QCOMPARE(m_project->undoStack()->undoText(), QStringLiteral("Remove “Drop”"));
        QVERIFY(m_project->undoStack()->undo());
        QCOMPARE(state(*m_project), before);
        QCOMPARE(fileState(m_path), before);
        QVERIFY(m_project->undoStack()->redo());
        QCOMPARE(m_project->rowOf(drop), -1);
        QCOMPARE(fileState(m_path), state(*m_project));
    }

    void editMetadataRoundTrip()
    {
        m_project->addDocuments({doc(QStringLiteral("Old title"), QStringLiteral("Body."))});
        const SourceId id = m_project->sourceAt(0).id;
        const QString before = state(*m_project);
        SourceMetadata meta = m_project->source(id).meta;
        meta.title = QStringLiteral("New title");
        meta.outlet = QStringLiteral("Wire");
        meta.published = QStringLiteral("2026-03-10");
        QSignalSpy changed(m_project.get(), &Project::sourceChanged);
        QVERIFY(m_project->setSourceMetadata(id, meta));
        QCOMPARE(changed.count(), 1);
        const QString after = state(*m_project);
        QCOMPARE(fileState(m_path), after);
        QVERIFY(m_project->undoStack()->undo());
        QCOMPARE(state(*m_project), before);
        QCOMPARE(fileState(m_path), before);
        QVERIFY(m_project->undoStack()->redo());
        QCOMPARE(state(*m_project), after);

        QString error;
        meta.title = QStringLiteral("  ");
        QVERIFY(!m_project->setSourceMetadata(id, meta, &error));
        QVERIFY(!error.isEmpty());
    }

    void editLogRecordsWhoAndWhat()
    {
        m_project->setAuthor(QStringLiteral("analyst-7"));
        m_project->addDocuments({doc(QStringLiteral("Logged"), QStringLiteral("Body."))});
        m_project->removeSources({m_project->sourceAt(0).id});
        m_project->undoStack()->undo();
        const auto log = m_project->editLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).action, QStringLiteral("undo-remove-sources"));
        QCOMPARE(log.at(1).action, QStringLiteral("remove-sources"));
        QCOMPARE(log.at(2).action, QStringLiteral("add-sources"));
        QCOMPARE(log.at(2).author, QStringLiteral("analyst-7"));
        QVERIFY(log.at(2).details.contains(QLatin1String("Logged")));
        QVERIFY(log.at(2).at.isValid());
    }

    void anEditWithoutUserInTheEnvironmentNamesTheAccount()
    {
        // A cron job, a service or a container often has no USER: the log names the account,
        // not "unknown".
        const QByteArray user = qgetenv("USER"), logname = qgetenv("LOGNAME");
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        const QString name = Project::loginName();
        QTemporaryDir dir;
        Crosscheck::Core::Storage::OpenStatus status;
        auto p = Project::create(dir.filePath(QStringLiteral("u.crosscheck")), &status);
        if (!user.isEmpty())
            qputenv("USER", user);
        if (!logname.isEmpty())
            qputenv("LOGNAME", logname);
        QVERIFY(p);
#ifdef Q_OS_UNIX
        QVERIFY(!name.isEmpty());
        QCOMPARE(p->author(), name);
        p->addDocuments({doc(QStringLiteral("Logged"), QStringLiteral("Body."))});
        QCOMPARE(p->editLog().at(0).author, name);
#endif
    }

    void sourceTextIsImmutable()
    {
        m_project->addDocuments({doc(QStringLiteral("Fixed"), QStringLiteral("Body."))});
        m_project.reset();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
        char *err = nullptr;
        QVERIFY(sqlite3_exec(db, "UPDATE source SET body = 'changed'", nullptr, nullptr, &err) !=
                SQLITE_OK);
        QVERIFY(QString::fromUtf8(err).contains(QLatin1String("immutable")));
        sqlite3_free(err);
        sqlite3_close(db);
    }

    void failedWriteChangesNothing()
    {
        // Another process holds the write lock: the edit fails quickly, is reported, and
        // neither memory, file nor undo history change.
        m_project->addDocuments({doc(QStringLiteral("Title"), QStringLiteral("Body."))});
        const SourceId id = m_project->sourceAt(0).id;
        const QString before = state(*m_project);
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        SourceMetadata meta = m_project->source(id).meta;
        meta.title = QStringLiteral("Never saved");
        QSignalSpy failed(m_project.get(), &Project::editFailed);
        QString error;
        QVERIFY(!m_project->setSourceMetadata(id, meta, &error));
        QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(state(*m_project), before);
        QCOMPARE(m_project->undoStack()->count(), 1);
        const QStringList problems =
            m_project->addDocuments({doc(QStringLiteral("Also not"), QStringLiteral("x."))})
                .problems;
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(QLatin1String("Also not.md: not saved: ")),
                 qPrintable(problems.first()));
        QCOMPARE(m_project->sourceCount(), 1);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QCOMPARE(fileState(m_path), before);
        QVERIFY(m_project->setSourceMetadata(id, meta));
    }

    void readOnlyProjectRefusesEdits()
    {
        m_project->addDocuments({doc(QStringLiteral("Title"), QStringLiteral("Body."))});
        m_project.reset();
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        f.close();
        Crosscheck::Core::Storage::OpenStatus status;
        auto ro = Project::open(m_path, true, &status);
        QVERIFY(ro);
        QVERIFY(ro->isReadOnly());
        QString error;
        QVERIFY(!ro->removeSources({ro->sourceAt(0).id}, &error));
        QVERIFY(error.contains(QLatin1String("read-only")));
        QVERIFY(!ro->addDocuments({doc(QStringLiteral("New"), QStringLiteral("x."))})
                     .problems.isEmpty());
        ro.reset();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), hash);
        m_project = Project::open(m_path, false, &status);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
