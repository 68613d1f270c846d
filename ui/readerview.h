// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/passage.h>
#include <core/model/source.h>

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QSyntaxHighlighter;

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

class FindBar;

/// Shows one source: its metadata and its text, read-only, as plain text (imported HTML is
/// never rendered, so nothing is loaded from the network); for a source imported from HTML or
/// Markdown, also the original file as highlighted text (the markup view).
class ReaderView final : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);
    void setProject(const Core::Project *project);
    void showSource(Core::SourceId id);
    Core::SourceId sourceId() const { return m_id; }
    QPlainTextEdit *textView() const { return m_text; }
    /// The find bar under the text (Ctrl+F).
    FindBar *findBar() const { return m_findBar; }
    QString headerText() const;
    /// Selects \a span of the shown source and brings it on screen.
    void selectSpan(Core::Analysis::Span span);
    /// Shows this entity's mentions stronger (0: none).
    void setHighlightedEntity(qint64 entity);
    /// The reading lens: quotes, numbers, dates, attribution and the registry's names marked.
    void setLensEnabled(bool on);
    bool isLensEnabled() const { return m_lens != nullptr; }

    /// Whether the shown source has an original file to show in the markup view (HTML or
    /// Markdown).
    bool hasMarkup() const;
    /// Shows the original HTML or Markdown instead of the text (when the source has one).
    void setMarkupShown(bool on);
    bool isMarkupShown() const;
    QPlainTextEdit *markupView() const { return m_markup; }
    /// The markup view's highlighter (null while hidden or for a file too large to highlight).
    QSyntaxHighlighter *markupHighlighter() const { return m_markupHighlighter; }

signals:
    /// The shown source changed whether it has markup, or the markup view was shown or hidden.
    void markupStateChanged();

private:
    void refresh();
    void refreshMentions();
    void applyTheme();
    void loadMarkup();
    QStringList entityNames() const;

    const Core::Project *m_project = nullptr;
    Core::SourceId m_id = 0;
    qint64 m_highlighted = 0;
    QLabel *m_title;
    QLabel *m_meta;
    QPlainTextEdit *m_text;
    QSyntaxHighlighter *m_lens = nullptr;
    QStackedWidget *m_stack;
    QWidget *m_markupPage;
    QLabel *m_markupInfo;
    QPlainTextEdit *m_markup;
    QSyntaxHighlighter *m_markupHighlighter = nullptr;
    FindBar *m_findBar;
};

} // namespace Crosscheck::Ui
