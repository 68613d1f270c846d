#pragma once

#include "analysis/passage.h"
#include "analysis/worddiff.h"

#include <QColor>

#include "util/colors.h"
#include <QTextCharFormat>

namespace Crosscheck::Ui {

/// Colours and text formats of the compare view, the overview rulers and the connector band.
/// The hues are the Okabe–Ito palette (distinguishable with every common colour-vision
/// deficiency), used as light tints behind dark text; each kind of difference also has a mark
/// that does not depend on colour: deleted words are struck through, inserted words underlined,
/// replaced words wavy-underlined, moved words boxed.
namespace CompareStyle {

QColor kindColor(Core::Analysis::PassageKind kind);
/// Tint behind the words a passage shares; stronger for the current passage.
QTextCharFormat passageFormat(bool current);
/// Format of one diff run on the left (\a left) or right side; moved runs are also boxed.
QTextCharFormat runFormat(Core::Analysis::DiffRun::Kind kind, bool moved, bool left);
QColor movedBoxColor();
/// Heat-map colours, tints and readable text colours are the core's (shared with the report).
using Core::Colors::heatColor;
using Core::Colors::textOn;
using Core::Colors::tint;
/// How an entity mention looks in the reader: a tint of its type's colour and an underline in
/// it (stronger for the entity selected in the Entities tab).
QTextCharFormat mentionFormat(const QColor &typeColor, bool highlighted);

} // namespace CompareStyle
} // namespace Crosscheck::Ui
