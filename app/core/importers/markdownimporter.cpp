// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentimporter.h"
#include "metadatautil.h"
#include "textdecoder.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <md4c.h>

namespace Crosscheck::Core {

QStringList MarkdownImporter::suffixes() const
{
    return {QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("mdown")};
}

namespace {

// Collects the readable text of a Markdown document block by block.
struct PlainTextSink
{
    struct Block
    {
        QString text;
        bool listItem = false;
    };
    QVector<Block> blocks;
    QString current;
    QString pendingPrefix;
    bool inListItem = false;
    int imageDepth = 0;
    int htmlBlockDepth = 0;
    QVector<int> olCounters; // next number per open ordered list, 0 for bullet lists
    QString firstH1;
    QString firstHeading;
    int headingLevel = 0;

    void flush()
    {
        QString t = current.trimmed();
        current.clear();
        if (t.isEmpty())
            return;
        if (headingLevel > 0) {
            const QString simple = t.simplified();
            if (headingLevel == 1 && firstH1.isEmpty())
                firstH1 = simple;
            if (firstHeading.isEmpty())
                firstHeading = simple;
        }
        blocks.push_back({pendingPrefix + t, inListItem});
        pendingPrefix.clear();
    }

    QString result() const
    {
        QString out;
        for (int i = 0; i < blocks.size(); ++i) {
            if (i > 0)
                out += (blocks[i].listItem && blocks[i - 1].listItem) ? QStringLiteral("\n")
                                                                      : QStringLiteral("\n\n");
            out += blocks[i].text;
        }
        return out;
    }
};

QString decodeEntity(const QString &entity)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},
        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},
        {QStringLiteral("&nbsp;"), QString(QChar(0x00A0))},
        {QStringLiteral("&mdash;"), QString(QChar(0x2014))},
        {QStringLiteral("&ndash;"), QString(QChar(0x2013))},
        {QStringLiteral("&hellip;"), QString(QChar(0x2026))},
        {QStringLiteral("&lsquo;"), QString(QChar(0x2018))},
        {QStringLiteral("&rsquo;"), QString(QChar(0x2019))},
        {QStringLiteral("&ldquo;"), QString(QChar(0x201C))},
        {QStringLiteral("&rdquo;"), QString(QChar(0x201D))},
        {QStringLiteral("&laquo;"), QString(QChar(0x00AB))},
        {QStringLiteral("&raquo;"), QString(QChar(0x00BB))},
        {QStringLiteral("&euro;"), QString(QChar(0x20AC))},
        {QStringLiteral("&copy;"), QString(QChar(0x00A9))},
    };
    if (entity.startsWith(QLatin1String("&#"))) {
        bool ok = false;
        const bool hex = entity.size() > 3 && (entity.at(2) == u'x' || entity.at(2) == u'X');
        const uint cp =
            entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && cp > 0 && cp <= 0x10FFFF) {
            const char32_t c = cp;
            return QString::fromUcs4(&c, 1);
        }
        return QString(QChar(0xFFFD));
    }
    return named.value(entity, entity);
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *s = static_cast<PlainTextSink *>(userdata);
    switch (type) {
    case MD_BLOCK_UL:
        s->olCounters.push_back(0);
        break;
    case MD_BLOCK_OL:
        s->olCounters.push_back(int(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start));
        break;
    case MD_BLOCK_LI:
        s->flush();
        s->inListItem = true;
        if (!s->olCounters.isEmpty() && s->olCounters.back() > 0)
            s->pendingPrefix = QString::number(s->olCounters.back()++) + QStringLiteral(". ");
        else
            s->pendingPrefix = QStringLiteral("\u2022 ");
        break;
    case MD_BLOCK_H:
        s->flush();
        s->headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_HTML:
        ++s->htmlBlockDepth;
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_TR:
        s->flush();
        break;
    case MD_BLOCK_TD:
    case MD_BLOCK_TH:
        if (!s->current.isEmpty())
            s->current += u'\t';
        break;
    default:
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<PlainTextSink *>(userdata);
    switch (type) {
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        s->flush();
        if (!s->olCounters.isEmpty())
            s->olCounters.pop_back();
        s->inListItem = !s->olCounters.isEmpty();
        break;
    case MD_BLOCK_LI:
        s->flush();
        break;
    case MD_BLOCK_H:
        s->flush();
        s->headingLevel = 0;
        break;
    case MD_BLOCK_HTML:
        --s->htmlBlockDepth;
        break;
    case MD_BLOCK_P:
    case MD_BLOCK_CODE:
    case MD_BLOCK_TR:
    case MD_BLOCK_QUOTE:
        s->flush();
        break;
    default:
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        ++static_cast<PlainTextSink *>(userdata)->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    if (type == MD_SPAN_IMG)
        --static_cast<PlainTextSink *>(userdata)->imageDepth;
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *s = static_cast<PlainTextSink *>(userdata);
    if (s->imageDepth > 0 || s->htmlBlockDepth > 0)
        return 0;
    const QString str = QString::fromUtf8(text, int(size));
    switch (type) {
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_LATEXMATH:
        s->current += str;
        break;
    case MD_TEXT_ENTITY:
        s->current += decodeEntity(str);
        break;
    case MD_TEXT_BR:
        s->current += u'\n';
        break;
    case MD_TEXT_SOFTBR:
        s->current += u' ';
        break;
    case MD_TEXT_NULLCHAR:
        s->current += QChar(0xFFFD);
        break;
    case MD_TEXT_HTML: // inline tags: markup, not text
        break;
    }
    return 0;
}

// YAML-style front matter between "---" lines: only flat "key: value" pairs are read.
QHash<QString, QString> takeFrontMatter(QString &text)
{
    QHash<QString, QString> values;
    static const QRegularExpression fm(
        QStringLiteral("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = fm.match(text);
    if (!m.hasMatch())
        return values;
    static const QRegularExpression kv(QStringLiteral("^([A-Za-z_][\\w-]*)\\s*:\\s*(.*)$"));
    for (const QString &line : m.captured(1).split(u'\n')) {
        const auto km = kv.match(line.trimmed());
        if (!km.hasMatch())
            continue;
        QString value = km.captured(2).trimmed();
        if (value.size() >= 2 && ((value.front() == u'"' && value.back() == u'"') ||
                                  (value.front() == u'\'' && value.back() == u'\'')))
            value = value.mid(1, value.size() - 2);
        values.insert(km.captured(1).toLower(), value);
    }
    text.remove(0, m.capturedEnd());
    return values;
}

QString firstOf(const QHash<QString, QString> &values, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString v = values.value(QString::fromLatin1(key));
        if (!v.isEmpty())
            return v;
    }
    return {};
}

} // namespace

ImportedDocument MarkdownImporter::parse(const QByteArray &bytes) const
{
    ImportedDocument doc;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    doc.encoding = decoded.encoding;
    if (!decoded.isValid()) {
        doc.error = decoded.error;
        return doc;
    }
    QString source = decoded.text;
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QHash<QString, QString> front = takeFrontMatter(source);

    PlainTextSink sink;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    const QByteArray utf8 = source.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &sink);
    sink.flush();
    doc.text = sink.result();

    doc.meta.title = firstOf(front, {"title", "headline"});
    if (doc.meta.title.isEmpty())
        doc.meta.title = !sink.firstH1.isEmpty() ? sink.firstH1 : sink.firstHeading;
    doc.meta.outlet = firstOf(front, {"outlet", "site", "site_name", "publisher", "source"});
    doc.meta.author = firstOf(front, {"author", "authors", "byline"});
    doc.meta.url = firstOf(front, {"url", "link", "canonical"});
    doc.meta.published = Metadata::normalizeDate(firstOf(front, {"date", "published", "pubdate"}));
    doc.meta.language = Metadata::normalizeLanguage(firstOf(front, {"lang", "language"}));
    return doc;
}

} // namespace Crosscheck::Core
