// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addsourcescommand.h"
#include "project/project.h"

#include <QCoreApplication>

namespace Crosscheck::Core {

AddSourcesCommand::AddSourcesCommand(Project *project, QVector<SourceRecord> records)
    : UndoCommand(records.size() == 1
                      ? QCoreApplication::translate("Crosscheck::Core::Project", "Import “%1”")
                            .arg(records.front().source.meta.title)
                      : QCoreApplication::translate("Crosscheck::Core::Project",
                                                    "Import %n sources", nullptr,
                                                    int(records.size())))
    , m_project(project)
    , m_records(std::move(records))
{}

bool AddSourcesCommand::redo(QString *error)
{
    return m_project->insertRecords(m_records, QStringLiteral("add-sources"), error, text());
}

bool AddSourcesCommand::undo(QString *error)
{
    return m_project->teamStillHas(m_records, error) &&
           m_project->deleteSources(ids(), QStringLiteral("undo-add-sources"), error, text());
}

SourceIds AddSourcesCommand::ids() const
{
    SourceIds ids;
    for (const SourceRecord &r : m_records)
        ids << r.source.id;
    return ids;
}

} // namespace Crosscheck::Core
