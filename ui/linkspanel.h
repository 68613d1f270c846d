// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace Crosscheck::Core {
class LinkFilterModel;
class LinkListModel;
class Project;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// Contradictions and corroborations, filterable by relation, type and status; Enter opens
/// the two passages side by side.
class LinksPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LinksPanel(QWidget *parent = nullptr);
    void setProject(Core::Project *project);
    QTableView *view() const { return m_view; }
    qint64 currentLink() const;

signals:
    void linkActivated(qint64 link);

private:
    Core::LinkListModel *m_model;
    Core::LinkFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_relation;
    QComboBox *m_type;
    QComboBox *m_status;
};

} // namespace Crosscheck::Ui
