// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolButton>

#include <algorithm>

namespace Crosscheck::Ui {

FindBar::FindBar(QPlainTextEdit *text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
    , m_field(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in this source"));
    m_field->setAccessibleName(tr("Find in this source"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter, Shift+F3)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter, F3)"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::textEdited, this, [this] {
        // Find as you type, from where the current match (or the caret) starts.
        QTextCursor c = m_text->textCursor();
        c.setPosition(c.selectionStart());
        m_text->setTextCursor(c);
        find();
    });
    connect(m_previous, &QToolButton::clicked, this, [this] { find(true); });
    connect(m_next, &QToolButton::clicked, this, [this] { find(false); });
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::open()
{
    const QString selected = m_text->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_field->setText(selected);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    updateStatus();
}

void FindBar::close()
{
    hide();
    m_text->setFocus(Qt::OtherFocusReason);
}

std::vector<qsizetype> FindBar::matches() const
{
    std::vector<qsizetype> at;
    const QString needle = m_field->text();
    if (needle.isEmpty())
        return at;
    const QString text = m_text->toPlainText();
    for (qsizetype i = text.indexOf(needle, 0, Qt::CaseInsensitive); i >= 0;
         i = text.indexOf(needle, i + needle.size(), Qt::CaseInsensitive))
        at.push_back(i);
    return at;
}

int FindBar::matchCount() const
{
    return int(matches().size());
}

bool FindBar::find(bool backward)
{
    const QString needle = m_field->text();
    if (needle.isEmpty()) {
        updateStatus();
        return false;
    }
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_text->find(needle, flags);
    if (!found) { // wrap around
        QTextCursor c = m_text->textCursor();
        c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_text->setTextCursor(c);
        found = m_text->find(needle, flags);
    }
    if (found)
        m_text->centerCursor();
    updateStatus();
    return found;
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::updateStatus()
{
    if (m_field->text().isEmpty()) {
        m_status->clear();
        return;
    }
    const std::vector<qsizetype> at = matches();
    if (at.empty()) {
        m_status->setText(tr("No match"));
        return;
    }
    // Which match the selection is on: the matches that start at or before it.
    const qsizetype caret = m_text->textCursor().selectionStart();
    const auto k = std::upper_bound(at.begin(), at.end(), caret) - at.begin();
    m_status->setText(tr("%1 of %2").arg(std::max<qsizetype>(k, 1)).arg(at.size()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            find(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Crosscheck::Ui
