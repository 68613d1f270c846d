// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/importers/textdecoder.h>

#include <QTest>

#include <unicode/ucnv.h>

using Crosscheck::Core::TextDecoder;

namespace {
QByteArray encode(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *conv = ucnv_open(charset, &status);
    QByteArray out(text.size() * 4 + 16, '\0');
    const int32_t n = ucnv_fromUChars(conv, out.data(), int32_t(out.size()),
                                      reinterpret_cast<const UChar *>(text.utf16()),
                                      int32_t(text.size()), &status);
    ucnv_close(conv);
    out.resize(n);
    return out;
}

const QString kUkrainian = QStringLiteral(
    "Президент заявив, що переговори щодо припинення війни тривають. За його словами, делегації "
    "зустрінуться наступного тижня у столиці. Міністр закордонних справ відмовився коментувати "
    "подробиці, але підтвердив, що сторони обмінялися листами.");
const QString kRussian = QStringLiteral(
    "Президент заявил, что переговоры о прекращении войны продолжаются. По его словам, делегации "
    "встретятся на следующей неделе в столице. Министр иностранных дел отказался комментировать "
    "подробности, но подтвердил, что стороны обменялись письмами.");
const QString kFrench = QStringLiteral(
    "Le président a déclaré que les négociations étaient « très sérieuses » et qu’un accord était "
    "possible d’ici à l’été. Selon lui, les délégations se réuniront la semaine prochaine à "
    "Genève; "
    "le ministre des Affaires étrangères a refusé de commenter.");
} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void empty()
    {
        const auto r = TextDecoder::decode(QByteArray());
        QVERIFY(!r.isValid());
        QVERIFY(r.error.contains(QLatin1String("empty")));
    }

    void byteOrderMarks_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("Zelenskyy – «Київ» 🙂");
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8");
        QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
        for (const QChar c : text) {
            const ushort u = c.unicode();
            le.append(char(u & 0xFF)).append(char(u >> 8));
            be.append(char(u >> 8)).append(char(u & 0xFF));
        }
        QTest::newRow("utf-16le bom") << le << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be bom") << be << QStringLiteral("UTF-16BE");
        QTest::newRow("utf-16le no bom") << le.mid(2) << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be no bom") << be.mid(2) << QStringLiteral("UTF-16BE");
    }
    void byteOrderMarks()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const auto r = TextDecoder::decode(bytes);
        QVERIFY2(r.isValid(), qPrintable(r.error));
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.text, QStringLiteral("Zelenskyy – «Київ» 🙂"));
    }

    void legacyCodePages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("windows-1251 uk") << kUkrainian << QByteArray("windows-1251");
        QTest::newRow("windows-1251 ru") << kRussian << QByteArray("windows-1251");
        QTest::newRow("koi8-r") << kRussian << QByteArray("KOI8-R");
        QTest::newRow("windows-1252") << kFrench << QByteArray("windows-1252");
    }
    void legacyCodePages()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, charset);
        const QByteArray bytes = encode(text, charset.constData());
        QVERIFY(TextDecoder::firstInvalidUtf8(bytes) >= 0); // really not UTF-8
        const auto r = TextDecoder::decode(bytes);
        QVERIFY2(r.isValid(), qPrintable(r.error));
        QCOMPARE(r.text, text);
    }

    void declaredCharsetWins()
    {
        // Too short for statistics; the HTML meta tag tells.
        const QByteArray bytes = encode(QStringLiteral("Київ"), "windows-1251");
        const auto r = TextDecoder::decode(bytes, "windows-1251");
        QCOMPARE(r.text, QStringLiteral("Київ"));
    }

    void invalidUtf8IsRefusedWithOffset()
    {
        QByteArray bytes = QStringLiteral("Zelenskyy met Зеленський in Київ. ").toUtf8();
        const int offset = int(bytes.size());
        bytes += "\xC3\x28 broken";
        const auto r = TextDecoder::decode(bytes);
        QVERIFY(!r.isValid());
        QVERIFY2(r.error.contains(QString::number(offset)), qPrintable(r.error));
        QCOMPARE(TextDecoder::firstInvalidUtf8(bytes), qsizetype(offset));
    }

    void overlongAndSurrogatesAreInvalid()
    {
        QCOMPARE(TextDecoder::firstInvalidUtf8(QByteArray("a\xC0\xAF", 3)), qsizetype(1));
        QCOMPARE(TextDecoder::firstInvalidUtf8(QByteArray("\xED\xA0\x80", 3)), qsizetype(0));
        QCOMPARE(TextDecoder::firstInvalidUtf8(QByteArray("ok \xF0\x9F\x99\x82")), qsizetype(-1));
    }

    void binary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        QTest::newRow("zip/docx") << QByteArray("PK\x03\x04\x14\0\0\0", 8);
        QTest::newRow("elf") << QByteArray("\x7F"
                                           "ELF\x02\x01\x01\0",
                                           8);
        QByteArray noise;
        for (int i = 0; i < 4096; ++i)
            noise.append(char((i * 7919) % 256));
        QTest::newRow("random bytes") << noise;
    }
    void binary()
    {
        QFETCH(QByteArray, bytes);
        const auto r = TextDecoder::decode(bytes);
        QVERIFY(!r.isValid());
        QVERIFY(r.text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
