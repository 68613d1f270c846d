// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxreader.h"
#include "qdpx.h"

#include "util/ziparchive.h"

#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Crosscheck::Core::Formats::QdpxXml {

bool isHexColor(const QString &c)
{
    static const QRegularExpression hex(QStringLiteral("^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$"));
    return hex.match(c).hasMatch();
}
QString shortQuote(const QString &text)
{
    const QString s = text.simplified();
    return s.size() > 80 ? s.left(79) + QChar(0x2026) : s;
}

std::unique_ptr<Node> parseXml(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader xml(bytes);
    std::unique_ptr<Node> root;
    std::vector<Node *> stack;
    int elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            // Bounded, so that neither the walks over the tree nor its destruction (both
            // recursive) can exhaust the stack, nor the tree the memory.
            if (int(stack.size()) >= kMaxXmlDepth) {
                *error = Qdpx::tr("project.qde nests elements more than %1 levels deep (line %2)")
                             .arg(kMaxXmlDepth)
                             .arg(xml.lineNumber());
                return nullptr;
            }
            if (++elements > kMaxXmlElements) {
                *error = Qdpx::tr("project.qde has more than %1 elements").arg(kMaxXmlElements);
                return nullptr;
            }
            auto node = std::make_unique<Node>();
            node->name = xml.name().toString();
            node->attributes = xml.attributes();
            Node *raw = node.get();
            if (stack.empty()) {
                if (node->name != QLatin1String("Project") ||
                    (!xml.namespaceUri().isEmpty() && xml.namespaceUri() != kNamespace)) {
                    *error = Qdpx::tr("not a REFI-QDA project (its root element is “%1”)")
                                 .arg(xml.qualifiedName().toString());
                    return nullptr;
                }
                root = std::move(node);
            } else {
                raw->parent = stack.back();
                stack.back()->children.push_back(std::move(node));
            }
            stack.push_back(raw);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty()) {
                if (stack.back()->text.size() + xml.text().size() > kMaxText) {
                    *error = Qdpx::tr("an element of project.qde (line %1) holds more than %2 "
                                      "of text")
                                 .arg(xml.lineNumber())
                                 .arg(QLocale().formattedDataSize(kMaxText));
                    return nullptr;
                }
                stack.back()->text += xml.text();
            }
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *error = Qdpx::tr("damaged project.qde (line %1: %2)")
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
        return nullptr;
    }
    if (!root)
        *error = Qdpx::tr("empty project.qde");
    return root;
}

NormalisedText::NormalisedText(const QString &raw)
{
    const auto ucs4 = raw.toUcs4();
    const size_t n = size_t(ucs4.size());
    at.reserve(n + 1);
    size_t i = 0;
    if (n && ucs4[0] == 0xFEFF) {
        at.push_back(0);
        i = 1;
    }
    for (; i < n; ++i) {
        at.push_back(int(text.size()));
        const uint c = ucs4[qsizetype(i)];
        if (c == '\r') {
            text += u'\n';
            if (i + 1 < n && ucs4[qsizetype(i + 1)] == '\n') {
                at.push_back(int(text.size()) - 1); // the LF of a CRLF maps to the same LF
                ++i;
            }
        } else {
            const char32_t ch = c;
            text += QString::fromUcs4(&ch, 1);
        }
    }
    at.push_back(int(text.size()));
}

Package::Package() = default;
Package::~Package() = default;

bool Package::read(const QByteArray &bytes, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QByteArray qde;
    // The archive (or a bare .qde) and its one project file, whatever its name.
    if (bytes.startsWith("PK")) {
        m_zip = std::make_unique<ZipArchive>(bytes);
        if (!m_zip->isOpen())
            return fail(Qdpx::tr("not a readable .qdpx archive: %1").arg(m_zip->errorString()));
        QStringList qdes;
        for (const QString &n : m_zip->names()) {
            if (n.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive) && !n.contains(u'/'))
                qdes << n;
        }
        if (qdes.size() != 1)
            return fail(qdes.isEmpty() ? Qdpx::tr("the archive holds no .qde project file")
                                       : Qdpx::tr("the archive holds several .qde files (%1)")
                                             .arg(qdes.join(QStringLiteral(", "))));
        qde = m_zip->read(qdes.first(), kMaxQde);
        if (qde.isEmpty())
            return fail(m_zip->errorString());
    } else {
        qde = bytes;
    }
    QString parseError;
    m_root = parseXml(qde, &parseError);
    if (!m_root)
        return fail(parseError);
    return true;
}

std::optional<QString> Package::sourceText(const Node *s, QString *why)
{
    if (const Node *c = s->child("PlainTextContent")) {
        if (c->text.toUtf8().size() > kMaxText) {
            *why = Qdpx::tr("its text is larger than %1 (Crosscheck imports texts up to that)")
                       .arg(QLocale().formattedDataSize(kMaxText));
            return std::nullopt;
        }
        return c->text;
    }
    const QString path = s->attr("plainTextPath");
    if (path.startsWith(QLatin1String("internal://"))) {
        const QString file = path.mid(11);
        if (!m_zip) {
            *why = Qdpx::tr("its text is in the archive, and a bare .qde was given");
            return std::nullopt;
        }
        // Vendors write "sources/" or "Sources/".
        for (const QString &n : m_zip->names()) {
            if (n.compare(QStringLiteral("sources/") + file, Qt::CaseInsensitive) == 0) {
                if (m_totalRead + std::min(m_zip->size(n), kMaxText) > kMaxTotalText) {
                    *why = Qdpx::tr("the archive's texts are larger than %1 in all; the rest "
                                    "was not read")
                               .arg(QLocale().formattedDataSize(kMaxTotalText));
                    return std::nullopt;
                }
                const QByteArray data = m_zip->read(n, kMaxText);
                if (data.isEmpty() && m_zip->size(n) != 0) {
                    *why = m_zip->errorString();
                    return std::nullopt;
                }
                m_totalRead += data.size();
                return QString::fromUtf8(data);
            }
        }
        *why = Qdpx::tr("its text file %1 is missing from the archive").arg(file);
        return std::nullopt;
    }
    *why = path.isEmpty() ? Qdpx::tr("it has no plain text")
                          : Qdpx::tr("its text is outside the archive (%1)").arg(path);
    return std::nullopt;
}

} // namespace Crosscheck::Core::Formats::QdpxXml
