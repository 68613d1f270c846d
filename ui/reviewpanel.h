// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/suggestions/reviewqueue.h>

#include <QSet>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace Crosscheck::Core {
class Project;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

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
    /// The occurrences in the queue (a folded name counts each of its occurrences).
    int count() const { return int(m_items.size()); }
    /// The items J and K step through: a folded name is one, an unfolded name one per occurrence.
    int itemCount() const { return stepsBefore(count()); }
    /// The queue in its order (a name's occurrences follow each other).
    const std::vector<Core::Annotation::ReviewItem> &items() const { return m_items; }
    int position() const { return m_position; }
    const Core::Annotation::ReviewItem *current() const;
    QString progressText() const;

public slots:
    void next();
    void previous();
    void accept();
    void reject();
    void skip();
    /// Accepts (or rejects) the current entity item and every other item of the same name
    /// and type in the queue, as one undo step.
    void decideName(bool accept);
    /// Accepts (or rejects) every entity item suggested as the current item's type.
    void decideType(bool accept);
    /// Shows the occurrences of the current item's name one by one (J/K walk them), or folds
    /// them back into one item (J/K step over them together).
    void toggleGroup();
    /// Moves the current item out of the queue (it was decided elsewhere, e.g. by editing).
    void dropCurrent();

signals:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show();
    void refresh();
    QString describe(const Core::Annotation::ReviewItem &item) const;
    /// The first index of the group (the name's occurrences) index \a i is in, and one past
    /// its last; the occurrences of a name follow each other in the queue.
    int groupStart(int i) const;
    int groupEnd(int i) const;
    bool expandedAt(int i) const;
    void decideAll(const std::vector<Core::Annotation::ReviewItem> &items, bool accept,
                   const QString &what);
    /// The J/K steps among the queue's first \a end occurrences.
    int stepsBefore(int end) const;
    Core::Project *m_project = nullptr;
    std::vector<Core::Annotation::ReviewItem> m_items;
    int m_position = 0;
    int m_done = 0;
    QSet<QString> m_expanded; ///< the groups whose occurrences J/K walk one by one
    bool m_built = false;     ///< the queue was built (F5 or opening review mode)
    bool m_stale = false;     ///< the project changed while the panel was hidden
    QTimer m_refresh;
    bool m_deciding = false; ///< inside this panel's own accept or reject
    QLabel *m_progress;
    QLabel *m_title;
    QTextBrowser *m_context;
};

} // namespace Crosscheck::Ui
