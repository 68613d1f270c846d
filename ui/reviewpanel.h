#pragma once

#include <core/suggestions/reviewqueue.h>

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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void show();
    void refresh();
    QString describe(const Core::Annotation::ReviewItem &item) const;
    Core::Project *m_project = nullptr;
    std::vector<Core::Annotation::ReviewItem> m_items;
    int m_position = 0;
    int m_done = 0;
    bool m_built = false; ///< the queue was built (F5 or opening review mode)
    bool m_stale = false; ///< the project changed while the panel was hidden
    QTimer m_refresh;
    bool m_deciding = false; ///< inside this panel's own accept or reject
    QLabel *m_progress;
    QLabel *m_title;
    QTextBrowser *m_context;
};

} // namespace Crosscheck::Ui
