// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

#include <functional>
#include <vector>

namespace Crosscheck::Core {
class Project;
class OverlapIndex;
} // namespace Crosscheck::Core

namespace Crosscheck::Core::Formats {

/// The analyst report: the sources with their metadata and a timeline of publication, the
/// source overlap matrix as a heat map, passage families with their likely origin, every
/// contradiction and corroboration with both quotes side by side, and an entity index with
/// mention counts per source. As one self-contained HTML file (pictures embedded, every value
/// from the project escaped, no scripts, nothing loaded from elsewhere) or as a PDF.
///
/// Pictures are painted with QPainter, so a QGuiApplication must exist (the command line makes
/// one on the offscreen platform).
class Report final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Formats::Report)
public:
    /// Told how many of the report's steps are done; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;
    struct Options
    {
        QDateTime generated = QDateTime::currentDateTimeUtc();
        int maxMatrixSources = 40; ///< the most connected sources beyond that are left out
        int maxFamilies = 50;      ///< the largest families
        Progress progress;
    };
    struct Document
    {
        QString html; ///< pictures referenced as "crosscheck-report:NAME.png"
        std::vector<std::pair<QString, QImage>> pictures;
        bool cancelled = false;
    };
    static Document build(const Project &project, const Options &options);

    /// The self-contained HTML file (pictures as data: URIs).
    static QByteArray html(const Document &document);
    /// The PDF (A4, numbered pages); \a pages receives the page count.
    static QByteArray pdf(const Document &document, const QString &title, int *pages = nullptr);

    /// The share-of-words heat map of \a index's sources (at most \a maxSources, the most
    /// connected), the pixel size doubled for sharp print.
    static QImage heatMap(const OverlapIndex &index, int maxSources);
    /// Sources placed on a time axis by publication date (sources without a date left out).
    static QImage timeline(const Project &project);
};

} // namespace Crosscheck::Core::Formats
