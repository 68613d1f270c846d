// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Crosscheck::Core {

/// Turns the bytes of a text file into a QString: BOM, UTF-8 validation, a declared charset,
/// then ICU's charset detector for legacy code pages (windows-1251/1252, KOI8-R, ...).
class TextDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::TextDecoder)
public:
    struct Result
    {
        QString text;
        QString encoding; ///< canonical name of the encoding used, e.g. "UTF-8", "KOI8-R"
        QString error;    ///< translated reason when the bytes are not usable text
        bool isValid() const { return error.isEmpty(); }
    };

    /// \a declaredCharset comes from the document itself (an HTML meta tag), if any.
    static Result decode(const QByteArray &bytes, const QByteArray &declaredCharset = {});

    /// Byte offset of the first invalid UTF-8 sequence, or -1 when \a bytes is valid UTF-8.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
    /// Number of well-formed multi-byte UTF-8 sequences in \a bytes.
    static int validMultibyteSequences(const QByteArray &bytes);
    /// A short description when \a bytes start like a known binary format, else empty.
    static QString binaryKind(const QByteArray &bytes);

private:
    static bool decodeMarked(const QByteArray &bytes, Result *out);
};

} // namespace Crosscheck::Core
