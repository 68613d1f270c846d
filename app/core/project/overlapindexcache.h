// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

class QTimer;

namespace Crosscheck::Core {

class OverlapIndex;
class Project;

/// The project's OverlapIndex, rebuilt only when it is asked for after a change. Changes to
/// sources and passages mark it stale at once (no one may use figures of a project that
/// changed under them) and announce staleChanged() once per burst (250 ms): an import of a
/// thousand files is followed by one rebuild, not a thousand.
class OverlapIndexCache final : public QObject
{
    Q_OBJECT
public:
    explicit OverlapIndexCache(QObject *parent = nullptr);
    ~OverlapIndexCache() override;

    void setProject(const Project *project);
    /// The current index, built now when it is stale (nullptr without a project).
    std::shared_ptr<const OverlapIndex> index();
    /// The index as last built, without building (nullptr when stale or none).
    std::shared_ptr<const OverlapIndex> cached() const { return m_stale ? nullptr : m_index; }
    bool isStale() const { return m_stale; }
    void invalidate();

signals:
    /// A burst of changes has settled: whoever shows overlaps should ask for index() again.
    void settled();
    /// index() built a new index.
    void indexChanged(std::shared_ptr<const Crosscheck::Core::OverlapIndex> index);

private:
    const Project *m_project = nullptr;
    std::shared_ptr<const OverlapIndex> m_index;
    bool m_stale = true;
    QTimer *m_timer;
};

} // namespace Crosscheck::Core
