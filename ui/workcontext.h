// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/passage.h>
#include <core/model/source.h>

#include <QObject>
#include <QPointer>

class QPlainTextEdit;
class QTabWidget;
class QWidget;

namespace Crosscheck::Core::Annotation {
struct ReviewItem;
}

namespace Crosscheck::Ui {

class CompareView;
class EntityPanel;
class FamilyView;
class LinksPanel;
class OverlapsPanel;
class ReaderView;
class ReviewPanel;
class ClaimsPanel;
class NotesPanel;
class SearchPanel;
class SourceListPanel;
class SourceMatrixView;

/// The window's views, as the handlers need them (built by MainWindow).
struct Views
{
    SourceListPanel *sources = nullptr;
    QTabWidget *tabs = nullptr;
    ReaderView *reader = nullptr;
    CompareView *compare = nullptr;
    OverlapsPanel *overlaps = nullptr;
    FamilyView *families = nullptr;
    SourceMatrixView *matrix = nullptr;
    EntityPanel *entities = nullptr;
    LinksPanel *links = nullptr;
    ReviewPanel *review = nullptr;
    ClaimsPanel *claims = nullptr;
    SearchPanel *search = nullptr;
    NotesPanel *notes = nullptr;
};

/// What the analyst is working on: the area the keyboard is in (from one focus hook), the
/// text and selection an action applies to, the current source, entity, link, passage and
/// review item, and the span marked for a link. Handlers read it instead of the focus.
class WorkContext final : public QObject
{
    Q_OBJECT
public:
    enum class Area {
        None,
        Sources,
        Reader,
        LeftPane,
        RightPane,
        Entities,
        Links,
        Review,
        Overlaps,
        Families,
        Other
    };
    /// The text an action on a selection applies to.
    struct Text
    {
        Core::SourceId source = 0;
        QPlainTextEdit *edit = nullptr;
        Core::Analysis::Span selection; ///< empty when nothing is selected
        int caret = 0;
        bool isValid() const { return source && edit; }
    };
    struct Marked
    {
        Core::SourceId source = 0;
        Core::Analysis::Span span;
    };

    WorkContext(const Views &views, QWidget *window);

    const Views &views() const { return m_views; }
    /// The widget that has the keyboard (to give it back after a progress dialog).
    static QWidget *focusWidget();
    /// Where the keyboard is; while a dialog or menu has it, where it was before.
    Area area() const;
    /// The reader or compare pane the keyboard is in, else the one the current tab shows.
    Text text() const;
    Core::SourceIds selectedSources() const;
    Core::SourceId currentSource() const;
    /// The entity chosen in the Entities tab (whether or not it has the focus).
    qint64 chosenEntity() const;
    /// The link chosen in the Links tab, when the keyboard is there (else 0).
    qint64 currentLink() const;
    const Core::Annotation::ReviewItem *currentReviewItem() const;
    /// The passage a verdict applies to: the passage list's row when it has the keyboard,
    /// else the compare view's current passage (a global index, -1 for none).
    int currentPassage() const;

    Marked marked() const { return m_marked; }
    void setMarked(const Marked &marked);
    qint64 lastTagged() const { return m_lastTagged; }
    void setLastTagged(qint64 entity) { m_lastTagged = entity; }
    /// Stops following the focus (the window is being torn down and its views go first).
    void detach();
    /// Forgets the marked span and the last tagged entity (another project was opened).
    void reset();

signals:
    void changed();

private:
    Area areaOf(const QWidget *widget) const;

    Views m_views;
    QPointer<QWidget> m_window;
    QMetaObject::Connection m_focusHook;
    Area m_lastArea = Area::None;
    Marked m_marked;
    qint64 m_lastTagged = 0;
};

} // namespace Crosscheck::Ui
