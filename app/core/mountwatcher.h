// SPDX-License-Identifier: GPL-2.0-or-later
// Tells when this mount namespace's mount table changes (libmount's
// kernel monitor: an epoll fd on /proc/self/mountinfo behind a socket
// notifier), so the device list follows mount and umount without polling.
#pragma once

#include <QObject>
#include <memory>

struct libmnt_monitor;
class QSocketNotifier;

class MountWatcher : public QObject
{
	Q_OBJECT

public:
	explicit MountWatcher(QObject *parent = nullptr);
	~MountWatcher() override;

	bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
	void changed();

private:
	void drain();

	struct MonitorDeleter {
		void operator()(libmnt_monitor *m) const;
	};
	std::unique_ptr<libmnt_monitor, MonitorDeleter> m_monitor;
	QSocketNotifier *m_notifier = nullptr;
};
