// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"
#include "documentimporter.h"
#include "project/project.h"
#include "project/undostack.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace Crosscheck::Core {

ImportJob::ImportJob(QStringList paths, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(paths))
{
    qRegisterMetaType<QVector<Crosscheck::Core::ImportedDocument>>();
}

void ImportJob::run()
{
    QStringList problems;
    const QStringList files = Importers::expandPaths(m_paths, &problems);
    QVector<ImportedDocument> chunk;
    for (const QString &p : problems) {
        ImportedDocument bad;
        const int colon = int(p.lastIndexOf(QStringLiteral(": ")));
        bad.path = p.left(colon);
        bad.error = p.mid(colon + 2);
        chunk << bad;
    }
    const Importers importers;
    const int total = int(files.size());
    QElapsedTimer sinceEmit;
    sinceEmit.start();
    int done = 0;
    for (const QString &file : files) {
        if (m_cancelled)
            break;
        emit progress(done, total, QFileInfo(file).fileName());
        chunk << importers.importFile(file);
        ++done;
        // Hand over in chunks: each becomes one transaction, without stalling the UI thread.
        if (chunk.size() >= 50 || sinceEmit.elapsed() > 200) {
            emit documentsReady(chunk);
            chunk.clear();
            sinceEmit.restart();
        }
    }
    if (!chunk.isEmpty())
        emit documentsReady(chunk);
    emit progress(done, total, QString());
    emit finished(m_cancelled);
}

ImportSession::ImportSession(Project *project, QStringList paths, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_paths(std::move(paths))
{}

ImportSession::~ImportSession()
{
    if (m_thread) {
        m_job->cancel();
        m_thread->quit();
        m_thread->wait();
        if (m_project->undoStack()->isInMacro())
            m_project->undoStack()->endMacro();
    }
}

void ImportSession::start()
{
    Q_ASSERT(!m_thread);
    m_project->undoStack()->beginMacro(
        QCoreApplication::translate("Crosscheck::Core::Project", "Import files"));
    m_thread = new QThread(this);
    m_job = new ImportJob(m_paths);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ImportJob::run);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    connect(m_job, &ImportJob::progress, this, &ImportSession::progress);
    connect(m_job, &ImportJob::documentsReady, this, &ImportSession::addChunk);
    connect(m_job, &ImportJob::finished, this, &ImportSession::onJobFinished);
    m_thread->start();
}

void ImportSession::cancel()
{
    if (m_job)
        m_job->cancel();
}

void ImportSession::addChunk(const QVector<ImportedDocument> &documents)
{
    const Project::AddOutcome outcome = m_project->addDocuments(documents);
    m_result.added += int(outcome.added.size());
    m_result.alreadyPresent += outcome.alreadyPresent;
    m_result.problems += outcome.problems;
}

void ImportSession::onJobFinished(bool cancelled)
{
    m_result.cancelled = cancelled;
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_job = nullptr;
    m_project->undoStack()->endMacro();
    emit finished();
}

ImportSession::Result ImportSession::runBlocking(Project *project, const QStringList &paths)
{
    ImportSession session(project, paths);
    ImportJob job(paths);
    project->undoStack()->beginMacro(
        QCoreApplication::translate("Crosscheck::Core::Project", "Import files"));
    connect(&job, &ImportJob::documentsReady, &session, &ImportSession::addChunk);
    job.run();
    project->undoStack()->endMacro();
    return session.m_result;
}

} // namespace Crosscheck::Core
