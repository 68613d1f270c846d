// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Core::Formats {

/// REFI-QDA (QDA-XML 1.0) projects, the exchange format of ATLAS.ti, MAXQDA, NVivo, QualCoder…:
/// export (qdpxwriter.cpp), reading (qdpxreader.h) and import into a new project
/// (qdpximporter.cpp). How each thing is mapped: docs/formats/refi-qda.md.
class Qdpx final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Formats::Qdpx)
public:
    /// project.qde of \a project (UTF-8 XML).
    static QByteArray projectXml(const Project &project);
    /// The .qdpx archive: project.qde and the source texts.
    static QByteArray archive(const Project &project, QString *error);

    struct ImportReport
    {
        int sources = 0;
        int entities = 0;
        int mentions = 0;
        int links = 0;
        int notes = 0;
        /// One line per thing that could not be mapped, with why.
        QStringList notMapped;
        /// "3 sources, 2 entities, 5 mentions, 1 link, 0 notes" (translated).
        QString counts() const;
    };
    /// Imports the .qdpx (or a bare .qde) in \a bytes into \a project, which must be empty.
    /// Sources are added as one undo step and the annotations as a second. False with \a error
    /// when the file is not a readable REFI-QDA project (nothing is then added).
    static bool import(Project &project, const QByteArray &bytes, ImportReport *report,
                       QString *error);
    /// A new project file at \a projectPath (which must not exist) from the REFI-QDA file at
    /// \a qdpxPath: the one entry point of the command line and the GUI. On failure nothing is
    /// left at \a projectPath and \a error says why.
    static std::unique_ptr<Project> createProject(const QString &qdpxPath,
                                                  const QString &projectPath, ImportReport *report,
                                                  QString *error);
};

} // namespace Crosscheck::Core::Formats
