// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziparchive.h"

#include <QCoreApplication>

#include <zip.h>

namespace Crosscheck::Core {

namespace {
QString zipError(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}
} // namespace

QByteArray ZipArchive::create(const std::vector<Entry> &entries, QString *error)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zerr);
    if (!buffer) {
        if (error)
            *error = zipError(&zerr);
        zip_error_fini(&zerr);
        return {};
    }
    zip_source_keep(buffer); // survives zip_close, which writes into it
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zerr);
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        zip_source_free(buffer);
        zip_error_fini(&zerr);
        return QByteArray();
    };
    if (!archive)
        return fail(zipError(&zerr));
    for (const Entry &e : entries) {
        // libzip copies nothing: the data must live until zip_close, which it does (entries).
        zip_source_t *data =
            zip_source_buffer(archive, e.second.constData(), zip_uint64_t(e.second.size()), 0);
        if (!data || zip_file_add(archive, e.first.toUtf8().constData(), data,
                                  ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
            const QString why = QString::fromUtf8(zip_strerror(archive));
            zip_source_free(data);
            zip_discard(archive);
            return fail(why);
        }
    }
    if (zip_close(archive) < 0) {
        const QString why = QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return fail(why);
    }
    QByteArray out;
    zip_stat_t st;
    if (zip_source_open(buffer) < 0 || zip_source_stat(buffer, &st) < 0)
        return fail(zipError(zip_source_error(buffer)));
    out.resize(qsizetype(st.size));
    const zip_int64_t n = zip_source_read(buffer, out.data(), st.size);
    zip_source_close(buffer);
    if (n != zip_int64_t(st.size))
        return fail(zipError(zip_source_error(buffer)));
    zip_source_free(buffer);
    zip_error_fini(&zerr);
    return out;
}

ZipArchive::ZipArchive(const QByteArray &bytes)
{
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &zerr);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
        if (!m_zip)
            zip_source_free(source);
    }
    if (!m_zip)
        m_error = zipError(&zerr);
    zip_error_fini(&zerr);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

QStringList ZipArchive::names() const
{
    QStringList out;
    if (!m_zip)
        return out;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char *name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        if (name && !QByteArray(name).endsWith('/'))
            out << QString::fromUtf8(name);
    }
    return out;
}

qint64 ZipArchive::size(const QString &name) const
{
    zip_stat_t st;
    if (!m_zip || zip_stat(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_GUESS, &st) < 0)
        return -1;
    return qint64(st.size);
}

QByteArray ZipArchive::read(const QString &name, qint64 maxSize)
{
    const qint64 n = size(name);
    if (n < 0) {
        m_error = QCoreApplication::translate("Crosscheck::Core::ZipArchive",
                                              "“%1” is not in the archive")
                      .arg(name);
        return {};
    }
    if (n > maxSize) {
        m_error =
            QCoreApplication::translate("Crosscheck::Core::ZipArchive", "“%1” is too large (%2 MB)")
                .arg(name)
                .arg(n >> 20);
        return {};
    }
    zip_file_t *f = zip_fopen(m_zip, name.toUtf8().constData(), ZIP_FL_ENC_GUESS);
    if (!f) {
        m_error = QString::fromUtf8(zip_strerror(m_zip));
        return {};
    }
    QByteArray out(qsizetype(n), Qt::Uninitialized);
    const zip_int64_t got = zip_fread(f, out.data(), zip_uint64_t(n));
    if (got != n) {
        m_error = QString::fromUtf8(zip_file_strerror(f));
        out.clear();
    }
    zip_fclose(f);
    return out;
}

} // namespace Crosscheck::Core
