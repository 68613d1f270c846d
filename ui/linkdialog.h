// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/annotation.h>

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

/// Records or edits a contradiction or corroboration: relation, type, severity, status, note.
class LinkDialog final : public QDialog
{
    Q_OBJECT
public:
    LinkDialog(const Core::Project &project, const Core::Link &link, QWidget *parent = nullptr);
    Core::Link link() const;
    QComboBox *relationBox() const { return m_relation; }
    QComboBox *typeBox() const { return m_type; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    Core::Link m_link;
    QComboBox *m_relation;
    QComboBox *m_type;
    QComboBox *m_severity;
    QComboBox *m_status;
    QPlainTextEdit *m_note;
};

} // namespace Crosscheck::Ui
