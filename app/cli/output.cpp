// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include <core/analysis/analysissession.h>
#include <core/importers/textdecoder.h>
#include <core/project/project.h>
#include <core/storage/teamserver.h>
#include <core/text/codepoints.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <unistd.h>

namespace Crosscheck::Cli {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void line(const QString &text)
{
    print(stdout, text + u'\n');
}

void problem(const QString &text)
{
    print(stderr, text + u'\n');
}

void reportProgress(const QString &stage, size_t done, size_t total)
{
    static const bool tty = isatty(fileno(stderr));
    const QString text = CliText::tr("%1: %2 of %3").arg(stage).arg(done).arg(total);
    if (tty)
        print(stderr, u'\r' + text + QStringLiteral("   "));
    else if (total < 10 || done % std::max<size_t>(1, total / 10) == 0 || done == total)
        print(stderr, text + u'\n');
}

void endProgress()
{
    static const bool tty = isatty(fileno(stderr));
    if (tty)
        print(stderr, QStringLiteral("\n"));
}

std::optional<Core::Storage::TeamUrl>
connectTeam(const QString &text, Core::Storage::TeamServer &server, bool needsProject)
{
    QString error;
    std::optional<Core::Storage::TeamUrl> url = Core::Storage::TeamUrl::parse(text, &error);
    if (!url) {
        problem(error);
        return std::nullopt;
    }
    if (needsProject && url->project.trimmed().isEmpty()) {
        problem(CliText::tr("the URL names no team project (add ?project=NAME)"));
        return std::nullopt;
    }
    if (!server.connect(*url, &error)) {
        problem(error);
        return std::nullopt;
    }
    return url;
}

namespace {

/// A team project read by a command: a snapshot cloned into a temporary folder that lives as
/// long as the process (the command's project is closed before it goes).
std::optional<QString> snapshotOf(const QString &urlText)
{
    static std::vector<std::unique_ptr<QTemporaryDir>> folders;
    auto folder = std::make_unique<QTemporaryDir>();
    if (!folder->isValid()) {
        problem(folder->errorString());
        return std::nullopt;
    }
    Core::Storage::TeamServer server;
    const std::optional<Core::Storage::TeamUrl> url = connectTeam(urlText, server, true);
    if (!url)
        return std::nullopt;
    QString error;
    const QString path = folder->filePath(QStringLiteral("team.crosscheck"));
    if (!server.clone(url->project, path, {}, &error)) {
        problem(error);
        return std::nullopt;
    }
    folders.push_back(std::move(folder));
    return path;
}

} // namespace

std::shared_ptr<Core::Project> openProject(const QString &path, bool writable)
{
    if (Core::Storage::TeamUrl::isUrl(path)) {
        // Reading commands read a snapshot of the team project; writing ones edit it.
        if (writable)
            return openTeamProjectForWriting(path);
        const std::optional<QString> snapshot = snapshotOf(path);
        return snapshot ? openProject(*snapshot, false) : nullptr;
    }
    Core::Storage::OpenStatus status;
    std::shared_ptr<Core::Project> project = Core::Project::open(path, !writable, &status);
    if (!project) {
        problem(status.detail.isEmpty()
                    ? status.message
                    : status.message + QStringLiteral(" (") + status.detail + u')');
        return nullptr;
    }
    if (writable && project->isReadOnly()) {
        problem(
            CliText::tr("%1: the project is read-only (%2)").arg(path, project->readOnlyReason()));
        return nullptr;
    }
    if (!project->loadProblems().isEmpty())
        problem(project->loadProblems()); // a warning: the rest of the project is usable
    return project;
}

std::shared_ptr<Core::Project> openTeamCopy(const QString &url)
{
    const std::optional<QString> snapshot = snapshotOf(url);
    return snapshot ? openProject(*snapshot, true) : nullptr;
}

bool readUtf8(const QString &path, QString *text)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        problem(path + QStringLiteral(": ") + f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (const QString kind = Core::TextDecoder::binaryKind(bytes);
        !kind.isEmpty() || bytes.contains('\0')) {
        problem(path + QStringLiteral(": ") + CliText::tr("binary file, skipped"));
        return false;
    }
    *text = QString::fromUtf8(bytes);
    return true;
}

bool ensureAnalysed(Core::Project &project, const QString &file)
{
    if (project.isAnalysisCurrent())
        return true;
    if (project.isReadOnly()) {
        problem(CliText::tr("%1: the overlaps are not up to date; contradiction candidates "
                            "come from the passages found so far (run analyze first)")
                    .arg(file));
        return true;
    }
    const Core::AnalysisSession::Result r = Core::AnalysisSession::runBlocking(&project, false);
    if (!r.applied && !r.upToDate) {
        problem(file + QStringLiteral(": ") + r.error);
        return false;
    }
    return true;
}

QString sourceLabel(const Core::Source &s)
{
    return s.fileName.isEmpty() ? s.meta.title : QFileInfo(s.fileName).completeBaseName();
}

CodePointCache::CodePointCache(const Core::Project &project)
    : m_project(project)
{}

CodePointCache::~CodePointCache() = default;

int CodePointCache::at(qint64 source, int utf16)
{
    auto it = m_tables.find(source);
    if (it == m_tables.end())
        it = m_tables.insert(
            source, std::make_shared<Core::Text::CodePoints>(m_project.sourceText(source)));
    return (*it)->at(utf16);
}

} // namespace Crosscheck::Cli
