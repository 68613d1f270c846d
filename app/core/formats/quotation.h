// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/passage.h"
#include "model/source.h"

#include <QCoreApplication>
#include <QString>

namespace Crosscheck::Core {

/// A passage as analysts cite it: the words, then where they are from (title, outlet, author,
/// date, address and the code-point offsets into the source's text).
struct Quotation
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Quotation)
public:
    QString plainText;
    QString html; ///< everything it embeds escaped; the address as a link, nothing loaded
    /// The quotation of \a span of \a text, the text of \a source.
    static Quotation of(const Source &source, const QString &text, Analysis::Span span);
};

} // namespace Crosscheck::Core
