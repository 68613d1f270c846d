// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include "commands/addsourcescommand.h"
#include "commands/editsourcemetadatacommand.h"
#include "commands/removesourcescommand.h"
#include "importers/documentimporter.h"
#include "storage/analysisstore.h"
#include "storage/annotationstore.h"
#include "storage/sourcestore.h"
#include "storage/teamrows.h"
#include "undostack.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Crosscheck::Core {

namespace {
QString defaultAuthor()
{
    const QString name = Project::loginName();
    return name.isEmpty() ? Project::tr("unknown") : name;
}

QString logDetails(const QVector<Source> &sources)
{
    QJsonArray items;
    for (const Source &s : sources)
        items.append(
            QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.meta.title}});
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact));
}
/// The mentions, links and notes of sources coming back (an undone removal). A link comes back
/// only when both of its sources do, a mention only when its entity is still there.
AnnotationDelta returning(const QVector<SourceRecord> &written,
                          const std::function<bool(SourceId)> &exists, const AnnotationSet &set)
{
    AnnotationDelta annotations;
    QSet<qint64> linkIds;
    for (const SourceRecord &r : written) {
        const AnnotationDelta &a = r.annotations;
        for (const Mention &m : a.mentions) {
            if (set.entity(m.entity)) // it may have gone with its last mention meanwhile
                annotations.mentions.push_back(m);
        }
        for (const Link &l : a.links) {
            if (exists(l.sourceA) && exists(l.sourceB) && !linkIds.contains(l.id)) {
                annotations.links.push_back(l);
                linkIds.insert(l.id);
            }
        }
        for (const Note &n : a.notes) {
            if (n.target != Note::Target::Link || linkIds.contains(n.link) || set.link(n.link))
                annotations.notes.push_back(n);
        }
    }
    return annotations;
}
} // namespace

Project::Project(std::unique_ptr<Storage::ProjectStorage> storage)
    : m_storage(std::move(storage))
    , m_sourceStore(std::make_unique<Storage::SourceStore>(m_storage->db()))
    , m_analysisStore(std::make_unique<Storage::AnalysisStore>(m_storage->db()))
    , m_annotationStore(std::make_unique<Storage::AnnotationStore>(m_storage->db()))
    , m_undoStack(new UndoStack(this))
    , m_author(defaultAuthor())
{
    m_sources = m_sourceStore->all();
    m_passages = m_analysisStore->passages();
    for (SourceId id : m_analysisStore->analysedSources(Analysis::engineVersion()))
        m_analysed.insert(id);
    for (Analysis::PassageReview &r : m_analysisStore->reviews())
        m_reviews.insert(r.key, std::move(r));
    loadAnnotations();
    setAsideInvalidSpans();
    for (const Source &s : m_sources)
        m_byHash.insert(s.contentHash, s.id);
    connect(m_undoStack, &UndoStack::failed, this, &Project::editFailed);
}

Project::~Project() = default;

std::unique_ptr<Project> Project::open(const QString &path, bool readOnly,
                                       Storage::OpenStatus *status)
{
    auto storage = Storage::ProjectStorage::open(path, readOnly, status);
    if (!storage)
        return nullptr;
    return std::unique_ptr<Project>(new Project(std::move(storage)));
}

std::unique_ptr<Project> Project::create(const QString &path, Storage::OpenStatus *status)
{
    auto storage = Storage::ProjectStorage::create(path, status);
    if (!storage)
        return nullptr;
    return std::unique_ptr<Project>(new Project(std::move(storage)));
}

std::unique_ptr<Project> Project::createInMemory()
{
    auto storage = Storage::ProjectStorage::createInMemory();
    if (!storage)
        return nullptr;
    return std::unique_ptr<Project>(new Project(std::move(storage)));
}

QString Project::filePath() const
{
    return m_storage->path();
}

QString Project::displayName() const
{
    return filePath().isEmpty() ? tr("Untitled") : QFileInfo(filePath()).fileName();
}

bool Project::isReadOnly() const
{
    return m_storage->isReadOnly();
}

QString Project::readOnlyReason() const
{
    return m_storage->readOnlyReason();
}

Source Project::source(SourceId id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_sources.at(row) : Source();
}

void Project::setAuthor(const QString &author)
{
    m_author = author.isEmpty() ? defaultAuthor() : author;
}

qint64 Project::totalWordCount() const
{
    qint64 words = 0;
    for (const Source &s : m_sources)
        words += s.wordCount;
    return words;
}

int Project::rowOf(SourceId id) const
{
    const auto it = std::lower_bound(m_sources.begin(), m_sources.end(), id,
                                     [](const Source &s, SourceId v) { return s.id < v; });
    return it != m_sources.end() && it->id == id ? int(it - m_sources.begin()) : -1;
}

QString Project::sourceText(SourceId id) const
{
    return m_sourceStore->text(id);
}

SourceIds Project::damagedSources() const
{
    SourceIds damaged;
    for (const Source &s : m_sources) {
        if (Importers::contentHash(m_sourceStore->text(s.id)) != s.contentHash)
            damaged << s.id;
    }
    return damaged;
}

QString Project::describeDamage(const SourceIds &ids) const
{
    QStringList names;
    for (SourceId id : ids)
        names << tr("“%1” (source %2)").arg(source(id).meta.title).arg(rowOf(id) + 1);
    return tr("The text of %n source(s) no longer matches the checksum recorded at import (the "
              "file is damaged): %1. Restore the project from a backup or a saved copy.",
              nullptr, int(ids.size()))
        .arg(names.join(QStringLiteral(", ")));
}

QByteArray Project::sourceOriginal(SourceId id) const
{
    return m_sourceStore->original(id);
}

QVector<Storage::EditLogEntry> Project::editLog(int limit) const
{
    return m_sourceStore->log(limit);
}

bool Project::checkWritable(QString *error) const
{
    if (!isReadOnly())
        return true;
    if (error)
        *error = tr("The project is read-only (%1).").arg(readOnlyReason());
    return false;
}

int Project::writableRow(SourceId id, QString *error) const
{
    if (!checkWritable(error))
        return -1;
    const int row = rowOf(id);
    if (row < 0 && error)
        *error = tr("The source no longer exists.");
    return row;
}

SourceRecord Project::record(SourceId id) const
{
    return {source(id), sourceText(id), sourceOriginal(id), m_analysisStore->reviewsOf(id),
            m_annotations.ofSource(id)};
}

Project::AddOutcome Project::addDocuments(const QVector<ImportedDocument> &documents)
{
    AddOutcome outcome;
    const auto label = [](const ImportedDocument &d) {
        return d.path.isEmpty() ? (d.fileName.isEmpty() ? Project::tr("pasted text") : d.fileName)
                                : d.path;
    };
    QString error;
    if (!checkWritable(&error)) {
        for (const ImportedDocument &d : documents)
            outcome.problems << label(d) + QStringLiteral(": ") + error;
        return outcome;
    }
    QVector<SourceRecord> records;
    QStringList labels;                  // "path" of each record, for problem lines
    QHash<QString, QString> batchHashes; // hash -> title, to catch duplicates inside the batch
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ImportedDocument &d : documents) {
        if (!d.isValid()) {
            outcome.problems << label(d) + QStringLiteral(": ") +
                                    (d.error.isEmpty() ? tr("no text") : d.error);
            continue;
        }
        if (m_byHash.contains(d.contentHash)) {
            ++outcome.alreadyPresent;
            continue;
        }
        if (batchHashes.contains(d.contentHash)) {
            outcome.problems << label(d) + QStringLiteral(": ") +
                                    tr("identical text is already in this import as “%1”")
                                        .arg(batchHashes.value(d.contentHash));
            continue;
        }
        batchHashes.insert(d.contentHash, d.meta.title);
        SourceRecord r;
        r.source.meta = d.meta;
        r.source.format = d.format;
        r.source.encoding = d.encoding;
        r.source.fileName = d.fileName;
        r.source.contentHash = d.contentHash;
        r.source.wordCount = d.wordCount;
        r.source.importedAt = now;
        r.text = d.text;
        r.original = d.original;
        records << r;
        labels << label(d);
    }
    if (records.isEmpty())
        return outcome;
    auto command = std::make_unique<AddSourcesCommand>(this, records);
    AddSourcesCommand *raw = command.get();
    if (!m_undoStack->push(std::move(command), &error)) {
        for (const QString &l : labels)
            outcome.problems << l + QStringLiteral(": ") + tr("not saved: %1").arg(error);
        return outcome;
    }
    outcome.added = raw->ids();
    return outcome;
}

bool Project::removeSources(const SourceIds &ids, QString *error)
{
    if (!checkWritable(error))
        return false;
    QVector<SourceRecord> records;
    for (SourceId id : ids) {
        if (rowOf(id) >= 0)
            records << record(id);
    }
    if (records.isEmpty())
        return true;
    return m_undoStack->push(std::make_unique<RemoveSourcesCommand>(this, records), error);
}

bool Project::setSourceMetadata(SourceId id, const SourceMetadata &meta, QString *error)
{
    const int row = writableRow(id, error);
    if (row < 0)
        return false;
    if (meta.title.trimmed().isEmpty()) {
        if (error)
            *error = tr("A source needs a title.");
        return false;
    }
    const SourceMetadata before = m_sources.at(row).meta;
    if (before == meta)
        return true;
    return m_undoStack->push(std::make_unique<EditSourceMetadataCommand>(this, id, before, meta),
                             error);
}

bool Project::saveCopyAs(const QString &target, QString *error)
{
    return m_storage->saveCopyAs(target, error);
}

bool Project::insertRecords(QVector<SourceRecord> &records, const QString &action, QString *error,
                            const QString &label, const QJsonObject *teamRows)
{
    if (!checkWritable(error))
        return false;
    Storage::Transaction tx(m_storage->db());
    if (!tx.begin(error))
        return false;
    QVector<Source> inserted;
    QVector<SourceRecord> written = records;
    if (queuesTeamEdits() && !takeTeamIds(written, error))
        return false;
    if (teamRows && !Storage::TeamRows(m_storage->db()).insertSources(*teamRows, error))
        return false;
    for (SourceRecord &r : written) {
        if (!teamRows && !m_sourceStore->insert(r.source, r.text, r.original, error))
            return false;
        inserted << r.source;
    }
    // Verdicts come back with their sources once both sides of the pair exist again.
    const auto exists = [&](SourceId id) {
        return rowOf(id) >= 0 ||
               std::any_of(written.cbegin(), written.cend(),
                           [id](const SourceRecord &w) { return w.source.id == id; });
    };
    std::vector<Analysis::PassageReview> restored;
    for (const SourceRecord &r : written) {
        for (const Analysis::PassageReview &review : r.reviews) {
            if (!exists(review.key.a) || !exists(review.key.b))
                continue;
            if (!m_analysisStore->setReview(review, error))
                return false;
            restored.push_back(review);
        }
    }
    const AnnotationDelta annotations = returning(written, exists, m_annotations);
    if (!annotations.isEmpty() && !writeDelta({}, annotations, error))
        return false;
    if (queuesTeamEdits()) {
        SourceIds ids;
        QVector<Analysis::PassageKey> keys;
        for (const Source &s : inserted)
            ids << s.id;
        for (const Analysis::PassageReview &r : restored)
            keys << r.key;
        const auto rows = teamRowsOf(ids, true, keys, annotations, false, error);
        if (!rows || !queueTeamRows({}, *rows, action, label, error))
            return false;
    }
    if (!m_sourceStore->appendLog(m_author, action, logDetails(inserted), error) ||
        !tx.commit(error))
        return false;
    records = written; // ids are known now: redo after undo reuses them
    QVector<Analysis::PassageKey> restoredKeys;
    for (const Analysis::PassageReview &review : restored) {
        m_reviews.insert(review.key, review);
        restoredKeys << review.key;
    }
    for (const Source &s : inserted) {
        const auto it = std::lower_bound(m_sources.begin(), m_sources.end(), s.id,
                                         [](const Source &a, SourceId v) { return a.id < v; });
        const int row = int(it - m_sources.begin());
        emit sourceAboutToBeInserted(row);
        m_sources.insert(row, s);
        m_byHash.insert(s.contentHash, s.id);
        emit sourceInserted(row);
    }
    if (!restoredKeys.isEmpty())
        emit reviewsChanged(restoredKeys);
    if (!annotations.isEmpty()) {
        m_annotations.apply({}, annotations);
        emit annotationsChanged(AnnotationChange::of({}, annotations));
    }
    return true;
}

bool Project::deleteSources(const SourceIds &ids, const QString &action, QString *error,
                            const QString &label)
{
    if (!checkWritable(error))
        return false;
    Storage::Transaction tx(m_storage->db());
    if (!tx.begin(error))
        return false;
    if (queuesTeamEdits()) {
        const auto rows = teamRowsOfSources(ids, error);
        if (!rows || !queueTeamRows(*rows, {}, action, label, error))
            return false;
    }
    QVector<Source> removed;
    for (SourceId id : ids) {
        if (!m_sourceStore->remove(id, error))
            return false;
        removed << source(id);
    }
    if (!m_sourceStore->appendLog(m_author, action, logDetails(removed), error) ||
        !tx.commit(error))
        return false;
    // The file dropped their passages and analysis state with them (ON DELETE CASCADE); so
    // does memory.
    for (SourceId id : ids)
        m_analysed.remove(id);
    // Their mentions, links and notes went too (ON DELETE CASCADE).
    AnnotationDelta droppedAnnotations;
    for (SourceId id : ids) {
        const AnnotationDelta a = m_annotations.ofSource(id);
        droppedAnnotations.mentions.insert(droppedAnnotations.mentions.end(), a.mentions.begin(),
                                           a.mentions.end());
        droppedAnnotations.links.insert(droppedAnnotations.links.end(), a.links.begin(),
                                        a.links.end());
        droppedAnnotations.notes.insert(droppedAnnotations.notes.end(), a.notes.begin(),
                                        a.notes.end());
    }
    m_annotations.apply(droppedAnnotations, {});
    QVector<Analysis::PassageKey> droppedReviews;
    for (auto it = m_reviews.begin(); it != m_reviews.end();) {
        if (ids.contains(it.key().a) || ids.contains(it.key().b)) {
            droppedReviews << it.key();
            it = m_reviews.erase(it);
        } else {
            ++it;
        }
    }
    const auto before = m_passages.size();
    m_passages.erase(std::remove_if(m_passages.begin(), m_passages.end(),
                                    [&ids](const Analysis::PassagePair &p) {
                                        return ids.contains(p.a) || ids.contains(p.b);
                                    }),
                     m_passages.end());
    for (SourceId id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        emit sourceAboutToBeRemoved(row);
        m_byHash.remove(m_sources.at(row).contentHash);
        m_sources.removeAt(row);
        emit sourceRemoved(row);
    }
    if (m_passages.size() != before)
        emit passagesChanged();
    if (!droppedReviews.isEmpty())
        emit reviewsChanged(droppedReviews);
    if (!droppedAnnotations.isEmpty())
        emit annotationsChanged(AnnotationChange::of(droppedAnnotations, {}));
    return true;
}

bool Project::writeMetadata(SourceId id, const SourceMetadata &meta, const QString &action,
                            QString *error, const QString &label)
{
    const int row = writableRow(id, error);
    if (row < 0)
        return false;
    Storage::Transaction tx(m_storage->db());
    Source changed = m_sources.at(row);
    changed.meta = meta;
    std::optional<QJsonObject> before = QJsonObject();
    if (!tx.begin(error) ||
        (queuesTeamEdits() && !(before = teamRowsOf({id}, false, {}, {}, true, error))) ||
        !m_sourceStore->updateMetadata(id, meta, error))
        return false;
    if (queuesTeamEdits()) {
        const auto after = teamRowsOf({id}, false, {}, {}, false, error);
        if (!after || !queueTeamRows(*before, *after, action, label, error))
            return false;
    }
    if (!m_sourceStore->appendLog(m_author, action, logDetails({changed}), error) ||
        !tx.commit(error))
        return false;
    m_sources[row].meta = meta;
    emit sourceChanged(row);
    return true;
}

} // namespace Crosscheck::Core
