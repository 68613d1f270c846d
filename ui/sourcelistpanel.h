// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/source.h>

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Crosscheck::Core {
class SourceListModel;
}

namespace Crosscheck::Ui {

/// The source list: a filter field ("filter by typing") over a sortable table of sources.
class SourceListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit SourceListPanel(Core::SourceListModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    /// Ids of the selected sources, in view order.
    Core::SourceIds selectedIds() const;
    Core::SourceId currentId() const;
    void selectSource(Core::SourceId id);
    void focusList();
    void focusFilter();

signals:
    void currentSourceChanged(Crosscheck::Core::SourceId id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensureCurrent();
    void applyColumnModes();
    void hideEmptyColumns();
    void rememberWidth(int column, int width);
    int naturalWidth(int column) const;

    Core::SourceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    bool m_applying = false; ///< sizes set by the panel, not by the analyst
};

} // namespace Crosscheck::Ui
