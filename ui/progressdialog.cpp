// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressdialog.h"

#include <QApplication>
#include <QProgressDialog>

namespace Crosscheck::Ui {

ProgressDialog::ProgressDialog(const QString &title, const QString &label, QWidget *window,
                               QWidget *focus)
    : QObject(window)
    , m_window(window)
    , m_focusBefore(focus)
{
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, window);
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &ProgressDialog::canceled);
}

ProgressDialog::~ProgressDialog()
{
    finish();
}

void ProgressDialog::setProgress(int done, int total, const QString &label)
{
    if (!m_dialog)
        return;
    m_dialog->setMaximum(total);
    m_dialog->setValue(done);
    if (!label.isEmpty())
        m_dialog->setLabelText(label);
}

void ProgressDialog::finish()
{
    if (!m_dialog)
        return;
    m_dialog->close();
    m_dialog->deleteLater();
    m_dialog = nullptr;
    if (m_window && m_window->isVisible()) {
        m_window->activateWindow();
        if (m_focusBefore && m_focusBefore->isVisible())
            m_focusBefore->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace Crosscheck::Ui
