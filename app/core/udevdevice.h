// SPDX-License-Identifier: GPL-2.0-or-later
// A udev_device that copies like a value: each copy holds one of udev's
// own references, dropped when the copy goes (as KDE Solid's wrapper).
#pragma once

#include <QString>
#include <sys/types.h>

struct udev_device;

class UdevDevice
{
public:
	UdevDevice() = default;
	// Takes over one reference the caller holds (udev's *_new_* functions).
	static UdevDevice adopt(udev_device *device);
	// Takes a reference of its own (a borrowed pointer, e.g. a parent).
	static UdevDevice share(udev_device *device);

	UdevDevice(const UdevDevice &other);
	UdevDevice &operator=(const UdevDevice &other);
	UdevDevice(UdevDevice &&other) noexcept;
	UdevDevice &operator=(UdevDevice &&other) noexcept;
	~UdevDevice();

	bool isValid() const { return m_device != nullptr; }
	udev_device *get() const { return m_device; }

	QString sysname() const;
	QString syspath() const;
	QString devnode() const;
	dev_t devnum() const;
	QString subsystem() const;
	QString devtype() const;
	QString action() const;
	// Empty when the device has no such property or attribute.
	QString property(const char *name) const;
	QString sysattr(const char *name) const;
	UdevDevice parent() const;
	// A disk the kernel keeps from userspace (GENHD_FL_HIDDEN, sysfs
	// "hidden"): NVMe multipath's path devices (nvme0c0n1), with no /dev
	// node, used only through their namespace's disk (nvme0n1).
	bool isHiddenDisk() const { return sysattr("hidden") == QLatin1String("1"); }
	// A block device of no size: a loop device with no file bound, a card
	// reader without a card, an md array not started, a device-mapper
	// device before its table. Nothing to interpose; lsblk leaves them
	// out too (unless --all).
	bool hasZeroSize() const { return sysattr("size") == QLatin1String("0"); }

private:
	explicit UdevDevice(udev_device *device) : m_device(device) {}
	udev_device *m_device = nullptr;
};
