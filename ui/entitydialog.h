// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/annotation.h>

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

/// An entity's canonical name, type and aliases (one per line).
class EntityDialog final : public QDialog
{
    Q_OBJECT
public:
    EntityDialog(const Core::Project &project, const Core::Entity &entity,
                 QWidget *parent = nullptr);
    Core::Entity entity() const;

private:
    Core::Entity m_entity;
    QLineEdit *m_name;
    QComboBox *m_type;
    QPlainTextEdit *m_aliases;
};

} // namespace Crosscheck::Ui
