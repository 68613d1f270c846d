#include "exportdialog.h"

#include "export/bratexport.h"
#include "export/csvexport.h"
#include "export/webannotation.h"
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
#include <QSaveFile>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {
bool save(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    return true;
}
} // namespace

ExportDialog::ExportDialog(const Core::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_bom(new QCheckBox(tr("&Byte-order mark (for spreadsheets)"), this))
{
    setWindowTitle(tr("Export Annotations"));
    m_format->addItem(tr("W3C Web Annotation (JSON-LD)"), W3C);
    m_format->addItem(tr("CSV: mentions and links"), Csv);
    m_format->addItem(tr("brat standoff"), Brat);
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
            m_format->currentData().toInt() == W3C
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
    const int f = m_format->currentData().toInt();
    m_bom->setEnabled(f == Csv);
    const QFileInfo project(m_project.filePath());
    const QString base = project.absolutePath() + u'/' + project.completeBaseName();
    m_path->setText(QDir::toNativeSeparators(
        f == W3C ? base + QStringLiteral("-annotations.jsonld")
                 : base + (f == Csv ? QStringLiteral("-csv") : QStringLiteral("-brat"))));
}

bool ExportDialog::exportTo(QString *error, QString *summary) const
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        *error = tr("Choose where to save the export.");
        return false;
    }
    const int n = int(m_project.mentions().size() + m_project.links().size());
    switch (m_format->currentData().toInt()) {
    case W3C:
        if (!save(path, Core::Export::WebAnnotation::collection(m_project), error))
            return false;
        break;
    case Csv:
        if (!QDir().mkpath(path)) {
            *error = tr("%1: cannot create the folder").arg(path);
            return false;
        }
        if (!save(QDir(path).filePath(QStringLiteral("mentions.csv")),
                  Core::Export::Csv::mentions(m_project, m_bom->isChecked()), error) ||
            !save(QDir(path).filePath(QStringLiteral("links.csv")),
                  Core::Export::Csv::links(m_project, m_bom->isChecked()), error))
            return false;
        break;
    case Brat:
        if (!Core::Export::Brat::write(m_project, path, error))
            return false;
        break;
    }
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
