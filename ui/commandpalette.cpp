// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandpalette.h"

#include "actionregistry.h"
#include "listkeys.h"
#include <core/text/fuzzymatch.h>

#include <QAction>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

CommandPalette::CommandPalette(const ActionRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Command Palette"));
    m_filter->setPlaceholderText(tr("Type a command"));
    forwardListKeys(m_filter, m_list);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    resize(560, 420);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        if (chosen())
            accept();
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (chosen())
            accept();
    });
    refilter();
    m_filter->setFocus();
}

void CommandPalette::refilter()
{
    m_list->clear();
    // Every word typed must match (its letters in order: "rvw" finds Review); the best
    // matches first, the registry's order among equals.
    const QStringList words = m_filter->text().simplified().split(u' ', Qt::SkipEmptyParts);
    std::vector<std::pair<int, QString>> found;
    for (const QString &id : m_registry->ids()) {
        const QString hay = m_registry->text(id) + u' ' + m_registry->category(id) + u' ' + id;
        int score = 0;
        for (const QString &w : words) {
            const int s = Core::Text::fuzzyScore(w, hay);
            score = s < 0 || score < 0 ? -1 : score + s;
        }
        if (score >= 0)
            found.emplace_back(score, id);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[score, id] : found) {
        QAction *a = m_registry->action(id);
        const QString keys =
            ActionRegistry::format(m_registry->shortcuts(id), QKeySequence::NativeText);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2%3")
                .arg(m_registry->text(id), m_registry->category(id),
                     keys.isEmpty() ? QString() : QStringLiteral("   (%1)").arg(keys)),
            m_list);
        item->setData(Qt::UserRole, id);
        if (!a->isEnabled())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(i);
            break;
        }
    }
}

QAction *CommandPalette::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return nullptr;
    return m_registry->action(item->data(Qt::UserRole).toString());
}

} // namespace Crosscheck::Ui
