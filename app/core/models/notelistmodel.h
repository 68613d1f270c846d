// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotation.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Crosscheck::Core {

class Project;
struct AnnotationChange;

/// Every note of the project (on sources, spans, entities and links) in one list with its
/// target, author and time; kept up to date as notes are written.
class NoteListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TargetColumn, TextColumn, AuthorColumn, ModifiedColumn, ColumnCount };
    enum Roles { NoteRole = Qt::UserRole + 1, TargetKindRole, SortRole };
    explicit NoteListModel(QObject *parent = nullptr);

    void setProject(const Project *project);
    /// The note of \a row (nullptr when out of range or gone).
    const Note *noteAt(int row) const;
    /// The translated description of what \a note is on ("2: Reuters — “100 days”").
    QString targetText(const Note &note) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onAnnotationsChanged(const AnnotationChange &change);
    QString sourceLabel(SourceId id) const;

    QPointer<const Project> m_project;
    std::vector<qint64> m_ids; ///< the notes, by id
};

} // namespace Crosscheck::Core
