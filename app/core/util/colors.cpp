// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colors.h"

#include <algorithm>
#include <cmath>

namespace Crosscheck::Core::Colors {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor greyOfLuminance(double l)
{
    l = std::clamp(l, 0.0, 1.0);
    const double v = l <= 0.03928 / 12.92 ? l * 12.92 : 1.055 * std::pow(l, 1 / 2.4) - 0.055;
    // Rounded towards the side that keeps the luminance on the asked-for side of the grey.
    return QColor::fromRgbF(float(v), float(v), float(v));
}

QColor blend(const QColor &base, const QColor &accent, double strength)
{
    strength = std::clamp(strength, 0.0, 1.0);
    const auto mix = [strength](int a, int b) { return int(std::lround(a + (b - a) * strength)); };
    return QColor(mix(base.red(), accent.red()), mix(base.green(), accent.green()),
                  mix(base.blue(), accent.blue()));
}

QColor tint(const QColor &c, double strength)
{
    const auto mix = [strength](int v) { return int(255 - (255 - v) * strength); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

QColor heatColor(double share, bool unique)
{
    static const QColor orange(0xE6, 0x9F, 0x00), blue(0x00, 0x72, 0xB2);
    share = std::clamp(share, 0.0, 1.0);
    return tint(unique ? orange : blue, 0.06 + 0.94 * share);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textOn(const QColor &background)
{
    // Black text above a relative luminance of 0.18, white below.
    return luminance(background) > 0.18 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

QColor readable(const QColor &color, const QColor &background, double ratio)
{
    if (contrast(color, background) >= ratio)
        return color;
    // Towards black on light backgrounds, towards white on dark ones, in small steps.
    const QColor target = contrast(Qt::black, background) >= contrast(Qt::white, background)
                              ? QColor(Qt::black)
                              : QColor(Qt::white);
    QColor c = color;
    for (int step = 1; step <= 20 && contrast(c, background) < ratio; ++step) {
        const double t = step / 20.0;
        c = QColor::fromRgbF(float(color.redF() + (target.redF() - color.redF()) * t),
                             float(color.greenF() + (target.greenF() - color.greenF()) * t),
                             float(color.blueF() + (target.blueF() - color.blueF()) * t));
    }
    return c;
}

} // namespace Crosscheck::Core::Colors
