// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hotjournal.h"

#include <QFile>
#include <QtEndian>

namespace Crosscheck::Core::Storage {

namespace {
// https://www.sqlite.org/fileformat.html#the_rollback_journal
const char kJournalMagic[8] = {char(0xd9), char(0xd5), char(0x05), char(0xf9),
                               char(0x20), char(0xa1), char(0x63), char(0xd7)};
constexpr int kJournalHeader = 28;

quint32 be32(const QByteArray &b, qint64 at)
{
    return qFromBigEndian<quint32>(b.constData() + at);
}

quint32 pageSizeAt(const QByteArray &header)
{
    const quint32 v = qFromBigEndian<quint16>(header.constData() + 16);
    return v == 1 ? 65536u : v;
}

/// SQLite's pager_cksum(): the nonce plus every 200th byte of the page, from the end.
quint32 checksum(quint32 nonce, const char *page, quint32 pageSize)
{
    quint32 sum = nonce;
    for (qint64 i = qint64(pageSize) - 200; i > 0; i -= 200)
        sum += quint8(page[i]);
    return sum;
}
} // namespace

QString HotJournal::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-journal");
}

namespace {
/// Walks the journal's segments (a header, then its records) for the saved copy of page 1, as
/// SQLite would replay them; \a strayPage receives a page number the file never had (-1 when
/// there is none).
QByteArray savedFirstPage(QFile &jf, quint32 pageSize, quint32 sector, quint32 originalPages,
                          qint64 *strayPage)
{
    const qint64 size = jf.size();
    const qint64 record = qint64(pageSize) + 8;
    QByteArray page1;
    qint64 offset = 0;
    while (offset + kJournalHeader <= size && page1.isEmpty()) {
        if (!jf.seek(offset))
            break;
        const QByteArray head = jf.read(kJournalHeader);
        if (!head.startsWith(QByteArray(kJournalMagic, 8)))
            break;
        const quint32 nonce = be32(head, 12);
        qint64 records = be32(head, 8);
        const qint64 first = offset + sector;
        // 0xffffffff: records up to the end (a journal that is never synced); 0: the segment
        // was not synced, and SQLite replays none of it.
        if (records == 0xffffffff)
            records = (size - first) / record;
        bool stop = false;
        for (qint64 r = 0; r < records; ++r) {
            if (!jf.seek(first + r * record))
                break;
            const QByteArray rec = jf.read(record);
            if (rec.size() < record) {
                stop = true;
                break;
            }
            const quint32 pgno = be32(rec, 0);
            if (be32(rec, record - 4) != checksum(nonce, rec.constData() + 4, pageSize)) {
                stop = true; // SQLite stops replaying here
                break;
            }
            if (pgno == 0 || pgno > originalPages) {
                *strayPage = pgno;
                return {};
            }
            if (pgno == 1) {
                page1 = rec.mid(4, pageSize);
                break;
            }
        }
        if (stop)
            break;
        offset = ((first + records * record + sector - 1) / sector) * sector;
    }

    return page1;
}
} // namespace

HotJournal::Verdict HotJournal::check(const QString &databasePath, QString *why)
{
    const auto foreign = [why](const QString &reason) {
        if (why)
            *why = reason;
        return Verdict::Foreign;
    };
    QFile jf(pathFor(databasePath));
    QFile df(databasePath);
    if (!jf.exists() || jf.size() < kJournalHeader)
        return Verdict::None;
    if (!jf.open(QIODevice::ReadOnly) || !df.open(QIODevice::ReadOnly))
        return Verdict::None;
    const QByteArray dbHeader = df.read(100);
    const QByteArray head = jf.read(kJournalHeader);
    if (!head.startsWith(QByteArray(kJournalMagic, 8)))
        return Verdict::None; // zeroed or not a journal: SQLite does not replay it
    if (dbHeader.size() < 100)
        return foreign(tr("the project file is shorter than its header"));

    const quint32 pageSize = pageSizeAt(dbHeader);
    if (be32(head, 24) != pageSize)
        return foreign(tr("its page size (%1 bytes) is not the project's (%2 bytes)")
                           .arg(be32(head, 24))
                           .arg(pageSize));
    const quint32 originalPages = be32(head, 16);
    const quint32 sector = be32(head, 20);
    if (sector < 512 || sector > 65536 || (sector & (sector - 1)))
        return Verdict::None; // SQLite would stop at such a header too

    qint64 strayPage = -1;
    const QByteArray page1 = savedFirstPage(jf, pageSize, sector, originalPages, &strayPage);
    if (strayPage >= 0)
        return foreign(
            tr("it holds page %1 of a file that had %2 pages").arg(strayPage).arg(originalPages));

    const quint32 counter = be32(dbHeader, 24);
    if (!page1.isEmpty()) {
        if (!page1.startsWith(QByteArrayLiteral("SQLite format 3\0")) ||
            be32(page1, 68) != be32(dbHeader, 68))
            return foreign(tr("it was written for a database of another application"));
        const quint32 before = be32(page1, 24);
        if (counter != before && counter != before + 1)
            return foreign(tr("it was written for another file (change counter %1, the "
                              "project's is %2)")
                               .arg(before)
                               .arg(counter));
        // While the transaction has not yet written page 1 to the file, the journal's copy of
        // it is the file's page 1, byte for byte (header, page count, free list, schema).
        if (counter == before) {
            if (!df.seek(0) || df.read(pageSize) != page1)
                return foreign(tr("its copy of the first page differs from the project's"));
        }
        return Verdict::Belongs;
    }
    // Page 1 was not saved yet, so the file's own header is still the one from before the
    // transaction: its page count (when valid) is the journal's.
    if (be32(dbHeader, 92) == counter && be32(dbHeader, 28) != originalPages)
        return foreign(tr("it was written for a file of %1 pages; the project had %2")
                           .arg(originalPages)
                           .arg(be32(dbHeader, 28)));
    return Verdict::Belongs;
}

} // namespace Crosscheck::Core::Storage
