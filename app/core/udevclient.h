// SPDX-License-Identifier: GPL-2.0-or-later
// The block devices udev knows: a first listing, then every uevent
// (udev's own, after its rules ran) through a socket notifier on the
// monitor, so nothing is ever polled.
#pragma once

#include "udevdevice.h"

#include <QList>
#include <QObject>
#include <memory>

struct udev;
struct udev_monitor;
class QSocketNotifier;

class UdevClient : public QObject
{
	Q_OBJECT

public:
	explicit UdevClient(QObject *parent = nullptr);
	~UdevClient() override;

	// False if udev could not be reached at all (no /sys, no udev).
	bool isValid() const { return m_udev != nullptr; }
	// Every block device (/sys/class/block) but hidden disks and devices
	// of no size (UdevDevice), disks before partitions.
	QList<UdevDevice> blockDevices() const;
	UdevDevice device(const char *subsystem, const char *sysname) const;

Q_SIGNALS:
	// action is add, change, remove, move, online, offline, bind or unbind.
	void blockEvent(const QString &action, const UdevDevice &device);
	// A uevent of the blkinterposer module's control device (misc
	// subsystem), e.g. the change that says an original was removed.
	void moduleEvent(const QString &action, const UdevDevice &device);

private:
	void receive();

	struct UdevDeleter {
		void operator()(udev *u) const;
	};
	struct MonitorDeleter {
		void operator()(udev_monitor *m) const;
	};
	std::unique_ptr<udev, UdevDeleter> m_udev;
	std::unique_ptr<udev_monitor, MonitorDeleter> m_monitor;
	QSocketNotifier *m_notifier = nullptr;
};
