// SPDX-License-Identifier: GPL-2.0-or-later
// The four kinds of session as users name them (Remap, Add latency,
// Snapshot, Inject faults), and which devices they may be offered for.
#pragma once

#include "blockdevice.h"
#include "kinds.h"

// "&Remap", "Add &latency", ... (translated, with a mnemonic).
QString actionText(Kind kind);
// "dm-linear", "dm-delay", ...
QString targetName(Kind kind);

// Why no action may be offered for a device (empty if they may): it is a
// whole disk with partitions, a device-mapper device, empty, ... The
// helper refuses these too; the program does not offer them.
QString attachRefusal(const BlockDevice &device, int partitionCount);
