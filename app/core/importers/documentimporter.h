// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importeddocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Crosscheck::Core {

/// One file format: turns the bytes of a file into a document. Implementations are stateless
/// and safe to call from a worker thread.
class DocumentImporter
{
public:
    virtual ~DocumentImporter() = default;
    virtual QString format() const = 0;       ///< short id: "txt", "md", "html", "pdf"
    virtual QStringList suffixes() const = 0; ///< lower-case file suffixes it reads
    virtual qint64 maxFileSize() const = 0;   ///< larger files are refused unread
    /// Fills text, meta, encoding (and error) from \a bytes; the caller finishes the document.
    virtual ImportedDocument parse(const QByteArray &bytes) const = 0;
};

/// Plain text: the first line is the title when it reads as a headline.
class PlainTextImporter final : public DocumentImporter
{
public:
    QString format() const override { return QStringLiteral("txt"); }
    QStringList suffixes() const override;
    qint64 maxFileSize() const override { return 16 << 20; }
    ImportedDocument parse(const QByteArray &bytes) const override;

    /// The title a reader would want for plain \a text: the first line when it is a headline
    /// (short, no sentence-ending full stop), else the first sentence shortened to 80 chars.
    static QString titleFromText(const QString &text);
    static bool looksLikeHeadline(const QString &line);
};

/// Markdown (CommonMark via md4c) with optional YAML front matter for metadata.
class MarkdownImporter final : public DocumentImporter
{
public:
    QString format() const override { return QStringLiteral("md"); }
    QStringList suffixes() const override;
    qint64 maxFileSize() const override { return 16 << 20; }
    ImportedDocument parse(const QByteArray &bytes) const override;
};

/// HTML via Gumbo: article text without scripts, styles, navigation and boilerplate; metadata
/// from <title>, meta/OpenGraph tags and JSON-LD. Nothing is fetched or rendered.
class HtmlImporter final : public DocumentImporter
{
public:
    QString format() const override { return QStringLiteral("html"); }
    QStringList suffixes() const override;
    qint64 maxFileSize() const override { return 16 << 20; }
    ImportedDocument parse(const QByteArray &bytes) const override;
};

/// PDF text layer via Poppler.
class PdfImporter final : public DocumentImporter
{
public:
    QString format() const override { return QStringLiteral("pdf"); }
    QStringList suffixes() const override;
    qint64 maxFileSize() const override { return qint64(64) << 20; }
    ImportedDocument parse(const QByteArray &bytes) const override;
};

/// Entry point for importing: picks the importer for a path, enforces limits and finishes
/// documents (line ends, hash, word count, language, title fallback).
class Importers final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Importers)
public:
    Importers();
    /// Imports one file. Never throws; failures come back with error set.
    ImportedDocument importFile(const QString &path) const;
    /// Imports pasted text (plain text; an HTML fragment when \a isHtml).
    ImportedDocument importText(const QString &text, bool isHtml = false) const;
    /// Expands folders (recursively, skipping hidden entries) into a sorted list of files;
    /// paths that do not exist are reported in \a problems as "path: reason".
    static QStringList expandPaths(const QStringList &paths, QStringList *problems);
    QStringList supportedSuffixes() const;
    /// A file-dialog filter such as "Articles (*.txt *.md ...)".
    QString fileDialogFilter() const;

    /// Normalises line ends, computes hash, words, language and a title when missing.
    static void finish(ImportedDocument &doc);
    /// The hash Crosscheck uses to recognise identical text.
    static QString contentHash(const QString &text);

private:
    const DocumentImporter *importerForSuffix(const QString &suffix) const;
    std::vector<std::unique_ptr<DocumentImporter>> m_importers;
};

} // namespace Crosscheck::Core
