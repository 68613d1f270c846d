// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcechooser.h"
#include "listkeys.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Crosscheck::Ui {

SourceChooser::SourceChooser(const QVector<Core::Source> &sources, Core::SourceId exclude,
                             const QHash<Core::SourceId, int> &passageCounts, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Compare With"));
    m_filter->setPlaceholderText(tr("Type a number or part of a title or outlet"));
    m_filter->setClearButtonEnabled(true);
    forwardListKeys(m_filter, m_list);
    auto *label = new QLabel(tr("&Source:"), this);
    label->setBuddy(m_filter);

    // Each source with its number in the project, as the source list, the matrix and the
    // report number it; typing the number picks it too.
    QVector<int> ordered;
    for (int i = 0; i < sources.size(); ++i) {
        if (sources.at(i).id != exclude)
            ordered << i;
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&](int a, int b) {
        return passageCounts.value(sources.at(a).id) > passageCounts.value(sources.at(b).id);
    });
    for (int i : ordered) {
        const Core::Source &s = sources.at(i);
        const int n = passageCounts.value(s.id);
        QString text = QString::number(i + 1) + QStringLiteral("  ") + s.meta.title;
        if (!s.meta.outlet.isEmpty())
            text += QStringLiteral(" — ") + s.meta.outlet;
        if (n > 0)
            text += QStringLiteral("  ·  ") + tr("%n shared passage(s)", nullptr, n);
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(text);
        item->setData(Qt::UserRole, qint64(s.id));
        item->setData(Qt::UserRole + 1, QString(s.meta.title + u' ' + s.meta.outlet));
        item->setData(Qt::UserRole + 2, QString::number(i + 1));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &SourceChooser::refilter);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 380);
    refilter();
    m_filter->setFocus();
}

void SourceChooser::refilter()
{
    const QString needle = m_filter->text().trimmed();
    QListWidgetItem *first = nullptr, *numbered = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match =
            needle.isEmpty() || item->data(Qt::UserRole + 2).toString() == needle ||
            item->data(Qt::UserRole + 1).toString().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !first)
            first = item;
        if (!needle.isEmpty() && item->data(Qt::UserRole + 2).toString() == needle)
            numbered = item;
    }
    if (numbered)
        m_list->setCurrentItem(numbered);
    else if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(first);
}

Core::SourceId SourceChooser::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace Crosscheck::Ui
