// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Crosscheck::Core::HtmlMarkup {

/// Why \a html is beyond the limits the HTML parser is given (nesting depth, elements,
/// attributes of one element), or empty. Follows the nesting as a parser would closely enough:
/// void elements and self-closing tags open nothing, an end tag closes up to its element when
/// it is open (and is ignored otherwise), and a new p, li, dt, dd, tr, td, th or option closes
/// an open one of its kind on top.
QString problem(const QByteArray &html);

} // namespace Crosscheck::Core::HtmlMarkup
