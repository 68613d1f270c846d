// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <cstdio>
#include <memory>
#include <optional>

namespace Crosscheck::Core {
class Project;
namespace Storage {
class TeamServer;
struct TeamUrl;
} // namespace Storage
struct Source;
namespace Text {
class CodePoints;
}
} // namespace Crosscheck::Core

namespace Crosscheck::Cli {

/// Translation context of the command-line messages.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Cli)
};

void print(FILE *stream, const QString &text);
/// A line of results on stdout.
void line(const QString &text);
/// One problem per line on stderr.
void problem(const QString &text);

/// "stage: done of total" on stderr: one line rewritten in place on a terminal, a line per
/// 10 % otherwise (logs stay short).
void reportProgress(const QString &stage, size_t done, size_t total);
/// Ends the rewritten progress line on a terminal.
void endProgress();

/// \a text parsed as a team project URL and its server connected (\a needsProject: the URL
/// must name a project); nullopt after a problem line.
std::optional<Core::Storage::TeamUrl>
connectTeam(const QString &text, Core::Storage::TeamServer &server, bool needsProject);

/// A project opened for reading (\a writable false) or writing; on failure the reason is
/// printed and nullptr returned (a read-only file counts as a failure for writing).
/// A team project URL opened for writing edits the team project itself (see teamwrite.cpp).
std::shared_ptr<Core::Project> openProject(const QString &path, bool writable);
/// A private, writable copy of the team project \a url (a snapshot; nothing goes back).
std::shared_ptr<Core::Project> openTeamCopy(const QString &url);
/// A team project opened for writing: held on the server until finishTeamWrites().
std::shared_ptr<Core::Project> openTeamProjectForWriting(const QString &url);
/// Sends the edits of the team projects a command changed and lets go of them; \a code, or
/// Failure when an edit could not be sent or was refused (each one said).
int finishTeamWrites(int code);
/// Reads a text file as UTF-8 (offsets then count code points of this text); binary files
/// are refused with a problem line.
bool readUtf8(const QString &path, QString *text);
/// Brings the project's passages up to date when it is writable (a warning when it is
/// read-only); false after a problem line when the result could not be stored.
bool ensureAnalysed(Core::Project &project, const QString &file);
/// A source's name in output: its file name without extension, else its title.
QString sourceLabel(const Core::Source &source);

/// Code-point offsets of a project's sources for output, one conversion table per text.
class CodePointCache
{
public:
    explicit CodePointCache(const Core::Project &project);
    ~CodePointCache();
    int at(qint64 source, int utf16);

private:
    const Core::Project &m_project;
    QHash<qint64, std::shared_ptr<Core::Text::CodePoints>> m_tables;
};

} // namespace Crosscheck::Cli
