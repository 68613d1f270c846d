#include "exporter.h"
#include "bratexport.h"
#include "csvexport.h"
#include "webannotation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Crosscheck::Core::Export {

std::optional<Format> formatFromName(const QString &name)
{
    if (name == QLatin1String("w3c"))
        return Format::W3C;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("brat"))
        return Format::Brat;
    return std::nullopt;
}

bool saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    return true;
}

bool write(const Project &project, Format format, const QString &path, bool bom, QString *error)
{
    switch (format) {
    case Format::W3C:
        return saveFile(path, WebAnnotation::collection(project), error);
    case Format::Csv:
        if (!QDir().mkpath(path)) {
            if (error)
                *error = path + QStringLiteral(": ") +
                         QCoreApplication::translate("Crosscheck::Core::Export",
                                                     "cannot create the folder");
            return false;
        }
        return saveFile(QDir(path).filePath(QStringLiteral("mentions.csv")),
                        Csv::mentions(project, bom), error) &&
               saveFile(QDir(path).filePath(QStringLiteral("links.csv")), Csv::links(project, bom),
                        error);
    case Format::Brat:
        return Brat::write(project, path, error);
    }
    return false;
}

} // namespace Crosscheck::Core::Export
