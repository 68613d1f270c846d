// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace Crosscheck::Core {
class EntityListModel;
class Project;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// The entity registry: entities with type, aliases, mention counts in all and per source.
/// Selecting one highlights its mentions everywhere; F3 / Shift+F3 step through them.
class EntityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPanel(QWidget *parent = nullptr);
    void setProject(Core::Project *project);
    QTableView *view() const { return m_view; }
    /// The entity of the current row, or 0.
    qint64 currentEntity() const;
    /// Every selected entity (merge works on them).
    QVector<qint64> selectedEntities() const;
    void selectEntity(qint64 id);

signals:
    void currentEntityChanged(qint64 entity);
    void entityActivated(qint64 entity);

private:
    Core::EntityListModel *m_model;
    QTableView *m_view;
};

} // namespace Crosscheck::Ui
