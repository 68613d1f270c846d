// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"
#include "bratexport.h"
#include "csvexport.h"
#include "qdpx/qdpx.h"
#include "report.h"
#include "webannotation.h"

#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Crosscheck::Core::Formats {

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

Preview preview(const Project &project, Format format, int maxLines)
{
    Preview p;
    QByteArray bytes;
    switch (format) {
    case Format::W3C:
        p.fileName = QStringLiteral("annotations.jsonld");
        p.syntax = QStringLiteral("JSON");
        bytes = WebAnnotation::collection(project);
        break;
    case Format::Csv:
        p.fileName = QStringLiteral("mentions.csv");
        p.syntax = QStringLiteral("CSV");
        bytes = Csv::mentions(project, false);
        break;
    case Format::Brat: {
        const auto files = Brat::files(project, false);
        for (const auto &[name, contents] : files) {
            if (name.endsWith(QLatin1String(".ann")) && !contents.isEmpty()) {
                p.fileName = name;
                bytes = contents;
                break;
            }
        }
        if (p.fileName.isEmpty()) {
            for (const auto &[name, contents] : files) {
                if (name == QLatin1String("annotation.conf")) {
                    p.fileName = name;
                    bytes = contents;
                }
            }
        }
        break;
    }
    case Format::Qdpx:
        p.fileName = QStringLiteral("project.qde");
        p.syntax = QStringLiteral("XML");
        bytes = Qdpx::projectXml(project);
        break;
    case Format::Html:
        p.fileName =
            (project.filePath().isEmpty() ? project.displayName()
                                          : QFileInfo(project.filePath()).completeBaseName()) +
            QStringLiteral("-report.html");
        p.syntax = QStringLiteral("HTML");
        bytes = Report::html(Report::build(project, {}));
        break;
    case Format::Pdf:
        return p;
    }
    p.lines = int(bytes.count('\n')) + (bytes.endsWith('\n') || bytes.isEmpty() ? 0 : 1);
    qsizetype end = 0;
    for (int line = 0; line < maxLines && end >= 0 && end < bytes.size(); ++line) {
        end = bytes.indexOf('\n', end);
        if (end >= 0)
            ++end;
    }
    if (end < 0 || end >= bytes.size()) {
        p.text = QString::fromUtf8(bytes);
    } else {
        p.text = QString::fromUtf8(bytes.left(end));
        p.truncated = true;
    }
    p.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")); // CSV's CRLF, shown as lines
    // Very long lines (the report's pictures as data: URIs) are cut short.
    constexpr int kMaxLine = 1000;
    QStringList lines = p.text.split(u'\n');
    for (QString &line : lines) {
        if (line.size() > kMaxLine) {
            line = line.left(kMaxLine) + QStringLiteral(" …");
            p.truncated = true;
        }
    }
    p.text = lines.join(u'\n');
    return p;
}

bool write(const Project &project, Format format, const QString &path, const Options &options,
           QString *error)
{
    auto cancelled = [&] {
        if (error)
            *error = QCoreApplication::translate("Crosscheck::Core::Formats",
                                                 "The export was cancelled; nothing was written.");
        return false;
    };
    auto step = [&](int done, int total) {
        return !options.progress || options.progress(done, total);
    };
    if (!step(0, 1))
        return cancelled();
    // Never hand on silently wrong text: a source whose text changed since import (a damaged
    // file) stops the export before anything is written.
    const SourceIds damaged = project.damagedSources();
    if (!damaged.isEmpty()) {
        if (error)
            *error =
                project.describeDamage(damaged) + u' ' +
                QCoreApplication::translate("Crosscheck::Core::Formats", "Nothing was written.");
        return false;
    }
    switch (format) {
    case Format::W3C:
        return saveFile(path, WebAnnotation::collection(project), error) && step(1, 1);
    case Format::Csv:
        if (!QDir().mkpath(path)) {
            if (error)
                *error = path + QStringLiteral(": ") +
                         QCoreApplication::translate("Crosscheck::Core::Formats",
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

} // namespace Crosscheck::Core::Formats
