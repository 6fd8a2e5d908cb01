// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <sys/types.h>

// Writes back the filesystem mounted from a block device before the module
// freezes it (ATTACH, DETACH, FREEZE). The freeze writes back whatever is
// dirty while the filesystem's writers wait, and with RCU grace periods
// expedited machine-wide (docs/kernel-module.md); what syncfs() has
// already written, it need not. Best effort: an unmounted device, or a
// sync that fails, leaves all of it to the freeze, as before.
namespace FilesystemSync {

// Where the filesystem on block device `dev` is mounted, according to the
// mountinfo file (the last mount wins, as in the mount table); empty if
// it is not mounted.
QString mountPointOf(dev_t dev, const QString &mountinfo = QStringLiteral("/proc/self/mountinfo"));

// syncfs() on the filesystem mounted from `dev`, if there is one.
void syncMounted(dev_t dev);

} // namespace FilesystemSync
