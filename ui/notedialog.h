// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/annotation.h>

#include <QDialog>

class QPlainTextEdit;

namespace Crosscheck::Ui {

/// A note's text (Ctrl+Return saves).
class NoteDialog final : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &what, const QString &text, QWidget *parent = nullptr);
    QString text() const;
    QPlainTextEdit *edit() const { return m_edit; }

private:
    QPlainTextEdit *m_edit;
};

} // namespace Crosscheck::Ui
