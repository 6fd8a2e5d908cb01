// SPDX-License-Identifier: GPL-2.0-or-later
// Help → User guide: the guide that ships with the program
// (docs/user-guide.md, compiled in), in a window of its own,
// without a network or a browser, and at a section when asked (the
// first-run band opens it at "Troubleshooting").
#pragma once

#include <QString>

class QTextBrowser;
class QWidget;

// The guide's window, shown and raised (one a parent), scrolled to the
// first heading that starts with section when it is not empty.
QTextBrowser *showUserGuide(QWidget *parent, const QString &section = {});
