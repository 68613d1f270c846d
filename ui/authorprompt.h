// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Crosscheck::Ui {

class ProjectSession;

/// Before the first edit of a project whose edits would be recorded under the login name (or
/// "unknown"), asks once for the analyst's name and keeps it in the preferences, so that the
/// edit log says who did what from the first edit on. Asks only once per user, whatever the
/// answer; team projects record the server login and are never asked about.
void askAuthorOnce(ProjectSession &session, QWidget *parent);

} // namespace Crosscheck::Ui
