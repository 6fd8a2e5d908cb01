// SPDX-License-Identifier: GPL-2.0-or-later
#include "removalwatcher.h"

#include <cstring>
#include <libudev.h>

void RemovalWatcher::UdevDeleter::operator()(udev *u) const
{
	udev_unref(u);
}

void RemovalWatcher::MonitorDeleter::operator()(udev_monitor *m) const
{
	udev_monitor_unref(m);
}

RemovalWatcher::RemovalWatcher(QObject *parent) : QObject(parent), m_udev(udev_new())
{
	if (!m_udev)
		return;
	m_monitor.reset(udev_monitor_new_from_netlink(m_udev.get(), "udev"));
	if (!m_monitor ||
	    udev_monitor_filter_add_match_subsystem_devtype(m_monitor.get(), "block", nullptr) < 0 ||
	    udev_monitor_enable_receiving(m_monitor.get()) < 0)
		return;
	m_notifier = new QSocketNotifier(udev_monitor_get_fd(m_monitor.get()), QSocketNotifier::Read, this);
	connect(m_notifier, &QSocketNotifier::activated, this, &RemovalWatcher::receive);
}

RemovalWatcher::~RemovalWatcher() = default;

void RemovalWatcher::receive()
{
	udev_device *dev = udev_monitor_receive_device(m_monitor.get());
	if (!dev)
		return;
	const char *action = udev_device_get_action(dev);
	const dev_t number = udev_device_get_devnum(dev);
	udev_device_unref(dev);
	if (action && strcmp(action, "remove") == 0 && number)
		Q_EMIT removed(number);
}
