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

// A directory through which the filesystem on block device `dev` can be
// reached, from the mountinfo file: the mount points of `dev`, the last
// mounted first, whose opened directory is on `dev`. A mount point can
// lead elsewhere: the unit's sandbox covers /home with an empty one
// (ProtectHome), and a later mount can hide an earlier one. Empty if `dev`
// is not mounted, or if none of its mount points leads to it; `mounted`
// (if given) tells the two apart.
QString reachableMountPointOf(dev_t dev, const QString &mountinfo = QStringLiteral("/proc/self/mountinfo"),
			      bool *mounted = nullptr);

// syncfs() on the filesystem mounted from `dev`; sync() of every
// filesystem if it is mounted but cannot be reached from here.
void syncMounted(dev_t dev);

} // namespace FilesystemSync
