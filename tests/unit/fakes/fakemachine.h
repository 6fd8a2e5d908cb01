// SPDX-License-Identifier: GPL-2.0-or-later
// An invented machine for tests: block devices, the blkinterposer module,
// device-mapper and loop stores, all in memory, with a log of every change
// and a way to make any operation fail. It implements every backend
// interface of the helper, so the helper's logic runs unchanged on it.
#pragma once

#include "blockinspector.h"
#include "devicemapper.h"
#include "kernelcontrol.h"
#include "storefactory.h"

#include <QMap>
#include <functional>
#include <QSet>
#include <QStringList>

class FakeMachine : public BlockInspector, public KernelControl, public DeviceMapper, public StoreFactory
{
public:
	// The standard machine (see fakemachine.cpp for the list): sda with
	// partitions sda1 (mounted, ext4) and sda2, an unpartitioned disk sdb,
	// a small disk sdc, a read-only sdd, an empty drive sr0, an existing
	// device-mapper device dm-0 on sda2, a directory /store on sdb, a
	// directory /on-sda1 on sda1, an ext4 disk sdf, a user's loop device
	// loop63 and /tiny, a tmpfs with 1 MiB free.
	FakeMachine();

	struct Device {
		BlockInfo info;
		bool held = false; // mounted or otherwise opened exclusively
		bool mounted = false;
		QString signature; // what blkid would find on it
	};
	QMap<dev_t, Device> devices;
	QMap<QString, dev_t> paths;            // /dev/... names and symlinks
	QMap<QString, DirectoryInfo> directories;
	QSet<QString> otherPaths;              // exist, are neither
	// Files handed over by fd: the st_dev of their (real) filesystem ->
	// the invented device that filesystem is on. Others are on a
	// filesystem of no known device.
	QMap<dev_t, dev_t> fileSystems;
	// Every exclusive open the helper made to ask whether a device is
	// held (an opener that holds it makes others' exclusive opens fail).
	int exclusiveProbes = 0;
	std::function<void(const QString &)> probeSink;

	// Module state.
	bool moduleLoaded = true;
	// Why, when it is not usable: not-loaded, abi-mismatch (then it is
	// loaded, of another ABI), ... (helper/dbus/modulecause.h)
	QString moduleCause = QStringLiteral("not-loaded");
	struct Entry {
		dev_t bypass = 0;
		dev_t interposer = 0;
		bool gone = false;
	};
	QMap<dev_t, Entry> entries;
	int freezes = 0;                       // freezes held right now
	// device-mapper state.
	struct Dm {
		dev_t dev = 0;
		QString uuid;
		DmTarget table;
		bool suspended = false;
		int openCount = 0;
	};
	QMap<QString, Dm> dms;
	int liveLoops = 0;

	// Every change, in order ("createBypass 8:1", "dm.create interposer-8_1", ...).
	QStringList log;
	// Also told every change, if set.
	std::function<void(const QString &)> logSink;
	// The operation (a log line's first word) that throws next, once.
	QString failNext;
	// What openForReading opens, whichever device is asked for: a regular
	// file or a FIFO the test feeds (to hold an export midway).
	QString readSource;

	dev_t add(const QString &name, unsigned maj, unsigned min, quint64 size);
	// A fingerprint of all state, to assert that a refusal changed nothing.
	QString fingerprint() const;

	// BlockInspector
	dev_t resolveBlockDevice(const QString &path) override;
	std::optional<BlockInfo> info(dev_t dev) override;
	bool exclusivelyHeld(dev_t dev) override;
	bool isDirectory(const QString &path) override;
	DirectoryInfo directory(const QString &path) override;
	OpenFileInfo openFile(int fd) override;
	bool mounted(dev_t dev) override;
	ErrorText contentSignature(dev_t dev) override;

	// KernelControl
	KernelModuleState state() override;
	dev_t createBypass(const BlockRef &original) override;
	void destroyBypass(const BlockRef &original) override;
	void attach(const BlockRef &original, const BlockRef &interposer) override;
	void detach(const BlockRef &original) override;
	std::unique_ptr<FreezeHold> freeze(const BlockRef &device) override;
	QList<KernelEntry> list() override;

	// DeviceMapper
	dev_t create(const QString &name, const QString &uuid, const DmTarget &table) override;
	void reload(const QString &name, const DmTarget &table) override;
	void resume(const QString &name) override;
	void clearInactive(const QString &name) override;
	void remove(const QString &name) override;
	QStringList names() override;
	std::optional<DmInfo> info(const QString &name) override;
	QList<DmTarget> table(const QString &name) override;
	QList<DmTarget> status(const QString &name) override;
	UniqueFd openForReading(const QString &name) override;

	// StoreFactory
	std::unique_ptr<SparseStore> createSparse(const DirectoryInfo &directory, quint64 bytes,
						  const QString &forDevice) override;

	// What the kernel does when the helper dies: its freezes thaw, its
	// store loop devices that no snapshot holds clear themselves.
	void processDied();
	// A store's loop device clears itself.
	void releaseLoop(dev_t loop);

private:
	void op(const QString &line);
	unsigned m_nextDmMinor = 1;
	unsigned m_nextBypassMinor = 0;
	unsigned m_nextLoopMinor = 0;
	QSet<dev_t> m_storeLoops;
};
