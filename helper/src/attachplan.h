// SPDX-License-Identifier: GPL-2.0-or-later
// Validation of an Attach (DESIGN.md §4): everything is checked before
// anything changes, and every refusal is a sentence naming the device and
// the reason.
#pragma once

#include "attachoptions.h"
#include "blockinspector.h"
#include "kernelcontrol.h"

#include <QList>
#include <QSet>

struct StorePlan {
	enum class Type { None, BlockDevice, Directory } type = Type::None;
	BlockRef device;        // BlockDevice
	DirectoryInfo directory; // Directory
	quint64 bytes = 0;      // Directory: the sparse file's size
};

struct AttachPlan {
	BlockRef original;
	BlockInfo info;
	AttachOptions options;
	StorePlan store;
};

// What is already in use: the devices of every session, and what the
// kernel module holds (it may have been driven by something else).
struct InUse {
	QSet<dev_t> originals;
	QSet<dev_t> sessionDevices; // interposers, snapshots, stores, bypasses
};

// Before authorization only what can be learnt without opening a device
// for writing or exclusively is checked (a caller polkit refuses must not
// make other programs' exclusive opens fail); afterwards everything.
enum class Phase { BeforeAuthorization, Authorized };

AttachPlan validateAttach(BlockInspector &inspector, const InUse &inUse, const QString &device,
			  const QString &kind, const QVariantMap &options, Phase phase);

// Whether the session's faults can lose or refuse the writes of a mounted
// filesystem (flakey error-writes or drop-writes): such an attach or
// reconfigure asks polkit for org.interposer.fail-writes, which asks an
// administrator every time.
bool failsMountedWrites(BlockInspector &inspector, dev_t original, const AttachOptions &options);
