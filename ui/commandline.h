// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Crosscheck::Ui {

class MainWindow;

/// The GUI's command line: `crosscheck [--sample | [--read-only] PROJECT] [--lang CODE]
/// [--screenshot FILE]`.
struct CommandLine
{
    bool sample = false;
    bool readOnly = false;
    QString language;   ///< empty: the Preferences setting
    QString screenshot; ///< save a picture of the window there and quit
    QString project;

    /// Parses \a arguments (argv, the program name first). False with \a error for a usage
    /// error; \a helpText is set instead when --help or --version was asked for.
    static bool parse(const QStringList &arguments, CommandLine *out, QString *error,
                      QString *helpText);
    /// Opens what was asked for in \a window; false when a project could not be opened.
    bool apply(MainWindow &window) const;
};

} // namespace Crosscheck::Ui
