// SPDX-License-Identifier: GPL-2.0-or-later
#include "desktoppalettes.h"

namespace {

struct Colours {
	QRgb window, base, alternateBase, text, button, highlight, disabledText, placeholder;
};

QPalette make(const Colours &c)
{
	QPalette p;
	p.setColor(QPalette::Window, QColor::fromRgb(c.window));
	p.setColor(QPalette::WindowText, QColor::fromRgb(c.text));
	p.setColor(QPalette::Base, QColor::fromRgb(c.base));
	p.setColor(QPalette::AlternateBase, QColor::fromRgb(c.alternateBase));
	p.setColor(QPalette::Text, QColor::fromRgb(c.text));
	p.setColor(QPalette::Button, QColor::fromRgb(c.button));
	p.setColor(QPalette::ButtonText, QColor::fromRgb(c.text));
	p.setColor(QPalette::ToolTipBase, QColor::fromRgb(c.button));
	p.setColor(QPalette::ToolTipText, QColor::fromRgb(c.text));
	p.setColor(QPalette::Highlight, QColor::fromRgb(c.highlight));
	p.setColor(QPalette::HighlightedText, QColor::fromRgb(0xfcfcfc));
	p.setColor(QPalette::PlaceholderText, QColor::fromRgb(c.placeholder));
	for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
		p.setColor(QPalette::Disabled, role, QColor::fromRgb(c.disabledText));
	return p;
}

} // namespace

QPalette breezePalette()
{
	return make({0xeff0f1, 0xffffff, 0xf7f7f7, 0x232629, 0xfcfcfc, 0x3daee9, 0xa0a1a3, 0x707d8a});
}

QPalette breezeDarkPalette()
{
	return make({0x202326, 0x141618, 0x1d1f22, 0xfcfcfc, 0x292c30, 0x3daee9, 0x6e7175, 0xa1a9b1});
}
