// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/sourcerecord.h"
#include "project/undostack.h"

#include <QVector>

namespace Crosscheck::Core {

class Project;

/// Removes sources; undo puts them back whole (text, metadata, original bytes, same ids).
class RemoveSourcesCommand final : public UndoCommand
{
public:
    RemoveSourcesCommand(Project *project, QVector<SourceRecord> records);
    bool redo(QString *error) override;
    bool undo(QString *error) override;

private:
    Project *m_project;
    QVector<SourceRecord> m_records;
};

} // namespace Crosscheck::Core
