// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The windows' style: the platform's (Breeze on KDE, Fusion's look on
// GNOME), or Fusion where the platform offers none, as on a booth's
// linuxfb or a bare X session: never Qt's last resort there, the old
// Windows look. A style the user asked for is kept.

// Whether the command line names a style (-style NAME, -style=NAME, and
// the same with --). Before QApplication, which takes them out of argv.
bool styleAskedFor(int argc, char **argv);
// After QApplication. asked: styleAskedFor(); QT_STYLE_OVERRIDE counts too.
void chooseStyle(bool asked);
