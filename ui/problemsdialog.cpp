// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Crosscheck::Ui {

ProblemsDialog::ProblemsDialog(const QString &title, const QString &summary, const QString &meaning,
                               const QStringList &lines, QWidget *parent)
    : QDialog(parent)
    , m_lines(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("problemsDialog"));
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(summary.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    auto *explanation = new QLabel(meaning, this);
    explanation->setWordWrap(true);
    m_lines->setReadOnly(true);
    m_lines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lines->setPlainText(lines.join(u'\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy List"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_lines->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    texts->addWidget(heading);
    texts->addWidget(explanation);
    top->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_lines, 1);
    layout->addWidget(buttons);

    // Wide enough for the longest line and tall enough for all of them, within the screen.
    const QFontMetrics fm = m_lines->fontMetrics();
    int widest = 0;
    for (const QString &line : lines)
        widest = std::max(widest, fm.horizontalAdvance(line));
    const QRect screen =
        parent && parent->screen() ? parent->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    const int margin = int(m_lines->document()->documentMargin());
    const int chrome = 2 * m_lines->frameWidth() + 4 * margin + 2 * fm.averageCharWidth();
    m_lines->setMinimumSize(std::clamp(widest + chrome, 480, screen.width() * 8 / 10),
                            std::clamp(int(lines.size() + 1) * fm.lineSpacing() + chrome, 120,
                                       screen.height() * 6 / 10));
    adjustSize();
}

} // namespace Crosscheck::Ui
