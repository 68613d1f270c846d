// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Crosscheck::Ui {

/// The application-wide settings more than one part of the UI reads (the language and the
/// author name), with a signal when the author changes so that the open project follows.
class AppSettings final : public QObject
{
    Q_OBJECT
public:
    static AppSettings &instance();

    QString language() const; ///< "" = system, "en", "de", "uk"
    void setLanguage(const QString &language);
    QString author() const; ///< "" = the user's login name
    void setAuthor(const QString &author);

signals:
    void authorChanged(const QString &author);

private:
    AppSettings() = default;
};

} // namespace Crosscheck::Ui
