// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/model/source.h>

#include <QDialog>
#include <QHash>

class QLineEdit;
class QListWidget;

namespace Crosscheck::Ui {

/// Picks a source by typing part of its title or outlet, or its number; Up/Down move, Enter
/// chooses. Sources that share passages with the current one come first, with their count.
class SourceChooser final : public QDialog
{
    Q_OBJECT
public:
    SourceChooser(const QVector<Core::Source> &sources, Core::SourceId exclude,
                  const QHash<Core::SourceId, int> &passageCounts, QWidget *parent = nullptr);
    Core::SourceId chosen() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

private:
    void refilter();
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace Crosscheck::Ui
