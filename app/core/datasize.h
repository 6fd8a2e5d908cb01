// SPDX-License-Identifier: GPL-2.0-or-later
// One way for every size the program shows, in the tree, the details, the
// dialogs and the session panel: IEC units with one decimal, in the
// user's locale ("40.0 GiB", "40,0 GiB").
#pragma once

#include <QString>

QString formatBytes(quint64 bytes);
