// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <functional>

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

/// A line in a dialog that edits one item: hidden while the item stays as the dialog found it;
/// when it changes underneath (someone on the team, an undo in the window) it says how, and
/// never touches what the user has typed. \a describe gives that text, empty while nothing
/// changed.
class ChangedNotice final : public QLabel
{
    Q_OBJECT
public:
    ChangedNotice(const Core::Project &project, std::function<QString()> describe, QWidget *parent);

    /// Looks again (the dialog's item may have changed).
    void check();

private:
    std::function<QString()> m_describe;
};

/// Asks whether to save over \a what, which changed while its dialog was open: true for
/// Save Mine, false for Keep Theirs.
bool askSaveOverNewer(QWidget *parent, const QString &what);

} // namespace Crosscheck::Ui
