// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>
#include <sys/types.h>

// The mount an open file was opened through, by the mount id the kernel
// gives for it (/proc/PID/fdinfo/FD, "mnt_id:"). A caller's file descriptor
// was opened in the caller's mount namespace; the helper's is another one
// under the unit's sandbox (ProtectSystem, PrivateMounts), whose copies of
// the caller's mounts have ids of their own. Mount ids are unique on the
// machine, and an open file keeps its mount (and so its id) alive: an entry
// with that id, in whichever namespace's table, is that very mount.
struct MountById {
	bool found = false;   // some table has the id
	dev_t source = 0;     // the block device the mount names as its source, or 0 (tmpfs, NFS...)
};

// Looks for `mountId` in each mountinfo file in turn.
MountById findMountById(int mountId, const QStringList &mountinfos);

// The mount id of an open file descriptor of this process, or -1.
int mountIdOf(int fd);

// The block device a mount's source names (a path to a block device node),
// or 0.
struct libmnt_fs;
dev_t mountSourceDevice(libmnt_fs *fs);
