// SPDX-License-Identifier: GPL-2.0-or-later
// org.interposer.Helper1.Session on /org/interposer/Helper1/sessions/<id>:
// the properties of one session; its methods are carried out by the
// Manager, which owns the backends.
#pragma once

#include "dbustypes.h"
#include "kinds.h"
#include "sessionrecord.h"

#include <QDBusContext>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QObject>

class Manager;

class SessionObject : public QObject, protected QDBusContext
{
	Q_OBJECT
	Q_PROPERTY(QString Device READ device)
	Q_PROPERTY(qulonglong DeviceNumber READ deviceNumber)
	Q_PROPERTY(QString Kind READ kind)
	Q_PROPERTY(QVariantMap Options READ options)
	Q_PROPERTY(QString State READ state)
	Q_PROPERTY(QString Interposer READ interposer)
	Q_PROPERTY(QString SnapshotDevice READ snapshotDevice)
	Q_PROPERTY(InterposerSnapshotUsage SnapshotUsage READ snapshotUsage)
	Q_PROPERTY(uint StartedByUID READ startedByUid)
	Q_PROPERTY(qulonglong Started READ started)

public:
	SessionObject(Manager *manager, SessionRecord record);

	static const QString interfaceName;

	QDBusObjectPath path() const;
	const SessionRecord &record() const { return m_record; }
	SessionRecord &record() { return m_record; }

	QString device() const { return m_record.original.name; }
	qulonglong deviceNumber() const { return m_record.original.dev; }
	QString kind() const { return kindName(m_record.options.kind); }
	QVariantMap options() const { return optionsToMap(m_record.options); }
	QString state() const { return m_state; }
	QString interposer() const;
	QString snapshotDevice() const;
	InterposerSnapshotUsage snapshotUsage() const;
	uint startedByUid() const { return m_record.uid; }
	qulonglong started() const { return m_record.startedUsec; }

	void setState(const QString &state);
	// Every property, for ObjectManager and PropertiesChanged.
	QVariantMap properties() const;
	void announce(const QStringList &changed);

public Q_SLOTS:
	void Detach(const QVariantMap &options);
	void Reconfigure(const QVariantMap &options);
	QDBusObjectPath ExportSnapshot(const QDBusUnixFileDescriptor &fd, const QVariantMap &options);

private:
	Manager *m_manager;
	SessionRecord m_record;
	QString m_state = sessionStateName(SessionState::Active);
};
