// SPDX-License-Identifier: GPL-2.0-or-later
// Caller-supplied text on its way into the log: a device path with a
// newline in it must not forge a second log line.
#pragma once

#include <QString>

// Control characters, and the Unicode line and paragraph separators, as
// \xNN or \u{NNNN}; backslashes doubled; cut to 1,000 characters.
QString forLog(const QString &text);
