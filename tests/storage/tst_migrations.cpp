// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every older schema version has a fixture (tests/data/fixtures/project-vN.crosscheck, made by
// make_fixtures.sh); each opens, migrates in one transaction and keeps its data.
#include <core/project/project.h>
#include <core/storage/projectstorage.h>
#include <core/storage/sourcestore.h>

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Crosscheck::Core;
using namespace Crosscheck::Core::Storage;

namespace {
QString fixtureDir()
{
    return QStringLiteral(CROSSCHECK_TEST_DATA "/fixtures");
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString copyOf(const QString &fixture)
    {
        const QString target =
            m_dir.filePath(QFileInfo(fixture).fileName() + QString::number(qrand32()));
        QFile::copy(fixture, target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }
    static quint32 qrand32()
    {
        static quint32 n = 0;
        return ++n;
    }

private slots:
    void everyOlderVersionHasAFixture()
    {
        for (int v = 1; v < currentSchemaVersion(); ++v)
            QVERIFY2(
                QFileInfo::exists(fixtureDir() + QStringLiteral("/project-v%1.crosscheck").arg(v)),
                qPrintable(
                    QStringLiteral("missing fixture for schema version %1: run make_fixtures.sh")
                        .arg(v)));
    }

    void opensAndMigrates_data()
    {
        QTest::addColumn<QString>("fixture");
        for (const QString &f :
             QDir(fixtureDir()).entryList({QStringLiteral("project-v*.crosscheck")}))
            QTest::newRow(qPrintable(f)) << QDir(fixtureDir()).filePath(f);
    }
    void opensAndMigrates()
    {
        QFETCH(QString, fixture);
        const QString path = copyOf(fixture);
        const int oldVersion = FileHeader::read(path).userVersion;
        QVERIFY(oldVersion >= 1 && oldVersion < currentSchemaVersion());
        OpenStatus status;
        auto project = Project::open(path, false, &status);
        QVERIFY2(project, qPrintable(status.message));
        QVERIFY(!project->isReadOnly());
        QCOMPARE(FileHeader::read(path).userVersion, currentSchemaVersion());
        QCOMPARE(project->sourceCount(), 2);
        QCOMPARE(project->sourceAt(0).meta.title, QStringLiteral("Harbour fire contained"));
        QCOMPARE(project->sourceText(project->sourceAt(0).id),
                 QStringLiteral("Harbour fire contained.\nCrews worked overnight."));
        QCOMPARE(project->sourceAt(1).meta.title, QStringLiteral("Пожежу в гавані загашено"));
        // The migrated file takes edits that need the new schema (the edit log of version 2).
        QVERIFY(project->removeSources({project->sourceAt(1).id}));
        QVERIFY(!project->editLog().isEmpty());
    }

    void readOnlyOldFileIsMigratedInMemoryOnly()
    {
        const QString path = copyOf(fixtureDir() + QStringLiteral("/project-v1.crosscheck"));
        QFile::setPermissions(path, QFile::ReadOwner);
        const QByteArray before = hashOf(path);
        OpenStatus status;
        auto project = Project::open(path, false, &status);
        QVERIFY2(project, qPrintable(status.message));
        QVERIFY(project->isReadOnly());
        QCOMPARE(project->sourceCount(), 2);
        project.reset();
        QCOMPARE(hashOf(path), before);
        QCOMPARE(FileHeader::read(path).userVersion, 1);
    }

    void tableInTheWayOfAMigrationIsRefusedUnchanged()
    {
        const QString path = copyOf(fixtureDir() + QStringLiteral("/project-v1.crosscheck"));
        // A table in the way of migration 2: the schema check refuses the file before any
        // migration starts, and says which object is foreign.
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE edit_log (x)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = hashOf(path);
        OpenStatus status;
        QVERIFY(!Project::open(path, false, &status));
        QCOMPARE(status.error, OpenError::Modified);
        QVERIFY2(status.message.contains(QStringLiteral("table “edit_log”")),
                 qPrintable(status.message));
        QCOMPARE(FileHeader::read(path).userVersion, 1);
        QCOMPARE(hashOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
