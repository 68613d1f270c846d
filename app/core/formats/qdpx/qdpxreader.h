// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamAttributes>

#include <memory>
#include <optional>
#include <vector>

namespace Crosscheck::Core {
class ZipArchive;
}

/// Reading REFI-QDA files: the archive, the .qde's element tree and the source texts, with the
/// limits that keep a crafted file from exhausting memory or the stack. No project is touched.
namespace Crosscheck::Core::Formats::QdpxXml {

inline const QString kNamespace = QStringLiteral("urn:QDA-XML:project:1.0");
inline constexpr qint64 kMaxQde = qint64(256) << 20;
inline constexpr qint64 kMaxText = qint64(16) << 20;
/// All the texts read from one archive, and the .qdpx file itself.
inline constexpr qint64 kMaxTotalText = qint64(512) << 20;
inline constexpr qint64 kMaxArchive = qint64(1) << 30;
/// The element tree of a .qde: real projects nest codes a few levels deep.
inline constexpr int kMaxXmlDepth = 200;
inline constexpr int kMaxXmlElements = 2000000;

/// A small element tree of the .qde: enough to follow references in any order.
struct Node
{
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    std::vector<std::unique_ptr<Node>> children;
    const Node *parent = nullptr;

    QString attr(const char *n) const { return attributes.value(QLatin1String(n)).toString(); }
    const Node *child(const char *n) const
    {
        for (const auto &c : children) {
            if (c->name == QLatin1String(n))
                return c.get();
        }
        return nullptr;
    }
    QString childText(const char *n) const
    {
        const Node *c = child(n);
        return c ? c->text : QString();
    }
    std::vector<const Node *> all(const char *n) const
    {
        std::vector<const Node *> out;
        for (const auto &c : children) {
            if (c->name == QLatin1String(n))
                out.push_back(c.get());
        }
        return out;
    }
};

/// Whether \a color is "#rgb" or "#rrggbb".
bool isHexColor(const QString &color);
/// \a text on one line, at most 80 characters (an ellipsis when cut), for reports.
QString shortQuote(const QString &text);

/// Parses a .qde into its element tree; nullptr with \a error for anything but a well-formed
/// QDA-XML project within the limits.
std::unique_ptr<Node> parseXml(const QByteArray &bytes, QString *error);

/// Text normalised as Crosscheck stores it (no BOM, LF line ends), with the map from code-point
/// positions of the original to UTF-16 offsets of the result.
struct NormalisedText
{
    QString text;
    std::vector<int> at; // code point of the original -> UTF-16 offset in text (size + 1)

    explicit NormalisedText(const QString &raw);
};

/// A REFI-QDA project as read: the archive (none for a bare .qde) and the .qde's element tree.
class Package
{
public:
    Package();
    ~Package();
    /// Reads \a bytes, a .qdpx archive with one .qde at its top, or a bare .qde; false with
    /// \a error when it is not a readable REFI-QDA project.
    bool read(const QByteArray &bytes, QString *error);
    const Node *root() const { return m_root.get(); }
    /// The plain text of source element \a source: its PlainTextContent, or its internal://
    /// file in the archive ("sources/" in any case); nothing, with \a why, when it has none,
    /// the file is missing or the limits are reached.
    std::optional<QString> sourceText(const Node *source, QString *why);

private:
    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<Node> m_root;
    qint64 m_totalRead = 0;
};

} // namespace Crosscheck::Core::Formats::QdpxXml
