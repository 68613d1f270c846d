// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QVector>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Core::Formats {

/// brat standoff: per source a .txt (its text, byte for byte) and a .ann with T lines for the
/// mentions and for the passages of links, N lines normalising each mention to its registry
/// entity ("crosscheck:E<id>"), R lines for links within one source, "#" AnnotatorNotes for
/// notes; an annotation.conf declaring the types (nested as in the project); and
/// cross-source-links.tsv for links between two sources, naming each side by document and T id.
/// Offsets count Unicode code points; a span across a line break is written as fragments.
class Brat final
{
public:
    /// Writes into the folder \a dir (created when missing); false with \a error on failure.
    static bool write(const Project &project, const QString &dir, QString *error);
    /// The files write() writes, as (file name, contents) in order: per source its .txt (left
    /// out when \a withTexts is false) and .ann, then annotation.conf,
    /// cross-source-links.tsv and notes.tsv.
    static QVector<QPair<QString, QByteArray>> files(const Project &project, bool withTexts);
    /// A type name brat accepts (letters, digits, "-" and "_"): "Date/Time" -> "Date-Time".
    static QString typeName(const QString &name);
};

} // namespace Crosscheck::Core::Formats
