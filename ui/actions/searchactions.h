// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusmessage.h"

#include <core/analysis/passage.h>
#include <core/model/source.h>

#include <QObject>

class QWidget;

namespace Crosscheck::Ui {

class ActionRegistry;
class Navigator;
class ProjectSession;
class WorkContext;

/// Search.*, View.Notes and Edit.CopyQuotation: the reader's find bar (Ctrl+F), the search
/// panel (Ctrl+Shift+F) and stepping through hits (F3, Shift+F3), the notes list, and copying
/// a selection as a quotation with its source.
class SearchActions final : public QObject
{
    Q_OBJECT
public:
    SearchActions(ActionRegistry &actions, ProjectSession &session, WorkContext &context,
                  Navigator &navigator, QObject *parent);

    /// Opens a hit: in the compare pane that shows its source when the compare view is up,
    /// else in the reader; the hit selected.
    void openHit(Core::SourceId source, Core::Analysis::Span span);
    void openNote(qint64 note);
    void copyQuotation();

signals:
    void statusMessage(const QString &text, Crosscheck::Ui::Severity severity);

private:
    void findInSource();
    void searchAll();
    void step(bool backward);

    ActionRegistry &m_actions;
    ProjectSession &m_session;
    WorkContext &m_context;
    Navigator &m_navigator;
    /// The search panel was opened from the compare view: hits open in its panes.
    bool m_fromCompare = false;
};

} // namespace Crosscheck::Ui
