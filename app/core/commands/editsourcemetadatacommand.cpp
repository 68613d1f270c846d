// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editsourcemetadatacommand.h"
#include "project/project.h"

#include <QCoreApplication>

namespace Crosscheck::Core {

EditSourceMetadataCommand::EditSourceMetadataCommand(Project *project, SourceId id,
                                                     SourceMetadata before, SourceMetadata after)
    : UndoCommand(QCoreApplication::translate("Crosscheck::Core::Project", "Edit details of “%1”")
                      .arg(after.title))
    , m_project(project)
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

bool EditSourceMetadataCommand::redo(QString *error)
{
    return m_project->teamStillHas(m_id, m_before, error) &&
           m_project->writeMetadata(m_id, m_after, QStringLiteral("edit-source"), error, text());
}

bool EditSourceMetadataCommand::undo(QString *error)
{
    return m_project->teamStillHas(m_id, m_after, error) &&
           m_project->writeMetadata(m_id, m_before, QStringLiteral("undo-edit-source"), error,
                                    text());
}

} // namespace Crosscheck::Core
