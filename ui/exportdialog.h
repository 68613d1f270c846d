// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSyntaxHighlighter;

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

/// File › Export…: a format (W3C Web Annotation JSON-LD, CSV, brat standoff, REFI-QDA, the
/// analyst report in HTML or PDF), where to (a file, or a folder for CSV and brat; typed or
/// browsed), for CSV a byte-order mark for spreadsheets, and a highlighted preview of the
/// output's first lines. Accepting writes the export.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Core::Project &project, QWidget *parent = nullptr);
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }
    QPlainTextEdit *previewView() const { return m_preview; }
    QLabel *previewLabel() const { return m_previewLabel; }
    QSyntaxHighlighter *previewHighlighter() const { return m_previewHighlighter; }
    /// Writes the export; false with \a error when it could not be written.
    bool exportTo(QString *error, QString *summary) const;

    void accept() override;

private:
    void formatChanged();
    void showPreview();
    const Core::Project &m_project;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_bom;
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    QSyntaxHighlighter *m_previewHighlighter = nullptr;
};

} // namespace Crosscheck::Ui
