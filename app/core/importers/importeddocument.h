// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/source.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Crosscheck::Core {

/// A parsed file (or pasted text) ready to become a source, or the reason it cannot.
struct ImportedDocument
{
    QString path; ///< where it came from; empty for pasted text
    SourceMetadata meta;
    QString text;   ///< final source text: LF line ends, no BOM
    QString format; ///< txt, md, html, pdf, clipboard
    QString encoding;
    QString fileName;
    QByteArray original; ///< the original bytes, kept for the markup view (HTML, Markdown)
    QString contentHash;
    int wordCount = 0;
    QStringList warnings; ///< things the analyst should know, e.g. "no publication date"
    QString error;        ///< translated reason this file cannot be imported

    bool isValid() const { return error.isEmpty() && !text.isEmpty(); }
};

} // namespace Crosscheck::Core
