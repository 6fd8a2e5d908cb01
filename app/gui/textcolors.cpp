// SPDX-License-Identifier: GPL-2.0-or-later
#include "textcolors.h"

#include <algorithm>
#include <cmath>

namespace {

bool isDark(const QPalette &palette)
{
	return palette.color(QPalette::Window).lightness() < 128;
}

// WCAG 2's relative luminance of an sRGB colour.
double luminance(const QColor &c)
{
	const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
	return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

// Amber and red: dark shades on a light window, light ones on a dark one.
QColor warningTextColor(const QPalette &palette)
{
	return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0x8a, 0x4b, 0x00);
}

QColor errorTextColor(const QPalette &palette)
{
	return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
}

double contrastRatio(const QColor &a, const QColor &b)
{
	const double la = luminance(a), lb = luminance(b);
	return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
