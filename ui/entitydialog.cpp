// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydialog.h"
#include "changednotice.h"
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

EntityDialog::EntityDialog(const Core::Project &project, const Core::Entity &entity,
                           QWidget *parent)
    : QDialog(parent)
    , m_entity(entity)
    , m_name(new QLineEdit(entity.name, this))
    , m_type(new QComboBox(this))
    , m_aliases(new QPlainTextEdit(entity.aliases.join(u'\n'), this))
{
    setWindowTitle(tr("Edit Entity"));
    for (const Core::EntityType &t : project.entityTypes())
        m_type->addItem(colorSwatch(t.color), t.name, t.id);
    m_type->setCurrentIndex(std::max(0, m_type->findData(entity.type)));
    m_aliases->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Aliases (one per line):"), m_aliases);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Changed underneath while open: said at once; the fields stay as typed.
    auto *notice = new ChangedNotice(
        project,
        [&project, id = entity.id, shown = entity] {
            const Core::Entity *now = project.entity(id);
            if (!now)
                return tr("This entity was removed meanwhile (by someone on the team, or an "
                          "undo); saving will not bring it back.");
            if (*now == shown)
                return QString();
            const Core::EntityType *type = project.entityType(now->type);
            return tr("Changed meanwhile (by someone on the team, or an undo): it is now "
                      "“%1” (%2). What you typed here stays; saving asks which to keep.")
                .arg(now->name, type ? type->name : QString());
        },
        this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Ctrl+Return saves from any field, the aliases' text box included (Return adds a line).
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &QDialog::accept);
    auto *saveEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    saveEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveEnter, &QShortcut::activated, this, &QDialog::accept);
    m_name->selectAll();
    m_name->setFocus();
}

Core::Entity EntityDialog::entity() const
{
    Core::Entity e = m_entity;
    e.name = m_name->text().simplified();
    e.type = m_type->currentData().toLongLong();
    e.aliases = m_aliases->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (QString &a : e.aliases)
        a = a.simplified();
    return e;
}

} // namespace Crosscheck::Ui
