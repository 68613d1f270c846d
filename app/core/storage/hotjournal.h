// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Crosscheck::Core::Storage {

/// A rollback journal left beside a project by a crash or a power cut. SQLite replays such a
/// "hot" journal into whatever database file has the matching name, and cannot tell whether
/// the journal was written for that file; these checks tell, from both files' headers, before
/// anything is replayed.
class HotJournal final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Storage)
public:
    enum class Verdict {
        None,    ///< no journal, an empty one, or one SQLite would not replay (zeroed header)
        Belongs, ///< a journal of this very file: replaying it restores the last commit
        Foreign, ///< written for another database: it must not be replayed into this file
    };
    static QString pathFor(const QString &databasePath);
    /// Compares the journal's header and its copy of page 1 (the file's header before the
    /// interrupted transaction) with the file: page size, application id, the change counter
    /// (equal, or one more once the transaction began writing the file) and the page count.
    /// \a why says what does not match for Foreign.
    static Verdict check(const QString &databasePath, QString *why = nullptr);
};

} // namespace Crosscheck::Core::Storage
