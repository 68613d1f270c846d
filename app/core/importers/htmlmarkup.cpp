// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The safety check that runs before the HTML parser: a linear scan of the markup's limits.
#include "htmlmarkup.h"

#include "documentimporter.h"

#include <QByteArrayView>
#include <QSet>

#include <cctype>
#include <cstring>
#include <vector>

namespace Crosscheck::Core {

namespace {
// Limits on the markup handed to the HTML parser: real pages stay far below them, hostile ones
// (100,000 nested elements, unclosed formatting tags by the thousand, an element with a million
// attributes) would exhaust the stack, the memory or the time of the parser and of the walks
// below. Checked by a linear scan before parsing.
constexpr int kMaxDepth = 1000;
constexpr int kMaxElements = 400000;
constexpr int kMaxAttributes = 5000;

/// The end of the tag at \a p (its ">" or \a end), counting its attributes (an "=" outside
/// quotes) and telling whether it closes itself ("/>").
const char *tagEnd(const char *p, const char *end, int *attributes, bool *selfClosing)
{
    char quote = 0;
    while (p < end && (quote || *p != '>')) {
        if (quote) {
            if (*p == quote)
                quote = 0;
        } else if (*p == '"' || *p == '\'') {
            quote = *p;
        } else if (*p == '=') {
            ++*attributes;
        }
        *selfClosing = !quote && *p == '/';
        ++p;
    }
    return p;
}
} // namespace

QString HtmlMarkup::problem(const QByteArray &html)
{
    static const QSet<QByteArray> voids{"area",  "base",  "br",     "col",   "embed",   "hr",
                                        "img",   "input", "link",   "meta",  "param",   "source",
                                        "track", "wbr",   "keygen", "frame", "basefont"};
    static const QSet<QByteArray> selfClosingLists{"p",  "li", "dt", "dd",
                                                   "tr", "td", "th", "option"};
    const char *p = html.constData();
    const char *end = p + html.size();
    std::vector<QByteArray> open;
    int elements = 0;
    while (p < end) {
        p = static_cast<const char *>(memchr(p, '<', size_t(end - p)));
        if (!p)
            break;
        ++p;
        if (p >= end)
            break;
        if (*p == '!') { // comments, doctype, CDATA: skip to their end
            const QByteArray close = (end - p > 2 && p[1] == '-' && p[2] == '-') ? "-->" : ">";
            const auto at = QByteArrayView(p, end - p).indexOf(close);
            if (at < 0)
                break;
            p += at + close.size();
            continue;
        }
        const bool closing = *p == '/';
        if (closing)
            ++p;
        const char *name = p;
        while (p < end && (isalnum(uchar(*p)) || *p == '-' || *p == ':'))
            ++p;
        if (p == name)
            continue; // "<" in text
        const QByteArray tag = QByteArray(name, int(p - name)).toLower();
        int attributes = 0;
        bool selfClosing = false;
        p = tagEnd(p, end, &attributes, &selfClosing);
        if (attributes > kMaxAttributes)
            return Importers::tr("an element has %1 attributes (Crosscheck reads up to %2)")
                .arg(attributes)
                .arg(kMaxAttributes);
        if (tag == "script" || tag == "style") { // raw text up to its end tag
            const QByteArray endTag = "</" + tag;
            const auto at = QByteArrayView(p, end - p).indexOf(endTag);
            p = at < 0 ? end : p + at;
            continue;
        }
        if (closing) {
            for (size_t i = open.size(); i-- > 0;) {
                if (open[i] == tag) {
                    open.resize(i);
                    break;
                }
            }
            continue;
        }
        if (++elements > kMaxElements)
            return Importers::tr("the page has more than %1 elements").arg(kMaxElements);
        if (voids.contains(tag) || selfClosing)
            continue;
        if (selfClosingLists.contains(tag) && !open.empty() && open.back() == tag)
            open.pop_back();
        open.push_back(tag);
        if (int(open.size()) > kMaxDepth)
            return Importers::tr("its elements are nested more than %1 levels deep").arg(kMaxDepth);
    }
    return {};
}

} // namespace Crosscheck::Core
