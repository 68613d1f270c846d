// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/suggestions/reviewqueue.h>

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Crosscheck::Core {
class Project;
} // namespace Crosscheck::Core

namespace Crosscheck::Ui {

/// The HTML review mode shows an item in: excerpts of the sources with the item's span marked
/// and the mentions around it tinted. Our own escaped HTML; nothing in it is fetched.
class ReviewContext
{
    Q_DECLARE_TR_FUNCTIONS(Crosscheck::Ui::ReviewContext)
public:
    /// \a text as HTML, its line breaks kept (a headline stays apart from the body).
    static QString escaped(const QString &text);
    /// The source's title and about 160 characters on each side of \a span, the span marked
    /// (bold, underlined, tinted; a caret where it is empty).
    static QString excerpt(const Core::Project &project, Core::SourceId source, Core::Span span);
    /// The other occurrences of a folded name (the entity items [\a start, \a end) of \a items
    /// but \a current), a line each: the source's title and a few words around.
    static QString otherOccurrences(const Core::Project &project,
                                    const std::vector<Core::Annotation::ReviewItem> &items,
                                    int start, int end, int current);
};

} // namespace Crosscheck::Ui
