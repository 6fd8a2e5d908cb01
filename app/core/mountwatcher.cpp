// SPDX-License-Identifier: GPL-2.0-or-later
#include "mountwatcher.h"

#include <QSocketNotifier>
#include <libmount.h>

void MountWatcher::MonitorDeleter::operator()(libmnt_monitor *m) const
{
	mnt_unref_monitor(m);
}

MountWatcher::MountWatcher(QObject *parent) : QObject(parent), m_monitor(mnt_new_monitor())
{
	if (!m_monitor || mnt_monitor_enable_kernel(m_monitor.get(), 1) != 0) {
		qWarning("libmount: cannot watch the mount table; mount points will not follow changes");
		return;
	}
	const int fd = mnt_monitor_get_fd(m_monitor.get());
	if (fd < 0) {
		qWarning("libmount: no mount monitor descriptor; mount points will not follow changes");
		return;
	}
	m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
	connect(m_notifier, &QSocketNotifier::activated, this, &MountWatcher::drain);
}

MountWatcher::~MountWatcher() = default;

void MountWatcher::drain()
{
	bool any = false;
	while (mnt_monitor_next_change(m_monitor.get(), nullptr, nullptr) == 0)
		any = true;
	if (any)
		Q_EMIT changed();
}
