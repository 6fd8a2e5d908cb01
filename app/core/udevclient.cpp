// SPDX-License-Identifier: GPL-2.0-or-later
#include "udevclient.h"

#include <QSocketNotifier>
#include <dirent.h>
#include <libudev.h>
#include <memory>

void UdevClient::UdevDeleter::operator()(udev *u) const
{
	udev_unref(u);
}

void UdevClient::MonitorDeleter::operator()(udev_monitor *m) const
{
	udev_monitor_unref(m);
}

namespace {
struct DirCloser {
	void operator()(DIR *d) const { closedir(d); }
};
} // namespace

UdevClient::UdevClient(QObject *parent) : QObject(parent), m_udev(udev_new())
{
	if (!m_udev)
		return;
	m_monitor.reset(udev_monitor_new_from_netlink(m_udev.get(), "udev"));
	if (!m_monitor ||
	    udev_monitor_filter_add_match_subsystem_devtype(m_monitor.get(), "block", nullptr) < 0 ||
	    udev_monitor_filter_add_match_subsystem_devtype(m_monitor.get(), "misc", nullptr) < 0 ||
	    udev_monitor_enable_receiving(m_monitor.get()) < 0) {
		qWarning("udev: cannot watch block devices; the device list will not follow changes");
		m_monitor.reset();
		return;
	}
	m_notifier = new QSocketNotifier(udev_monitor_get_fd(m_monitor.get()), QSocketNotifier::Read, this);
	connect(m_notifier, &QSocketNotifier::activated, this, &UdevClient::receive);
}

UdevClient::~UdevClient() = default;

QList<UdevDevice> UdevClient::blockDevices() const
{
	QList<UdevDevice> out;
	if (!m_udev)
		return out;
	// /sys/class/block read directly rather than through udev_enumerate:
	// the enumerator builds a device for each entry to match its
	// subsystem, which the class directory already says, and its list
	// gives only paths, so each device was built twice.
	const std::unique_ptr<DIR, DirCloser> dir(opendir("/sys/class/block"));
	if (!dir)
		return out;
	QList<UdevDevice> partitions;
	while (const dirent *entry = readdir(dir.get())) {
		if (entry->d_name[0] == '.')
			continue;
		const QByteArray path = QByteArrayLiteral("/sys/class/block/") + entry->d_name;
		UdevDevice d = UdevDevice::adopt(udev_device_new_from_syspath(m_udev.get(), path.constData()));
		if (!d.isValid() || d.isHiddenDisk() || d.hasZeroSize())
			continue;
		(d.devtype() == QLatin1String("partition") ? partitions : out).append(std::move(d));
	}
	// Disks first, as udev_enumerate gave them: a partition's disk is then
	// known when the partition is read.
	out.append(std::move(partitions));
	return out;
}

UdevDevice UdevClient::device(const char *subsystem, const char *sysname) const
{
	if (!m_udev)
		return {};
	return UdevDevice::adopt(udev_device_new_from_subsystem_sysname(m_udev.get(), subsystem, sysname));
}

void UdevClient::receive()
{
	// Drain the socket: one notification may stand for several events.
	while (true) {
		UdevDevice d = UdevDevice::adopt(udev_monitor_receive_device(m_monitor.get()));
		if (!d.isValid())
			return;
		if (d.subsystem() == QLatin1String("block"))
			Q_EMIT blockEvent(d.action(), d);
		else if (d.sysname() == QLatin1String("blkinterposer"))
			Q_EMIT moduleEvent(d.action(), d);
	}
}
