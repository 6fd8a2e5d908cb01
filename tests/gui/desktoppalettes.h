// SPDX-License-Identifier: GPL-2.0-or-later
// The colours of a light and of a dark desktop (KDE's Breeze and Breeze
// Dark), for the tests that check what the windows look like on each:
// contrast of the warnings, the charts' themes, the dark screenshots.
#pragma once

#include <QPalette>

QPalette breezePalette();
QPalette breezeDarkPalette();
