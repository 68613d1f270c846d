#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Core::Export {

/// REFI-QDA (QDA-XML 1.0) projects, the exchange format of ATLAS.ti, MAXQDA, NVivo, QualCoder….
///
/// Export: a .qdpx (zip) with project.qde and sources/<guid>.txt. The codebook holds one
/// non-codable code per entity type (nested as the types are) with one codable code per
/// registry entity inside it, and one non-codable code per relation ("Contradicts",
/// "Corroborates") with one codable code per link type. Mentions are PlainTextSelections coded
/// with their entity's code; each side of a link is a PlainTextSelection coded with the link's
/// type, and the link itself a Link from side A to side B named "relation · type · severity ·
/// status". Notes are Notes referenced from their source, selection, entity code or link.
/// Positions count Unicode code points, end exclusive. GUIDs are UUIDv5 of stable keys, so
/// exporting twice gives the same file.
///
/// Import (into a new, empty project): every TextSource (and the text representation of a
/// PDFSource) with its text becomes a source; each code that codes a text selection becomes a
/// registry entity whose type is the nearest enclosing code (types nest as the codes do; a
/// top-level code gets the type "Other"); codings become mentions, links between two text
/// selections become links, notes and selection descriptions become notes. Whatever has no
/// place in Crosscheck (pictures, audio, video, PDF regions, sets, cases, graphs, variables
/// other than the article metadata, links between codes) is listed in the report.
class Qdpx final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Export::Qdpx)
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

} // namespace Crosscheck::Core::Export
