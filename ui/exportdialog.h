#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

/// File › Export Annotations…: a format (W3C Web Annotation JSON-LD, CSV, brat standoff), where
/// to (a file for JSON-LD, a folder for the others; typed or browsed) and, for CSV, a byte-order
/// mark for spreadsheets. Accepting writes the export.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const Core::Project &project, QWidget *parent = nullptr);
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *pathEdit() const { return m_path; }
    /// Writes the export; false with \a error when it could not be written.
    bool exportTo(QString *error, QString *summary) const;

    void accept() override;

private:
    void formatChanged();
    const Core::Project &m_project;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_bom;
};

} // namespace Crosscheck::Ui
