// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Core::Formats {

enum class Format { W3C, Csv, Brat, Qdpx, Html, Pdf };

/// "w3c", "csv", "brat", "qdpx", "html", "pdf" (as the command line names them).
std::optional<Format> formatFromName(const QString &name);
QStringList formatNames();
/// True for the formats written into a folder (CSV, brat); the others are one file.
bool writesFolder(Format format);
/// The usual file suffix of a one-file format ("jsonld", "qdpx", "html", "pdf").
QString suffix(Format format);

/// Writes \a bytes to \a path through a temporary file renamed into place, so a failed or
/// interrupted write never leaves a half-written file under that name.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);

struct Options
{
    bool bom = false; ///< CSV: a byte-order mark for spreadsheets
    /// Told how far the export is (done of total); returning false cancels it, and nothing is
    /// written then.
    std::function<bool(int done, int total)> progress;
};

/// The start of an export as text, for File › Export…'s preview.
struct Preview
{
    QString fileName; ///< the file shown: "annotations.jsonld", "mentions.csv", "project.qde"…
    QString syntax;   ///< its syntax for highlighting: "JSON", "CSV", "XML", "HTML"; empty: none
    QString text;     ///< its first lines (empty: the format has no text preview, i.e. PDF)
    int lines = 0;    ///< lines in the whole file
    bool truncated = false;
};
/// The first \a maxLines lines of what write() would write in \a format (for CSV,
/// mentions.csv; for brat, the first .ann with annotations, else annotation.conf; for
/// REFI-QDA, the project.qde inside the archive).
Preview preview(const Project &project, Format format, int maxLines = 200);

/// Writes the project in \a format: one file at \a path for W3C JSON-LD, REFI-QDA, HTML and
/// PDF; a folder at \a path for CSV (mentions.csv, links.csv) and brat. The one entry point of
/// the command line and File › Export…. False with \a error on failure or cancellation.
bool write(const Project &project, Format format, const QString &path, const Options &options,
           QString *error);

} // namespace Crosscheck::Core::Formats
