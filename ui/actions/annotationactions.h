// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusmessage.h"

#include <QObject>

class QWidget;

namespace Crosscheck::Ui {

class ActionRegistry;
class Navigator;
class ProjectSession;
class WorkContext;

/// The Annotate.* actions: tag, tag all, mark and link, notes, mention stepping, edit,
/// delete, merge and split, entity types, and the sentence-wise selection. Each slot asks the
/// user what the dialog needs and makes one core call; the rules live in Core.
class AnnotationActions final : public QObject
{
    Q_OBJECT
public:
    AnnotationActions(ActionRegistry &actions, ProjectSession &session, WorkContext &context,
                      Navigator &navigator, QWidget *dialogParent);

    void tagSelection();
    void tagAllOccurrences();
    void markSpan();
    void linkToMarked();
    void writeNote();
    void stepMention(int direction);
    void editSelected();
    /// Asks whether to save the dialog's \a what over a newer version that arrived while it
    /// was open; true to save.
    bool saveOverNewer(const QString &what);
    void deleteSelected();
    void mergeSelected();
    void splitEntity();
    void extendBySentence(int direction);

signals:
    void statusMessage(const QString &text, Crosscheck::Ui::Severity severity);
    /// Review mode has the keyboard: a note goes on its current item.
    void noteOnReviewItemRequested();

private:
    void report(bool ok, const QString &error);
    /// Turns the editing commands off, with the reason, while the project is read-only.
    void updateWritable();

    ActionRegistry &m_actions;
    ProjectSession &m_session;
    WorkContext &m_context;
    Navigator &m_navigator;
    QWidget *m_dialogParent;
};

} // namespace Crosscheck::Ui
