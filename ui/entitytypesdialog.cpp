// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytypesdialog.h"
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

EntityTypesDialog::EntityTypesDialog(Core::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_parent(new QComboBox(this))
    , m_color(new QLineEdit(this))
{
    setWindowTitle(tr("Entity Types"));
    m_color->setPlaceholderText(QStringLiteral("#rrggbb"));
    auto *pick = new QPushButton(tr("&Pick…"), this);
    auto *apply = new QPushButton(tr("&Apply"), this);
    auto *add = new QPushButton(tr("A&dd Type"), this);
    auto *remove = new QPushButton(tr("&Remove Type"), this);
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(pick);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Colour:"), colorRow);
    form->addRow(tr("&Nested under:"), m_parent);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(apply);
    buttonsRow->addWidget(add);
    buttonsRow->addWidget(remove);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttonsRow);
    layout->addWidget(close);
    resize(420, 460);

    const auto report = [this](bool ok, const QString &error) {
        if (!ok)
            QMessageBox::warning(this, windowTitle(), error);
        reload();
    };
    connect(m_list, &QListWidget::currentRowChanged, this, &EntityTypesDialog::showCurrent);
    connect(pick, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_color->text()), this);
        if (c.isValid())
            m_color->setText(c.name());
    });
    connect(apply, &QPushButton::clicked, this, [this, report] {
        const Core::EntityType *t = m_project.entityType(currentType());
        if (!t)
            return;
        Core::EntityType changed = *t;
        changed.name = m_name->text().simplified();
        changed.color =
            QColor(m_color->text()).isValid() ? QColor(m_color->text()).name() : t->color;
        changed.parent = m_parent->currentData().toLongLong();
        QString error;
        report(m_project.editEntityType(changed, &error), error);
    });
    connect(add, &QPushButton::clicked, this, [this, report] {
        QString error;
        const QString color = QColor(m_color->text()).isValid() ? QColor(m_color->text()).name()
                                                                : QStringLiteral("#999999");
        report(m_project.addEntityType(m_name->text(), color, m_parent->currentData().toLongLong(),
                                       &error) != 0,
               error);
    });
    connect(remove, &QPushButton::clicked, this, [this, report] {
        QString error;
        report(m_project.removeEntityType(currentType(), &error), error);
    });
    reload();
}

qint64 EntityTypesDialog::currentType() const
{
    const QListWidgetItem *i = m_list->currentItem();
    return i ? i->data(Qt::UserRole).toLongLong() : 0;
}

void EntityTypesDialog::showCurrent()
{
    const Core::EntityType *t = m_project.entityType(currentType());
    if (!t)
        return;
    m_name->setText(t->name);
    m_color->setText(t->color);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(t->parent)));
}

void EntityTypesDialog::reload()
{
    const qint64 keep = currentType();
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), qint64(0));
    for (const Core::EntityType &t : m_project.entityTypes()) {
        int depth = 0;
        for (qint64 p = t.parent; p && depth < 8; ++depth)
            p = m_project.entityType(p) ? m_project.entityType(p)->parent : 0;
        auto *item =
            new QListWidgetItem(colorSwatch(t.color), QString(depth * 4, u' ') + t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keep)
            m_list->setCurrentItem(item);
        m_parent->addItem(t.name, t.id);
    }
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0);
    showCurrent();
}

} // namespace Crosscheck::Ui
