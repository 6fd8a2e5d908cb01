// SPDX-License-Identifier: GPL-2.0-or-later
// Device-mapper tables for each kind, always over the bypass (never the
// original), and their reading back when the helper rebuilds its sessions
// from the kernel after a restart.
#pragma once

#include "attachoptions.h"
#include "devicemapper.h"

#include <optional>
#include <sys/types.h>

DmTarget linearTable(quint64 sectors, dev_t bypass);
DmTarget delayTable(quint64 sectors, dev_t bypass, const DelaySettings &delay);
DmTarget flakeyTable(quint64 sectors, dev_t bypass, const FlakeySettings &flakey);
DmTarget originTable(quint64 sectors, dev_t bypass);
DmTarget snapshotTable(quint64 sectors, dev_t bypass, dev_t store, quint32 chunkSectors);

// The interposer's table for options (snapshot: the origin).
DmTarget interposerTable(quint64 sectors, dev_t bypass, const AttachOptions &options);

// What an interposer's live table says: kind and settings (snapshot store
// excepted: it is read from the snapshot's table). nullopt if it is no
// table Interposer makes over that bypass.
std::optional<AttachOptions> optionsFromTable(const DmTarget &table, dev_t bypass);

// The store of a snapshot table; 0 if it is not one.
dev_t storeFromSnapshotTable(const DmTarget &table);
