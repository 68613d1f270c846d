// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Crosscheck::Core::Colors {

/// \a c blended towards white: \a strength 0 is white, 1 is \a c. Used instead of alpha, so
/// text contrast does not depend on what is underneath.
QColor tint(const QColor &c, double strength);
/// \a base blended towards \a accent: \a strength 0 is \a base, 1 is \a accent.
QColor blend(const QColor &base, const QColor &accent, double strength);
/// WCAG 2 relative luminance (0 black .. 1 white).
double luminance(const QColor &c);
/// A grey of the given relative luminance.
QColor greyOfLuminance(double luminance);
/// Heat-map cell colour for a share 0..1: light to dark blue, or an orange scale for
/// "found nowhere else" (\a unique). Okabe–Ito hues. The matrix view and the report use it.
QColor heatColor(double share, bool unique = false);
/// WCAG 2 contrast ratio of two colours (1..21).
double contrast(const QColor &a, const QColor &b);
/// Near-black or white, whichever reads better on \a background.
QColor textOn(const QColor &background);
/// \a color moved towards black or white until it reaches \a ratio against \a background.
QColor readable(const QColor &color, const QColor &background, double ratio = 4.5);

} // namespace Crosscheck::Core::Colors
