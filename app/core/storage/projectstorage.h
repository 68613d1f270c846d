// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QString>

#include <memory>

class QFileInfo;
class QLockFile;

namespace Crosscheck::Core::Storage {

/// "Cros" in ASCII: PRAGMA application_id of every Crosscheck project file.
constexpr qint32 kApplicationId = 0x43726F73;
/// Schema version written by this build; older files are migrated, newer ones refused.
int currentSchemaVersion();

/// Why a project could not be opened or created.
enum class OpenError {
    None,
    NotFound,      ///< no file at that path (never created implicitly)
    NotAFile,      ///< a folder or device
    Unreadable,    ///< no permission to read
    NotAProject,   ///< not an SQLite file, or an SQLite file of another application
    NewerVersion,  ///< written by a newer Crosscheck
    Damaged,       ///< an SQLite file that fails its integrity check
    Modified,      ///< holds schema objects Crosscheck did not create (refused before they run)
    StrayJournal,  ///< a rollback journal beside it belongs to another database
    AlreadyOpen,   ///< another Crosscheck holds it for writing
    AlreadyExists, ///< create() on an existing path
    CannotWrite,   ///< create() or migration could not write
};

struct OpenStatus
{
    OpenError error = OpenError::None;
    QString message;    ///< translated, names the file and what to do
    QString detail;     ///< what SQLite reported, for "Show Details" (not translated)
    QString lockHolder; ///< "process 1234 on host" for AlreadyOpen
    int fileVersion = 0;
    /// An interrupted edit (a crash or power cut) was rolled back: in the file itself, or, for
    /// a read-only open, in a private copy (the file and its journal were left as they were).
    bool recovered = false;
    bool isOk() const { return error == OpenError::None; }
};

/// Header facts read straight from the file's first 100 bytes, without SQLite touching it.
struct FileHeader
{
    bool readable = false;
    bool isSqlite = false;
    qint32 applicationId = 0;
    qint32 userVersion = 0;
    qint64 size = 0;
    static FileHeader read(const QString &path);
};

/// The project file on disk: validation, the single-writer lock, migrations, durability
/// settings and the stores that hold SQL.
class ProjectStorage final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Storage)
public:
    ~ProjectStorage();

    /// Opens an existing project. With \a readOnly (or when the file or its folder cannot be
    /// written) nothing is ever written to the file.
    static std::unique_ptr<ProjectStorage> open(const QString &path, bool readOnly,
                                                OpenStatus *status);
    /// Creates a new, empty project at \a path; refuses to overwrite anything.
    static std::unique_ptr<ProjectStorage> create(const QString &path, OpenStatus *status);
    /// A private in-memory project (tests, scratch).
    static std::unique_ptr<ProjectStorage> createInMemory(QString *error = nullptr);

    Database &db() { return m_db; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }

    /// Writes a consistent copy of the project to \a target (atomically replacing it).
    bool saveCopyAs(const QString &target, QString *error);

    static QString lockFilePath(const QString &projectPath);
    /// A fresh temporary name beside \a target ("target.part-1a2b3c4d") to build a file under.
    static QString temporaryPathBeside(const QString &target);
    /// Moves the complete file \a temp to \a target, never replacing a file that appeared
    /// there meanwhile (a hard link, or a rename where the file system has no hard links).
    static bool moveIntoPlace(const QString &temp, const QString &target);
    /// The lock keyed to the file's identity (empty when the file cannot be examined).
    static QString identityLockPath(const QString &projectPath);
    /// Applies the migrations after \a fromVersion in one transaction.
    static bool migrate(Database &db, int fromVersion, QString *error);
    /// The schema objects (Database::schemaObjects) that migrations 1 … \a version create.
    static QStringList expectedSchema(int version);

private:
    ProjectStorage() = default;
    bool configureForWriting(QString *error);
    /// Checks the open connection: integrity, then the schema against \a version's.
    bool verify(int version, const QString &name, OpenStatus *status);
    /// Sets \a status (when given) to \a error with \a message on one line; returns false.
    static bool fail(OpenStatus *status, OpenError error, const QString &message);
    // The steps of open(); each false with \a status set when the file cannot be opened.
    /// Refuses what is not a Crosscheck project this version reads; \a version: its format.
    static bool checkHeader(const QString &path, int *version, OpenStatus *status);
    /// Why the file is opened read-only (asked for, or not writable); empty when it is not.
    static QString readOnlyReasonFor(const QFileInfo &info, bool readOnly);
    /// Takes the write locks; a lock that cannot be written makes it read-only.
    bool takeLocks(const QFileInfo &info, QString *readOnlyReason, OpenStatus *status);
    /// Rolls back the edit a crash interrupted: in the file when \a writable, else in a private
    /// copy; \a version: the format after that.
    bool rollBackHotJournal(const QString &path, bool writable, int *version, OpenStatus *status);
    /// A read-only file older than this version is migrated in memory only.
    bool finishReadOnly(const QString &path, int version, bool inMemory, OpenStatus *status);
    bool finishWritable(const QString &path, int version, OpenStatus *status);

    Database m_db;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    std::unique_ptr<QLockFile> m_lock;
    /// Held beside the lock file: keyed to the file's identity (device and inode) in the
    /// temporary folder, so that a second writer through a symbolic or hard link is refused.
    std::unique_ptr<QLockFile> m_identityLock;
};

} // namespace Crosscheck::Core::Storage
