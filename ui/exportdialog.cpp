#include "exportdialog.h"

#include "export/exporter.h"
#include "project/project.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

ExportDialog::ExportDialog(const Core::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_bom(new QCheckBox(tr("&Byte-order mark (for spreadsheets)"), this))
{
    setWindowTitle(tr("Export Annotations"));
    using Core::Export::Format;
    m_format->addItem(tr("W3C Web Annotation (JSON-LD)"), int(Format::W3C));
    m_format->addItem(tr("CSV: mentions and links"), int(Format::Csv));
    m_format->addItem(tr("brat standoff"), int(Format::Brat));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Save to:"), pathRow);
    form->addRow(QString(), m_bom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            Core::Export::Format(m_format->currentData().toInt()) == Core::Export::Format::W3C
                ? QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                               tr("JSON-LD (*.jsonld *.json)"))
                : QFileDialog::getExistingDirectory(this, windowTitle(),
                                                    QFileInfo(m_path->text()).absolutePath());
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 160);
    formatChanged();
    m_format->setFocus();
}

void ExportDialog::formatChanged()
{
    using Core::Export::Format;
    const auto f = Format(m_format->currentData().toInt());
    m_bom->setEnabled(f == Format::Csv);
    const QFileInfo project(m_project.filePath());
    const QString base = project.absolutePath() + u'/' + project.completeBaseName();
    m_path->setText(QDir::toNativeSeparators(
        f == Format::W3C
            ? base + QStringLiteral("-annotations.jsonld")
            : base + (f == Format::Csv ? QStringLiteral("-csv") : QStringLiteral("-brat"))));
}

bool ExportDialog::exportTo(QString *error, QString *summary) const
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        *error = tr("Choose where to save the export.");
        return false;
    }
    const int n = int(m_project.mentions().size() + m_project.links().size());
    if (!Core::Export::write(m_project, Core::Export::Format(m_format->currentData().toInt()), path,
                             m_bom->isChecked(), error))
        return false;
    *summary =
        tr("Exported %n annotation(s) to %1", nullptr, n).arg(QDir::toNativeSeparators(path));
    return true;
}

void ExportDialog::accept()
{
    QString error, summary;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportTo(&error, &summary);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, windowTitle(), error);
        return; // the dialog stays open: nothing is lost, the path can be changed
    }
    setProperty("summary", summary);
    QDialog::accept();
}

} // namespace Crosscheck::Ui
