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
const QColor kYellow(0xF0, 0xE4, 0x42);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kReddishPurple(0xCC, 0x79, 0xA7);

} // namespace

QTextCharFormat mentionFormat(const QColor &typeColor, bool highlighted)
{
    QTextCharFormat f;
    f.setBackground(tint(typeColor, highlighted ? 0.5 : 0.22));
    f.setFontUnderline(true);
    f.setUnderlineColor(typeColor.darker(130));
    if (highlighted)
        f.setFontWeight(QFont::Bold);
    return f;
}

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

QTextCharFormat passageFormat(bool current)
{
    QTextCharFormat f;
    f.setBackground(tint(kSkyBlue, current ? 0.42 : 0.2));
    return f;
}

QTextCharFormat runFormat(Core::Analysis::DiffRun::Kind kind, bool moved, bool left)
{
    using Kind = Core::Analysis::DiffRun::Kind;
    QTextCharFormat f;
    if (moved) {
        f.setBackground(tint(kReddishPurple, 0.35));
        f.setFontUnderline(true);
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        return f;
    }
    switch (kind) {
    case Kind::Delete:
    case Kind::Insert:
        if (left) {
            f.setBackground(tint(kVermillion, 0.3));
            f.setFontStrikeOut(true);
        } else {
            f.setBackground(tint(kBluishGreen, 0.32));
            f.setFontUnderline(true);
        }
        break;
    case Kind::Replace:
        f.setBackground(tint(kYellow, 0.6));
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(QColor(0x3d, 0x33, 0x00));
        break;
    case Kind::Equal:
        break;
    }
    return f;
}

QColor movedBoxColor()
{
    return QColor(0x8a, 0x3b, 0x6b); // reddish purple, dark enough for a 1px outline
}

} // namespace Crosscheck::Ui::CompareStyle
