// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace Crosscheck::Core {

/// The descriptive fields of a source that an analyst may correct after import.
struct SourceMetadata
{
    QString title;
    QString outlet;
    QString author;
    QString url;
    QString published; ///< ISO 8601 date or date-time, empty when unknown
    QString language;  ///< BCP 47 tag such as "en", "uk", empty when unknown

    bool operator==(const SourceMetadata &) const = default;
};

/// One imported article. Its text is immutable after import; it is loaded on demand.
struct Source
{
    qint64 id = 0;
    SourceMetadata meta;
    QString format;      ///< txt, md, html, pdf, clipboard
    QString encoding;    ///< encoding the original bytes were decoded from
    QString fileName;    ///< original file name, empty for pasted text
    QString contentHash; ///< SHA-256 (hex) of the UTF-8 text
    QDateTime importedAt;
    int wordCount = 0;

    bool isValid() const { return id > 0; }
};

using SourceId = qint64;
using SourceIds = QVector<SourceId>;

} // namespace Crosscheck::Core

Q_DECLARE_METATYPE(Crosscheck::Core::Source)
