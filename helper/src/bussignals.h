// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's D-Bus signals, sent as messages of their own rather than
// relayed from Qt signals by the adaptors. Qt relays an adaptor's signal
// later, from its D-Bus thread, and only for an object still registered
// then: Job.Completed and a session's last PropertiesChanged would be lost
// when the object is unregistered right after. A message sent here keeps
// its order with every reply and signal sent after it.
#pragma once

#include "dbustypes.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QStringList>
#include <QVariantMap>

inline void sendSignal(QDBusConnection &bus, const QString &path, const QString &interface,
		       const QString &name, const QVariantList &arguments)
{
	QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
	signal.setArguments(arguments);
	bus.send(signal);
}

// org.freedesktop.DBus.Properties.PropertiesChanged, which Qt's adaptors
// do not emit by themselves.
inline void emitPropertiesChanged(QDBusConnection &bus, const QString &path, const QString &interface,
				  const QVariantMap &changed)
{
	sendSignal(bus, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("PropertiesChanged"),
		   {interface, changed, QStringList()});
}

inline void emitInterfacesAdded(QDBusConnection &bus, const QString &managerPath, const QDBusObjectPath &object,
				const InterposerInterfaceProperties &interfaces)
{
	sendSignal(bus, managerPath, QStringLiteral("org.freedesktop.DBus.ObjectManager"),
		   QStringLiteral("InterfacesAdded"), {QVariant::fromValue(object), QVariant::fromValue(interfaces)});
}

inline void emitInterfacesRemoved(QDBusConnection &bus, const QString &managerPath, const QDBusObjectPath &object,
				  const QStringList &interfaces)
{
	sendSignal(bus, managerPath, QStringLiteral("org.freedesktop.DBus.ObjectManager"),
		   QStringLiteral("InterfacesRemoved"), {QVariant::fromValue(object), interfaces});
}
