// SPDX-License-Identifier: GPL-2.0-or-later
#include "udevclient.h"

#include <QSocketNotifier>
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
	const std::unique_ptr<udev_enumerate, decltype(&udev_enumerate_unref)> e(udev_enumerate_new(m_udev.get()),
										  &udev_enumerate_unref);
	if (!e)
		return out;
	udev_enumerate_add_match_subsystem(e.get(), "block");
	// Sorted by udev: a disk comes before its partitions.
	udev_enumerate_scan_devices(e.get());
	udev_list_entry *entry;
	udev_list_entry_foreach(entry, udev_enumerate_get_list_entry(e.get())) {
		UdevDevice d = UdevDevice::adopt(udev_device_new_from_syspath(m_udev.get(), udev_list_entry_get_name(entry)));
		if (d.isValid())
			out.append(std::move(d));
	}
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
