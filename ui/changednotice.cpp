// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "changednotice.h"

#include <core/project/project.h>

#include <QMessageBox>
#include <QPushButton>

namespace Crosscheck::Ui {

ChangedNotice::ChangedNotice(const Core::Project &project, std::function<QString()> describe,
                             QWidget *parent)
    : QLabel(parent)
    , m_describe(std::move(describe))
{
    setObjectName(QStringLiteral("changedNotice"));
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(6);
    setAccessibleName(tr("Changed meanwhile"));
    hide();
    connect(&project, &Core::Project::annotationsChanged, this, &ChangedNotice::check);
}

void ChangedNotice::check()
{
    const QString text = m_describe();
    setText(text);
    setVisible(!text.isEmpty());
}

bool askSaveOverNewer(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Question, ChangedNotice::tr("Changed Meanwhile"),
                    ChangedNotice::tr("%1 was changed while you were editing it (by someone on "
                                      "the team, or by an undo).")
                        .arg(what),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(ChangedNotice::tr(
        "Save yours over the newer version, or keep the newer one and let yours go?"));
    QPushButton *mine = box.addButton(ChangedNotice::tr("Save &Mine"), QMessageBox::AcceptRole);
    box.addButton(ChangedNotice::tr("Keep &Theirs"), QMessageBox::RejectRole);
    box.exec();
    return box.clickedButton() == mine;
}

} // namespace Crosscheck::Ui
