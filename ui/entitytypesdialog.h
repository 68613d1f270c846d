// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/annotation.h>

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

/// The entity types: add, rename, recolour, nest (parent), remove unused ones.
class EntityTypesDialog final : public QDialog
{
    Q_OBJECT
public:
    EntityTypesDialog(Core::Project &project, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void reload();
    void showCurrent();
    qint64 currentType() const;
    Core::Project &m_project;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QLineEdit *m_color;
};

} // namespace Crosscheck::Ui
