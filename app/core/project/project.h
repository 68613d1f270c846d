#pragma once

#include "analysis/projectanalysis.h"
#include "importers/importeddocument.h"
#include "model/source.h"
#include "model/sourcerecord.h"
#include "storage/projectstorage.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace Crosscheck::Core {

namespace Storage {
class AnalysisStore;
class SourceStore;
struct EditLogEntry;
} // namespace Storage

class UndoStack;

/// The one owner of a project's data and undo history. Every public mutator pushes an undo
/// command; the command calls the private perform-functions, which write to the project file in
/// one transaction, then update memory and emit row-precise signals.
class Project final : public QObject
{
    Q_OBJECT
public:
    ~Project() override;

    static std::unique_ptr<Project> open(const QString &path, bool readOnly,
                                         Storage::OpenStatus *status);
    static std::unique_ptr<Project> create(const QString &path, Storage::OpenStatus *status);
    static std::unique_ptr<Project> createInMemory();

    QString filePath() const;
    /// File name without folder, or "Untitled" for an in-memory project.
    QString displayName() const;
    bool isReadOnly() const;
    QString readOnlyReason() const;

    int sourceCount() const { return int(m_sources.size()); }
    const QVector<Source> &sources() const { return m_sources; }
    const Source &sourceAt(int row) const { return m_sources.at(row); }
    Source source(SourceId id) const;
    int rowOf(SourceId id) const;
    QString sourceText(SourceId id) const;
    QByteArray sourceOriginal(SourceId id) const;
    QVector<Storage::EditLogEntry> editLog(int limit = 1000) const;

    UndoStack *undoStack() const { return m_undoStack; }
    /// Name recorded in the edit log; the user's login name unless set.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    struct AddOutcome
    {
        SourceIds added;
        QStringList problems; ///< one "file: reason" line per document not added
    };
    /// Adds the valid documents that are not already in the project as one undo step.
    /// Documents with errors or identical text are reported, never half-added.
    AddOutcome addDocuments(const QVector<ImportedDocument> &documents);
    bool removeSources(const SourceIds &ids, QString *error = nullptr);
    bool setSourceMetadata(SourceId id, const SourceMetadata &meta, QString *error = nullptr);

    /// A consistent copy of the project file at \a target (SQLite backup API).
    bool saveCopyAs(const QString &target, QString *error);

    /// Passages the overlap engine found between sources (empty until analysed).
    const std::vector<Analysis::PassagePair> &passages() const { return m_passages; }
    /// What the engine needs to bring the stored passages up to date: the texts of sources
    /// already analysed by this engine version and of those that are not (all, with \a full).
    Analysis::AnalysisInput analysisInput(bool full = false) const;
    /// True when every source is analysed by the current engine version.
    bool isAnalysisCurrent() const;
    /// Stores an analysis result in one transaction (derived data: not an undoable edit).
    bool applyAnalysis(const Analysis::AnalysisOutput &output, QString *error = nullptr);

    /// The analyst's verdict on a passage pair (Unreviewed unless one was recorded).
    Analysis::ReviewStatus reviewStatus(const Analysis::PassageKey &key) const;
    Analysis::PassageReview review(const Analysis::PassageKey &key) const;
    int reviewCount() const { return int(m_reviews.size()); }
    /// Records \a status for every passage in \a keys as one undo step (Unreviewed clears it).
    bool setReviewStatus(const QVector<Analysis::PassageKey> &keys, Analysis::ReviewStatus status,
                         QString *error = nullptr);

signals:
    void sourceAboutToBeInserted(int row);
    void sourceInserted(int row);
    void sourceAboutToBeRemoved(int row);
    void sourceRemoved(int row);
    void sourceChanged(int row);
    /// The stored passages changed (an analysis was applied, or a source went).
    void passagesChanged();
    /// Verdicts on these passage pairs were recorded, changed or cleared.
    void reviewsChanged(const QVector<Crosscheck::Core::Analysis::PassageKey> &keys);
    /// An edit could not be written; nothing changed.
    void editFailed(const QString &message);

private:
    friend class AddSourcesCommand;
    friend class RemoveSourcesCommand;
    friend class EditSourceMetadataCommand;
    friend class SetPassageReviewCommand;

    explicit Project(std::unique_ptr<Storage::ProjectStorage> storage);
    bool checkWritable(QString *error) const;
    /// The row of \a id when the project is writable and the source exists, else -1 (error set).
    int writableRow(SourceId id, QString *error) const;
    SourceRecord record(SourceId id) const;

    // Perform-functions: one transaction each, memory and signals only after commit.
    bool insertRecords(QVector<SourceRecord> &records, const QString &action, QString *error);
    bool deleteSources(const SourceIds &ids, const QString &action, QString *error);
    bool writeMetadata(SourceId id, const SourceMetadata &meta, const QString &action,
                       QString *error);
    bool writeReviews(const std::vector<Analysis::PassageReview> &reviews, const QString &action,
                      QString *error);

    std::unique_ptr<Storage::ProjectStorage> m_storage;
    std::unique_ptr<Storage::SourceStore> m_sourceStore;
    std::unique_ptr<Storage::AnalysisStore> m_analysisStore;
    std::vector<Analysis::PassagePair> m_passages;
    QSet<SourceId> m_analysed; // sources analysed by the current engine version
    QHash<Analysis::PassageKey, Analysis::PassageReview> m_reviews;
    UndoStack *m_undoStack = nullptr;
    QVector<Source> m_sources; // sorted by id
    QHash<QString, SourceId> m_byHash;
    QString m_author;
};

} // namespace Crosscheck::Core
