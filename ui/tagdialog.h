// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/annotation.h>

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

/// "Tag as…": type to filter; the list offers the registry entities that match the selected
/// text (tag as one of them) and the entity types (tag as a new entity of that type, named in
/// the Name field). Up/Down move, Enter tags.
class TagDialog final : public QDialog
{
    Q_OBJECT
public:
    /// \a suggestedType (0: none) is the type the suggestions give the selection: "New …" of
    /// that type comes first when no registry entity matches.
    TagDialog(const Core::Project &project, const QString &selectedText, qint64 suggestedType = 0,
              QWidget *parent = nullptr);
    /// The chosen registry entity, or 0 for a new one.
    qint64 entity() const;
    /// For a new entity: its type and name.
    qint64 type() const;
    QString name() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

private:
    void refilter();
    const Core::Project &m_project;
    QString m_selected;
    qint64 m_suggestedType;
    QLineEdit *m_filter;
    QLineEdit *m_name;
    QListWidget *m_list;
};

} // namespace Crosscheck::Ui
