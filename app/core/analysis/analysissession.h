// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projectanalysis.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Crosscheck::Core {

class Project;

/// Brings a project's overlaps up to date: reads the texts on the calling thread, runs the
/// engine on a worker thread (start()) or on the calling thread (runBlocking()), and stores the
/// result in one transaction on the thread that owns the project. The counterpart of
/// ImportSession, shared by the GUI and the CLI.
class AnalysisSession final : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool upToDate = false;  ///< nothing to analyse: the project was already current
        bool cancelled = false; ///< stopped on request; nothing changed
        bool applied = false;   ///< the new passages are stored
        bool replaceAll = false;
        int analysed = 0; ///< sources analysed by this run
        QString error;    ///< why the result could not be stored
    };

    /// \a full re-analyses every source instead of the new ones only.
    AnalysisSession(Project *project, bool full = false, QObject *parent = nullptr);
    ~AnalysisSession() override;

    /// Starts the engine on a worker thread and returns true; finished() follows. False when
    /// there is nothing to analyse (result().upToDate): no thread and no finished().
    bool start();
    /// Thread-safe: the engine stops at its next progress point.
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_thread != nullptr; }
    Result result() const { return m_result; }

    /// Runs the whole analysis on the calling thread; \a progress gets (stage, done, total)
    /// with stage "prepare" or "align".
    static Result runBlocking(Project *project, bool full,
                              const Analysis::OverlapEngine::Progress &progress = {});

signals:
    /// \a stage is "prepare" (reading sources) or "align" (aligning passages).
    void progress(const QString &stage, int done, int total);
    void finished();

private:
    void store(const Analysis::AnalysisOutput &output);

    Project *m_project;
    bool m_full;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    Result m_result;
};

} // namespace Crosscheck::Core
