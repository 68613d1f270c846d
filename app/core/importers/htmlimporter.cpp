// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentimporter.h"
#include "htmlmarkup.h"
#include "metadatautil.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <gumbo.h>

#include <cctype>
#include <cstring>
#include <functional>
#include <vector>

namespace Crosscheck::Core {

QStringList HtmlImporter::suffixes() const
{
    return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
}

namespace {

QString attr(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

// Elements that never hold article text.
bool isSkippedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
        return true;
    default:
        return false;
    }
}

// Class and id names of page furniture: sharing bars, related links, ads, comments, cookie
// banners, bylines (the author is read from metadata instead).
bool isBoilerplate(const GumboNode *node)
{
    static const QRegularExpression re(
        QStringLiteral("(^|[\\s_-])(share|sharing|social|related|recommended|newsletter|subscribe|"
                       "advert|advertisement|ads?|promo|sponsor|cookie|consent|comments?|"
                       "breadcrumbs?|sidebar|menu|navbar|nav|footer|masthead|byline|"
                       "paywall|popup|modal|skip-link|visually-hidden|sr-only)([\\s_-]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString cls = attr(node, "class");
    const QString id = attr(node, "id");
    if ((!cls.isEmpty() && re.match(cls).hasMatch()) || (!id.isEmpty() && re.match(id).hasMatch()))
        return true;
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    if (attr(node, "aria-hidden") == QLatin1String("true"))
        return true;
    const QString role = attr(node, "role");
    if (role == QLatin1String("navigation") || role == QLatin1String("banner") ||
        role == QLatin1String("contentinfo") || role == QLatin1String("complementary"))
        return true;
    const QString style = attr(node, "style").remove(u' ').toLower();
    return style.contains(QLatin1String("display:none"));
}

struct TextCollector
{
    QStringList paragraphs;
    QString current;
    int preDepth = 0;

    void breakParagraph()
    {
        const QString t = preDepth > 0 ? current : current.simplified();
        if (!t.trimmed().isEmpty())
            paragraphs << t.trimmed();
        current.clear();
    }

    void collect(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
            node->type == GUMBO_NODE_WHITESPACE) {
            current += QString::fromUtf8(node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            return;
        const GumboTag tag = node->v.element.tag;
        if (isSkippedTag(tag) || isBoilerplate(node))
            return;
        if (tag == GUMBO_TAG_BR) {
            current += preDepth > 0 ? QStringLiteral("\n") : QStringLiteral(" ");
            if (preDepth == 0)
                breakParagraph();
            return;
        }
        const bool block = isBlockTag(tag);
        if (block)
            breakParagraph();
        if (tag == GUMBO_TAG_PRE)
            ++preDepth;
        if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
            current += u' ';
        const GumboVector &children = node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            collect(static_cast<const GumboNode *>(children.data[i]));
        if (tag == GUMBO_TAG_PRE)
            --preDepth;
        if (block)
            breakParagraph();
    }
};

int textLength(const GumboNode *node)
{
    TextCollector c;
    c.collect(node);
    c.breakParagraph();
    int n = 0;
    for (const QString &p : c.paragraphs)
        n += int(p.size());
    return n;
}

struct PageInfo
{
    QString lang;
    QString titleTag;
    QString firstH1;
    QHash<QString, QString> meta; // lower-case name/property/itemprop -> content
    QString canonical;
    QString timeDatetime;
    QStringList jsonLd;
    QVector<const GumboNode *> articleBodies; // itemprop=articleBody
    QVector<const GumboNode *> articles;
    QVector<const GumboNode *> mains;
    const GumboNode *body = nullptr;
};

void scan(const GumboNode *node, PageInfo &info)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboTag tag = node->v.element.tag;
    const GumboVector &children = node->v.element.children;
    switch (tag) {
    case GUMBO_TAG_HTML:
        info.lang = attr(node, "lang");
        if (info.lang.isEmpty())
            info.lang = attr(node, "xml:lang");
        break;
    case GUMBO_TAG_TITLE:
        if (info.titleTag.isEmpty() && children.length > 0) {
            const auto *t = static_cast<const GumboNode *>(children.data[0]);
            if (t->type == GUMBO_NODE_TEXT)
                info.titleTag = QString::fromUtf8(t->v.text.text).simplified();
        }
        return;
    case GUMBO_TAG_META: {
        const QString content = attr(node, "content").trimmed();
        for (const char *key : {"name", "property", "itemprop"}) {
            const QString k = attr(node, key).toLower();
            if (!k.isEmpty() && !content.isEmpty() && !info.meta.contains(k))
                info.meta.insert(k, content);
        }
        return;
    }
    case GUMBO_TAG_LINK:
        if (attr(node, "rel").toLower() == QLatin1String("canonical") && info.canonical.isEmpty())
            info.canonical = attr(node, "href");
        return;
    case GUMBO_TAG_SCRIPT:
        if (attr(node, "type").toLower() == QLatin1String("application/ld+json")) {
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *t = static_cast<const GumboNode *>(children.data[i]);
                if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA)
                    info.jsonLd << QString::fromUtf8(t->v.text.text);
            }
        }
        return;
    case GUMBO_TAG_BODY:
        info.body = node;
        break;
    case GUMBO_TAG_ARTICLE:
        info.articles << node;
        break;
    case GUMBO_TAG_MAIN:
        info.mains << node;
        break;
    case GUMBO_TAG_H1:
        if (info.firstH1.isEmpty()) {
            TextCollector c;
            c.collect(node);
            c.breakParagraph();
            info.firstH1 = c.paragraphs.join(u' ').simplified();
        }
        break;
    case GUMBO_TAG_TIME:
        if (info.timeDatetime.isEmpty())
            info.timeDatetime = attr(node, "datetime");
        break;
    default:
        break;
    }
    if (attr(node, "itemprop").compare(QLatin1String("articleBody"), Qt::CaseInsensitive) == 0)
        info.articleBodies << node;
    if (attr(node, "role") == QLatin1String("main"))
        info.mains << node;
    for (unsigned i = 0; i < children.length; ++i)
        scan(static_cast<const GumboNode *>(children.data[i]), info);
}

bool hasArticleType(const QJsonValue &type)
{
    static const QStringList types = {
        QStringLiteral("NewsArticle"),          QStringLiteral("Article"),
        QStringLiteral("ReportageNewsArticle"), QStringLiteral("AnalysisNewsArticle"),
        QStringLiteral("OpinionNewsArticle"),   QStringLiteral("BlogPosting"),
        QStringLiteral("LiveBlogPosting"),      QStringLiteral("WebPage")};
    if (type.isArray()) {
        for (const QJsonValue &t : type.toArray()) {
            if (types.contains(t.toString()))
                return true;
        }
        return false;
    }
    return types.contains(type.toString());
}

QString nameOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return v.toObject().value(QStringLiteral("name")).toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &e : v.toArray()) {
            const QString n = nameOf(e);
            if (!n.isEmpty())
                names << n;
        }
        return names.join(QStringLiteral(", "));
    }
    return {};
}

// The most article-like object in the page's JSON-LD blocks (NewsArticle before WebPage).
QJsonObject findArticle(const QStringList &blocks)
{
    QJsonObject fallback;
    std::function<QJsonObject(const QJsonValue &)> visit = [&](const QJsonValue &v) -> QJsonObject {
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray()) {
                const QJsonObject o = visit(e);
                if (!o.isEmpty())
                    return o;
            }
            return {};
        }
        if (!v.isObject())
            return {};
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("@graph")))
            return visit(o.value(QStringLiteral("@graph")));
        const QJsonValue type = o.value(QStringLiteral("@type"));
        if (hasArticleType(type)) {
            if (type.toString() == QLatin1String("WebPage")) {
                if (fallback.isEmpty())
                    fallback = o;
                return {};
            }
            return o;
        }
        return {};
    };
    for (const QString &block : blocks) {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(block.trimmed().toUtf8(), &err);
        if (err.error != QJsonParseError::NoError)
            continue;
        const QJsonObject o =
            visit(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        if (!o.isEmpty())
            return o;
    }
    return fallback;
}

QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression re(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

// "Headline | Outlet" or "Headline - Outlet": drop the outlet suffix from a <title>.
QString stripSiteSuffix(const QString &title, const QString &site)
{
    if (site.isEmpty())
        return title;
    for (const QString &sep :
         {QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" \u2013 "),
          QStringLiteral(" \u2014 "), QStringLiteral(" :: ")}) {
        if (title.endsWith(sep + site))
            return title.left(title.size() - sep.size() - site.size()).trimmed();
    }
    return title;
}

} // namespace

namespace {
/// The article body: schema.org articleBody, else the largest <article>, else <main>, else the
/// whole body (with boilerplate filtered out either way).
const GumboNode *articleRoot(const PageInfo &info, const GumboNode *whole)
{
    const GumboNode *root = nullptr;
    for (const auto *candidates : {&info.articleBodies, &info.articles, &info.mains}) {
        int best = 0;
        for (const GumboNode *n : *candidates) {
            const int len = textLength(n);
            if (len > best) {
                best = len;
                root = n;
            }
        }
        if (root)
            break;
    }
    if (!root)
        root = info.body ? info.body : whole;
    return root;
}

/// The page's metadata: JSON-LD first, then Open Graph, Twitter, Dublin Core and plain meta tags.
SourceMetadata metadataOf(const PageInfo &info)
{
    SourceMetadata out;
    const QJsonObject ld = findArticle(info.jsonLd);
    const auto meta = [&info](const char *key) {
        return info.meta.value(QString::fromLatin1(key));
    };
    const auto firstNonEmpty = [](std::initializer_list<QString> values) {
        for (const QString &v : values) {
            if (!v.trimmed().isEmpty())
                return v.trimmed();
        }
        return QString();
    };
    out.outlet = firstNonEmpty({meta("og:site_name"), nameOf(ld.value(QStringLiteral("publisher"))),
                                meta("application-name"), meta("twitter:site")});
    out.title = firstNonEmpty({ld.value(QStringLiteral("headline")).toString(), meta("og:title"),
                               meta("twitter:title"), info.firstH1,
                               stripSiteSuffix(info.titleTag, out.outlet)});
    QString author = firstNonEmpty({nameOf(ld.value(QStringLiteral("author"))), meta("author"),
                                    meta("article:author"), meta("byl"), meta("dc.creator")});
    if (author.startsWith(QLatin1String("http")))
        author.clear(); // article:author is often a profile URL
    static const QRegularExpression by(QStringLiteral("^by\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    out.author = author.remove(by);
    out.published = Metadata::normalizeDate(firstNonEmpty(
        {ld.value(QStringLiteral("datePublished")).toString(), meta("article:published_time"),
         meta("datepublished"), meta("date"), meta("pubdate"), meta("publishdate"),
         meta("dc.date.issued"), meta("dc.date"), info.timeDatetime}));
    out.url =
        firstNonEmpty({meta("og:url"), info.canonical, ld.value(QStringLiteral("url")).toString()});
    out.language = Metadata::normalizeLanguage(firstNonEmpty(
        {info.lang, meta("og:locale"), ld.value(QStringLiteral("inLanguage")).toString(),
         meta("language"), meta("content-language")}));
    return out;
}
} // namespace

ImportedDocument HtmlImporter::parse(const QByteArray &bytes) const
{
    ImportedDocument doc;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes, declaredCharset(bytes));
    doc.encoding = decoded.encoding;
    if (!decoded.isValid()) {
        doc.error = decoded.error;
        return doc;
    }
    const QByteArray utf8 = decoded.text.toUtf8();
    const QString problem = HtmlMarkup::problem(utf8);
    if (!problem.isEmpty()) {
        doc.error = Importers::tr("the page cannot be read safely: %1").arg(problem);
        return doc;
    }
    GumboOutput *output =
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    PageInfo info;
    scan(output->root, info);

    const GumboNode *root = articleRoot(info, output->root);
    TextCollector collector;
    collector.collect(root);
    collector.breakParagraph();
    // When the headline sits outside the article body, put it in front: it is text too.
    if (!info.firstH1.isEmpty() && !collector.paragraphs.isEmpty() &&
        !collector.paragraphs.contains(info.firstH1) && root != info.body)
        collector.paragraphs.prepend(info.firstH1);
    doc.text = collector.paragraphs.join(QStringLiteral("\n\n"));
    gumbo_destroy_output(&kGumboDefaultOptions, output);

    doc.meta = metadataOf(info);
    if (doc.text.trimmed().isEmpty())
        doc.error = QCoreApplication::translate("Crosscheck::Core::Importers",
                                                "the page has no article text");
    return doc;
}

} // namespace Crosscheck::Core
