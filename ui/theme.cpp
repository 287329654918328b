// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/theme.h"

#include <cmath>

namespace portico::ui::theme {

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor text(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Success:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x6e, 0x32);
    case Tone::Info:
        return dark ? QColor(0x90, 0xca, 0xf9) : QColor(0x15, 0x57, 0xb0);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
    case Tone::Error:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb0, 0x1c, 0x1c);
    case Tone::Muted:
        return palette.color(QPalette::PlaceholderText);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor chipBackground(Tone tone, const QPalette &palette)
{
    // Saturated enough to read as a state on both palettes; the text colour follows.
    switch (tone) {
    case Tone::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Info:
        return QColor(0x15, 0x65, 0xc0);
    case Tone::Warning:
        return QColor(0xff, 0xb3, 0x00);
    case Tone::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral:
        return QColor(0x61, 0x61, 0x61);
    case Tone::Muted:
        return isDark(palette) ? QColor(0x42, 0x42, 0x42) : QColor(0xe0, 0xe0, 0xe0);
    }
    return QColor(0x61, 0x61, 0x61);
}

QColor chipText(Tone tone, const QPalette &palette)
{
    const QColor background = chipBackground(tone, palette);
    const QColor light(0xff, 0xff, 0xff);
    const QColor dark(0x1f, 0x1f, 0x1f);
    return contrast(background, light) >= contrast(background, dark) ? light : dark;
}

QColor tint(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Warning:
        return dark ? QColor(0x4a, 0x36, 0x10) : QColor(0xff, 0xeb, 0xc8);
    case Tone::Error:
        return dark ? QColor(0x4a, 0x1c, 0x1c) : QColor(0xff, 0xdd, 0xdd);
    case Tone::Success:
        return dark ? QColor(0x1b, 0x3a, 0x20) : QColor(0xdd, 0xf3, 0xdd);
    case Tone::Info:
        return dark ? QColor(0x16, 0x2e, 0x4a) : QColor(0xdd, 0xea, 0xfb);
    case Tone::Neutral:
    case Tone::Muted:
        break;
    }
    return palette.color(QPalette::AlternateBase);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc0));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x90, 0xca, 0xf9));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace portico::ui::theme
