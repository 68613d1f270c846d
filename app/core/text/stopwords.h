// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Crosscheck::Core::Text {

/// Function words of \a language (primary tag, lower case), after the Snowball project's lists;
/// empty for languages without a list.
QStringList stopwords(const QString &language);

} // namespace Crosscheck::Core::Text
