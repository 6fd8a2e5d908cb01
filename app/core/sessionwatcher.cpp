// SPDX-License-Identifier: GPL-2.0-or-later
#include "sessionwatcher.h"

#include <QDBusArgument>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

namespace {

const QString kObjectManager = QStringLiteral("org.freedesktop.DBus.ObjectManager");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");


} // namespace

SessionWatcher::SessionWatcher(QDBusConnection bus, QObject *parent) : QObject(parent), m_bus(std::move(bus))
{
	interposerRegisterDBusTypes();
	const QString &svc = HelperClient::service;
	m_bus.connect(svc, HelperClient::managerPath, kObjectManager, QStringLiteral("InterfacesAdded"),
		      this, SLOT(onInterfacesAdded(QDBusMessage)));
	m_bus.connect(svc, HelperClient::managerPath, kObjectManager, QStringLiteral("InterfacesRemoved"),
		      this, SLOT(onInterfacesRemoved(QDBusMessage)));
	// Any object of the helper: sessions come and go.
	m_bus.connect(svc, QString(), kProperties, QStringLiteral("PropertiesChanged"),
		      this, SLOT(onPropertiesChanged(QDBusMessage)));
	auto *helper = new QDBusServiceWatcher(svc, m_bus, QDBusServiceWatcher::WatchForUnregistration, this);
	connect(helper, &QDBusServiceWatcher::serviceUnregistered, this, &SessionWatcher::onHelperGone);
}

void SessionWatcher::refresh()
{
	QDBusMessage call = QDBusMessage::createMethodCall(HelperClient::service, HelperClient::managerPath,
							   kObjectManager, QStringLiteral("GetManagedObjects"));
	++m_refreshing;
	auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
	connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
		w->deleteLater();
		const QDBusPendingReply<InterposerManagedObjects> reply = *w;
		if (reply.isError()) {
			m_error = reply.error().message();
			finishRefresh(nullptr);
			return;
		}
		m_error.clear();
		const InterposerManagedObjects objects = reply.value();
		finishRefresh(&objects);
	});
}

void SessionWatcher::finishRefresh(const InterposerManagedObjects *objects)
{
	if (objects) {
		m_sessions.clear();
		for (auto it = objects->cbegin(); it != objects->cend(); ++it)
			if (it->contains(HelperClient::sessionInterface))
				m_sessions.insert(it.key().path(), it->value(HelperClient::sessionInterface));
		for (const QDBusMessage &signal : std::as_const(m_sinceRefresh))
			apply(signal);
	}
	if (--m_refreshing == 0)
		m_sinceRefresh.clear();
	if (objects)
		announce();
}

QList<SessionInfo> SessionWatcher::sessions() const
{
	QList<SessionInfo> out;
	for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
		out.append(sessionFromProperties(QDBusObjectPath(it.key()), it.value()));
	return out;
}

void SessionWatcher::onInterfacesAdded(const QDBusMessage &signal)
{
	onSignal(signal);
}

void SessionWatcher::onInterfacesRemoved(const QDBusMessage &signal)
{
	onSignal(signal);
}

void SessionWatcher::onPropertiesChanged(const QDBusMessage &signal)
{
	onSignal(signal);
}

void SessionWatcher::onSignal(const QDBusMessage &signal)
{
	if (m_refreshing)
		m_sinceRefresh.append(signal);
	if (apply(signal))
		announce();
}

bool SessionWatcher::apply(const QDBusMessage &signal)
{
	const QVariantList args = signal.arguments();
	const QString member = signal.member();
	if (member == QLatin1String("InterfacesAdded")) {
		if (args.size() != 2)
			return false;
		const auto interfaces = interposerDemarshal<InterposerInterfaceProperties>(args[1]);
		if (!interfaces.contains(HelperClient::sessionInterface))
			return false;
		m_sessions.insert(interposerDemarshal<QDBusObjectPath>(args[0]).path(),
				  interfaces.value(HelperClient::sessionInterface));
		return true;
	}
	if (member == QLatin1String("InterfacesRemoved"))
		return !args.isEmpty() && m_sessions.remove(interposerDemarshal<QDBusObjectPath>(args[0]).path());
	// PropertiesChanged
	const auto it = m_sessions.find(signal.path());
	if (args.size() < 2 || it == m_sessions.end() || args[0].toString() != HelperClient::sessionInterface)
		return false;
	const QVariantMap changed = interposerDemarshal<QVariantMap>(args[1]);
	for (auto c = changed.cbegin(); c != changed.cend(); ++c)
		it->insert(c.key(), c.value());
	return true;
}

void SessionWatcher::onHelperGone()
{
	// An idle helper exits with no sessions; a crashed one left its
	// sessions to the next, which a refresh asks for.
	if (m_sessions.isEmpty())
		return;
	m_sessions.clear();
	announce();
	refresh();
}

void SessionWatcher::announce()
{
	Q_EMIT sessionsChanged(sessions());
}
