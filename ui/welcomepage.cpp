// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"
#include "actionregistry.h"
#include "actions/actionids.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

WelcomePage::WelcomePage(const ActionRegistry *actions, QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 36, 48, 36);
    auto *title = new QLabel(tr("Crosscheck"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);
    auto *blurb =
        new QLabel(tr("Compare news articles about one event: see where they copy each other, "
                      "where they differ and where they contradict each other."),
                   this);
    blurb->setWordWrap(true);
    layout->addWidget(blurb);
    layout->addSpacing(16);
    for (const char *id : {ActionId::FileNew, ActionId::FileOpen, ActionId::FileOpenSample}) {
        QAction *action = actions->action(id);
        const QString keys = actions->shortcutText(id);
        auto *button =
            new QPushButton(actions->text(QString::fromLatin1(id)) +
                                (keys.isEmpty() ? QString() : QStringLiteral("   (%1)").arg(keys)),
                            this);
        button->setObjectName(QString::fromLatin1(id));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        layout->addWidget(button, 0, Qt::AlignLeft);
    }
    layout->addSpacing(16);
    auto *recentLabel = new QLabel(tr("&Recent projects:"), this);
    recentLabel->setBuddy(m_recent);
    layout->addWidget(recentLabel);
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    layout->addWidget(m_recent, 1);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRecentRequested(item->data(Qt::UserRole).toString());
    });
}

void WelcomePage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &p : paths) {
        auto *item = new QListWidgetItem(QFileInfo(p).fileName() + QStringLiteral("  —  ") +
                                             QDir::toNativeSeparators(QFileInfo(p).absolutePath()),
                                         m_recent);
        item->setData(Qt::UserRole, p);
    }
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
}

} // namespace Crosscheck::Ui
