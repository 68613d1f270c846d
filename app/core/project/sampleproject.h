// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/projectstorage.h"

#include <QStringList>

#include <memory>

namespace Crosscheck::Core {

class Project;

/// The bundled sample project: five short articles about one fictional event (a tanker
/// grounding off the port of Lindhaven), written for Crosscheck, with verbatim wire copy,
/// edited and paraphrased passages, drifting quotes, a moved paragraph and contradictions.
class SampleProject final
{
public:
    /// Resource paths of the bundled articles.
    static QStringList files();
    enum class Analysis { Run, Skip };
    /// Creates a project at \a path holding the sample articles, with their overlaps found
    /// (unless \a analysis is Skip).
    static std::unique_ptr<Project> create(const QString &path, Storage::OpenStatus *status,
                                           QStringList *problems = nullptr,
                                           Analysis analysis = Analysis::Run);
};

} // namespace Crosscheck::Core
