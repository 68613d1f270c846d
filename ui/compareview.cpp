// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"
#include "connectorband.h"
#include "overviewruler.h"
#include "sourcechooser.h"

#include <core/models/overlaplistmodel.h>
#include <core/models/sourcepairmodel.h>
#include <core/project/overlapindex.h>
#include <core/project/project.h>
#include <core/text/tokenizer.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Crosscheck::Ui {

using Core::Analysis::DiffRun;
using Core::Analysis::Span;

namespace {
QLabel *headerLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}
} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_leftHeader(headerLabel(this))
    , m_rightHeader(headerLabel(this))
    , m_status(new QLabel(this))
    , m_leftPane(new ComparePane(true, this))
    , m_rightPane(new ComparePane(false, this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setText(
        tr("Choose a pair of sources: Enter on a passage in Overlaps, on a cell of the source "
           "matrix, or “Compare With…” here."));
    m_leftPane->setObjectName(QStringLiteral("compareLeft"));
    m_rightPane->setObjectName(QStringLiteral("compareRight"));
    m_band = new ConnectorBand(m_leftPane, m_rightPane, this);
    m_leftRuler = new OverviewRuler(m_leftPane, this);
    m_rightRuler = new OverviewRuler(m_rightPane, this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setTextFormat(Qt::PlainText);

    auto *legend = new QLabel(this);
    legend->setObjectName(QStringLiteral("compareLegend"));
    legend->setWordWrap(true);
    // Marks that do not rely on colour; the rich text holds no user data.
    legend->setText(tr("<s>struck through</s>: only on the left · <u>underlined</u>: only on the "
                       "right · wavy underline: replaced words · dashed box: moved words · "
                       "dashed ribbon: moved passage"));

    auto *page = new QWidget(m_stack);
    auto *grid = new QVBoxLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *headers = new QHBoxLayout;
    headers->addWidget(m_leftHeader, 1);
    headers->addSpacing(m_band->sizeHint().width());
    headers->addWidget(m_rightHeader, 1);
    grid->addLayout(headers);
    auto *row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(m_leftPane, 1);
    row->addWidget(m_leftRuler);
    row->addWidget(m_band);
    row->addWidget(m_rightPane, 1);
    row->addWidget(m_rightRuler);
    grid->addLayout(row, 1);
    grid->addWidget(m_status);
    grid->addWidget(legend);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_stack);
    setFocusProxy(m_leftPane);

    for (ComparePane *pane : {m_leftPane, m_rightPane}) {
        connect(pane->verticalScrollBar(), &QScrollBar::valueChanged, this,
                [this, pane] { syncFrom(pane); });
        connect(pane, &ComparePane::passageActivated, this,
                [this, pane](int passage) { setCurrent(passage, pane); });
    }
    connect(m_band, &ConnectorBand::linkClicked, this, &CompareView::goToPassage);
    connect(m_leftRuler, &OverviewRuler::jumpRequested, this, &CompareView::goToPassage);
    connect(m_rightRuler, &OverviewRuler::jumpRequested, this, &CompareView::goToPassage);
}

CompareView::~CompareView() = default;

void CompareView::setContext(Core::Project *project,
                             std::shared_ptr<const Core::OverlapIndex> index)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_index = std::move(index);
    if (m_project) {
        connect(m_project, &Core::Project::reviewsChanged, this, &CompareView::onReviewsChanged);
        connect(m_project, &Core::Project::annotationsChanged, this, &CompareView::refreshMentions);
    }
    // Keep the pair on screen when both sources still exist (after a re-analysis, say).
    if (!m_index || !m_index->source(m_left) || !m_index->source(m_right))
        m_left = m_right = 0;
    rebuild(-1);
}

void CompareView::setPair(Core::SourceId left, Core::SourceId right, int passage)
{
    m_left = left;
    m_right = right;
    rebuild(passage);
}

void CompareView::showPassage(int passage)
{
    if (!m_index || passage < 0 || size_t(passage) >= m_index->passages().size())
        return;
    const Core::Analysis::PassagePair &p = m_index->passages()[size_t(passage)];
    if ((p.a == m_left && p.b == m_right) || (p.a == m_right && p.b == m_left)) {
        for (size_t i = 0; i < m_passages.size(); ++i) {
            if (m_passages[i].global == passage)
                goToPassage(int(i));
        }
        return;
    }
    setPair(p.a, p.b, passage);
}

void CompareView::rebuild(int focusGlobal)
{
    m_passages.clear();
    m_diffs.clear();
    m_anchors.clear();
    m_current = -1;
    m_diff = -1;
    const Core::Source *l = m_index ? m_index->source(m_left) : nullptr;
    const Core::Source *r = m_index ? m_index->source(m_right) : nullptr;
    if (!m_project || !l || !r || m_left == m_right) {
        m_left = m_right = 0;
        m_leftPane->setContent({}, {}, {});
        m_rightPane->setContent({}, {}, {});
        m_stack->setCurrentIndex(0);
        updateStatus();
        return;
    }
    m_tokenizer = std::make_unique<Core::Text::Tokenizer>(
        Core::Text::TokenizerOptions{l->meta.language, false});
    m_leftText = m_project->sourceText(m_left);
    m_rightText = m_project->sourceText(m_right);
    for (int g : m_index->passagesBetween(m_left, m_right)) {
        const Core::Analysis::PassagePair &p = m_index->passages()[size_t(g)];
        const bool aLeft = p.a == m_left;
        m_passages.push_back(
            {g, aLeft ? p.spanA : p.spanB, aLeft ? p.spanB : p.spanA, p.kind, p.moved, p.score});
    }
    m_diffs.resize(m_passages.size());

    // Scroll anchors: passages that keep their order, both sides increasing.
    std::vector<const Passage *> ordered;
    for (const Passage &p : m_passages) {
        if (!p.moved)
            ordered.push_back(&p);
    }
    m_anchors.emplace_back(0, 0);
    for (const Passage *p : ordered) {
        for (const auto &a : {std::make_pair(int(p->left.start), int(p->right.start)),
                              std::make_pair(int(p->left.end), int(p->right.end))}) {
            if (a.first >= m_anchors.back().first && a.second >= m_anchors.back().second)
                m_anchors.push_back(a);
        }
    }
    m_anchors.emplace_back(std::max<int>(m_leftText.size(), m_anchors.back().first),
                           std::max<int>(m_rightText.size(), m_anchors.back().second));

    std::vector<Span> leftSpans, rightSpans;
    std::vector<ConnectorBand::Link> links;
    for (const Passage &p : m_passages) {
        leftSpans.push_back(p.left);
        rightSpans.push_back(p.right);
        links.push_back({p.kind, p.moved});
    }
    m_syncing = true;
    m_leftPane->setContent(
        m_leftText, leftSpans,
        [this](int i) -> const std::vector<ComparePane::RunMark> & { return diffOf(i).left; });
    m_rightPane->setContent(
        m_rightText, rightSpans,
        [this](int i) -> const std::vector<ComparePane::RunMark> & { return diffOf(i).right; });
    m_syncing = false;
    m_band->setLinks(links);
    m_leftRuler->setKinds(links);
    m_rightRuler->setKinds(std::move(links));
    m_stack->setCurrentIndex(1);
    refreshMentions();
    updateHeader();
    int focus = 0;
    for (size_t i = 0; i < m_passages.size(); ++i) {
        if (m_passages[i].global == focusGlobal)
            focus = int(i);
    }
    if (!m_passages.empty())
        setCurrent(focus, nullptr);
    else
        updateStatus();
}

const CompareView::Diff &CompareView::diffOf(int passage)
{
    std::optional<Diff> &slot = m_diffs[size_t(passage)];
    if (slot)
        return *slot;
    const Passage &p = m_passages[size_t(passage)];
    const Core::Analysis::WordDiff d =
        Core::Analysis::WordDiff::compute(m_leftText, p.left, m_rightText, p.right, *m_tokenizer);
    Diff diff;
    for (const DiffRun &run : d.runs) {
        if (run.kind == DiffRun::Kind::Equal)
            continue;
        diff.differences.push_back(run);
        const bool moved = run.moveId >= 0;
        if (run.a.isValid())
            diff.left.push_back({run.a, run.kind, moved});
        if (run.b.isValid())
            diff.right.push_back({run.b, run.kind, moved});
    }
    slot = std::move(diff);
    return *slot;
}

int CompareView::differenceCount(int passage) const
{
    if (passage < 0 || size_t(passage) >= m_passages.size())
        return 0;
    return int(const_cast<CompareView *>(this)->diffOf(passage).differences.size());
}

void CompareView::setCurrent(int passage, ComparePane *origin)
{
    if (passage < 0 || size_t(passage) >= m_passages.size())
        return;
    m_current = passage;
    m_diff = -1;
    const Passage &p = m_passages[size_t(passage)];
    m_syncing = true;
    for (ComparePane *pane : {m_leftPane, m_rightPane}) {
        const Span span = pane == m_leftPane ? p.left : p.right;
        pane->setCurrentPassage(passage);
        pane->setFocusSpan({-1, -1});
        if (pane != origin) {
            pane->placeCaret(span.start);
            pane->scrollToPosition(span.start, 0.25);
        }
        pane->refreshHighlights();
    }
    m_syncing = false;
    m_band->setCurrent(passage);
    m_leftRuler->setCurrent(passage);
    m_rightRuler->setCurrent(passage);
    updateStatus();
}

void CompareView::chooseOtherSource(Core::SourceId left)
{
    if (!m_project || !m_index || m_index->sources().size() < 2) {
        emit statusMessage(tr("A comparison needs at least two sources."));
        return;
    }
    // The source asked for (the one selected in the source list), else the left source shown,
    // else the first source in the project.
    const Core::SourceId keep = left && m_index->source(left) ? left
                                : m_left                      ? m_left
                                                              : m_index->sources().first().id;
    QHash<Core::SourceId, int> counts;
    for (const Core::OverlapIndex::PairSummary &p : m_index->pairs()) {
        if (p.a == keep)
            counts.insert(p.b, int(p.passages.size()));
        else if (p.b == keep)
            counts.insert(p.a, int(p.passages.size()));
    }
    SourceChooser chooser(m_index->sources(), keep, counts, this);
    if (chooser.exec() != QDialog::Accepted || !chooser.chosen())
        return;
    setPair(keep, chooser.chosen());
    m_leftPane->setFocus(Qt::OtherFocusReason);
}

void CompareView::showClosestTo(Core::SourceId source)
{
    if (!m_project || !m_index || !m_index->source(source) || m_left == source || m_right == source)
        return;
    const Core::SourceId other = m_index->closestTo(source);
    if (!other) {
        emit statusMessage(tr("“%1” shares no passages with another source.")
                               .arg(m_index->source(source)->meta.title));
        return;
    }
    setPair(source, other);
}

void CompareView::openFamily()
{
    if (m_current < 0)
        return;
    const int f = m_index->familyOf(m_passages[size_t(m_current)].global);
    if (f < 0) {
        emit statusMessage(tr("This passage is shared by these two sources only: it has no "
                              "family."));
        return;
    }
    emit familyRequested(f);
}

void CompareView::refreshMentions()
{
    for (ComparePane *pane : {m_leftPane, m_rightPane}) {
        const Core::SourceId id = pane == m_leftPane ? m_left : m_right;
        std::vector<Span> spans, strong;
        if (m_project && id) {
            for (const Core::Mention &m : m_project->mentionsIn(id))
                (m.entity == m_highlighted ? strong : spans).push_back(m.span);
        }
        pane->setMentions(std::move(spans), std::move(strong));
    }
}

void CompareView::setHighlightedEntity(qint64 entity)
{
    m_highlighted = entity;
    refreshMentions();
}

void CompareView::revealSpans(Core::SourceId a, Span spanA, Core::SourceId b, Span spanB)
{
    if (a == b)
        return; // one source: the reader shows it
    if (!((m_left == a && m_right == b) || (m_left == b && m_right == a)))
        setPair(a, b);
    const bool aLeft = m_left == a;
    m_syncing = true;
    selectInPane(m_leftPane, aLeft ? spanA : spanB);
    selectInPane(m_rightPane, aLeft ? spanB : spanA);
    m_syncing = false;
}

bool CompareView::revealSpan(Core::SourceId source, Span span)
{
    ComparePane *pane = m_left && m_left == source     ? m_leftPane
                        : m_right && m_right == source ? m_rightPane
                                                       : nullptr;
    if (!pane)
        return false;
    m_syncing = true;
    selectInPane(pane, span);
    m_syncing = false;
    pane->setFocus(Qt::OtherFocusReason);
    return true;
}

void CompareView::selectInPane(ComparePane *pane, Span span)
{
    QTextCursor c(pane->document());
    const int max = pane->document()->characterCount() - 1;
    c.setPosition(std::clamp<int>(span.start, 0, max));
    c.setPosition(std::clamp<int>(span.end, 0, max), QTextCursor::KeepAnchor);
    pane->setTextCursor(c);
    pane->scrollToPosition(span.start, 0.3);
    pane->setFocusSpan(span);
}

void CompareView::onReviewsChanged()
{
    updateStatus();
}

int CompareView::mapPosition(bool fromLeft, int pos) const
{
    if (m_anchors.size() < 2)
        return pos;
    const auto key = [fromLeft](const std::pair<int, int> &a) {
        return fromLeft ? a.first : a.second;
    };
    auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(), pos,
                               [&](int v, const std::pair<int, int> &a) { return v < key(a); });
    if (it == m_anchors.begin())
        return fromLeft ? m_anchors.front().second : m_anchors.front().first;
    if (it == m_anchors.end())
        return fromLeft ? m_anchors.back().second : m_anchors.back().first;
    const auto &hi = *it;
    const auto &lo = *(it - 1);
    const int from0 = key(lo), from1 = key(hi);
    const int to0 = fromLeft ? lo.second : lo.first, to1 = fromLeft ? hi.second : hi.first;
    const double t = from1 > from0 ? double(pos - from0) / (from1 - from0) : 0.0;
    return to0 + int(t * (to1 - to0));
}

void CompareView::syncFrom(ComparePane *pane)
{
    if (m_syncing || !m_left)
        return;
    m_syncing = true;
    const bool fromLeft = pane == m_leftPane;
    ComparePane *other = fromLeft ? m_rightPane : m_leftPane;
    other->scrollToPosition(mapPosition(fromLeft, pane->centerPosition()), 0.5);
    m_syncing = false;
}

void CompareView::updateHeader()
{
    const auto describe = [this](Core::SourceId id) -> QString {
        const Core::Source *s = m_index->source(id);
        if (!s)
            return {};
        QStringList parts{s->meta.title};
        if (!s->meta.outlet.isEmpty())
            parts << s->meta.outlet;
        if (!s->meta.published.isEmpty())
            parts << s->meta.published.left(10);
        return parts.join(QStringLiteral(" · "));
    };
    m_leftHeader->setText(describe(m_left));
    m_rightHeader->setText(describe(m_right));
}

QString CompareView::statusText() const
{
    return m_status->text();
}

void CompareView::updateStatus()
{
    if (!m_left) {
        m_status->clear();
        return;
    }
    if (m_passages.empty()) {
        m_status->setText(tr("These two sources share no passages."));
        return;
    }
    if (m_current < 0) {
        m_status->setText(tr("%n shared passage(s)", nullptr, int(m_passages.size())));
        return;
    }
    const Passage &p = m_passages[size_t(m_current)];
    const Core::Analysis::PassagePair &pair = m_index->passages()[size_t(p.global)];
    const Core::Analysis::ReviewStatus status =
        m_project ? m_project->reviewStatus(Core::Analysis::keyOf(pair))
                  : Core::Analysis::ReviewStatus::Unreviewed;
    QStringList parts{tr("Passage %1 of %2").arg(m_current + 1).arg(m_passages.size()),
                      Core::OverlapListModel::kindLabel(p.kind, p.moved),
                      tr("score %1%").arg(qRound(p.score * 100)),
                      Core::OverlapListModel::statusLabel(status)};
    const int f = m_index->familyOf(p.global);
    if (f >= 0)
        parts << tr("family F%1").arg(f + 1);
    const int diffs = differenceCount(m_current);
    if (m_diff >= 0)
        parts << tr("difference %1 of %2").arg(m_diff + 1).arg(diffs);
    else
        parts << tr("%n difference(s)", nullptr, diffs);
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace Crosscheck::Ui
