// SPDX-License-Identifier: GPL-2.0-or-later
// org.interposer.Helper1.Job for ExportSnapshot: copies the snapshot device
// into a file descriptor the caller opened (so the helper never opens a
// path a caller names for writing), on a thread of its own, with progress,
// rate and cancel.
#pragma once

#include "errortext.h"
#include "uniquefd.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <thread>

class QDBusServiceWatcher;

class ExportJob : public QObject, protected QDBusContext
{
	Q_OBJECT
	Q_PROPERTY(double Progress READ progress)
	Q_PROPERTY(qulonglong Rate READ rate)
	Q_PROPERTY(ErrorText Failure READ failure)

public:
	ExportJob(int id, UniqueFd source, UniqueFd target, quint64 bytes, QString device,
		  QDBusConnection bus, QObject *parent = nullptr);
	~ExportJob() override;

	static const QString interfaceName;

	QDBusObjectPath path() const;
	// Who started it: only they (or root) may cancel it, and it is
	// cancelled when their bus name goes (a client interrupted midway).
	void setOwner(const QString &busName, uint uid);
	void start();

	double progress() const;
	qulonglong rate() const { return m_rate; }
	// Empty until the copy has ended (the thread writes it before).
	ErrorText failure() const { return m_ended.load() ? m_failure : ErrorText(); }

public Q_SLOTS:
	void Cancel();

Q_SIGNALS:
	// To the Manager, after Job.Completed was sent (as a message of its
	// own, bussignals.h, so that it leaves before the job is unregistered).
	void finished();

private:
	void copy();
	void poll();

	int m_id;
	UniqueFd m_source;
	UniqueFd m_target;
	quint64 m_bytes;
	QString m_device;
	QDBusConnection m_bus;
	std::thread m_thread;
	std::atomic<quint64> m_done{0};
	std::atomic<bool> m_cancel{false};
	std::atomic<bool> m_ended{false};
	ErrorText m_failure; // written by the thread before m_ended
	QTimer m_poll;
	QElapsedTimer m_clock;
	quint64 m_lastDone = 0;
	qulonglong m_rate = 0;
	uint m_ownerUid = 0;
	QDBusServiceWatcher *m_ownerWatch = nullptr;
};
