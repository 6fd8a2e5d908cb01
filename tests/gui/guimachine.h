// SPDX-License-Identifier: GPL-2.0-or-later
// What the GUI tests run on: an invented machine in umockdev that mirrors
// the test helper's own (tests/unit/fakes/fakemachine.cpp), the helper on
// a private bus, and the core objects the program builds in main().
//   sda   100 GiB: sda1 ext4 "root" on /, sda2 LVM member under dm-0
//   sdb   20 GiB xfs "store" on /store      sdc   8 MiB, active swap
//   sdd   1 GiB, read-only                  sde   4 MiB ext4 "demo" on /demo
//   dm-0  vg-data, ext4 on /srv
#pragma once

#include "blockdevicemodel.h"
#include "helperbus.h"
#include "helperclient.h"
#include "sessionwatcher.h"
#include "testbed.h"
#include "udevclient.h"

#include <QTemporaryDir>
#include <memory>
#include <sys/sysmacros.h>

struct GuiMachine {
	// Starts the bus and helper; once per test program. fakeHelper()
	// is the helper's program, for a bus of one's own.
	static QString startHelper(HelperBus &bus, const QString &exportSource);
	static QString fakeHelper();

	explicit GuiMachine(HelperBus &bus);
	~GuiMachine();

	// A session's devices as udev would show them: the module's bypass
	// ipbypass<n> and the helper's interposer dm-<n+1>, for an original.
	void addSessionDevices(unsigned n, dev_t number);
	// Detaches every session the helper holds (as root: no polkit).
	void detachAll();

	QTemporaryDir dir;
	Testbed bed;
	std::unique_ptr<UdevClient> udev;
	std::unique_ptr<BlockDeviceModel> model;
	std::unique_ptr<HelperClient> client;
	std::unique_ptr<SessionWatcher> sessions;
};

inline dev_t dev(unsigned ma, unsigned mi)
{
	return makedev(ma, mi);
}
