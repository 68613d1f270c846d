// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/passage.h>
#include <core/model/annotation.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace Crosscheck::Core {
class ClaimListModel;
class Project;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// The Claims view: what the sources disagree (and agree) on, one item per disagreement with a
/// row per source and the words that disagree side by side. Found on request (Find Claims, or
/// the first time the view is shown), as review mode finds them; Enter on a source row opens
/// its sentence in the reader.
class ClaimsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimsPanel(QWidget *parent = nullptr);
    void setProject(Core::Project *project);
    QTreeView *view() const { return m_view; }
    Core::ClaimListModel *model() const { return m_model; }

public slots:
    /// Finds the claims that disagree now (blocks while it runs; a wait cursor shows it).
    void refresh();

signals:
    void spanActivated(Core::SourceId source, Core::Analysis::Span span);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<Core::Project> m_project;
    Core::ClaimListModel *m_model;
    QTreeView *m_view;
    QLabel *m_summary;
    QPushButton *m_find;
    bool m_stale = true;
};

} // namespace Crosscheck::Ui
