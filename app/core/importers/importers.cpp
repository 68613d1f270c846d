// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentimporter.h"
#include "text/textstats.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace Crosscheck::Core {

// ---- plain text ----------------------------------------------------------------------------

QStringList PlainTextImporter::suffixes() const
{
    return {QStringLiteral("txt"), QStringLiteral("text")};
}

ImportedDocument PlainTextImporter::parse(const QByteArray &bytes) const
{
    ImportedDocument doc;
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    doc.error = decoded.error;
    doc.text = decoded.text;
    doc.encoding = decoded.encoding;
    return doc;
}

bool PlainTextImporter::looksLikeHeadline(const QString &rawLine)
{
    QString line = rawLine.trimmed();
    // Closing quotes and brackets do not hide a sentence's full stop: «said so."»
    static const QString closers = QStringLiteral("\"'”’»)]");
    while (!line.isEmpty() && closers.contains(line.back()))
        line.chop(1);
    if (line.isEmpty() || line.size() > 200)
        return false;
    const int words = int(line.split(u' ', Qt::SkipEmptyParts).size());
    if (words > 30)
        return false;
    // A body paragraph ends like a sentence; headlines do not (a question or exclamation may).
    const QChar last = line.back();
    return last != u'.' && last != u',' && last != u';' && last != u':' && last != QChar(0x2026);
}

QString PlainTextImporter::titleFromText(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.simplified();
        if (trimmed.isEmpty())
            continue;
        if (looksLikeHeadline(trimmed))
            return trimmed;
        return Text::shortenedSentence(trimmed, 80);
    }
    return {};
}

// ---- Importers ------------------------------------------------------------------------------

Importers::Importers()
{
    m_importers.push_back(std::make_unique<PlainTextImporter>());
    m_importers.push_back(std::make_unique<MarkdownImporter>());
    m_importers.push_back(std::make_unique<HtmlImporter>());
    m_importers.push_back(std::make_unique<PdfImporter>());
}

const DocumentImporter *Importers::importerForSuffix(const QString &suffix) const
{
    for (const auto &imp : m_importers) {
        if (imp->suffixes().contains(suffix))
            return imp.get();
    }
    return nullptr;
}

QStringList Importers::supportedSuffixes() const
{
    QStringList all;
    for (const auto &imp : m_importers)
        all += imp->suffixes();
    return all;
}

QString Importers::fileDialogFilter() const
{
    QStringList patterns;
    for (const QString &s : supportedSuffixes())
        patterns << QStringLiteral("*.") + s;
    return tr("Articles (%1)").arg(patterns.join(u' ')) + QStringLiteral(";;") +
           tr("All files (*)");
}

QString Importers::contentHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void Importers::finish(ImportedDocument &doc)
{
    if (!doc.error.isEmpty())
        return;
    QString text = doc.text;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    // Trailing white space at the very end carries nothing and differs between editors.
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    if (text.trimmed().isEmpty()) {
        doc.error = tr("the file has no text");
        doc.text.clear();
        return;
    }
    doc.text = text;
    doc.wordCount = Text::countWords(text);
    if (doc.wordCount == 0) {
        doc.error = tr("the file has no words");
        return;
    }
    doc.contentHash = contentHash(text);
    if (doc.meta.language.isEmpty())
        doc.meta.language = Text::guessLanguage(text);
    doc.meta.title = doc.meta.title.simplified();
    if (doc.meta.title.isEmpty())
        doc.meta.title = PlainTextImporter::titleFromText(text);
    if (doc.meta.published.isEmpty() && doc.format != QLatin1String("txt") &&
        doc.format != QLatin1String("clipboard"))
        doc.warnings << tr("no publication date found");
}

ImportedDocument Importers::importFile(const QString &path) const
{
    ImportedDocument doc;
    doc.path = path;
    const QFileInfo info(path);
    doc.fileName = info.fileName();
    if (!info.exists()) {
        doc.error = tr("no such file");
        return doc;
    }
    if (info.isDir()) {
        doc.error = tr("is a folder");
        return doc;
    }
    // Only regular files: a pipe would block the import for ever, a device never ends.
    // (Paths starting with ':' are Qt resources, such as the bundled sample.)
    std::error_code ec;
    if (!path.startsWith(u':') &&
        !std::filesystem::is_regular_file(QFile::encodeName(path).toStdString(), ec)) {
        doc.error = tr("is not a regular file (a device, pipe or socket): not read");
        return doc;
    }
    const QString suffix = info.suffix().toLower();
    const DocumentImporter *importer = importerForSuffix(suffix);
    if (!importer && !suffix.isEmpty()) {
        doc.error = tr("unsupported file type \".%1\" (Crosscheck imports %2)")
                        .arg(suffix, supportedSuffixes().join(QStringLiteral(", ")));
        return doc;
    }
    if (!importer)
        importer = m_importers.front().get(); // no suffix: try it as plain text
    if (info.size() > importer->maxFileSize()) {
        const QLocale locale;
        doc.error = tr("the file is too large (%1; Crosscheck imports %2 files up to %3)")
                        .arg(locale.formattedDataSize(info.size()), importer->format(),
                             locale.formattedDataSize(importer->maxFileSize()));
        return doc;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        doc.error = tr("cannot read the file: %1").arg(file.errorString());
        return doc;
    }
    // Never more than the limit, whatever size the file system reported.
    const QByteArray bytes = file.read(importer->maxFileSize() + 1);
    if (bytes.size() > importer->maxFileSize()) {
        doc.error =
            tr("the file is too large (Crosscheck imports %1 files up to %2)")
                .arg(importer->format(), QLocale().formattedDataSize(importer->maxFileSize()));
        return doc;
    }
    if (bytes.isEmpty()) {
        doc.error = tr("the file is empty");
        return doc;
    }
    ImportedDocument parsed = importer->parse(bytes);
    parsed.path = path;
    parsed.fileName = doc.fileName;
    parsed.format = importer->format();
    if (parsed.format == QLatin1String("html") || parsed.format == QLatin1String("md"))
        parsed.original = bytes;
    finish(parsed);
    return parsed;
}

ImportedDocument Importers::importText(const QString &text, bool isHtml) const
{
    ImportedDocument doc;
    if (isHtml) {
        doc = HtmlImporter().parse(text.toUtf8());
        doc.original = text.toUtf8();
    } else {
        doc.text = text;
        doc.encoding = QStringLiteral("UTF-8");
    }
    doc.format = QStringLiteral("clipboard");
    if (doc.error.isEmpty() && doc.text.trimmed().isEmpty())
        doc.error = tr("the clipboard holds no text");
    finish(doc);
    return doc;
}

QStringList Importers::expandPaths(const QStringList &paths, QStringList *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (problems)
                problems->append(path + QStringLiteral(": ") + tr("no such file or folder"));
            continue;
        }
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList inDir;
        // Absolute, so that a folder given as "../articles" is walked like any other (its
        // relative paths must not start with "." and pass for hidden).
        const QString root = info.absoluteFilePath();
        const QString canonicalRoot = info.canonicalFilePath();
        QDirIterator it(root, QDir::Files | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            // Hidden files and anything inside hidden folders (.git, .DS_Store) are not articles.
            const QString relative = QDir(root).relativeFilePath(file);
            const QStringList parts = relative.split(u'/');
            if (std::any_of(parts.begin(), parts.end(),
                            [](const QString &p) { return p.startsWith(u'.'); }))
                continue;
            const QFileInfo fi(file);
            if (fi.isSymLink()) {
                // A link is followed only to a file inside the chosen folder.
                const QString target = fi.canonicalFilePath();
                if (target.isEmpty() || !(target.startsWith(canonicalRoot + u'/'))) {
                    if (problems)
                        problems->append(file + QStringLiteral(": ") +
                                         tr("a link to a file outside the folder, not followed"));
                    continue;
                }
            }
            std::error_code ec;
            if (!std::filesystem::is_regular_file(QFile::encodeName(file).toStdString(), ec)) {
                if (problems)
                    problems->append(
                        file + QStringLiteral(": ") +
                        tr("is not a regular file (a device, pipe or socket): not read"));
                continue;
            }
            inDir << file;
        }
        std::sort(inDir.begin(), inDir.end());
        files += inDir;
    }
    return files;
}

} // namespace Crosscheck::Core
