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

AttachPlan validateAttach(BlockInspector &inspector, const InUse &inUse, const QString &device,
			  const QString &kind, const QVariantMap &options);
