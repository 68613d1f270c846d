// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlapindexcache.h"
#include "overlapindex.h"
#include "project.h"

#include <QTimer>

namespace Crosscheck::Core {

OverlapIndexCache::OverlapIndexCache(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &OverlapIndexCache::settled);
}

OverlapIndexCache::~OverlapIndexCache() = default;

void OverlapIndexCache::setProject(const Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        for (auto signal :
             {&Project::sourceInserted, &Project::sourceRemoved, &Project::sourceChanged})
            connect(project, signal, this, &OverlapIndexCache::invalidate);
        connect(project, &Project::passagesChanged, this, &OverlapIndexCache::invalidate);
    }
    // Settled later, like any change: whoever shows overlaps hears of the new project first
    // (projectChanged), then asks for its index once.
    invalidate();
}

void OverlapIndexCache::invalidate()
{
    m_stale = true;
    m_index.reset();
    m_timer->start();
}

std::shared_ptr<const OverlapIndex> OverlapIndexCache::index()
{
    if (m_stale) {
        m_index = m_project ? OverlapIndex::build(*m_project) : nullptr;
        m_stale = false;
        emit indexChanged(m_index);
    }
    return m_index;
}

} // namespace Crosscheck::Core
