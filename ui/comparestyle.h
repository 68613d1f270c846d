#pragma once

#include "analysis/passage.h"
#include "analysis/worddiff.h"

#include <QColor>

#include "util/colors.h"
#include <QTextCharFormat>

namespace Crosscheck::Ui {

/// Colours of the overview rulers, the connector band and the matrix: the Okabe–Ito palette
/// (distinguishable with every common colour-vision deficiency). The text views' highlights
/// (passages, diff runs, mentions) come from the colour theme (theme.h); each kind of
/// difference also has a mark that does not depend on colour: deleted words are struck
/// through, inserted words underlined, replaced words wavy-underlined, moved words boxed.
namespace CompareStyle {

QColor kindColor(Core::Analysis::PassageKind kind);
/// Heat-map colours, tints and readable text colours are the core's (shared with the report).
using Core::Colors::heatColor;
using Core::Colors::textOn;
using Core::Colors::tint;

} // namespace CompareStyle
} // namespace Crosscheck::Ui
