// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/projectanalysis.h"
#include "annotationset.h"
#include "importers/importeddocument.h"
#include "model/annotation.h"
#include "model/source.h"
#include "model/sourcerecord.h"
#include "storage/projectstorage.h"
#include "storage/teamreplica.h"
#include "util/account.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Crosscheck::Core {

namespace Storage {
class AnalysisStore;
class AnnotationStore;
class SourceStore;
class TeamReplica;
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
    /// The words of every source together.
    qint64 totalWordCount() const;
    Source source(SourceId id) const;
    int rowOf(SourceId id) const;
    QString sourceText(SourceId id) const;
    QByteArray sourceOriginal(SourceId id) const;
    QVector<Storage::EditLogEntry> editLog(int limit = 1000) const;

    UndoStack *undoStack() const { return m_undoStack; }
    /// Name recorded in the edit log; the user's login name unless set.
    QString author() const { return m_author; }
    /// Sets the name for the edits from now on; empty: the user's login name again.
    void setAuthor(const QString &author);
    /// The user's login name ($USER, %USERNAME%), empty when the system does not say.
    static QString loginName() { return Util::loginName(); }

    struct AddOutcome
    {
        SourceIds added;
        QStringList problems; ///< one "file: reason" line per document not added
        /// Documents whose identical text the project already holds (an import run again
        /// after an interruption): not added, and not a problem.
        int alreadyPresent = 0;
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
    /// What was wrong with the file's annotations when it was opened (empty when nothing):
    /// one translated line for the user.
    QString loadProblems() const { return m_loadProblems; }
    /// Reads every source's text and compares it with its SHA-256 recorded at import: the
    /// sources whose text has changed since (a damaged file), in order.
    SourceIds damagedSources() const;
    /// "“Title” (source 3)" lines for damagedSources(), for a message.
    QString describeDamage(const SourceIds &ids) const;
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

    // --- What analysts record: entity registry, mentions, links, notes -----------------------
    const AnnotationSet &annotations() const { return m_annotations; }
    const std::vector<EntityType> &entityTypes() const { return m_annotations.types(); }
    const EntityType *entityType(qint64 id) const { return m_annotations.type(id); }
    /// The registry, by id: whatever iterates it (suggestions, merges, exports) sees one order.
    const QMap<qint64, Entity> &entities() const { return m_annotations.entities(); }
    const Entity *entity(qint64 id) const { return m_annotations.entity(id); }
    /// Every mention, ordered by source and position.
    const std::vector<Mention> &mentions() const { return m_annotations.mentions(); }
    const Mention *mention(qint64 id) const { return m_annotations.mention(id); }
    std::vector<Mention> mentionsIn(SourceId s) const { return m_annotations.mentionsIn(s); }
    std::vector<Mention> mentionsOf(qint64 e) const { return m_annotations.mentionsOf(e); }
    /// See AnnotationSet::mentionAt.
    const Mention *mentionAt(SourceId s, int pos) const { return m_annotations.mentionAt(s, pos); }
    QVector<qint64> mentionsOverlapping(SourceId source, Span span) const
    {
        return m_annotations.mentionsOverlapping(source, span);
    }
    /// The mentions of \a entity grouped by their text as written, in text order.
    QMap<QString, QVector<qint64>> mentionGroupsByText(qint64 entity) const;
    const std::vector<Link> &links() const { return m_annotations.links(); }
    const Link *link(qint64 id) const { return m_annotations.link(id); }
    const std::vector<Note> &notes() const { return m_annotations.notes(); }
    const Note *note(qint64 id) const { return m_annotations.note(id); }
    /// The note on a target (see Note), or nullptr.
    const Note *noteOn(Note::Target target, SourceId source, Span span, qint64 entity,
                       qint64 link) const
    {
        return m_annotations.noteOn(target, source, span, entity, link);
    }
    /// "accepted", "rejected" or empty.
    QString suggestionDecision(const QString &key) const { return m_annotations.decision(key); }
    /// Every decision on a suggestion, by key ("accepted" or "rejected").
    const QHash<QString, QString> &suggestionDecisions() const { return m_annotations.decisions(); }
    /// Now, as stored in created/modified columns (ISO 8601 UTC).
    static QString timestamp();

    // Edits (each one undo step, written at once; false with \a error when refused).
    /// Tags \a span of \a source as a mention of \a entity; returns the mention's id or 0.
    qint64 tagMention(SourceId source, Span span, qint64 entity, QString *error = nullptr);
    /// Creates an entity named \a name of \a type with \a span as its first mention; returns
    /// the entity's id or 0.
    qint64 tagNewEntity(SourceId source, Span span, const QString &name, qint64 type,
                        QString *error = nullptr);
    /// Tags every untagged occurrence of the entity's name and aliases in every source
    /// (whole words, any case) as one step; returns how many were tagged, -1 on failure.
    int tagAllOccurrences(qint64 entity, QString *error = nullptr);
    /// The untagged occurrences tagAllOccurrences() would tag.
    std::vector<Mention> untaggedOccurrences(qint64 entity) const;
    bool removeMentions(const QVector<qint64> &ids, QString *error = nullptr);
    bool editEntity(const Entity &entity, QString *error = nullptr);
    bool removeEntity(qint64 id, QString *error = nullptr);
    /// Folds \a others into \a keep; \a name, when given, is the merged entity's new name
    /// (its old name and the others' names become aliases).
    bool mergeEntities(qint64 keep, const QVector<qint64> &others, QString *error = nullptr,
                       const QString &name = {});
    /// Moves \a mentions to a new entity named \a name; returns its id or 0.
    qint64 splitEntity(qint64 entity, const QVector<qint64> &mentions, const QString &name,
                       QString *error = nullptr);
    qint64 addEntityType(const QString &name, const QString &color, qint64 parent = 0,
                         QString *error = nullptr);
    bool editEntityType(const EntityType &type, QString *error = nullptr);
    /// Removes a type no entity uses (refused otherwise).
    bool removeEntityType(qint64 id, QString *error = nullptr);
    /// Records a link (its id is assigned); returns the id or 0.
    qint64 addLink(Link link, QString *error = nullptr);
    bool editLink(const Link &link, QString *error = nullptr);
    bool removeLink(qint64 id, QString *error = nullptr);
    /// Writes the note on \a note's target (its id found or assigned); empty text deletes it.
    bool setNote(Note note, QString *error = nullptr);

    /// Adds annotations read from another tool's file as one undo step. Rows with an id of 0
    /// or less are new and get their ids here (see AnnotationSet::assignIds); every mention and
    /// link must lie inside its source and name an entity of the registry or of \a added.
    bool importAnnotations(AnnotationDelta added, const QString &text, QString *error = nullptr);
    /// Records \a decisions on suggestions as one undo step, with the rows that the accepted
    /// ones propose (\a accepted, checked and given ids as by importAnnotations()).
    bool decideSuggestions(std::vector<SuggestionDecision> decisions, AnnotationDelta accepted,
                           const QString &text, QString *error = nullptr);
    /// Runs \a edits (several undo commands, usually one macro) in one database transaction:
    /// they become durable together when \a edits returns true, or not at all (a crash half-way
    /// leaves none of them). \a edits must take back what it did in memory when it fails.
    bool runInOneTransaction(const std::function<bool(QString *)> &edits, QString *error = nullptr);

    // --- The local replica of a team project (see TeamSync) ----------------------------------
    /// True when this file is the replica of a team project: every edit of sources, verdicts
    /// on passages and annotations is queued for the server in the transaction that writes it
    /// (passages are computed by each replica and not shared).
    bool isTeamReplica() const { return m_team != nullptr; }
    /// Makes this project a team replica: new rows get their ids from \a ids (0: none left),
    /// edits are authored \a author (the server login).
    void setTeamReplica(std::function<qint64()> ids, const QString &author);
    /// The replica's outbox and state (nullptr for a plain project).
    Storage::TeamReplica *teamReplica() const { return m_team.get(); }
    /// Applies an edit of the team's (another analyst's, or one of ours taken back or made
    /// again while catching up), given as the rows it removes and writes (table → rows, as
    /// queued): written at once, not undoable, not queued; \a author and \a action go to the
    /// edit log.
    bool applyTeamChange(const QJsonObject &remove, const QJsonObject &write, const QString &author,
                         const QString &action, QString *error);
    /// Whether the rows of \a before are what the project holds now, and the rows \a after
    /// adds are not there yet (the edit from \a before to \a after still applies).
    bool holdsTeamRows(const QJsonObject &before, const QJsonObject &after) const;
    /// The rows the project holds now at the keys of \a rows (table → rows, as queued); a
    /// row it lacks is left out.
    QJsonObject teamRowsNow(const QJsonObject &rows) const;
    /// Makes an edit the team server refused again over the rows as they are now ("keep
    /// mine"): the rows of \a before that \a after lacks go, \a after's rows are written,
    /// as undo steps named \a label.
    bool redoTeamEdit(const QJsonObject &before, const QJsonObject &after, const QString &label,
                      QString *error);

signals:
    /// An annotation edit of a team replica was queued for the server.
    void teamEditQueued();
    /// Something analysts record changed (entity types, entities, mentions, links, notes or
    /// decisions on suggestions): \a change says what.
    void annotationsChanged(const Crosscheck::Core::AnnotationChange &change);
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
    friend class AnnotationCommand;

    explicit Project(std::unique_ptr<Storage::ProjectStorage> storage);
    /// Runs an annotation edit as one undo step; empty changes are no edit.
    bool pushAnnotationEdit(std::unique_ptr<class AnnotationCommand> command,
                            QString *error = nullptr);
    /// Checks that \a added can be written next to what the project holds.
    bool checkAdded(const AnnotationDelta &added, QString *error) const;
    /// True when \a span lies inside the text of \a source (reads lengths once per call).
    std::function<bool(SourceId, Span)> spanChecker() const;
    bool checkWritable(QString *error) const;
    /// The row of \a id when the project is writable and the source exists, else -1 (error set).
    int writableRow(SourceId id, QString *error) const;
    SourceRecord record(SourceId id) const;

    // Perform-functions: one transaction each, memory and signals only after commit.
    // A team replica queues each for the server under \a label (the undo step's name).
    /// \a teamRows: the team's rows of the sources, written as they are (a team change).
    bool insertRecords(QVector<SourceRecord> &records, const QString &action, QString *error,
                       const QString &label = {}, const QJsonObject *teamRows = nullptr);
    bool deleteSources(const SourceIds &ids, const QString &action, QString *error,
                       const QString &label = {});
    bool writeMetadata(SourceId id, const SourceMetadata &meta, const QString &action,
                       QString *error, const QString &label = {});
    bool writeReviews(const std::vector<Analysis::PassageReview> &reviews, const QString &action,
                      QString *error, const QString &label = {});
    /// Deletes the rows of \a remove that \a write does not have, writes \a write; one
    /// transaction, logged as \a action.
    bool applyAnnotations(const AnnotationDelta &remove, const AnnotationDelta &write,
                          const QString &action, QString *error, const QString &label = {});
    /// Queues the edit for the team server (a team replica), in the caller's transaction.
    bool queueTeamEdit(const AnnotationDelta &remove, const AnnotationDelta &write,
                       const QString &action, const QString &label, QString *error);
    bool queueTeamRows(const QJsonObject &remove, const QJsonObject &write, const QString &action,
                       const QString &label, QString *error);
    /// Writes the decisions on suggestions of \a rows with their own author and time (as the
    /// team server has them).
    bool writeDecisionRows(const QJsonObject &rows, QString *error);
    /// True when an edit made here is to be queued for the team (not while applying theirs).
    bool queuesTeamEdits() const { return m_team && !m_applyingTeam; }
    // An undo or redo in a team replica is refused when someone on the team changed what it
    // would change back (true for a plain project).
    bool teamStillHas(const std::vector<Analysis::PassageReview> &reviews, QString *error) const;
    bool teamStillHas(SourceId id, const SourceMetadata &meta, QString *error) const;
    bool teamStillHas(const QVector<SourceRecord> &records, QString *error) const;
    /// Gives new sources of a team replica their ids from the team's blocks.
    bool takeTeamIds(QVector<SourceRecord> &records, QString *error);
    /// The rows a team edit removes or writes for \a sources (with their originals when
    /// \a full), their verdicts \a reviews and \a annotations.
    std::optional<QJsonObject> teamRowsOf(const SourceIds &sources, bool full,
                                          const QVector<Analysis::PassageKey> &reviews,
                                          const AnnotationDelta &annotations, bool asSeen,
                                          QString *error) const;
    /// The rows a removal of \a ids removes: the sources and all in them as they are now.
    std::optional<QJsonObject> teamRowsOfSources(const SourceIds &ids, QString *error) const;
    bool holdsRows(const AnnotationDelta &before, const AnnotationDelta &after) const;
    /// Writes \a write's annotations over \a remove's, in memory too, with signals.
    bool applyTeamAnnotations(const AnnotationDelta &remove, const AnnotationDelta &write,
                              const QString &author, const QString &action, QString *error);
    bool writeDelta(const AnnotationDelta &remove, const AnnotationDelta &write, QString *error);
    void loadAnnotations();
    /// Sets aside (in memory; the file is not changed) every mention, link, note and passage
    /// whose span lies outside its source's text or whose source is missing, as a damaged or
    /// crafted file may hold; loadProblems() says what was set aside.
    void setAsideInvalidSpans();

    std::unique_ptr<Storage::ProjectStorage> m_storage;
    std::unique_ptr<Storage::SourceStore> m_sourceStore;
    std::unique_ptr<Storage::AnalysisStore> m_analysisStore;
    std::unique_ptr<Storage::AnnotationStore> m_annotationStore;
    AnnotationSet m_annotations;
    std::vector<Analysis::PassagePair> m_passages;
    QString m_loadProblems;
    QSet<SourceId> m_analysed; // sources analysed by the current engine version
    QHash<Analysis::PassageKey, Analysis::PassageReview> m_reviews;
    UndoStack *m_undoStack = nullptr;
    QVector<Source> m_sources; // sorted by id
    QHash<QString, SourceId> m_byHash;
    QString m_author;
    std::unique_ptr<Storage::TeamReplica> m_team;
    bool m_applyingTeam = false; // applying the team's edit: nothing is queued
};

} // namespace Crosscheck::Core
