#pragma once
// The few colours the console sets itself: the environment banner and the expiry bar. Each comes
// as a background + foreground pair chosen to be readable on dark and light palettes; everything
// else follows the system palette.
#include <QColor>
#include <QPalette>

namespace tc::Colors {

inline QColor productionBackground()
{
    return QColor(0xB7, 0x1C, 0x1C);
} // deep red
inline QColor productionAccent()
{
    return QColor(0xFF, 0x8F, 0x00);
} // orange
inline QColor productionForeground()
{
    return QColor(Qt::white);
}
inline QColor customBackground()
{
    return QColor(0x6D, 0x4C, 0x41);
} // brown: "not the sandbox"
inline QColor customForeground()
{
    return QColor(Qt::white);
}
inline QColor amber()
{
    return QColor(0xE6, 0x9B, 0x00);
}
inline QColor red()
{
    return QColor(0xD3, 0x2F, 0x2F);
}
inline QColor green()
{
    return QColor(0x2E, 0x7D, 0x32);
}

// `accent` blended into the palette's base colour: a tint that stays readable with the palette's
// own text colour on light and dark themes.
inline QColor tint(const QPalette &palette, const QColor &accent, double amount = 0.18)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + accent.redF() * amount),
                            float(base.greenF() * (1 - amount) + accent.greenF() * amount),
                            float(base.blueF() * (1 - amount) + accent.blueF() * amount));
}

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace tc::Colors
