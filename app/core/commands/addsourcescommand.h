// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sourcerecord.h"
#include "project/undostack.h"

#include <QVector>

namespace Crosscheck::Core {

class Project;

/// Adds imported sources; undo removes them again, redo restores them with the same ids.
class AddSourcesCommand final : public UndoCommand
{
public:
    AddSourcesCommand(Project *project, QVector<SourceRecord> records);
    bool redo(QString *error) override;
    bool undo(QString *error) override;
    SourceIds ids() const;

private:
    Project *m_project;
    QVector<SourceRecord> m_records;
};

} // namespace Crosscheck::Core
