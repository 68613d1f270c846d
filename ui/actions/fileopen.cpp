// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// FileActions: an article given to Open Project is offered for import.
#include "fileactions.h"

#include "projectsession.h"

#include <core/project/project.h>

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Crosscheck::Ui {

bool FileActions::offerImportInstead(const QString &path)
{
    // An article chosen by mistake in Open Project: what the analyst wants is to read it.
    const QString name = QFileInfo(path).fileName();
    const Core::Project *p = m_session.project();
    const bool intoThis = p && !p->isReadOnly();
    QMessageBox box(QMessageBox::Question, tr("Open Project"),
                    tr("“%1” is an article, not a Crosscheck project.").arg(name),
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(intoThis ? tr("Import it into the open project?")
                                    : tr("Start a new project with it?"));
    QPushButton *import =
        box.addButton(intoThis ? tr("&Import into This Project") : tr("&New Project with It…"),
                      QMessageBox::AcceptRole);
    box.setDefaultButton(import);
    box.exec();
    if (box.clickedButton() != import)
        return false;
    if (!intoThis) {
        const QString project = askProjectPath(
            tr("New Project"),
            QFileInfo(path).absolutePath() + u'/' + QFileInfo(path).completeBaseName(), false);
        if (project.isEmpty() || !newProject(project))
            return false;
    }
    importPaths({path});
    return true;
}

} // namespace Crosscheck::Ui
