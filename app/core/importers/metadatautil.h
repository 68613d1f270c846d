// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Crosscheck::Core::Metadata {

/// A publication date as ISO 8601: "2026-03-14" for a date, "2026-03-14T09:30:00+01:00" (or Z)
/// for a date-time. Accepts ISO forms, RFC 2822 and "14 March 2026"-style English dates;
/// returns an empty string when \a text is not a date.
QString normalizeDate(const QString &text);

/// A language tag from "en-US", "en_GB", "uk-UA": the primary subtag, lower case.
QString normalizeLanguage(const QString &tag);

} // namespace Crosscheck::Core::Metadata
