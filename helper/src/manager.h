// SPDX-License-Identifier: GPL-2.0-or-later
// org.interposer.Helper1.Manager and org.freedesktop.DBus.ObjectManager on
// /org/interposer/Helper1: takes the calls, asks polkit, validates, runs
// the Orchestrator, and keeps one Session object per session.
#pragma once

#include "attachplan.h"
#include "authorizer.h"
#include "dbustypes.h"
#include "orchestrator.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QPointer>
#include <QTimer>

class SessionObject;
class ExportJob;

struct Backends {
	KernelControl &kernel;
	DeviceMapper &dm;
	BlockInspector &inspector;
	StoreFactory &stores;
	IntentLog &intents;
	KernelCapabilities caps;
};

class Manager : public QObject, protected QDBusContext
{
	Q_OBJECT
	Q_PROPERTY(QString Version READ version)
	Q_PROPERTY(QVariantMap KernelModule READ kernelModule)
	Q_PROPERTY(QStringList SupportedKinds READ supportedKinds)
	Q_PROPERTY(QVariantMap Unsupported READ unsupported)

public:
	static const QString serviceName;
	static const QString objectPath;

	// idleSeconds: exit after this long without sessions, jobs or calls;
	// 0 never.
	Manager(QDBusConnection bus, Backends backends, int idleSeconds, QObject *parent = nullptr);
	~Manager() override;

	// Rebuilds the sessions from the kernel, exports the objects and takes
	// the bus name. False (with the reason on stderr) if that fails.
	bool start();

	QDBusConnection &bus() { return m_bus; }
	Orchestrator &orchestrator() { return m_orchestrator; }

	QString version() const;
	QVariantMap kernelModule() const;
	QStringList supportedKinds() const;
	QVariantMap unsupported() const;

	void detach(SessionObject *session, const QDBusMessage &call, const QVariantMap &options);
	void reconfigure(SessionObject *session, const QDBusMessage &call, const QVariantMap &options);
	void exportSnapshot(SessionObject *session, const QDBusMessage &call,
			    const QDBusUnixFileDescriptor &fd, const QVariantMap &options);
	InterposerSnapshotUsage snapshotUsage(const SessionRecord &record) const;

	// The original of a session went away (udev or the module said so).
	void originGone(dev_t original);

public Q_SLOTS:
	QDBusObjectPath Attach(const QString &device, const QString &kind, const QVariantMap &options);
	InterposerManagedObjects GetManagedObjects();

	// ObjectManager's InterfacesAdded and InterfacesRemoved are sent as
	// messages (bussignals.h), not declared here for the adaptor to relay.

private Q_SLOTS:
	// libdbus's local Disconnected signal: the bus went away (restarted,
	// or the machine shuts down). Nobody can reach this helper any more,
	// and a new bus would activate another: it ends. Its sessions live
	// on in the kernel, and the next helper finds them.
	void busLost();

private:
	InUse inUse() const;
	// Throws NotFound if the session ended while polkit was asked.
	void liveSession(const QPointer<SessionObject> &session) const;
	SessionObject *addSession(const SessionRecord &record);
	void removeSession(SessionObject *session);
	void finishAttach(const QDBusMessage &call, const AttachPlan &plan);
	// Runs work after polkit said yes; replies with its error if it throws.
	void authorized(const QDBusMessage &call, const QString &action, const Authorizer::Details &details,
			const QVariantMap &options, std::function<void()> work);
	// The original's /dev/<kernel name>, as polkit is told: never the
	// path the caller used (a symlink, a by-label name).
	QString kernelPath(const SessionRecord &record) const;
	// What an attach of this plan asks polkit, and what it tells it.
	static QString attachAction(BlockInspector &inspector, const AttachPlan &plan);
	Authorizer::Details attachDetails(const AttachPlan &plan) const;
	void checkJobRoom(const QString &device) const;
	void replyError(const QDBusMessage &call, const HelperError &error);
	void touch();
	void idleCheck();

	QDBusConnection m_bus;
	Backends m_backends;
	Orchestrator m_orchestrator;
	Authorizer m_authorizer;
	QList<SessionObject *> m_sessions;
	QList<ExportJob *> m_jobs;
	QTimer m_idle;
	int m_jobCounter = 0;
	// Exports at a time: each holds a snapshot open and a thread busy.
	static constexpr int kMaxJobs = 4;
};
