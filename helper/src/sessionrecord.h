// SPDX-License-Identifier: GPL-2.0-or-later
// One session as the kernel holds it: the original, its bypass, the
// interposer (and for snapshots the snapshot device and its store). The
// helper keeps nothing else: everything here is read back from the module's
// LIST and the device-mapper tables after a restart.
#pragma once

#include "attachoptions.h"
#include "kernelcontrol.h"
#include "sessionnames.h"

#include <sys/types.h>

struct SessionRecord {
	QString id;               // <major>_<minor> of the original
	BlockRef original;
	dev_t bypass = 0;
	quint64 sectors = 0;
	dev_t interposer = 0;
	dev_t snapshot = 0;       // kind snapshot only
	dev_t store = 0;          // kind snapshot only
	AttachOptions options;
	uint uid = 0;             // who attached
	quint64 startedUsec = 0;  // when, microseconds since the epoch

	QString interposerName() const { return interposerDmName(id); }
	QString snapshotName() const { return snapshotDmName(id); }
};

// The device-mapper uuid carries what the kernel otherwise would not hold:
// INTERPOSER-<id>-U<uid>-T<microseconds>; the snapshot's is INTERPOSER-<id>-snap.
QString interposerUuid(const SessionRecord &record);
QString snapshotUuid(const SessionRecord &record);
bool parseInterposerUuid(const QString &uuid, const QString &id, uint *uid, quint64 *startedUsec);
