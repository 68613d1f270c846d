// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notedialog.h"
#include "comparestyle.h"
#include "listkeys.h"
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <core/models/annotationmodels.h>
#include <core/project/project.h>
#include <core/suggestions/namematcher.h>

namespace Crosscheck::Ui {

NoteDialog::NoteDialog(const QString &what, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(text, this))
{
    setWindowTitle(tr("Note"));
    auto *label =
        new QLabel(tr("Note on %1 (empty deletes it; Ctrl+Return saves):").arg(what), this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    resize(480, 300);
    m_edit->setFocus();
}

QString NoteDialog::text() const
{
    return m_edit->toPlainText().trimmed();
}

} // namespace Crosscheck::Ui
