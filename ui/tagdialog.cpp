// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagdialog.h"
#include "comparestyle.h"
#include "listkeys.h"
#include "widgets/swatch.h"
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <core/models/annotationmodels.h>
#include <core/project/project.h>
#include <core/suggestions/namematcher.h>

namespace Crosscheck::Ui {

TagDialog::TagDialog(const Core::Project &project, const QString &selectedText,
                     qint64 suggestedType, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_selected(selectedText.simplified())
    , m_suggestedType(suggestedType)
    , m_filter(new QLineEdit(this))
    , m_name(new QLineEdit(m_selected, this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Tag as"));
    m_filter->setPlaceholderText(tr("Type to filter entities and types"));
    forwardListKeys(m_filter, m_list);
    auto *form = new QFormLayout;
    form->addRow(tr("&Filter:"), m_filter);
    form->addRow(tr("&Name of a new entity:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &TagDialog::refilter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 380);
    refilter();
    m_filter->setFocus();
}

void TagDialog::refilter()
{
    m_list->clear();
    const QString needle = m_filter->text().trimmed();
    Core::Annotation::NameMatcher matcher;
    // Registry entities: those the selection names (any spelling), then those the filter finds.
    QList<const Core::Entity *> matches;
    for (const Core::Entity &e : m_project.entities()) {
        bool named = !m_selected.isEmpty() && matcher.sameName(e.name, m_selected);
        for (const QString &a : e.aliases)
            named = named || (!m_selected.isEmpty() && matcher.sameName(a, m_selected));
        const bool filtered =
            !needle.isEmpty() && (e.name.contains(needle, Qt::CaseInsensitive) ||
                                  e.aliases.join(u' ').contains(needle, Qt::CaseInsensitive));
        if ((needle.isEmpty() && named) || filtered ||
            (named && !needle.isEmpty() && m_selected.contains(needle, Qt::CaseInsensitive)))
            matches << &e;
    }
    std::sort(matches.begin(), matches.end(), [](const Core::Entity *a, const Core::Entity *b) {
        return a->name.localeAwareCompare(b->name) < 0;
    });
    for (const Core::Entity *e : matches) {
        const Core::EntityType *t = m_project.entityType(e->type);
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %n mention(s)", nullptr, int(m_project.mentionsOf(e->id).size()))
                .arg(e->name, t ? t->name : QString()),
            m_list);
        if (t)
            item->setIcon(colorSwatch(t->color));
        item->setData(Qt::UserRole, e->id);
    }
    // The suggested type's "New …" first (after the matching entities), then the others.
    std::vector<const Core::EntityType *> types;
    for (const Core::EntityType &t : m_project.entityTypes())
        if (needle.isEmpty() || t.name.contains(needle, Qt::CaseInsensitive))
            types.push_back(&t);
    std::stable_partition(types.begin(), types.end(),
                          [this](const Core::EntityType *t) { return t->id == m_suggestedType; });
    for (const Core::EntityType *type : types) {
        const Core::EntityType &t = *type;
        auto *item = new QListWidgetItem(tr("New %1").arg(t.name), m_list);
        item->setIcon(colorSwatch(t.color));
        item->setData(Qt::UserRole, qint64(0));
        item->setData(Qt::UserRole + 1, t.id);
    }
    m_list->setCurrentRow(0);
}

qint64 TagDialog::entity() const
{
    const QListWidgetItem *i = m_list->currentItem();
    return i ? i->data(Qt::UserRole).toLongLong() : 0;
}

qint64 TagDialog::type() const
{
    const QListWidgetItem *i = m_list->currentItem();
    return i ? i->data(Qt::UserRole + 1).toLongLong() : 0;
}

QString TagDialog::name() const
{
    return m_name->text().simplified();
}

} // namespace Crosscheck::Ui
