// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkdialog.h"
#include "changednotice.h"
#include "comparestyle.h"
#include "listkeys.h"
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

LinkDialog::LinkDialog(const Core::Project &project, const Core::Link &link, QWidget *parent)
    : QDialog(parent)
    , m_link(link)
    , m_relation(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_note(new QPlainTextEdit(link.note, this))
{
    setWindowTitle(link.id ? tr("Edit Link") : tr("Record a Link"));
    m_relation->addItem(Core::LinkListModel::relationLabel(Core::Link::Relation::Contradicts),
                        int(Core::Link::Relation::Contradicts));
    m_relation->addItem(Core::LinkListModel::relationLabel(Core::Link::Relation::Corroborates),
                        int(Core::Link::Relation::Corroborates));
    m_relation->setCurrentIndex(m_relation->findData(int(link.relation)));
    for (const QString &t : Core::Link::typeNames())
        m_type->addItem(Core::LinkListModel::typeLabel(t), t);
    m_type->setCurrentIndex(std::max(0, m_type->findData(link.type)));
    for (int s = 1; s <= 3; ++s)
        m_severity->addItem(Core::LinkListModel::severityLabel(s), s);
    m_severity->setCurrentIndex(m_severity->findData(link.severity));
    for (auto s : {Core::Link::Status::Open, Core::Link::Status::Confirmed,
                   Core::Link::Status::Resolved, Core::Link::Status::Dismissed})
        m_status->addItem(Core::LinkListModel::statusLabel(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(link.status)));
    m_note->setTabChangesFocus(true);

    const auto quote = [&project](Core::SourceId id, Core::Span span) {
        const Core::Source s = project.source(id);
        auto *l =
            new QLabel(QStringLiteral("“%1” — %2")
                           .arg(project.sourceText(id).mid(span.start, span.length()).simplified(),
                                s.meta.outlet.isEmpty() ? s.meta.title : s.meta.outlet));
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Passage A:"), quote(link.sourceA, link.spanA));
    form->addRow(tr("Passage B:"), quote(link.sourceB, link.spanB));
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Changed underneath while open: said at once; the fields stay as chosen.
    auto *notice = new ChangedNotice(
        project,
        [&project, id = link.id, shown = link] {
            const Core::Link *now = project.link(id);
            if (!now)
                return tr("This link was removed meanwhile (by someone on the team, or an "
                          "undo); saving will not bring it back.");
            if (*now == shown)
                return QString();
            return tr("Changed meanwhile (by someone on the team, or an undo). What you chose "
                      "here stays; saving asks which to keep.");
        },
        this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 420);
    m_type->setFocus();
}

Core::Link LinkDialog::link() const
{
    Core::Link l = m_link;
    l.relation = Core::Link::Relation(m_relation->currentData().toInt());
    l.type = m_type->currentData().toString();
    l.severity = m_severity->currentData().toInt();
    l.status = Core::Link::Status(m_status->currentData().toInt());
    l.note = m_note->toPlainText().trimmed();
    return l;
}

} // namespace Crosscheck::Ui
