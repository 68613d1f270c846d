// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/source.h>

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

/// Edits the metadata of one source (the text itself never changes).
class SourceDetailsDialog final : public QDialog
{
    Q_OBJECT
public:
    /// With \a project, the dialog says when the source changes while it is open.
    explicit SourceDetailsDialog(const Core::Source &source, QWidget *parent = nullptr,
                                 const Core::Project *project = nullptr);
    Core::SourceMetadata metadata() const;

private:
    void validate();
    QLineEdit *m_title, *m_outlet, *m_author, *m_url, *m_published, *m_language;
    QDialogButtonBox *m_buttons;
    QLabel *m_problem;
};

} // namespace Crosscheck::Ui
