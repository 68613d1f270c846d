// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Crosscheck::Ui {

/// A window-modal progress dialog for a long task that shows only when the task takes more
/// than 300 ms, and gives the keyboard back to where it was when the task ends (a keyboard
/// user must not have to find it again).
class ProgressDialog final : public QObject
{
    Q_OBJECT
public:
    /// \a focus is where the keyboard goes back to (WorkContext::focusWidget()).
    ProgressDialog(const QString &title, const QString &label, QWidget *window, QWidget *focus);
    ~ProgressDialog() override;

    void setProgress(int done, int total, const QString &label = {});
    /// Closes the dialog and puts the focus back.
    void finish();

signals:
    void canceled();

private:
    QPointer<QWidget> m_window;
    QPointer<QWidget> m_focusBefore;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace Crosscheck::Ui
