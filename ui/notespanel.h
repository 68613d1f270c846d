// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Crosscheck::Core {
class NoteListModel;
class Project;
struct Note;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// The Notes tab: every note of the project (on sources, spans, entities and links) with its
/// target, author and time; the field above filters them by any word; Enter goes to the
/// note's target.
class NotesPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(QWidget *parent = nullptr);
    void setProject(Core::Project *project);
    QTableView *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }
    Core::NoteListModel *model() const { return m_model; }

signals:
    void noteActivated(qint64 note);

private:
    void updateCount();
    QPointer<Core::Project> m_project;
    Core::NoteListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace Crosscheck::Ui
