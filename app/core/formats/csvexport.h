// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Core::Formats {

/// CSV (RFC 4180, UTF-8, optionally with a byte-order mark for spreadsheets) of the mentions and
/// of the links. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a
/// tab or a carriage return) is neutralised with a leading apostrophe. Offsets count code points.
class Csv final
{
public:
    static QByteArray mentions(const Project &project, bool bom);
    static QByteArray links(const Project &project, bool bom);
    /// One cell, quoted when needed and neutralised when it could run as a formula.
    static QString cell(const QString &value);
    /// A value that a spreadsheet could run as a formula (starting with =, +, -, @, a tab or a
    /// carriage return) with a leading apostrophe: the rule for every tabular output.
    static QString neutralised(const QString &value);
    /// One cell of a tab-separated file (which has no quoting): tabs and line breaks become
    /// spaces, then the cell is neutralised.
    static QString tsvCell(const QString &value);
};

} // namespace Crosscheck::Core::Formats
