// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Crosscheck::Ui {

/// The reader's find bar, as in every editor: Ctrl+F opens it (with the selection as the text
/// to find), typing finds as you type, Enter / F3 the next match, Shift+Enter / Shift+F3 the
/// previous one, Escape closes it and gives the keyboard back to the text. Any case.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QPlainTextEdit *text, QWidget *parent = nullptr);
    /// Shows the bar with the keyboard in it.
    void open();
    void close();
    QLineEdit *field() const { return m_field; }
    QString statusText() const;
    /// Selects the next (\a backward: previous) match after the caret, wrapping around.
    bool find(bool backward = false);
    /// The number of matches in the text.
    int matchCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();
    /// Where the text to find starts in the text, in order (any case).
    std::vector<qsizetype> matches() const;
    QPlainTextEdit *m_text;
    QLineEdit *m_field;
    QLabel *m_status;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace Crosscheck::Ui
