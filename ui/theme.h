// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Status colours that stay readable on the system's light and dark palettes alike: text
// tones for messages, and chip (badge) colours whose text always meets WCAG AA contrast.
// Colour is never the only carrier: chips and messages also say their state in words.

#include <QColor>
#include <QPalette>

namespace portico::ui::theme {

enum class Tone { Success, Info, Warning, Error, Neutral, Muted };

// The palette in use is dark when its base (text field background) is.
bool isDark(const QPalette &palette);
// Message text in this tone, for a label on the palette's window or base.
QColor text(Tone tone, const QPalette &palette);
// A filled chip or badge: its background and the text drawn on it.
QColor chipBackground(Tone tone, const QPalette &palette);
QColor chipText(Tone tone, const QPalette &palette);
// A quiet row tint (e.g. a required value missing), with the palette's own text on it.
QColor tint(Tone tone, const QPalette &palette);
// WCAG 2 contrast ratio between two colours, 1 to 21.
double contrast(const QColor &a, const QColor &b);
// A dark palette for screenshots and tests of the dark look.
QPalette darkPalette();

} // namespace portico::ui::theme
