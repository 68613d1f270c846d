// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importeddocument.h"

#include <QObject>
#include <QStringList>
#include <QVector>

#include <atomic>

class QThread;

namespace Crosscheck::Core {

class Project;

/// Reads and parses files (folders expanded) and hands the documents over in chunks. Runs on a
/// worker thread for the GUI, or directly (run()) for the CLI and tests. Touches no project.
class ImportJob final : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QStringList paths, QObject *parent = nullptr);
    /// Thread-safe: the job stops after the file it is reading.
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

public slots:
    void run();

signals:
    void progress(int done, int total, const QString &currentFile);
    /// Parsed documents, including failed ones (error set) so each problem is reported.
    void documentsReady(const QVector<Crosscheck::Core::ImportedDocument> &documents);
    void finished(bool cancelled);

private:
    QStringList m_paths;
    std::atomic<bool> m_cancelled{false};
};

/// Runs an ImportJob on a worker thread and adds what it parses to a project as one undo step.
/// Every file either becomes a whole source or is reported with a reason.
class ImportSession final : public QObject
{
    Q_OBJECT
public:
    ImportSession(Project *project, QStringList paths, QObject *parent = nullptr);
    ~ImportSession() override;
    void start();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    struct Result
    {
        int added = 0;
        int alreadyPresent = 0; ///< identical text already in the project: skipped
        QStringList problems;
        bool cancelled = false;
    };
    Result result() const { return m_result; }

    /// Runs the whole import on the calling thread (CLI, tests).
    static Result runBlocking(Project *project, const QStringList &paths);

signals:
    void progress(int done, int total, const QString &currentFile);
    void finished();

private:
    void addChunk(const QVector<ImportedDocument> &documents);
    void onJobFinished(bool cancelled);

    Project *m_project;
    QStringList m_paths;
    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr;
    Result m_result;
};

} // namespace Crosscheck::Core

Q_DECLARE_METATYPE(Crosscheck::Core::ImportedDocument)
