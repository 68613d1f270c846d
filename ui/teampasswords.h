// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/teamserver.h>

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Crosscheck::Ui {

/// Team server passwords in the desktop's keyring (Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager) through QtKeychain, keyed by login, host, port and database.
/// Never in a plain file: without a keyring (no desktop session, no QtKeychain in the build)
/// nothing is stored and the caller falls back to ~/.pgpass or asking each session; why is
/// said in words. The calls wait for the keyring in a local event loop (at most a few
/// seconds), so the window keeps painting.
class TeamPasswords final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Ui::TeamPasswords)
public:
    /// Whether this build can use a keyring at all.
    static bool available();
    /// The password kept for \a url's login, or nullopt (\a why: none kept, or the keyring's
    /// reason).
    static std::optional<QString> read(const Core::Storage::TeamUrl &url, QString *why = nullptr);
    /// Keeps \a password for \a url's login; false with \a why.
    static bool write(const Core::Storage::TeamUrl &url, const QString &password,
                      QString *why = nullptr);
    /// The keyring entry's name: "ana@db.desk.example:5432/crosscheck".
    static QString keyOf(const Core::Storage::TeamUrl &url);
};

} // namespace Crosscheck::Ui
