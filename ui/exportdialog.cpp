// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "highlighting.h"
#include "settings.h"
#include "theme.h"

#include <core/formats/exporter.h>
#include <core/project/project.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {
/// The format and folder of the last export, proposed the next time.
const Setting<int> kLastFormat("Export/format", -1);
const Setting<QString> kLastFolder("Export/folder", QString());
} // namespace

ExportDialog::ExportDialog(const Core::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_bom(new QCheckBox(tr("&Byte-order mark (for spreadsheets)"), this))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Export"));
    using Core::Formats::Format;
    m_format->addItem(tr("W3C Web Annotation (JSON-LD)"), int(Format::W3C));
    m_format->addItem(tr("CSV: mentions and links"), int(Format::Csv));
    m_format->addItem(tr("brat standoff"), int(Format::Brat));
    m_format->addItem(tr("REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder…)"),
                      int(Format::Qdpx));
    m_format->addItem(tr("Analyst report (HTML)"), int(Format::Html));
    m_format->addItem(tr("Analyst report (PDF)"), int(Format::Pdf));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    // A row with a layout gets no buddy by itself: without one the "&" would show.
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_bom);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ExportDialog::formatChanged);
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto f = Core::Formats::Format(m_format->currentData().toInt());
        const QString suffix = Core::Formats::suffix(f);
        const QString path =
            Core::Formats::writesFolder(f)
                ? QFileDialog::getExistingDirectory(this, windowTitle(),
                                                    QFileInfo(m_path->text()).absolutePath())
                : QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                               tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setBuddy(m_preview);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    ThemeManager::instance().theme().applyTo(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(760, 560);
    if (const int last = m_format->findData(kLastFormat.value()); last >= 0)
        m_format->setCurrentIndex(last); // formatChanged() follows
    formatChanged();
    m_format->setFocus();
}

void ExportDialog::formatChanged()
{
    using Core::Formats::Format;
    const auto f = Format(m_format->currentData().toInt());
    m_bom->setEnabled(f == Format::Csv);
    const QFileInfo project(m_project.filePath());
    // Beside the project, or in the folder of the last export while it is there.
    const QString folder =
        QFileInfo(kLastFolder.value()).isDir() ? kLastFolder.value() : project.absolutePath();
    const QString base = folder + u'/' + project.completeBaseName();
    QString path;
    switch (f) {
    case Format::W3C:
        path = base + QStringLiteral("-annotations.jsonld");
        break;
    case Format::Csv:
        path = base + QStringLiteral("-csv");
        break;
    case Format::Brat:
        path = base + QStringLiteral("-brat");
        break;
    case Format::Qdpx:
        path = base + QStringLiteral(".qdpx");
        break;
    case Format::Html:
    case Format::Pdf:
        path = base + QStringLiteral("-report.") + Core::Formats::suffix(f);
        break;
    }
    m_path->setText(QDir::toNativeSeparators(path));
    showPreview();
}

void ExportDialog::showPreview()
{
    const auto format = Core::Formats::Format(m_format->currentData().toInt());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Formats::Preview p = Core::Formats::preview(m_project, format);
    QApplication::restoreOverrideCursor();
    delete m_previewHighlighter;
    m_previewHighlighter = nullptr;
    if (p.text.isEmpty()) {
        m_previewLabel->setText(p.fileName.isEmpty()
                                    ? tr("Pre&view: the PDF report has no text preview; the HTML "
                                         "report has the same content.")
                                    : tr("Pre&view of %1: the file is empty.").arg(p.fileName));
        m_preview->clear();
        return;
    }
    m_previewLabel->setText(
        p.truncated
            ? tr("Pre&view of %1 (the start; %n line(s) in all):", nullptr, p.lines).arg(p.fileName)
            : tr("Pre&view of %1:").arg(p.fileName));
    m_preview->setPlainText(p.text);
    if (!p.syntax.isEmpty()) {
        const Theme &theme = ThemeManager::instance().theme();
        m_previewHighlighter = Highlighting::instance().createHighlighter(
            m_preview->document(), p.syntax, theme.name(), theme.contrastFloor());
    }
}

bool ExportDialog::exportTo(QString *error, QString *summary) const
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        *error = tr("Choose where to save the export.");
        return false;
    }
    const int n = int(m_project.mentions().size() + m_project.links().size());
    const auto format = Core::Formats::Format(m_format->currentData().toInt());
    // A progress bar for what takes long (the report on a large project); Cancel stops the
    // export before anything is written.
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 1,
                             const_cast<ExportDialog *>(this));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    Core::Formats::Options options;
    options.bom = m_bom->isChecked();
    options.progress = [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    };
    const bool ok = Core::Formats::write(m_project, format, path, options, error);
    progress.reset();
    if (!ok)
        return false;
    if (format == Core::Formats::Format::Html || format == Core::Formats::Format::Pdf)
        *summary = tr("Wrote the report to %1").arg(QDir::toNativeSeparators(path));
    else
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
    kLastFormat.setValue(m_format->currentData().toInt());
    kLastFolder.setValue(
        QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absolutePath());
    QDialog::accept();
}

} // namespace Crosscheck::Ui
