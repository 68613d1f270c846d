// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysissession.h"

#include "project/project.h"

#include <QPointer>
#include <QThread>

namespace Crosscheck::Core {

AnalysisSession::AnalysisSession(Project *project, bool full, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_full(full)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{}

AnalysisSession::~AnalysisSession()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool AnalysisSession::start()
{
    if (m_thread)
        return true;
    auto input = std::make_shared<Analysis::AnalysisInput>(m_project->analysisInput(m_full));
    if (input->fresh.empty()) {
        m_result.upToDate = true;
        return false;
    }
    auto output = std::make_shared<Analysis::AnalysisOutput>();
    auto cancel = m_cancel;
    QPointer<AnalysisSession> self(this);
    m_thread = QThread::create([input, output, cancel, self] {
        *output = Analysis::runAnalysis(
            *input,
            [self](const char *stage, size_t done, size_t total) {
                const QString name = QString::fromLatin1(stage);
                // Progress crosses back through the event loop; the session may be gone.
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, name, done, total] {
                        if (self)
                            emit self->progress(name, int(done), int(total));
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
    });
    connect(m_thread, &QThread::finished, this, [this, output] {
        m_thread->deleteLater();
        m_thread = nullptr;
        store(*output);
        emit finished();
    });
    m_thread->start();
    return true;
}

void AnalysisSession::store(const Analysis::AnalysisOutput &output)
{
    m_result.analysed = int(output.analysed.size());
    m_result.replaceAll = output.replaceAll;
    if (output.cancelled) {
        m_result.cancelled = true;
        return;
    }
    m_result.applied = m_project->applyAnalysis(output, &m_result.error);
}

AnalysisSession::Result
AnalysisSession::runBlocking(Project *project, bool full,
                             const Analysis::OverlapEngine::Progress &progress)
{
    AnalysisSession session(project, full);
    const Analysis::AnalysisInput input = project->analysisInput(full);
    if (input.fresh.empty()) {
        session.m_result.upToDate = true;
        return session.m_result;
    }
    session.store(Analysis::runAnalysis(input, progress, session.m_cancel.get()));
    return session.m_result;
}

} // namespace Crosscheck::Core
