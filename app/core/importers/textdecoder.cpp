// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <vector>

namespace Crosscheck::Core {

namespace {

QString decodeWithIcu(const QByteArray &bytes, const char *charset, QString *error)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &status);
    if (U_FAILURE(status)) {
        *error = TextDecoder::tr("unknown character encoding %1").arg(QString::fromLatin1(charset));
        return {};
    }
    std::vector<UChar> buffer(size_t(bytes.size()) * 2 + 16);
    const int32_t len = ucnv_toUChars(conv, buffer.data(), int32_t(buffer.size()),
                                      bytes.constData(), int32_t(bytes.size()), &status);
    ucnv_close(conv);
    if (U_FAILURE(status)) {
        *error = TextDecoder::tr("the text could not be decoded as %1")
                     .arg(QString::fromLatin1(charset));
        return {};
    }
    return QString(reinterpret_cast<const QChar *>(buffer.data()), len);
}

QString canonicalName(const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *name = ucnv_getStandardName(charset, "IANA", &status);
    if (U_FAILURE(status) || !name)
        name = charset;
    return QString::fromLatin1(name);
}

// UTF-16 without a byte order mark shows as a zero in every other byte of Latin text.
const char *guessBomlessUtf16(const QByteArray &bytes)
{
    if (bytes.size() < 4)
        return nullptr;
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    int evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.at(i) == 0;
        oddZeros += bytes.at(i + 1) == 0;
    }
    const int pairs = int(n / 2);
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        return "UTF-16LE";
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        return "UTF-16BE";
    return nullptr;
}

} // namespace

qsizetype TextDecoder::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return i;
        i += len;
    }
    return -1;
}

int TextDecoder::validMultibyteSequences(const QByteArray &bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    int count = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        const int len = (c & 0xE0) == 0xC0   ? 2
                        : (c & 0xF0) == 0xE0 ? 3
                        : (c & 0xF8) == 0xF0 ? 4
                                             : 0;
        if (len == 0 || i + len > n || (len == 2 && c < 0xC2))
            continue;
        bool ok = true;
        for (int k = 1; k < len && ok; ++k)
            ok = (s[i + k] & 0xC0) == 0x80;
        if (ok) {
            ++count;
            i += len - 1;
        }
    }
    return count;
}

QString TextDecoder::binaryKind(const QByteArray &bytes)
{
    struct Magic
    {
        const char *prefix;
        int len;
        const char *kind;
    };
    static const Magic magics[] = {
        {"%PDF-", 5, QT_TRANSLATE_NOOP("Crosscheck::Core::TextDecoder", "a PDF document")},
        {"PK\x03\x04", 4,
         QT_TRANSLATE_NOOP("Crosscheck::Core::TextDecoder",
                           "a ZIP archive (e.g. a Word or OpenDocument file)")},
        {"\x89PNG", 4, QT_TRANSLATE_NOOP("Crosscheck::Core::TextDecoder", "a PNG image")},
        {"\xFF\xD8\xFF", 3, QT_TRANSLATE_NOOP("Crosscheck::Core::TextDecoder", "a JPEG image")},
        {"GIF8", 4, QT_TRANSLATE_NOOP("Crosscheck::Core::TextDecoder", "a GIF image")},
        {"\x7F"
         "ELF",
         4, QT_TRANSLATE_NOOP("Crosscheck::Core::TextDecoder", "a program")},
        {"\xD0\xCF\x11\xE0", 4,
         QT_TRANSLATE_NOOP("Crosscheck::Core::TextDecoder", "an old Microsoft Office file")},
        {"SQLite format 3", 15,
         QT_TRANSLATE_NOOP("Crosscheck::Core::TextDecoder", "an SQLite database")},
        {"\x1F\x8B", 2, QT_TRANSLATE_NOOP("Crosscheck::Core::TextDecoder", "a gzip archive")},
    };
    for (const Magic &m : magics) {
        if (bytes.startsWith(QByteArray::fromRawData(m.prefix, m.len)))
            return QCoreApplication::translate("Crosscheck::Core::TextDecoder", m.kind);
    }
    return {};
}

namespace {
/// The code page ICU's detector finds in \a bytes (known not to be UTF-8), as a windows page
/// where one covers it.
QByteArray detectedCodePage(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *det = ucsdet_open(&status);
    ucsdet_setText(det, bytes.constData(), int32_t(std::min<qsizetype>(bytes.size(), 1 << 20)),
                   &status);
    int32_t matchCount = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det, &matchCount, &status);
    QByteArray charset;
    // The detector also proposes UTF-8 and ISO-8859-1 for bytes that are neither
    // (we know they are not UTF-8); prefer the windows code page that covers C1 bytes.
    for (int32_t i = 0; U_SUCCESS(status) && i < matchCount; ++i) {
        const char *name = ucsdet_getName(matches[i], &status);
        if (!name || qstrcmp(name, "UTF-8") == 0 || qstrncmp(name, "UTF-16", 6) == 0 ||
            qstrncmp(name, "UTF-32", 6) == 0)
            continue;
        charset = name;
        break;
    }
    ucsdet_close(det);
    if (charset.isEmpty())
        charset = "windows-1252";
    // ISO-8859-1/-5 are subsets of the windows pages as far as news text goes; the windows
    // pages also map the 0x80-0x9F quotes and dashes that Word documents are full of.
    if (charset == "ISO-8859-1")
        charset = "windows-1252";
    else if (charset == "ISO-8859-5" || charset == "ISO-8859-5-ru")
        charset = "windows-1251";
    return charset;
}

/// True when more than one character in a hundred of \a text is a control character.
bool mostlyControl(const QString &text)
{
    int control = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f') || u == 0x7F)
            ++control;
    }
    return control > 0 && control * 100 > text.size();
}
} // namespace

/// Decodes text that starts with a byte order mark into \a r; false when there is none. UTF-32
/// first, since its little-endian mark starts like UTF-16's.
bool TextDecoder::decodeMarked(const QByteArray &bytes, Result *out)
{
    Result &r = *out;
    struct Bom
    {
        const char *bytes;
        int len;
        const char *charset;
    };
    static const Bom boms[] = {{"\xFF\xFE\x00\x00", 4, "UTF-32LE"},
                               {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
                               {"\xEF\xBB\xBF", 3, "UTF-8"},
                               {"\xFF\xFE", 2, "UTF-16LE"},
                               {"\xFE\xFF", 2, "UTF-16BE"}};
    for (const Bom &bom : boms) {
        if (bytes.startsWith(QByteArray::fromRawData(bom.bytes, bom.len))) {
            const QByteArray body = bytes.mid(bom.len);
            if (qstrcmp(bom.charset, "UTF-8") == 0) {
                const qsizetype bad = firstInvalidUtf8(body);
                if (bad >= 0) {
                    r.error = tr("the file is marked as UTF-8 but has invalid UTF-8 at byte %1")
                                  .arg(bad + bom.len);
                    return true;
                }
                r.text = QString::fromUtf8(body);
            } else {
                r.text = decodeWithIcu(body, bom.charset, &r.error);
            }
            r.encoding = QString::fromLatin1(bom.charset);
            return true;
        }
    }
    return false;
}

TextDecoder::Result TextDecoder::decode(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    Result r;
    if (bytes.isEmpty()) {
        r.error = tr("the file is empty");
        return r;
    }
    if (decodeMarked(bytes, &r))
        return r;
    if (const QString kind = binaryKind(bytes); !kind.isEmpty()) {
        r.error = tr("this is %1, not text").arg(kind);
        return r;
    }
    if (const char *utf16 = guessBomlessUtf16(bytes)) {
        r.text = decodeWithIcu(bytes, utf16, &r.error);
        r.encoding = QString::fromLatin1(utf16);
        return r;
    }
    if (bytes.contains('\0')) {
        r.error = tr("the file contains binary data (NUL bytes), not text");
        return r;
    }
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad < 0) {
        r.text = QString::fromUtf8(bytes);
        r.encoding = QStringLiteral("UTF-8");
    } else if (validMultibyteSequences(bytes) >= 3) {
        // Mostly UTF-8 with damaged bytes: guessing a code page would garble the rest, and
        // replacing bytes would silently change the text that annotations anchor to.
        r.error = tr("invalid UTF-8 at byte %1 (the rest of the file is UTF-8); repair or "
                     "re-save the file as UTF-8")
                      .arg(bad);
        return r;
    } else if (!declaredCharset.isEmpty()) {
        QString error;
        r.text = decodeWithIcu(bytes, declaredCharset.constData(), &error);
        if (!error.isEmpty()) {
            r.error = error;
            return r;
        }
        r.encoding = canonicalName(declaredCharset.constData());
    } else {
        const QByteArray charset = detectedCodePage(bytes);
        r.text = decodeWithIcu(bytes, charset.constData(), &r.error);
        if (!r.error.isEmpty())
            return r;
        r.encoding = canonicalName(charset.constData());
    }
    if (mostlyControl(r.text)) { // text that decodes but is binary data after all
        r.error = tr("the file looks like binary data, not text");
        r.text.clear();
    }
    return r;
}

} // namespace Crosscheck::Core
