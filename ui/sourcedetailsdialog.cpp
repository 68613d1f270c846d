// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcedetailsdialog.h"
#include "changednotice.h"

#include <core/importers/metadatautil.h>
#include <core/project/project.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Crosscheck::Ui {

SourceDetailsDialog::SourceDetailsDialog(const Core::Source &source, QWidget *parent,
                                         const Core::Project *project)
    : QDialog(parent)
{
    setWindowTitle(tr("Source Details"));
    auto *form = new QFormLayout(this);
    if (project) {
        // Changed underneath while open: said at once; the fields stay as typed.
        auto *notice = new ChangedNotice(
            *project,
            [project, shown = source] {
                const Core::Source now = project->source(shown.id);
                if (!now.isValid())
                    return tr("This source was removed meanwhile (by someone on the team, or "
                              "an undo); saving will not bring it back.");
                if (now.meta == shown.meta)
                    return QString();
                return tr("Changed meanwhile (by someone on the team, or an undo): the title "
                          "is now “%1”. What you typed here stays; saving asks which to keep.")
                    .arg(now.meta.title);
            },
            this);
        connect(project, &Core::Project::sourceChanged, notice, &ChangedNotice::check);
        connect(project, &Core::Project::sourceRemoved, notice, &ChangedNotice::check);
        form->addRow(notice);
    }
    const auto field = [this, form](const QString &label, const QString &value) {
        auto *edit = new QLineEdit(value, this);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, &SourceDetailsDialog::validate);
        return edit;
    };
    m_title = field(tr("&Title:"), source.meta.title);
    m_outlet = field(tr("&Outlet:"), source.meta.outlet);
    m_author = field(tr("&Author:"), source.meta.author);
    m_url = field(tr("&URL:"), source.meta.url);
    m_published = field(tr("&Published:"), source.meta.published);
    m_published->setPlaceholderText(tr("YYYY-MM-DD or YYYY-MM-DDThh:mm"));
    m_language = field(tr("&Language:"), source.meta.language);
    m_language->setPlaceholderText(tr("e.g. en, de, uk"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Wide enough for a headline and a URL.
    setMinimumWidth(560);
    validate();
}

void SourceDetailsDialog::validate()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("A source needs a title.");
    else if (!m_published->text().trimmed().isEmpty() &&
             Core::Metadata::normalizeDate(m_published->text()).isEmpty())
        problem = tr("The date is not a date Crosscheck understands (use YYYY-MM-DD).");
    else if (!m_language->text().trimmed().isEmpty() &&
             Core::Metadata::normalizeLanguage(m_language->text()).isEmpty())
        problem = tr("The language must be a code such as en, de or uk.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

Core::SourceMetadata SourceDetailsDialog::metadata() const
{
    Core::SourceMetadata m;
    m.title = m_title->text().simplified();
    m.outlet = m_outlet->text().simplified();
    m.author = m_author->text().simplified();
    m.url = m_url->text().trimmed();
    m.published = Core::Metadata::normalizeDate(m_published->text());
    m.language = Core::Metadata::normalizeLanguage(m_language->text());
    return m;
}

} // namespace Crosscheck::Ui
