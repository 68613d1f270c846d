// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"

#include <QDateTime>
#include <QString>

namespace Crosscheck::Core::Formats::ReportSources {

/// How the report's HTML refers to its pictures until they are embedded: "crosscheck-report:NAME".
inline const QString kScheme = QStringLiteral("crosscheck-report:");

/// When \a s was published (UTC), from an ISO date or date-time; invalid when unknown.
QDateTime publishedAt(const Source &s);
/// The source numbered \a number as the report names it: the number, then its short label.
QString label(const Source &s, int number);

} // namespace Crosscheck::Core::Formats::ReportSources
