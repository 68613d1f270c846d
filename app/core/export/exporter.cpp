#include "exporter.h"
#include "bratexport.h"
#include "csvexport.h"
#include "qdpx.h"
#include "report.h"
#include "webannotation.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Crosscheck::Core::Export {

QStringList formatNames()
{
    return {QStringLiteral("w3c"),  QStringLiteral("csv"),  QStringLiteral("brat"),
            QStringLiteral("qdpx"), QStringLiteral("html"), QStringLiteral("pdf")};
}

std::optional<Format> formatFromName(const QString &name)
{
    const int i = int(formatNames().indexOf(name));
    if (i < 0)
        return std::nullopt;
    return Format(i);
}

bool writesFolder(Format format)
{
    return format == Format::Csv || format == Format::Brat;
}

QString suffix(Format format)
{
    switch (format) {
    case Format::W3C:
        return QStringLiteral("jsonld");
    case Format::Qdpx:
        return QStringLiteral("qdpx");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Csv:
    case Format::Brat:
        break;
    }
    return {};
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

bool write(const Project &project, Format format, const QString &path, const Options &options,
           QString *error)
{
    auto cancelled = [&] {
        if (error)
            *error = QCoreApplication::translate("Crosscheck::Core::Export",
                                                 "The export was cancelled; nothing was written.");
        return false;
    };
    auto step = [&](int done, int total) {
        return !options.progress || options.progress(done, total);
    };
    if (!step(0, 1))
        return cancelled();
    switch (format) {
    case Format::W3C:
        return saveFile(path, WebAnnotation::collection(project), error) && step(1, 1);
    case Format::Csv:
        if (!QDir().mkpath(path)) {
            if (error)
                *error = path + QStringLiteral(": ") +
                         QCoreApplication::translate("Crosscheck::Core::Export",
                                                     "cannot create the folder");
            return false;
        }
        return saveFile(QDir(path).filePath(QStringLiteral("mentions.csv")),
                        Csv::mentions(project, options.bom), error) &&
               saveFile(QDir(path).filePath(QStringLiteral("links.csv")),
                        Csv::links(project, options.bom), error) &&
               step(1, 1);
    case Format::Brat:
        return Brat::write(project, path, error) && step(1, 1);
    case Format::Qdpx: {
        const QByteArray zip = Qdpx::archive(project, error);
        return !zip.isEmpty() && saveFile(path, zip, error) && step(1, 1);
    }
    case Format::Html:
    case Format::Pdf: {
        Report::Options o;
        o.progress = options.progress;
        const Report::Document doc = Report::build(project, o);
        if (doc.cancelled)
            return cancelled();
        const QByteArray bytes =
            format == Format::Html
                ? Report::html(doc)
                : Report::pdf(doc, Report::tr("Crosscheck report: %1").arg(project.displayName()));
        return saveFile(path, bytes, error);
    }
    }
    return false;
}

} // namespace Crosscheck::Core::Export
