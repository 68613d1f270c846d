// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotation.h"

#include "text/codepoints.h"

#include <QUrl>

namespace Crosscheck::Core {

Quotation Quotation::of(const Source &source, const QString &text, Analysis::Span span)
{
    const int start = std::clamp(span.start, 0, int(text.size()));
    const int end = std::clamp(span.end, start, int(text.size()));
    const QString words = text.mid(start, end - start).trimmed();
    const SourceMetadata &m = source.meta;
    const Text::CodePoints cps(text);
    const QString where = tr("characters %1–%2").arg(cps.at(start)).arg(cps.at(end));
    QStringList parts;
    for (const QString &p : {m.title, m.outlet, m.author, m.published.left(10)}) {
        if (!p.trimmed().isEmpty())
            parts << p.trimmed();
    }
    const QUrl url(m.url);
    const bool linkable = url.isValid() && (url.scheme() == QLatin1String("http") ||
                                            url.scheme() == QLatin1String("https"));
    Quotation q;
    q.plainText =
        tr("“%1”").arg(words) + u'\n' + QStringLiteral("— ") +
        (parts + (m.url.isEmpty() ? QStringList() : QStringList{m.url}) + QStringList{where})
            .join(QStringLiteral(", "));
    QStringList htmlParts;
    for (const QString &p : std::as_const(parts))
        htmlParts << p.toHtmlEscaped();
    if (!m.url.isEmpty())
        htmlParts << (linkable ? QStringLiteral("<a href=\"%1\">%2</a>")
                                     .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(),
                                          m.url.toHtmlEscaped())
                               : m.url.toHtmlEscaped());
    htmlParts << where.toHtmlEscaped();
    QString body = words.toHtmlEscaped();
    body.replace(u'\n', QStringLiteral("<br>"));
    q.html = QStringLiteral("<blockquote><p>%1</p><footer>— %2</footer></blockquote>")
                 .arg(body, htmlParts.join(QStringLiteral(", ")));
    return q;
}

} // namespace Crosscheck::Core
