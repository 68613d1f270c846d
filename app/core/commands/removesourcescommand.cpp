// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removesourcescommand.h"
#include "project/project.h"

#include <QCoreApplication>

namespace Crosscheck::Core {

RemoveSourcesCommand::RemoveSourcesCommand(Project *project, QVector<SourceRecord> records)
    : UndoCommand(records.size() == 1
                      ? QCoreApplication::translate("Crosscheck::Core::Project", "Remove “%1”")
                            .arg(records.front().source.meta.title)
                      : QCoreApplication::translate("Crosscheck::Core::Project",
                                                    "Remove %n sources", nullptr,
                                                    int(records.size())))
    , m_project(project)
    , m_records(std::move(records))
{}

bool RemoveSourcesCommand::redo(QString *error)
{
    SourceIds ids;
    for (const SourceRecord &r : m_records)
        ids << r.source.id;
    return m_project->deleteSources(ids, QStringLiteral("remove-sources"), error, text());
}

bool RemoveSourcesCommand::undo(QString *error)
{
    return m_project->insertRecords(m_records, QStringLiteral("undo-remove-sources"), error,
                                    text());
}

} // namespace Crosscheck::Core
