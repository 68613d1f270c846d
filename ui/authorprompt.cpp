// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorprompt.h"

#include "appsettings.h"
#include "projectsession.h"
#include "settings.h"

#include <core/project/project.h>

#include <QCoreApplication>
#include <QInputDialog>

namespace Crosscheck::Ui {

namespace {
const Setting<bool> kAsked("Project/authorAsked", false);
} // namespace

void askAuthorOnce(ProjectSession &session, QWidget *parent)
{
    Core::Project *project = session.project();
    if (!project || project->isReadOnly() || session.team() ||
        !AppSettings::instance().author().isEmpty() || kAsked.value())
        return;
    kAsked.setValue(true);
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, QCoreApplication::translate("Crosscheck::Ui::AuthorPrompt", "Your Name"),
        QCoreApplication::translate("Crosscheck::Ui::AuthorPrompt",
                                    "Crosscheck records who made each edit. The name to "
                                    "record for yours (Preferences can change it later):"),
        QLineEdit::Normal, Core::Project::loginName(), &ok);
    if (ok && !name.trimmed().isEmpty())
        AppSettings::instance().setAuthor(name.trimmed());
}

} // namespace Crosscheck::Ui
