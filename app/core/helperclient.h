// SPDX-License-Identifier: GPL-2.0-or-later
// The client of interposer-helper used by the CLI and the GUI: the proxies
// generated from org.interposer.Helper1.xml, plus what Qt 6.4's proxies
// cannot do (set ALLOW_INTERACTIVE_AUTHORIZATION on a call, so that polkit
// may ask for a password).
#pragma once

#include "dbustypes.h"
#include "helper1proxy.h"
#include "kinds.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QList>
#include <optional>

struct SessionInfo {
	QDBusObjectPath path;
	QString device;
	quint64 deviceNumber = 0;
	// The kind and state as decisions take them; nullopt for a word this
	// client does not know (a newer helper's). Their names, as the
	// helper said them, for output.
	std::optional<Kind> kind;
	QString kindName;
	QVariantMap options;
	std::optional<SessionState> state;
	QString stateName;
	QString interposer;
	QString snapshotDevice;
	InterposerSnapshotUsage snapshotUsage;
	uint startedByUid = 0;
	quint64 started = 0;

	bool isActive() const { return state == SessionState::Active; }
};

class HelperClient
{
public:
	static const QString service;
	static const QString managerPath;
	static const QString managerInterface;
	// The interface names, as the proxies generated from the XML spell them.
	static const QString sessionInterface;
	static const QString jobInterface;

	explicit HelperClient(QDBusConnection bus = QDBusConnection::systemBus());

	QDBusConnection &bus() { return m_bus; }
	OrgInterposerHelper1ManagerInterface &manager() { return m_manager; }

	// Every session (one GetManagedObjects call); the error reply if any.
	QList<SessionInfo> sessions(QDBusMessage *error = nullptr);

	// A method call that may wait for polkit's password dialog.
	QDBusMessage call(const QString &path, const QString &interface, const QString &method,
			  const QVariantList &args, bool allowInteraction);
	// The same without waiting: a window must not freeze while polkit asks.
	QDBusPendingCall asyncCall(const QString &path, const QString &interface, const QString &method,
				   const QVariantList &args, bool allowInteraction);

private:
	QDBusConnection m_bus;
	OrgInterposerHelper1ManagerInterface m_manager;
};

SessionInfo sessionFromProperties(const QDBusObjectPath &path, const QVariantMap &props);
