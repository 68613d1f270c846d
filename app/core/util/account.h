// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crosscheck::Core::Util {

/// The name of the account running Crosscheck: USER, LOGNAME or USERNAME, then the account
/// itself (a service, a cron job or a container often has no USER); empty if none is known.
QString loginName();

} // namespace Crosscheck::Core::Util
