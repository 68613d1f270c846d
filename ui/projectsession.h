// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/formats/qdpx/qdpx.h>
#include <core/storage/projectstorage.h>
#include <core/storage/teamserver.h>

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Crosscheck::Core {
class OverlapIndexCache;
class Project;
class TeamSession;
namespace Search {
class ProjectSearch;
}
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// The open project and what lives as long as it: its overlap index cache, the recent-projects
/// list, and the author name from the settings, applied live. No widgets and no dialogs: each
/// call says what happened and the caller (FileActions) tells the user.
class ProjectSession final : public QObject
{
    Q_OBJECT
public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    Core::Project *project() const { return m_project.get(); }
    Core::OverlapIndexCache *overlaps() const { return m_overlaps; }
    /// The open project's search (its index lives in the user's cache folder).
    Core::Search::ProjectSearch *search() const { return m_search; }

    /// The live session of a team project (nullptr for a project file of one's own).
    Core::TeamSession *team() const { return m_team.get(); }
    /// Opens the replica at \a path of the team project \a url live (Core::TeamSession);
    /// \a clock: where a fresh clone stands on the server.
    bool openTeam(const QString &path, const Core::Storage::TeamUrl &url,
                  std::optional<qint64> clock, Core::Storage::OpenStatus *status);
    /// Where this computer keeps the replica of the team project \a url (the user's cache).
    static QString replicaPath(const Core::Storage::TeamUrl &url);

    /// Opens \a path (read-only when asked); false with \a status on failure.
    bool open(const QString &path, bool readOnly, Core::Storage::OpenStatus *status);
    bool create(const QString &path, Core::Storage::OpenStatus *status);
    /// A new project at \a path from the REFI-QDA project \a qdpx; on failure nothing is left
    /// at \a path.
    bool createFromQdpx(const QString &qdpx, const QString &path,
                        Core::Formats::Qdpx::ImportReport *report, QString *error);
    /// Creates the bundled sample project at samplePath() (which must not exist).
    bool createSample(Core::Storage::OpenStatus *status, QStringList *problems);
    void close();

    /// The recent projects that still exist, most recent first.
    QStringList recentProjects() const;
    static QString samplePath();
    /// The folder file dialogs start in: the last one used, else the home folder.
    static QString startFolder();
    static void rememberFolder(const QString &folder);

signals:
    void projectChanged(Crosscheck::Core::Project *project);
    void recentProjectsChanged();

private:
    /// Makes \a project (if any) the open one and a recent one; false when it is null.
    bool adopt(std::unique_ptr<Core::Project> project, bool rememberItsFolder);
    void setProject(std::unique_ptr<Core::Project> project,
                    std::unique_ptr<Core::TeamSession> team = nullptr);
    void addRecent(const QString &path);

    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Core::TeamSession> m_team; ///< goes before its project
    Core::OverlapIndexCache *m_overlaps;
    Core::Search::ProjectSearch *m_search = nullptr; ///< owned by the project
};

} // namespace Crosscheck::Ui
