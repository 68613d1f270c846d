// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace Crosscheck::Core {
class FamilyAlignmentModel;
class FamilyListModel;
class OverlapIndex;
class Project;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// Passage families: the list of passages carried by three or more sources and, for the chosen
/// one, an N-way alignment (a row per source with its outlet and date, aligned columns of
/// words, differences marked) with a hint of the likely origin.
class FamilyView final : public QWidget
{
    Q_OBJECT
public:
    explicit FamilyView(QWidget *parent = nullptr);
    void setContext(Core::Project *project, std::shared_ptr<const Core::OverlapIndex> index);
    void showFamily(int family);
    int currentFamily() const { return m_family; }
    QTableView *familyList() const { return m_list; }
    QTableView *alignmentView() const { return m_alignment; }
    Core::FamilyAlignmentModel *alignmentModel() const { return m_alignmentModel; }
    QString originHint() const;

public slots:
    /// Moves the alignment's cursor to the next (or previous) column where a member differs.
    void nextDifference();
    void previousDifference();

private:
    void stepDifference(int direction);

    Core::Project *m_project = nullptr;
    std::shared_ptr<const Core::OverlapIndex> m_index;
    Core::FamilyListModel *m_listModel;
    Core::FamilyAlignmentModel *m_alignmentModel;
    QTableView *m_list;
    QTableView *m_alignment;
    QLabel *m_origin;
    int m_family = -1;
};

} // namespace Crosscheck::Ui
