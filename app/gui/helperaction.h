// SPDX-License-Identifier: GPL-2.0-or-later
// Calls to the helper that change something, in flight without blocking:
// polkit may ask for a password for minutes, and the window must go on
// painting charts and taking clicks meanwhile. Every window and dialog
// starts its calls here, so the main window knows which devices are busy
// and reports every outcome, even of a dialog closed before it came.
#pragma once

#include "attachkind.h"
#include "helperclient.h"

#include <QDBusPendingCallWatcher>
#include <QDBusUnixFileDescriptor>
#include <QObject>

class HelperAction : public QObject
{
	Q_OBJECT

public:
	HelperAction(const QString &device, const QString &description, const QDBusPendingCall &call,
		     QObject *parent);

	// The original's path, e.g. /dev/sda1.
	QString device() const { return m_device; }
	// What is being done, for the status bar: "Adding latency to /dev/sda1".
	QString description() const { return m_description; }
	bool succeeded() const { return m_finished && m_error.isEmpty(); }
	// The helper's sentence, naming the device and the reason.
	QString errorText() const { return m_error; }
	// The reply's first argument (Attach: the session; ExportSnapshot: the job).
	QDBusObjectPath resultPath() const { return m_resultPath; }

Q_SIGNALS:
	void finished(HelperAction *action);

private:
	void onFinished(QDBusPendingCallWatcher *watcher);

	QString m_device;
	QString m_description;
	bool m_finished = false;
	QString m_error;
	QDBusObjectPath m_resultPath;
};

class HelperActions : public QObject
{
	Q_OBJECT

public:
	explicit HelperActions(HelperClient *client, QObject *parent = nullptr);

	HelperClient *client() const { return m_client; }

	HelperAction *attach(const QString &device, Kind kind, const QVariantMap &options);
	HelperAction *detach(const SessionInfo &session);
	HelperAction *reconfigure(const SessionInfo &session, const QVariantMap &options);
	HelperAction *exportSnapshot(const SessionInfo &session, const QDBusUnixFileDescriptor &fd);
	HelperAction *cancelJob(const QString &device, const QDBusObjectPath &job);

	// A call on this device is in flight.
	bool isBusy(const QString &device) const;
	QList<HelperAction *> pending() const { return m_pending; }

Q_SIGNALS:
	void started(HelperAction *action);
	void finished(HelperAction *action);

private:
	HelperAction *start(const QString &device, const QString &description, const QDBusPendingCall &call);

	HelperClient *m_client;
	QList<HelperAction *> m_pending;
};
