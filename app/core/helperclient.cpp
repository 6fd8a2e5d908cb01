// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperclient.h"

#include <QDBusArgument>
#include <QDBusMetaType>

const QString HelperClient::service = QStringLiteral("org.interposer.Helper1");
const QString HelperClient::managerPath = QStringLiteral("/org/interposer/Helper1");
const QString HelperClient::managerInterface = QString::fromLatin1(OrgInterposerHelper1ManagerInterface::staticInterfaceName());
const QString HelperClient::sessionInterface = QString::fromLatin1(OrgInterposerHelper1SessionInterface::staticInterfaceName());
const QString HelperClient::jobInterface = QString::fromLatin1(OrgInterposerHelper1JobInterface::staticInterfaceName());

namespace {

// An administrator typing a password may take minutes.
constexpr int kCallTimeoutMs = 15 * 60 * 1000;

} // namespace

HelperClient::HelperClient(QDBusConnection bus)
	: m_bus(std::move(bus)), m_manager(service, managerPath, m_bus)
{
	interposerRegisterDBusTypes();
	m_manager.setTimeout(kCallTimeoutMs);
}

SessionInfo sessionFromProperties(const QDBusObjectPath &path, const QVariantMap &p)
{
	SessionInfo s;
	s.path = path;
	s.device = p.value(QStringLiteral("Device")).toString();
	s.deviceNumber = p.value(QStringLiteral("DeviceNumber")).toULongLong();
	s.kindName = p.value(QStringLiteral("Kind")).toString();
	s.kind = kindFromName(s.kindName);
	s.options = interposerDemarshal<QVariantMap>(p.value(QStringLiteral("Options")));
	s.stateName = p.value(QStringLiteral("State")).toString();
	s.state = sessionStateFromName(s.stateName);
	s.interposer = p.value(QStringLiteral("Interposer")).toString();
	s.snapshotDevice = p.value(QStringLiteral("SnapshotDevice")).toString();
	s.snapshotUsage = interposerDemarshal<InterposerSnapshotUsage>(p.value(QStringLiteral("SnapshotUsage")));
	s.startedByUid = p.value(QStringLiteral("StartedByUID")).toUInt();
	s.started = p.value(QStringLiteral("Started")).toULongLong();
	return s;
}

QList<SessionInfo> HelperClient::sessions(QDBusMessage *error)
{
	QDBusMessage call = QDBusMessage::createMethodCall(service, managerPath,
		QStringLiteral("org.freedesktop.DBus.ObjectManager"), QStringLiteral("GetManagedObjects"));
	const QDBusMessage reply = m_bus.call(call, QDBus::Block, kCallTimeoutMs);
	QList<SessionInfo> out;
	if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
		if (error)
			*error = reply;
		return out;
	}
	const auto objects = interposerDemarshal<InterposerManagedObjects>(reply.arguments().at(0));
	for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
		const auto props = it.value().value(sessionInterface);
		if (!props.isEmpty())
			out.append(sessionFromProperties(it.key(), props));
	}
	return out;
}

namespace {

QDBusMessage methodCall(const QString &path, const QString &interface, const QString &method,
			const QVariantList &args, bool allowInteraction)
{
	QDBusMessage msg = QDBusMessage::createMethodCall(HelperClient::service, path, interface, method);
	msg.setArguments(args);
	msg.setInteractiveAuthorizationAllowed(allowInteraction);
	return msg;
}

} // namespace

QDBusMessage HelperClient::call(const QString &path, const QString &interface, const QString &method,
				const QVariantList &args, bool allowInteraction)
{
	return m_bus.call(methodCall(path, interface, method, args, allowInteraction), QDBus::Block, kCallTimeoutMs);
}

QDBusPendingCall HelperClient::asyncCall(const QString &path, const QString &interface, const QString &method,
					 const QVariantList &args, bool allowInteraction)
{
	return m_bus.asyncCall(methodCall(path, interface, method, args, allowInteraction), kCallTimeoutMs);
}
