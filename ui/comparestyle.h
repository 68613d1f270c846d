// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/analysis/passage.h>
#include <core/analysis/worddiff.h>

#include <QColor>

namespace Crosscheck::Ui {

/// Colours of the overview rulers, the connector band and the matrix: the Okabe–Ito palette
/// (distinguishable with every common colour-vision deficiency). The text views' highlights
/// (passages, diff runs, mentions) come from the colour theme (theme.h); each kind of
/// difference also has a mark that does not depend on colour: deleted words are struck
/// through, inserted words underlined, replaced words wavy-underlined, moved words boxed.
namespace CompareStyle {

QColor kindColor(Core::Analysis::PassageKind kind);

} // namespace CompareStyle
} // namespace Crosscheck::Ui
