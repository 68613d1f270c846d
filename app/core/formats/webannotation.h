// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Core::Formats {

/// W3C Web Annotation (JSON-LD) export and import of what analysts record.
///
/// One annotation per entity mention (motivation "identifying": the entity's canonical name,
/// its type as a "classifying" body) and one per contradiction or corroboration (motivation
/// "linking": target = passage A; bodies = passage B as a SpecificResource with purpose
/// "linking", "contradicts"/"corroborates" as a "classifying" TextualBody, the link's type,
/// status and severity as "tagging" bodies "crosscheck:type=…", the note as "commenting").
/// Every target carries a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
/// counting Unicode code points. Sources are identified by a stable URN made from the SHA-256
/// of their text, with their URL as the SpecificResource's scope.
class WebAnnotation final
{
public:
    static QString sourceUrn(const Source &source);
    /// Every mention and link of \a project, in a stable order.
    static QJsonArray annotations(const Project &project);
    /// An AnnotationCollection holding them on one page, as a JSON-LD document.
    static QByteArray collection(const Project &project);

    struct ImportReport
    {
        int mentions = 0;
        int links = 0;
        /// One line per annotation that could not be anchored or understood, with why.
        QStringList problems;
    };
    /// Reads annotations (a JSON array, an AnnotationCollection, one annotation, or one per
    /// line) and re-anchors them in \a project's sources: source by URN, else by URL, else by
    /// finding the quote; within the text the quote (with prefix and suffix) decides and the
    /// position is only a hint. Everything anchored is added as one undo step; nothing is
    /// dropped silently.
    static ImportReport import(Project &project, const QByteArray &json, QString *error);
};

} // namespace Crosscheck::Core::Formats
