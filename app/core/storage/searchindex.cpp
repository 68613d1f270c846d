// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "suggestions/namematcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

namespace Crosscheck::Core::Storage {

namespace {

/// Bumped whenever the tables or the tokenizers change: an index of another format is rebuilt.
constexpr int kFormat = 2;

const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
    "CREATE TABLE docs (source INTEGER PRIMARY KEY, hash TEXT NOT NULL)",
    // The text is kept once, in the word index; the trigram index reads it from there.
    "CREATE VIRTUAL TABLE words USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE grams USING fts5(text, content = 'words', tokenize = 'trigram')",
    "CREATE TABLE variants (key TEXT NOT NULL, word TEXT NOT NULL, PRIMARY KEY (key, word)) "
    "WITHOUT ROWID",
    "CREATE INDEX variants_word ON variants (word)",
    "CREATE VIRTUAL TABLE vocabulary USING fts5vocab(words, row)",
};

} // namespace

/// FTS5's own unicode61 tokenizer, called directly: the search verifies and marks hits with
/// exactly the words the index holds.
struct SearchIndex::Tokenizer
{
    fts5_tokenizer api{};
    Fts5Tokenizer *instance = nullptr;
    Annotation::NameMatcher names;

    ~Tokenizer()
    {
        if (instance)
            api.xDelete(instance);
    }
    static std::unique_ptr<Tokenizer> create(sqlite3 *db)
    {
        fts5_api *fts = nullptr;
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
            return nullptr;
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&fts), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (!fts)
            return nullptr;
        auto t = std::make_unique<Tokenizer>();
        void *context = nullptr;
        if (fts->xFindTokenizer(fts, "unicode61", &context, &t->api) != SQLITE_OK)
            return nullptr;
        const char *args[] = {"remove_diacritics", "2"};
        if (t->api.xCreate(context, args, 2, &t->instance) != SQLITE_OK)
            return nullptr;
        return t;
    }
};

namespace {

struct TokenSink
{
    const QByteArray *utf8 = nullptr;
    std::vector<SearchToken> *out = nullptr;
    int byte = 0;  // where the UTF-16 offset below was taken
    int utf16 = 0; // UTF-16 offset of byte
    int advanceTo(int target)
    {
        const char *s = utf8->constData();
        while (byte < target) {
            const auto c = static_cast<unsigned char>(s[byte]);
            const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            byte += len;
            utf16 += len == 4 ? 2 : 1;
        }
        return utf16;
    }
};

int collectToken(void *context, int flags, const char *token, int length, int start, int end)
{
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK;
    auto *sink = static_cast<TokenSink *>(context);
    SearchToken t;
    t.start = sink->advanceTo(start);
    t.end = sink->advanceTo(end);
    t.term = QString::fromUtf8(token, length);
    sink->out->push_back(std::move(t));
    return SQLITE_OK;
}

} // namespace

struct SearchIndex::Statements
{
    QSqlQuery word, gram, doc, variant;
};

SearchIndex::~SearchIndex()
{
    m_statements.reset(); // before the connection closes
}

SearchIndex::Statements &SearchIndex::statements()
{
    if (!m_statements) {
        m_statements = std::make_unique<Statements>();
        m_statements->word =
            m_db.prepare(QStringLiteral("INSERT INTO words (rowid, text) VALUES (?, ?)"));
        m_statements->gram =
            m_db.prepare(QStringLiteral("INSERT INTO grams (rowid, text) VALUES (?, ?)"));
        m_statements->doc =
            m_db.prepare(QStringLiteral("INSERT INTO docs (source, hash) VALUES (?, ?)"));
        m_statements->variant = m_db.prepare(
            QStringLiteral("INSERT OR IGNORE INTO variants (key, word) VALUES (?, ?)"));
    }
    return *m_statements;
}

QString SearchIndex::pathFor(const QString &projectPath)
{
    const QString canonical = QFileInfo(projectPath).absoluteFilePath();
    const QByteArray id =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/crosscheck/search/") + QString::fromLatin1(id) +
           QStringLiteral(".sqlite");
}

std::unique_ptr<SearchIndex> SearchIndex::open(const QString &path, QString *error)
{
    std::unique_ptr<SearchIndex> index(new SearchIndex);
    index->m_path = path;
    if (path != QStringLiteral(":memory:"))
        QDir().mkpath(QFileInfo(path).absolutePath());
    if (!index->m_db.open(path, false, error))
        return nullptr;
    const QVariant format =
        index->m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'format'"));
    if (format.toInt() != kFormat) {
        // Derived data of another format, a damaged cache or nothing yet: made anew.
        if (path != QStringLiteral(":memory:")) {
            index->m_db.close();
            for (const QString &suffix : {QString(), QStringLiteral("-journal"),
                                          QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
            if (!index->m_db.open(path, false, error))
                return nullptr;
        }
        if (!index->create(error))
            return nullptr;
    }
    if (path != QStringLiteral(":memory:")) {
        // A cache: WAL with NORMAL sync never corrupts it on a crash (an edit may be lost and
        // is then redone), and a larger page cache keeps FTS5's segment merges in memory.
        index->m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        index->m_db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    index->m_db.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    index->m_tokenizer = Tokenizer::create(index->m_db.handle());
    if (!index->m_tokenizer) {
        if (error)
            *error = tr("this SQLite has no FTS5 full-text search");
        return nullptr;
    }
    if (!index->loadIndexed(error))
        return nullptr;
    return index;
}

bool SearchIndex::create(QString *error)
{
    if (!m_db.beginImmediate(error))
        return false;
    for (const char *statement : kSchema) {
        if (!m_db.exec(QString::fromLatin1(statement), {}, error)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('format', ?)"), {kFormat},
                   error)) {
        m_db.rollback();
        return false;
    }
    return m_db.commit(error);
}

bool SearchIndex::loadIndexed(QString *error)
{
    m_indexed.clear();
    QSqlQuery q = m_db.run(QStringLiteral("SELECT source, hash FROM docs"), {}, error);
    if (!q.isActive())
        return false;
    while (q.next())
        m_indexed.insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

bool SearchIndex::add(SourceId id, const QString &contentHash, const QString &text, QString *error)
{
    if (m_indexed.contains(id) && !remove(id, error))
        return false;
    // Inside a batch, no savepoint of its own: FTS5 writes out what it holds at every
    // savepoint, and thousands of tiny segments would make building the index slow. A failure
    // then rolls back the whole batch (rollbackBatch).
    const bool own = !m_db.inTransaction();
    if (own && !m_db.beginImmediate(error))
        return false;
    Statements &st = statements();
    const bool ok = Database::run(st.word, {id, text}, error) &&
                    Database::run(st.gram, {id, text}, error) &&
                    Database::run(st.doc, {id, contentHash}, error) && (!own || addVariants(error));
    if (!ok || (own && !m_db.commit(error))) {
        if (own)
            rollbackBatch();
        return false;
    }
    m_indexed.insert(id, contentHash);
    return true;
}

bool SearchIndex::addVariants(QString *error)
{
    // The words the index holds that have no variant key yet, straight from FTS5's vocabulary.
    QSqlQuery q = m_db.run(QStringLiteral("SELECT term FROM vocabulary WHERE length(term) >= 3 "
                                          "AND term NOT IN (SELECT word FROM variants)"),
                           {}, error);
    if (!q.isActive())
        return false;
    QStringList fresh;
    while (q.next()) {
        QString word = q.value(0).toString();
        if (word.front().isLetter())
            fresh << std::move(word);
    }
    q = QSqlQuery();
    for (const QString &word : std::as_const(fresh)) {
        if (!Database::run(statements().variant, {variantKey(word), word}, error))
            return false;
    }
    return true;
}

bool SearchIndex::commitBatch(QString *error)
{
    if (!addVariants(error) || !m_db.commit(error)) {
        rollbackBatch();
        return false;
    }
    return true;
}

bool SearchIndex::remove(SourceId id, QString *error)
{
    const bool own = !m_db.inTransaction();
    if (own && !m_db.beginImmediate(error))
        return false;
    // The trigram index reads its text from the word index: it goes first. The variant keys
    // stay (a word no text holds any more finds nothing).
    const bool ok =
        m_db.exec(QStringLiteral("INSERT INTO grams (grams, rowid, text) SELECT 'delete', rowid, "
                                 "text FROM words WHERE rowid = ?"),
                  {id}, error) &&
        m_db.exec(QStringLiteral("DELETE FROM words WHERE rowid = ?"), {id}, error) &&
        m_db.exec(QStringLiteral("DELETE FROM docs WHERE source = ?"), {id}, error);
    if (!ok || (own && !m_db.commit(error))) {
        if (own)
            rollbackBatch();
        return false;
    }
    m_indexed.remove(id);
    return true;
}

bool SearchIndex::match(const QString &expression, std::vector<SourceId> *out, QString *error)
{
    out->clear();
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT rowid FROM words WHERE words MATCH ? ORDER BY rowid"),
                 {expression}, error);
    if (!q.isActive())
        return false;
    while (q.next())
        out->push_back(q.value(0).toLongLong());
    return true;
}

bool SearchIndex::containing(const QStringList &literals, std::vector<SourceId> *out,
                             QString *error)
{
    out->clear();
    QStringList phrases;
    for (QString literal : literals) {
        literal.replace(u'"', QStringLiteral("\"\""));
        phrases << u'"' + literal + u'"';
    }
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT rowid FROM grams WHERE grams MATCH ? ORDER BY rowid"),
                 {phrases.join(QStringLiteral(" AND "))}, error);
    if (!q.isActive())
        return false;
    while (q.next())
        out->push_back(q.value(0).toLongLong());
    return true;
}

QStringList SearchIndex::wordsWithKey(const QString &key)
{
    QStringList out;
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT word FROM variants WHERE key = ? ORDER BY word"), {key});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::vector<SearchToken> SearchIndex::tokenize(const QString &text) const
{
    std::vector<SearchToken> out;
    const QByteArray utf8 = text.toUtf8();
    TokenSink sink{&utf8, &out};
    m_tokenizer->api.xTokenize(m_tokenizer->instance, &sink, FTS5_TOKENIZE_DOCUMENT,
                               utf8.constData(), int(utf8.size()), collectToken);
    return out;
}

QStringList SearchIndex::words(const QString &text) const
{
    QStringList out;
    for (SearchToken &t : tokenize(text))
        out << std::move(t.term);
    return out;
}

QString SearchIndex::variantKey(const QString &word) const
{
    return m_tokenizer->names.skeleton(word);
}

void SearchIndex::rollbackBatch()
{
    m_db.rollback();
    loadIndexed(nullptr); // what memory says was indexed follows the file again
}

qint64 SearchIndex::sizeOnDisk() const
{
    return m_path == QStringLiteral(":memory:") ? 0 : QFileInfo(m_path).size();
}

} // namespace Crosscheck::Core::Storage
