#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Core::Export {

enum class Format { W3C, Csv, Brat };

/// "w3c", "csv", "brat" (as the command line names them).
std::optional<Format> formatFromName(const QString &name);

/// Writes \a bytes to \a path through a temporary file renamed into place, so a failed or
/// interrupted write never leaves a half-written file under that name.
bool saveFile(const QString &path, const QByteArray &bytes, QString *error);

/// Writes the project's annotations in \a format: one JSON-LD file at \a path for W3C, a folder
/// at \a path for CSV (mentions.csv, links.csv; \a bom for spreadsheets) and brat. The one
/// entry point of the command line and File › Export Annotations….
bool write(const Project &project, Format format, const QString &path, bool bom, QString *error);

} // namespace Crosscheck::Core::Export
