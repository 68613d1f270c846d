// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

struct zip;

namespace Crosscheck::Core {

/// Zip archives (REFI-QDA .qdpx) through libzip, in memory so that writing goes through one
/// atomic file save and reading never extracts to disk.
class ZipArchive final
{
public:
    using Entry = std::pair<QString, QByteArray>; ///< path inside the archive, contents
    /// The bytes of a zip holding \a entries (deflated), or an empty array with \a error.
    static QByteArray create(const std::vector<Entry> &entries, QString *error);

    /// Opens the zip in \a bytes (kept by reference: \a bytes must outlive this object).
    explicit ZipArchive(const QByteArray &bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QString errorString() const { return m_error; }
    /// Every file in the archive (folders left out), in archive order.
    QStringList names() const;
    /// The uncompressed size of \a name, or -1 when it is not in the archive.
    qint64 size(const QString &name) const;
    /// The contents of \a name; empty with errorString() set when it is missing, larger than
    /// \a maxSize or damaged.
    QByteArray read(const QString &name, qint64 maxSize);

private:
    zip *m_zip = nullptr;
    QString m_error;
};

} // namespace Crosscheck::Core
