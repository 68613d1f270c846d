// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Crosscheck::Ui {

/// What went wrong with some items of a larger job (the files an import left out), one line
/// each, in a box large enough to read them without scrolling sideways: a summary, what it
/// means, the lines (selectable, copied with one button) and Close.
class ProblemsDialog final : public QDialog
{
    Q_OBJECT
public:
    ProblemsDialog(const QString &title, const QString &summary, const QString &meaning,
                   const QStringList &lines, QWidget *parent = nullptr);
    QPlainTextEdit *lines() const { return m_lines; }

private:
    QPlainTextEdit *m_lines;
};

} // namespace Crosscheck::Ui
