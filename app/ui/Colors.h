#pragma once
// The few colours the console sets itself: the environment banner and the expiry bar. Each comes
// as a background + foreground pair chosen to be readable on dark and light palettes; everything
// else follows the system palette.
#include <QColor>
#include <QPalette>
#include <QString>

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

// Text that says something went wrong, readable on the palette's window colour (dark red on light
// palettes, a light red on dark ones).
inline QColor errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x00, 0x20);
}

// The same as a style sheet, for labels that already use one.
inline QString errorStyle(const QPalette &palette, bool bold = false)
{
    return QStringLiteral("color: %1;").arg(errorText(palette).name())
           + (bold ? QStringLiteral(" font-weight: bold;") : QString());
}

// A dark Fusion palette (TC_PALETTE=dark): how the console looks under a dark desktop theme.
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2B, 0x2B, 0x2B), base(0x1E, 0x1E, 0x1E), text(0xE8, 0xE8, 0xE8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3A, 0x3A));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6E, 0x6E));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4A, 0x4A));
    p.setColor(QPalette::Midlight, QColor(0x3E, 0x3E, 0x3E));
    p.setColor(QPalette::Mid, QColor(0x5A, 0x5A, 0x5A));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0A, 0x0A, 0x0A));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xB7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7A, 0xB8, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xC0, 0x9C, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

} // namespace tc::Colors
