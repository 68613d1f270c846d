// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "source.h"

#include "analysis/passage.h"
#include "annotation.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Crosscheck::Core {

/// Everything stored for one source: what an import writes and what undoing a removal restores.
struct SourceRecord
{
    Source source;
    QString text;
    QByteArray original;
    /// The verdicts on passage pairs involving the source (restored with it after a removal).
    std::vector<Analysis::PassageReview> reviews;
    /// Mentions, links and notes anchored in the source (restored with it after a removal).
    AnnotationDelta annotations;
};

} // namespace Crosscheck::Core
