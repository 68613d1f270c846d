// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "model/source.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace Crosscheck::Core::Storage {

/// One word of a text as the index sees it: where it is (UTF-16 offsets) and its folded form.
struct SearchToken
{
    int start = 0;
    int end = 0;
    QString term; ///< lower case, Latin diacritics removed (FTS5 unicode61, remove_diacritics 2)
};

/// The project-wide search index: an SQLite database of its own (FTS5 with the unicode61
/// tokenizer for words and the trigram tokenizer for substrings, and the spelling-variant keys
/// of the words). Derived data, never the source of truth: it lives outside the project file,
/// records the content hash each source was indexed with, and is rebuilt when missing, of
/// another format or stale.
class SearchIndex final
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Core::Storage)
public:
    ~SearchIndex();
    /// Opens or creates the index at \a path (":memory:" for a private one). An index of
    /// another format, or one that cannot be read, is emptied and made anew.
    static std::unique_ptr<SearchIndex> open(const QString &path, QString *error);
    /// Where the index of the project file \a projectPath is kept (the user's cache folder).
    static QString pathFor(const QString &projectPath);

    /// The indexed sources with the content hash each was indexed with.
    const QHash<SourceId, QString> &indexed() const { return m_indexed; }
    /// Indexes \a text as source \a id (replacing what was indexed under that id).
    bool add(SourceId id, const QString &contentHash, const QString &text, QString *error);
    bool remove(SourceId id, QString *error);
    bool beginBatch(QString *error) { return m_db.beginImmediate(error); }
    /// Commits the batch, with the variant keys of the words it added.
    bool commitBatch(QString *error);
    /// Takes back the batch (everything since beginBatch).
    void rollbackBatch();

    /// Sources whose words match the FTS5 expression \a expression (bound as a value), in id
    /// order; false with \a error when FTS5 refuses it.
    bool match(const QString &expression, std::vector<SourceId> *out, QString *error);
    /// Sources whose text holds every one of \a literals (3 characters or more, any case).
    bool containing(const QStringList &literals, std::vector<SourceId> *out, QString *error);
    /// Indexed words whose spelling-variant key is \a key.
    QStringList wordsWithKey(const QString &key);

    /// \a text split and folded exactly as the word index does it.
    std::vector<SearchToken> tokenize(const QString &text) const;
    /// The folded words of \a text ("Zelenskyy’s" → zelenskyy, s).
    QStringList words(const QString &text) const;
    /// The key spelling variants of a word share ("zelensky", "zelenskyy", "зеленський" →
    /// "zelenski"): NameMatcher's skeleton.
    QString variantKey(const QString &word) const;
    /// Bytes the index takes on disk (0 in memory).
    qint64 sizeOnDisk() const;

private:
    SearchIndex() = default;
    bool create(QString *error);
    bool loadIndexed(QString *error);
    /// Stores the variant key of every indexed word that has none yet.
    bool addVariants(QString *error);
    struct Statements;
    Statements &statements();

    Database m_db;
    QString m_path;
    QHash<SourceId, QString> m_indexed;
    struct Tokenizer;
    std::unique_ptr<Tokenizer> m_tokenizer;
    // Prepared once (declared after m_db: they go first).
    std::unique_ptr<Statements> m_statements;
};

} // namespace Crosscheck::Core::Storage
