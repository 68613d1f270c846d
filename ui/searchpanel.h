// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/passage.h>
#include <core/model/source.h>
#include <core/search/projectsearch.h>

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace Crosscheck::Core {
class Project;
class SearchResultModel;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// The Search tab (Ctrl+Shift+F): a query over every source (or a regular expression), with
/// filters; the hits grouped by source in their context, streamed in as they are found. Enter
/// opens a hit; F3 / Shift+F3 step through them across sources. From the results: tag every
/// hit as an entity (one undo step), mark a hit for a link, copy the results as a table.
class SearchPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;
    void setProject(Core::Project *project, Core::Search::ProjectSearch *search);
    /// Where the "only the selected sources" filter reads the selection from.
    void setSelectionProvider(std::function<Core::SourceIds()> provider);

    QComboBox *queryField() const { return m_query; }
    QCheckBox *regexBox() const { return m_regex; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QTreeView *view() const { return m_view; }
    Core::SearchResultModel *results() const { return m_model; }
    QString statusText() const;
    bool isRunning() const;
    /// Puts the keyboard in the query field, its text selected.
    void focusQuery();
    /// Opens the next (\a delta 1) or previous (-1) hit, across sources; false when there are
    /// no hits.
    bool step(int delta);
    /// The hits found (all of them, once the search has finished).
    std::vector<Core::Search::SearchHit> hits() const;
    /// The hit the list's current row is on (nullptr when a source row or nothing is current).
    const Core::Search::SearchHit *currentHit() const;

public slots:
    /// Runs the query in the field (remembering it among the recent searches).
    void search();
    void copyResults();
    void tagAllHits();

signals:
    void hitActivated(Core::SourceId source, Core::Analysis::Span span);
    void markRequested(Core::SourceId source, Core::Analysis::Span span);
    void statusMessage(const QString &text);

private:
    QWidget *buildFilters();
    Core::Search::SearchRequest request() const;
    void pump();
    void finishRun();
    void showStatus();
    void rememberQuery(const QString &query);
    void fillEntityTypes();
    /// Every hit row, in the order shown.
    QList<QModelIndex> hitRows() const;

    QPointer<Core::Project> m_project;
    QPointer<Core::Search::ProjectSearch> m_search;
    std::unique_ptr<Core::Search::SearchRun> m_run;
    std::function<Core::SourceIds()> m_selection;
    Core::SearchResultModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_query;
    QCheckBox *m_regex;
    QCheckBox *m_matchCase;
    QPushButton *m_go;
    QLineEdit *m_outlet;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_language;
    QComboBox *m_type;
    QComboBox *m_scope;
    QCheckBox *m_selectedOnly;
    QLabel *m_status;
    QTreeView *m_view;
    QPushButton *m_tag;
    QPushButton *m_mark;
    QPushButton *m_copy;
    QTimer *m_pump;
    QString m_error;
    QStringList m_expansions;
    qint64 m_startedAt = 0;
    qint64 m_firstAfter = -1; ///< milliseconds to the first hits
};

} // namespace Crosscheck::Ui
