// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparepane.h"
#include <core/analysis/passage.h>
#include <core/analysis/worddiff.h>
#include <core/model/source.h>

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QStackedWidget;

namespace Crosscheck::Core {
class OverlapIndex;
class Project;
namespace Text {
class Tokenizer;
}
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

class ConnectorBand;
class OverviewRuler;

/// Two sources side by side: shared passages tinted in both panes with the word diff inside,
/// a connector band showing which passage maps to which (moved ones cross), an overview ruler
/// beside each pane, and scrolling kept in step by aligned passages.
class CompareView final : public QWidget
{
    Q_OBJECT
public:
    /// One passage of the pair, oriented left/right.
    struct Passage
    {
        int global = -1; ///< index into OverlapIndex::passages()
        Core::Analysis::Span left;
        Core::Analysis::Span right;
        Core::Analysis::PassageKind kind = Core::Analysis::PassageKind::Edited;
        bool moved = false;
        double score = 0;
    };

    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    void setContext(Core::Project *project, std::shared_ptr<const Core::OverlapIndex> index);
    /// Shows \a left and \a right; with \a passage (a global index between them) current.
    void setPair(Core::SourceId left, Core::SourceId right, int passage = -1);
    /// Shows the pair of global passage \a passage with it current (its source A on the left,
    /// unless the pair is already shown the other way round).
    void showPassage(int passage);

    Core::SourceId leftSource() const { return m_left; }
    Core::SourceId rightSource() const { return m_right; }
    const std::vector<Passage> &passages() const { return m_passages; }
    int currentPassage() const { return m_current; }
    /// The current difference within the current passage, or -1.
    int currentDifference() const { return m_diff; }
    int differenceCount(int passage) const;
    ComparePane *leftPane() const { return m_leftPane; }
    ComparePane *rightPane() const { return m_rightPane; }
    ConnectorBand *band() const { return m_band; }
    OverviewRuler *leftRuler() const { return m_leftRuler; }
    OverviewRuler *rightRuler() const { return m_rightRuler; }
    QString statusText() const;

public slots:
    void goToPassage(int passage);
    /// Shows \a a beside \a b with both spans selected and on screen (a recorded link between
    /// two sources; one within a single source is the reader's to show).
    void revealSpans(Core::SourceId a, Core::Analysis::Span spanA, Core::SourceId b,
                     Core::Analysis::Span spanB);
    /// Selects \a span in the pane that shows \a source, on screen, with the keyboard there;
    /// false when neither pane shows it.
    bool revealSpan(Core::SourceId source, Core::Analysis::Span span);
    void nextPassage();
    void previousPassage();
    void nextDifference();
    void previousDifference();
    void swapPanes();
    void focusOtherPane();
    /// Asks which source to compare \a left with (0: the left source shown, else the first).
    void chooseOtherSource(Core::SourceId left = 0);
    /// Shows \a source beside the source it shares most with, unless a pair with it is shown
    /// already; says so when it shares nothing.
    void showClosestTo(Core::SourceId source);
    void openFamily();
    /// Shows this entity's mentions stronger (0: none).
    void setHighlightedEntity(qint64 entity);

signals:
    void statusMessage(const QString &text);
    void familyRequested(int family);

private:
    /// Selects \a span in \a pane and brings it on screen.
    void selectInPane(ComparePane *pane, Core::Analysis::Span span);
    struct Diff
    {
        std::vector<ComparePane::RunMark> left, right;
        std::vector<Core::Analysis::DiffRun> differences; // the non-equal runs, in order
    };
    const Diff &diffOf(int passage);
    void rebuild(int focusGlobal);
    void setCurrent(int passage, ComparePane *origin);
    void selectDifference();
    void syncFrom(ComparePane *pane);
    int mapPosition(bool fromLeft, int pos) const;
    void updateHeader();
    void updateStatus();
    void onReviewsChanged();
    void refreshMentions();

    QPointer<Core::Project> m_project;
    std::shared_ptr<const Core::OverlapIndex> m_index;
    std::unique_ptr<Core::Text::Tokenizer> m_tokenizer;
    Core::SourceId m_left = 0;
    Core::SourceId m_right = 0;
    QString m_leftText, m_rightText;
    std::vector<Passage> m_passages;
    std::vector<std::optional<Diff>> m_diffs;
    std::vector<std::pair<int, int>> m_anchors; // (left, right) positions, both increasing
    int m_current = -1;
    int m_diff = -1;
    bool m_syncing = false;
    qint64 m_highlighted = 0;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_leftHeader;
    QLabel *m_rightHeader;
    QLabel *m_status;
    ComparePane *m_leftPane;
    ComparePane *m_rightPane;
    ConnectorBand *m_band;
    OverviewRuler *m_leftRuler;
    OverviewRuler *m_rightRuler;
};

} // namespace Crosscheck::Ui
