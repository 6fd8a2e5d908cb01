// SPDX-License-Identifier: GPL-2.0-or-later
// What the helper needs to know about block devices, behind an interface so
// that the validators can be tested against an invented machine. The real
// implementation reads /dev and /sys; nothing here changes anything.
#pragma once

#include "errortext.h"

#include <QList>
#include <QString>
#include <memory>

#include "errortext.h"
#include "uniquefd.h"
#include <optional>
#include <sys/types.h>

struct BlockInfo {
	dev_t dev = 0;
	QString name;            // kernel name: sda1, dm-3, ipbypass0, loop2
	quint64 sizeBytes = 0;
	bool partition = false;  // a partition of a disk
	bool hasPartitions = false; // a whole disk with partitions
	bool readOnly = false;
	QString dmName;          // device-mapper name, empty if not dm
	QString dmUuid;
	QList<dev_t> slaves;     // devices this one is built on (dm, md; a loop
				 // device: the filesystem of its backing file)
	// False when what the device is built on could not be learnt (a loop
	// device whose backing file the kernel would not describe): whoever
	// asks "is it built on X?" must then assume it may be.
	bool slavesKnown = true;
	QList<dev_t> holders;    // devices built on this one
	bool loop = false;       // a loop device

	bool isDeviceMapper() const { return !dmName.isEmpty(); }
	bool isBypass() const { return name.startsWith(QLatin1String("ipbypass")); }
	QString devPath() const { return QStringLiteral("/dev/") + name; }
};

// The filesystem a directory lives on.
struct DirectoryInfo {
	// The directory as it was checked, open (O_PATH): the store is made
	// through it, so renaming a path component afterwards changes nothing.
	std::shared_ptr<UniqueFd> pin;
	QString path;             // canonical, absolute
	dev_t fsDev = 0;          // st_dev of the directory
	dev_t sourceDev = 0;      // the block device the mount table names, or 0
	quint64 freeBytes = 0;    // available to root
	uid_t owner = 0;          // of the directory
	mode_t mode = 0;          // of the directory
	// The filesystem keeps its data in memory (tmpfs, ramfs): on no
	// device at all, and mountable only by root.
	bool inMemory = false;
	// The filesystem answers through a process (FUSE) or stacks on other
	// filesystems (overlayfs): which device holds the data is unknown,
	// and a process may read or stall what is written.
	bool indirect = false;
};

// An open file a caller handed over (the target of an export).
struct OpenFileInfo {
	mode_t mode = 0;          // st_mode
	int flags = 0;            // fcntl(F_GETFL)
	dev_t fsDev = 0;          // st_dev
	dev_t sourceDev = 0;      // the block device its mount names, or 0
	bool mountKnown = false;  // the mount it was opened through was found
	bool inMemory = false;    // as DirectoryInfo
	bool indirect = false;    // as DirectoryInfo
};

class BlockInspector
{
public:
	virtual ~BlockInspector() = default;

	// The block device a caller's path names, following symlinks (the
	// /dev/disk/by-* links are symlinks) but refusing anything that does
	// not end at a block device node. Throws InvalidArgument/NotFound with
	// the path in the sentence.
	virtual dev_t resolveBlockDevice(const QString &path) = 0;

	// Facts about a block device; nullopt if the kernel has no such device.
	virtual std::optional<BlockInfo> info(dev_t dev) = 0;

	// Whether something holds the device exclusively (a mounted filesystem,
	// device-mapper, md, swap): the kernel's answer to an O_EXCL open.
	virtual bool exclusivelyHeld(dev_t dev) = 0;

	// Whether path (followed through symlinks) is a directory.
	virtual bool isDirectory(const QString &path) = 0;

	// If path names an existing directory: where it lives. Throws
	// InvalidArgument/NotFound otherwise.
	virtual DirectoryInfo directory(const QString &path) = 0;

	// What an open file descriptor is and where its filesystem lives.
	// Throws Failed if it cannot be examined.
	virtual OpenFileInfo openFile(int fd) = 0;

	// Whether a filesystem on the device is mounted (read from the mount
	// table: nothing is opened).
	virtual bool mounted(dev_t dev) = 0;

	// What the device holds, as blkid names it ("ext4 filesystem",
	// "crypto_LUKS", "dos partition table"); empty when it finds nothing.
	// Reads only.
	virtual ErrorText contentSignature(dev_t dev) = 0;

	// Whether device dev is origin itself or is built, at any depth, on
	// it. A device whose base is unknown counts as built on it.
	bool stacksOn(dev_t dev, dev_t origin);
	// Whether dev is, or is built on, a loop device.
	bool stacksOnLoop(dev_t dev);
};

QString devNumber(dev_t dev); // "8:1"
