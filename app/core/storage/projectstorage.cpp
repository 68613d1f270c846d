// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstorage.h"
#include "hotjournal.h"
#include "util/appinit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMap>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>
#ifdef Q_OS_UNIX
#include <sys/file.h>
#include <sys/stat.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

#include <filesystem>

namespace Crosscheck::Core::Storage {

namespace {
QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool renameOver(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), ec);
    if (ec) {
        *error = QString::fromLocal8Bit(ec.message().c_str());
        return false;
    }
    return true;
}

/// Rolls the hot journal beside \a path back into the file: SQLite does it on the first read
/// of a writable connection.
bool recoverInPlace(const QString &path, QString *error)
{
    Database db;
    if (!db.open(path, false, error))
        return false;
    const bool ok =
        db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"), {}, error).isValid();
    db.close();
    return ok && !QFile::exists(HotJournal::pathFor(path));
}

/// Rolls the hot journal back in a private copy of the file and its journal, and loads the
/// result into \a db (in memory): the file and its journal are left as they are.
bool recoverPrivately(const QString &path, Database &db, QString *error)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("recovered.crosscheck"));
    if (!dir.isValid() || !QFile::copy(path, copy) ||
        !QFile::copy(HotJournal::pathFor(path), HotJournal::pathFor(copy))) {
        *error = ProjectStorage::tr("no private copy could be made in the temporary folder");
        return false;
    }
    return recoverInPlace(copy, error) && db.open(QStringLiteral(":memory:"), false, error) &&
           db.restoreFrom(copy, error);
}

/// QLockFile::tryLock, and once more after removing a lock file that names no holder: a process
/// killed between creating the lock file and writing its PID into it leaves an empty one, which
/// QLockFile (with no stale age) would take as held for ever. Qt holds an flock() on its lock
/// file from the moment it creates it: when that lock can be taken, no live process has the file.
/// Where flock() does not work (some network file systems), a lock file without a PID that is a
/// few seconds old counts as a leftover.
bool tryLockOrTakeOverEmpty(QLockFile &lock)
{
    if (lock.tryLock(0))
        return true;
    qint64 pid = 0;
    QString host, app;
    if (lock.error() != QLockFile::LockFailedError || lock.getLockInfo(&pid, &host, &app))
        return false;
    const auto oldEnough = [&lock] {
        return QFileInfo(lock.fileName()).lastModified().secsTo(QDateTime::currentDateTime()) >= 3;
    };
    bool leftover = false;
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(lock.fileName()).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            leftover = true;
            ::flock(fd, LOCK_UN);
        } else if (errno != EWOULDBLOCK) {
            leftover = oldEnough();
        }
        ::close(fd);
    }
#else
    leftover = oldEnough();
#endif
    return leftover && lock.removeStaleLockFile() && lock.tryLock(0);
}

} // namespace

bool ProjectStorage::fail(OpenStatus *status, OpenError error, const QString &message)
{
    if (status) {
        status->error = error;
        status->message = message.simplified(); // one line, whatever SQLite quoted in it
    }
    return false;
}

FileHeader FileHeader::read(const QString &path)
{
    FileHeader h;
    QFile f(path);
    h.size = f.size();
    if (!f.open(QIODevice::ReadOnly))
        return h;
    h.readable = true;
    const QByteArray bytes = f.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.isSqlite = true;
    h.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    return h;
}

ProjectStorage::~ProjectStorage()
{
    m_db.close();
    if (m_identityLock)
        m_identityLock->unlock();
    if (m_lock)
        m_lock->unlock();
}

QString ProjectStorage::lockFilePath(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

QString ProjectStorage::temporaryPathBeside(const QString &target)
{
    return QFileInfo(target).absoluteFilePath() + QStringLiteral(".part-") +
           QUuid::createUuid().toString(QUuid::Id128).left(8);
}

bool ProjectStorage::moveIntoPlace(const QString &temp, const QString &target)
{
    // A hard link refuses to replace a file that appeared meanwhile, unlike rename(); file
    // systems without hard links fall back to QFile::rename, which refuses as well.
    std::error_code ec;
    std::filesystem::create_hard_link(QFile::encodeName(temp).toStdString(),
                                      QFile::encodeName(target).toStdString(), ec);
    if (ec)
        return !QFileInfo::exists(target) && QFile::rename(temp, target);
    QFile::remove(temp);
    return true;
}

QString ProjectStorage::identityLockPath(const QString &projectPath)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(projectPath).constData(), &st) != 0)
        return {};
    return QDir::temp().filePath(
        QStringLiteral("crosscheck-%1-%2.lock").arg(quint64(st.st_dev)).arg(quint64(st.st_ino)));
#else
    Q_UNUSED(projectPath);
    return {}; // no inode to key a lock to: the lock beside the resolved path only
#endif
}

bool ProjectStorage::configureForWriting(QString *error)
{
    // journal_mode=DELETE keeps the project one self-contained file between edits (users copy,
    // mail and sync it; WAL would keep recent edits in a -wal file beside it and needs shared
    // memory, which network folders lack). In DELETE mode a commit becomes durable when the
    // journal's unlink reaches the disk: synchronous=FULL syncs the journal and the file but
    // not the folder after the unlink, so a power cut can bring the journal back and roll an
    // acknowledged edit back. EXTRA also syncs the folder after the unlink.
    return m_db.exec(QStringLiteral("PRAGMA journal_mode=DELETE"), {}, error) &&
           m_db.exec(QStringLiteral("PRAGMA synchronous=EXTRA"), {}, error) &&
           m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON"), {}, error);
}

std::unique_ptr<ProjectStorage> ProjectStorage::createInMemory(QString *error)
{
    std::unique_ptr<ProjectStorage> s(new ProjectStorage);
    QString err;
    if (!s->m_db.open(QStringLiteral(":memory:"), false, &err) ||
        !s->m_db.exec(QStringLiteral("PRAGMA foreign_keys=ON"), {}, &err) ||
        !migrate(s->m_db, 0, &err)) {
        if (error)
            *error = err;
        return nullptr;
    }
    return s;
}

std::unique_ptr<ProjectStorage> ProjectStorage::create(const QString &path, OpenStatus *status)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        fail(status, OpenError::AlreadyExists,
             tr("“%1” already exists; Crosscheck does not overwrite files when creating a "
                "project.")
                 .arg(displayName(path)));
        return nullptr;
    }
    if (!info.absoluteDir().exists()) {
        fail(status, OpenError::NotFound,
             tr("The folder “%1” does not exist.").arg(displayName(info.absolutePath())));
        return nullptr;
    }
    // Build the new file under a temporary name and move it into place when complete, so an
    // interrupted creation leaves nothing behind under the project's name.
    const QString temp = temporaryPathBeside(path);
    QString error;
    {
        Database db;
        bool ok = db.open(temp, false, &error);
        if (ok) {
            ok = db.exec(QStringLiteral("PRAGMA journal_mode=DELETE"), {}, &error) &&
                 db.exec(QStringLiteral("PRAGMA synchronous=EXTRA"), {}, &error) &&
                 migrate(db, 0, &error);
        }
        db.close();
        if (!ok) {
            QFile::remove(temp);
            QFile::remove(temp + QStringLiteral("-journal"));
            fail(status, OpenError::CannotWrite,
                 tr("Cannot create “%1”: %2").arg(displayName(path), error));
            return nullptr;
        }
    }
    if (!moveIntoPlace(temp, path)) {
        QFile::remove(temp);
        fail(status, OpenError::CannotWrite,
             tr("Cannot create “%1”: the file could not be moved into place.")
                 .arg(displayName(path)));
        return nullptr;
    }
    return open(path, false, status);
}

bool ProjectStorage::checkHeader(const QString &path, int *version, OpenStatus *status)
{
    const QFileInfo info(path);
    const QString name = displayName(path);
    if (!info.exists())
        return fail(status, OpenError::NotFound, tr("There is no file “%1”.").arg(name));
    if (!info.isFile())
        return fail(status, OpenError::NotAFile,
                    tr("“%1” is a folder, not a project file.").arg(name));
    const FileHeader header = FileHeader::read(path);
    if (!header.readable)
        return fail(status, OpenError::Unreadable,
                    tr("“%1” cannot be read (no permission?).").arg(name));
    if (!header.isSqlite)
        return fail(status, OpenError::NotAProject,
                    header.size == 0
                        ? tr("“%1” is an empty file, not a Crosscheck project.").arg(name)
                        : tr("“%1” is not a Crosscheck project.").arg(name));
    if (header.applicationId != kApplicationId)
        return fail(status, OpenError::NotAProject,
                    tr("“%1” is an SQLite database of another application, not a Crosscheck "
                       "project.")
                        .arg(name));
    if (status)
        status->fileVersion = header.userVersion;
    if (header.userVersion < 1)
        return fail(status, OpenError::Damaged,
                    tr("“%1” is damaged: its header gives file format %2, which no Crosscheck "
                       "writes. It was not changed; restore it from a backup or a saved copy.")
                        .arg(name)
                        .arg(header.userVersion));
    const int current = currentSchemaVersion();
    if (header.userVersion > current)
        return fail(status, OpenError::NewerVersion,
                    tr("“%1” was saved by a newer version of Crosscheck (file format %2; this "
                       "version reads up to %3). Update Crosscheck to open it; the file was not "
                       "changed.")
                        .arg(name)
                        .arg(header.userVersion)
                        .arg(current));
    *version = header.userVersion;
    return true;
}

QString ProjectStorage::readOnlyReasonFor(const QFileInfo &info, bool readOnly)
{
    if (readOnly)
        return tr("opened read-only");
    if (!info.isWritable() ||
        !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)))
        return tr("the file is read-only"); // marked so, even for an administrator
    if (!QFileInfo(info.absolutePath()).isWritable())
        return tr("its folder is read-only");
    return {};
}

bool ProjectStorage::takeLocks(const QFileInfo &info, QString *readOnlyReason, OpenStatus *status)
{
    // One writer per project: the lock file names the holder, and trying it never waits. It
    // sits beside the file itself (a symbolic link leads to the same lock), and a second lock
    // keyed to the file's device and inode catches hard links.
    const QString canonical = info.canonicalFilePath();
    m_lock = std::make_unique<QLockFile>(lockFilePath(canonical.isEmpty() ? m_path : canonical));
    m_lock->setStaleLockTime(0); // stale only when its process is gone, not by age
    bool locked = tryLockOrTakeOverEmpty(*m_lock);
    QLockFile *holder = m_lock.get();
    const QString identity = identityLockPath(m_path);
    if (locked && !identity.isEmpty()) {
        m_identityLock = std::make_unique<QLockFile>(identity);
        m_identityLock->setStaleLockTime(0);
        if (!tryLockOrTakeOverEmpty(*m_identityLock)) {
            if (m_identityLock->error() == QLockFile::LockFailedError) {
                locked = false;
                holder = m_identityLock.get();
                m_lock->unlock();
            } else {
                m_identityLock.reset(); // e.g. another user's file there: not ours to use
            }
        }
    }
    if (locked)
        return true;
    if (holder->error() != QLockFile::LockFailedError) {
        *readOnlyReason = tr("no lock file can be written beside it");
        m_lock.reset();
        return true;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    holder->getLockInfo(&pid, &host, &app);
    const QString holderName = tr("process %1 on %2").arg(pid).arg(host);
    if (status)
        status->lockHolder = holderName;
    return fail(status, OpenError::AlreadyOpen,
                tr("“%1” is already open in another Crosscheck window (%2). You can open it "
                   "read-only.")
                    .arg(displayName(info.filePath()), holderName));
}

bool ProjectStorage::rollBackHotJournal(const QString &path, bool writable, int *version,
                                        OpenStatus *status)
{
    // A crash or power cut interrupted an edit and left its journal (a "hot journal"): the file
    // is healthy once SQLite rolls the journal back, which a read-only connection cannot do.
    // First make sure the journal is this file's.
    const QString name = displayName(path);
    m_db.close();
    const QString journal = displayName(HotJournal::pathFor(path));
    QString why;
    if (HotJournal::check(path, &why) == HotJournal::Verdict::Foreign)
        return fail(status, OpenError::StrayJournal,
                    tr("“%1” was not opened: “%2” beside it is the journal of another database "
                       "(%3), and opening the project would write it into the project. Nothing "
                       "was changed; move “%2” out of that folder, then open the project again.")
                        .arg(name, journal, why));
    QString error;
    const bool ok = writable ? recoverInPlace(path, &error) && m_db.open(path, true, &error)
                             : recoverPrivately(path, m_db, &error);
    if (!ok)
        return fail(status, OpenError::CannotWrite,
                    tr("“%1” was not opened: an edit interrupted by a crash could not be rolled "
                       "back (%2). Nothing was lost; open it again where the file and its folder "
                       "can be written.")
                        .arg(name, error));
    if (status)
        status->recovered = true;
    *version = m_db.userVersion();
    if (*version < 1 || *version > currentSchemaVersion())
        return fail(status, OpenError::Damaged,
                    tr("“%1” is damaged: its header gives file format %2. It was not changed.")
                        .arg(name)
                        .arg(*version));
    return true;
}

bool ProjectStorage::finishReadOnly(const QString &path, int version, bool inMemory,
                                    OpenStatus *status)
{
    if (version >= currentSchemaVersion())
        return true;
    QString error;
    // An older file that must not be written: migrate a private in-memory copy.
    if (!inMemory) {
        m_db.close();
        if (!m_db.open(QStringLiteral(":memory:"), false, &error) ||
            !m_db.restoreFrom(path, &error))
            return fail(status, OpenError::Damaged,
                        tr("“%1” cannot be read: %2").arg(displayName(path), error));
    }
    if (!migrate(m_db, version, &error))
        return fail(status, OpenError::Damaged,
                    tr("“%1” cannot be read: %2").arg(displayName(path), error));
    return true;
}

bool ProjectStorage::finishWritable(const QString &path, int version, OpenStatus *status)
{
    QString error;
    m_db.close();
    if (!m_db.open(path, false, &error) || !configureForWriting(&error))
        return fail(status, OpenError::CannotWrite,
                    tr("“%1” cannot be opened: %2").arg(displayName(path), error));
    if (version < currentSchemaVersion() && !migrate(m_db, version, &error))
        return fail(status, OpenError::CannotWrite,
                    tr("“%1” could not be upgraded to the current format (%2); it was left as it "
                       "was.")
                        .arg(displayName(path), error));
    return true;
}

std::unique_ptr<ProjectStorage> ProjectStorage::open(const QString &path, bool readOnly,
                                                     OpenStatus *status)
{
    int version = 0;
    if (!checkHeader(path, &version, status))
        return nullptr;
    const QFileInfo info(path);
    std::unique_ptr<ProjectStorage> s(new ProjectStorage);
    s->m_path = info.absoluteFilePath();
    QString readOnlyReason = readOnlyReasonFor(info, readOnly);
    if (readOnlyReason.isEmpty() && !s->takeLocks(info, &readOnlyReason, status))
        return nullptr;

    // Check the file through a read-only connection first: a damaged file is never written.
    QString error;
    if (!s->m_db.open(path, true, &error)) {
        fail(status, OpenError::Damaged,
             tr("“%1” cannot be opened: %2").arg(displayName(path), error));
        return nullptr;
    }
    bool inMemory = false;
    s->m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (s->m_db.lastErrorCode() == SQLITE_READONLY_ROLLBACK) {
        if (!s->rollBackHotJournal(path, readOnlyReason.isEmpty(), &version, status))
            return nullptr;
        inMemory = !readOnlyReason.isEmpty();
    }
    if (!s->verify(version, displayName(path), status))
        return nullptr;
    if (!readOnlyReason.isEmpty()) {
        s->m_readOnly = true;
        s->m_readOnlyReason = readOnlyReason;
        return s->finishReadOnly(path, version, inMemory, status) ? std::move(s) : nullptr;
    }
    return s->finishWritable(path, version, status) ? std::move(s) : nullptr;
}

bool ProjectStorage::saveCopyAs(const QString &target, QString *error)
{
    const QFileInfo info(target);
    if (!m_path.isEmpty() && info.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        *error = tr("a copy cannot replace the open project itself");
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = tr("the folder “%1” does not exist").arg(displayName(info.absolutePath()));
        return false;
    }
    const QString temp = temporaryPathBeside(target);
    // A copy is a project of its own: a team replica's outbox and state stay with the replica.
    const auto plain = [&temp](QString *e) {
        Database copy;
        return copy.open(temp, false, e) &&
               copy.exec(QStringLiteral("DELETE FROM team_outbox"), {}, e) &&
               copy.exec(QStringLiteral("DELETE FROM team_state"), {}, e);
    };
    if (!m_db.backupTo(temp, error) || !plain(error) ||
        !renameOver(temp, info.absoluteFilePath(), error)) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return false;
    }
    return true;
}
} // namespace Crosscheck::Core::Storage
