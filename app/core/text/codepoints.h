// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace Crosscheck::Core::Text {

/// Spans are stored in UTF-16 units; everything written for other tools (JSON lines, W3C
/// selectors, brat, CSV) counts Unicode code points. This converts, cheaply when a text has no
/// surrogate pairs (the offsets are then the same).
class CodePoints
{
public:
    explicit CodePoints(const QString &text);
    /// Code-point offset of UTF-16 offset \a utf16 (clamped to the text).
    int at(int utf16) const;

private:
    std::vector<int> m_prefix; // empty: no surrogate pairs, offsets are equal
    int m_size = 0;
};

/// Code-point offset of UTF-16 offset \a utf16 in \a text (one conversion; use CodePoints for
/// many offsets into one text).
int codePointOffset(const QString &text, int utf16);
/// UTF-16 offset of code point \a codePoint in \a text (clamped to the text).
int utf16Offset(const QString &text, int codePoint);

} // namespace Crosscheck::Core::Text
