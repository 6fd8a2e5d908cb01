// SPDX-License-Identifier: GPL-2.0-or-later
// Watches udev for block devices going away, so that a session whose
// original was unplugged turns "orphaned" and is cleaned up.
#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>
#include <sys/types.h>

struct udev;
struct udev_monitor;

class RemovalWatcher : public QObject
{
	Q_OBJECT
public:
	explicit RemovalWatcher(QObject *parent = nullptr);
	~RemovalWatcher() override;

	bool valid() const { return m_notifier != nullptr; }

Q_SIGNALS:
	void removed(dev_t dev);

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
