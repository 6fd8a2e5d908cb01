// SPDX-License-Identifier: GPL-2.0-or-later
// What the device list shows of one block device, read from udev (and its
// sysfs attributes), the mount table, and the module's mapping list.
#pragma once

#include "mounttable.h"
#include "udevdevice.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <sys/types.h>

struct BlockDevice {
	enum class Type { Disk, Partition, Loop, Nvme, Md, DeviceMapper, Other };
	// What a device is to Interposer: most are just devices; the parts of
	// a session are shown with their original, not as disks of their own.
	enum class Role { Plain, Bypass, Interposer, Snapshot };

	QString name;       // kernel name: sda1, nvme0n1p2, dm-3
	QString syspath;
	QString node;       // /dev/sda1
	dev_t number = 0;
	dev_t disk = 0;     // a partition's disk; 0 otherwise
	quint64 sizeBytes = 0;
	Type type = Type::Other;
	QString model;      // ID_MODEL, or the device-mapper name
	QString fsType;     // ID_FS_TYPE, e.g. ext4, swap, crypto_LUKS
	QString label;
	QString uuid;
	QStringList mountPoints;
	bool swap = false;  // in use as swap
	bool readOnly = false;
	QStringList holders; // kernel names of the devices built on this one
	QStringList slaves;  // kernel names of the devices this one is built on

	Role role = Role::Plain;
	dev_t original = 0; // for a bypass, interposer or snapshot: whose

	bool isRoot() const { return mountPoints.contains(QStringLiteral("/")); }
	bool inUse() const { return !mountPoints.isEmpty() || swap || !holders.isEmpty(); }

	friend bool operator==(const BlockDevice &, const BlockDevice &) = default;
};
Q_DECLARE_METATYPE(BlockDevice)

// One line of /sys/class/misc/blkinterposer/mappings, per original.
struct InterposerMapping {
	dev_t bypass = 0;
	dev_t interposer = 0;
	bool attached = false;
};
using InterposerMappings = QHash<dev_t, InterposerMapping>;

// "8:1 bypass=259:0 interposer=253:1 state=bypass,attached redirected=42"
// lines; lines that do not parse are skipped.
InterposerMappings parseInterposerMappings(const QString &text);

// Disks already read, by sysfs path: a partition's disk is found there
// rather than by asking udev for the partition's parent, which builds a
// second udev device for each partition (an eighth of the time of a
// 2,000-device enumeration).
using DisksBySyspath = QHash<QString, dev_t>;

// Reads one device. mappings says which bypass belongs to which original;
// interposer and snapshot devices are known by their device-mapper names
// (interposer-<major>_<minor>[-snap], which the helper gives them). A
// partition whose disk is not in disks gets it from udev.
BlockDevice readBlockDevice(const UdevDevice &device, const MountTable &mounts,
			    const InterposerMappings &mappings, const DisksBySyspath &disks = {});

// "/dev/sda1 (ext4 “home”, mounted on /home)": a device as a sentence
// names it (the attach dialog's summary).
QString describeDevice(const BlockDevice &device);
