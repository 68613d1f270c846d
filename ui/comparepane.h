// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/passage.h>
#include <core/analysis/worddiff.h>

#include <QPlainTextEdit>

#include <functional>
#include <vector>

namespace Crosscheck::Ui {

/// One side of the compare view: a read-only text whose passages are tinted and whose word
/// differences are marked. Highlighting is applied lazily to the visible part only, so long
/// texts open and scroll at once.
class ComparePane final : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct RunMark
    {
        Core::Analysis::Span span;
        Core::Analysis::DiffRun::Kind kind;
        bool moved = false;
    };
    /// The diff runs of a passage on this side (computed by the caller on first use).
    using RunProvider = std::function<const std::vector<RunMark> &(int passage)>;

    explicit ComparePane(bool left, QWidget *parent = nullptr);

    void setContent(const QString &text, std::vector<Core::Analysis::Span> passages,
                    RunProvider runs);
    const std::vector<Core::Analysis::Span> &passageSpans() const { return m_spans; }
    void setCurrentPassage(int passage);
    int currentPassage() const { return m_current; }
    /// The passage containing text position \a pos, or -1.
    int passageAt(int pos) const;
    /// Passages with some part on screen.
    std::vector<int> visiblePassages() const;
    /// First and last text position on screen (as of the last scroll, resize or refresh).
    std::pair<int, int> visibleRange() const { return m_visible; }
    /// Viewport y of the top (or bottom) of the line holding \a pos; off-screen positions give
    /// a value just above or below the viewport.
    int yOf(int pos, bool bottom) const;
    /// Scrolls so that the line holding \a pos sits at \a fraction of the viewport height.
    void scrollToPosition(int pos, double fraction);
    /// The text position at the middle of the viewport.
    int centerPosition() const;
    /// Puts the caret at \a pos without a selection (no passageActivated).
    void placeCaret(int pos);
    /// Frames \a span (the current difference); an empty span is drawn as a bar where the
    /// other side has words this one lacks. An invalid span (-1) clears it.
    void setFocusSpan(Core::Analysis::Span span);
    Core::Analysis::Span focusSpan() const { return m_focus; }
    /// Viewport rectangles covering \a span, one per line (only lines on screen).
    std::vector<QRectF> spanRects(Core::Analysis::Span span) const;
    /// The mentions on screen, as corner brackets are drawn around them.
    size_t drawnMentions() const { return m_brackets.size(); }
    /// Position of \a pos as a share (0..1) of the document's height, for the ruler.
    double fractionOf(int pos) const;
    /// Entity mentions on this side, marked with an overline (diff marks use the underline).
    /// \a strong marks the mentions of the entity chosen in the Entities tab (bold as well).
    void setMentions(std::vector<Core::Analysis::Span> mentions,
                     std::vector<Core::Analysis::Span> strong = {});
    /// Re-applies the highlighting of what is visible.
    void refreshHighlights();
    /// Number of extra selections applied (the lazy highlighting's working set).
    int appliedHighlights() const { return int(extraSelections().size()); }

signals:
    /// Scrolled, resized or re-highlighted: the band and ruler repaint.
    void viewChanged();
    /// The user put the caret into a passage (click or caret keys).
    void passageActivated(int passage);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;

private:
    void userMovedCaret();
    std::pair<int, int> computeVisibleRange() const;

    bool m_left;
    std::vector<Core::Analysis::Span> m_spans;
    RunProvider m_runs;
    int m_current = -1;
    std::vector<QRectF> m_boxes; // moved runs on screen, viewport coordinates
    struct Bracket
    {
        QRectF first, last; ///< the mention's first and last line pieces on screen
        bool strong = false;
    };
    std::vector<Bracket> m_brackets;     // mentions on screen
    std::pair<int, int> m_visible{0, 0}; // visibleRange() as of the last refresh
    Core::Analysis::Span m_focus{-1, -1};
    std::vector<Core::Analysis::Span> m_mentions;
    std::vector<Core::Analysis::Span> m_strongMentions;
};

} // namespace Crosscheck::Ui
