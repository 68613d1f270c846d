#pragma once

#include "annotation/reviewqueue.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTextBrowser;

namespace Crosscheck::Core {
class EntityListModel;
class LinkFilterModel;
class LinkListModel;
class Project;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// The entity registry: entities with type, aliases, mention counts in all and per source.
/// Selecting one highlights its mentions everywhere; F3 / Shift+F3 step through them.
class EntityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPanel(QWidget *parent = nullptr);
    void setProject(Core::Project *project);
    QTableView *view() const { return m_view; }
    /// The entity of the current row, or 0.
    qint64 currentEntity() const;
    /// Every selected entity (merge works on them).
    QVector<qint64> selectedEntities() const;
    void selectEntity(qint64 id);

signals:
    void currentEntityChanged(qint64 entity);
    void entityActivated(qint64 entity);

private:
    Core::EntityListModel *m_model;
    QTableView *m_view;
};

/// Contradictions and corroborations, filterable by relation, type and status; Enter opens
/// the two passages side by side.
class LinksPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit LinksPanel(QWidget *parent = nullptr);
    void setProject(Core::Project *project);
    QTableView *view() const { return m_view; }
    qint64 currentLink() const;

signals:
    void linkActivated(qint64 link);

private:
    Core::LinkListModel *m_model;
    Core::LinkFilterModel *m_filter;
    QTableView *m_view;
    QComboBox *m_relation;
    QComboBox *m_type;
    QComboBox *m_status;
};

/// Review mode: everything awaiting a decision, one item at a time in context, walked from the
/// keyboard (J/K next and previous, A accept, X reject, E edit, T retype, N note, S skip).
class ReviewPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPanel(QWidget *parent = nullptr);
    void setProject(Core::Project *project);
    /// Builds the queue anew from the project (suggestions, candidates, unreviewed passages).
    void rebuild();
    int count() const { return int(m_items.size()); }
    int position() const { return m_position; }
    const Core::Annotation::ReviewItem *current() const;
    QString progressText() const;

public slots:
    void next();
    void previous();
    void accept();
    void reject();
    void skip();
    /// Moves the current item out of the queue (it was decided elsewhere, e.g. by editing).
    void dropCurrent();

signals:
    void statusMessage(const QString &text);

private:
    void show();
    QString describe(const Core::Annotation::ReviewItem &item) const;
    Core::Project *m_project = nullptr;
    std::vector<Core::Annotation::ReviewItem> m_items;
    int m_position = 0;
    int m_done = 0;
    QLabel *m_progress;
    QLabel *m_title;
    QTextBrowser *m_context;
};

} // namespace Crosscheck::Ui
