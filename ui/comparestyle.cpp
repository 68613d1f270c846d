// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparestyle.h"

#include <QFont>

#include <algorithm>
#include <cmath>

namespace Crosscheck::Ui::CompareStyle {

namespace {
// Okabe–Ito.
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kBlue(0x00, 0x72, 0xB2);

} // namespace

QColor kindColor(Core::Analysis::PassageKind kind)
{
    switch (kind) {
    case Core::Analysis::PassageKind::Verbatim:
        return kBlue;
    case Core::Analysis::PassageKind::Edited:
        return kSkyBlue;
    case Core::Analysis::PassageKind::Paraphrase:
        return kOrange;
    case Core::Analysis::PassageKind::Quote:
        return kBluishGreen;
    }
    return kSkyBlue;
}

} // namespace Crosscheck::Ui::CompareStyle
