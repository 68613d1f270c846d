// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"
#include "project/undostack.h"

namespace Crosscheck::Core {

class Project;

/// Changes a source's title, outlet, author, URL, date or language (never its text).
class EditSourceMetadataCommand final : public UndoCommand
{
public:
    EditSourceMetadataCommand(Project *project, SourceId id, SourceMetadata before,
                              SourceMetadata after);
    bool redo(QString *error) override;
    bool undo(QString *error) override;

private:
    Project *m_project;
    SourceId m_id;
    SourceMetadata m_before;
    SourceMetadata m_after;
};

} // namespace Crosscheck::Core
