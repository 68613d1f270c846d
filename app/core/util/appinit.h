// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Crosscheck::Core {

/// Installs Crosscheck's and Qt's translations for \a language ("de", "uk"; empty for the
/// system locale; "en" for none). Returns the language actually loaded ("en" when none).
QString installTranslations(QCoreApplication *app, const QString &language);
/// Registers the core library's embedded resources (idempotent, thread-safe).
void ensureResources();
/// Languages Crosscheck ships translations for, besides English.
QStringList availableTranslations();

} // namespace Crosscheck::Core
