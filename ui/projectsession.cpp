// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsession.h"
#include "appsettings.h"
#include "settings.h"

#include <core/project/overlapindexcache.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/teamsession.h>
#include <core/search/projectsearch.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Crosscheck::Ui {

namespace {
const Setting<QStringList> kRecent("Ui/recentProjects", {});
const Setting<QString> kLastFolder("Ui/lastFolder", QString());
constexpr int kMaxRecent = 10;
} // namespace

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_overlaps(new Core::OverlapIndexCache(this))
{
    connect(&AppSettings::instance(), &AppSettings::authorChanged, this,
            [this](const QString &author) {
                if (m_project && !m_team)
                    m_project->setAuthor(author);
            });
}

ProjectSession::~ProjectSession()
{
    // Quietly: whoever listens may already be gone.
    m_overlaps->blockSignals(true);
    m_overlaps->setProject(nullptr);
}

bool ProjectSession::open(const QString &path, bool readOnly, Core::Storage::OpenStatus *status)
{
    return adopt(Core::Project::open(path, readOnly, status), false);
}

bool ProjectSession::create(const QString &path, Core::Storage::OpenStatus *status)
{
    return adopt(Core::Project::create(path, status), true);
}

bool ProjectSession::createFromQdpx(const QString &qdpx, const QString &path,
                                    Core::Formats::Qdpx::ImportReport *report, QString *error)
{
    return adopt(Core::Formats::Qdpx::createProject(qdpx, path, report, error), true);
}

bool ProjectSession::createSample(Core::Storage::OpenStatus *status, QStringList *problems)
{
    const QString path = samplePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto project = Core::SampleProject::create(path, status, problems);
    if (!project)
        return false;
    setProject(std::move(project));
    return true;
}

bool ProjectSession::adopt(std::unique_ptr<Core::Project> project, bool rememberItsFolder)
{
    if (!project)
        return false;
    if (rememberItsFolder)
        rememberFolder(QFileInfo(project->filePath()).absolutePath());
    addRecent(project->filePath());
    setProject(std::move(project));
    return true;
}

void ProjectSession::close()
{
    setProject(nullptr);
}

QString ProjectSession::replicaPath(const Core::Storage::TeamUrl &url)
{
    Core::Storage::TeamUrl u = url;
    u.password.clear();
    const QByteArray id =
        QCryptographicHash::hash(u.display().toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/team/") + QString::fromLatin1(id) + QStringLiteral(".crosscheck");
}

bool ProjectSession::openTeam(const QString &path, const Core::Storage::TeamUrl &url,
                              std::optional<qint64> clock, Core::Storage::OpenStatus *status)
{
    std::unique_ptr<Core::Project> project = Core::Project::open(path, false, status);
    if (!project)
        return false;
    if (project->isReadOnly()) {
        status->message = tr("The copy of the team project on this computer is read-only (%1).")
                              .arg(project->readOnlyReason());
        return false;
    }
    auto team = std::make_unique<Core::TeamSession>(*project, url, clock);
    team->start();
    setProject(std::move(project), std::move(team));
    return true;
}

void ProjectSession::setProject(std::unique_ptr<Core::Project> project,
                                std::unique_ptr<Core::TeamSession> team)
{
    std::unique_ptr<Core::TeamSession> oldTeam = std::move(m_team);
    std::unique_ptr<Core::Project> old = std::move(m_project);
    m_project = std::move(project);
    m_team = std::move(team);
    // A team project's edits are the server login's, whatever the preferences say.
    if (m_project && !m_team) {
        const QString author = AppSettings::instance().author();
        if (!author.isEmpty())
            m_project->setAuthor(author);
    }
    m_overlaps->setProject(m_project.get());
    m_search =
        m_project ? new Core::Search::ProjectSearch(m_project.get(), {}, m_project.get()) : nullptr;
    emit projectChanged(m_project.get());
    // The old project (and its lock) goes only after every view has let go of it, its team
    // session before it.
    oldTeam.reset();
    old.reset();
}

void ProjectSession::addRecent(const QString &path)
{
    QStringList recent = kRecent.value();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    kRecent.setValue(recent);
    emit recentProjectsChanged();
}

QStringList ProjectSession::recentProjects() const
{
    QStringList existing;
    for (const QString &p : kRecent.value()) {
        if (QFileInfo::exists(p))
            existing << p;
    }
    return existing;
}

QString ProjectSession::samplePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/Sample.crosscheck");
}

QString ProjectSession::startFolder()
{
    const QString last = kLastFolder.value();
    return QDir(last).exists() ? last : QDir::homePath();
}

void ProjectSession::rememberFolder(const QString &folder)
{
    kLastFolder.setValue(folder);
}

} // namespace Crosscheck::Ui
