// SPDX-License-Identifier: GPL-2.0-or-later
// What the helper needs to know about block devices, behind an interface so
// that the validators can be tested against an invented machine. The real
// implementation reads /dev and /sys; nothing here changes anything.
#pragma once

#include <QList>
#include <QString>
#include <memory>

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
	QList<dev_t> slaves;     // devices this one is built on (dm, md, loop none)
	QList<dev_t> holders;    // devices built on this one

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

	// Whether device dev is origin itself or is built, at any depth, on it.
	bool stacksOn(dev_t dev, dev_t origin);
};

QString devNumber(dev_t dev); // "8:1"
