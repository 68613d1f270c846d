// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampleproject.h"
#include "importers/documentimporter.h"
#include "project.h"
#include "undostack.h"
#include "util/appinit.h"

#include <QDir>

namespace Crosscheck::Core {

QStringList SampleProject::files()
{
    ensureResources();
    const QDir dir(QStringLiteral(":/crosscheck/sample"));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

std::unique_ptr<Project> SampleProject::create(const QString &path, Storage::OpenStatus *status,
                                               QStringList *problems, Analysis analysis)
{
    auto project = Project::create(path, status);
    if (!project)
        return nullptr;
    const Importers importers;
    QVector<ImportedDocument> docs;
    for (const QString &file : files())
        docs << importers.importFile(file);
    const Project::AddOutcome outcome = project->addDocuments(docs);
    if (problems)
        *problems = outcome.problems;
    // The sample opens ready to compare: five short articles take a few milliseconds.
    QString error;
    if (analysis == Analysis::Run &&
        !project->applyAnalysis(Core::Analysis::runAnalysis(project->analysisInput()), &error) &&
        problems)
        *problems << error;
    // The sample starts with a clean history: its import is not the analyst's edit to undo.
    project->undoStack()->clear();
    return project;
}

} // namespace Crosscheck::Core
