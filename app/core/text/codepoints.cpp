// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepoints.h"

#include <algorithm>

namespace Crosscheck::Core::Text {

namespace {
bool isSecondHalf(const QString &text, qsizetype i)
{
    return text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate();
}
} // namespace

CodePoints::CodePoints(const QString &text)
    : m_size(int(text.size()))
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); }))
        return;
    m_prefix.resize(size_t(text.size()) + 1);
    int cp = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        m_prefix[size_t(i)] = cp;
        if (i < text.size() && !isSecondHalf(text, i))
            ++cp;
    }
}

int CodePoints::at(int utf16) const
{
    utf16 = std::clamp(utf16, 0, m_size);
    return m_prefix.empty() ? utf16 : m_prefix[size_t(utf16)];
}

int codePointOffset(const QString &text, int utf16)
{
    int cp = 0;
    for (qsizetype i = 0; i < utf16 && i < text.size(); ++i) {
        if (!isSecondHalf(text, i))
            ++cp;
    }
    return cp;
}

int utf16Offset(const QString &text, int codePoint)
{
    int i = 0;
    for (int n = 0; n < codePoint && i < text.size(); ++n)
        i += (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
    return i;
}

} // namespace Crosscheck::Core::Text
