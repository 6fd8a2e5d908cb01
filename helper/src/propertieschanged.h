// SPDX-License-Identifier: GPL-2.0-or-later
// org.freedesktop.DBus.Properties.PropertiesChanged, which Qt's adaptors
// do not emit by themselves.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QStringList>
#include <QVariantMap>

inline void emitPropertiesChanged(QDBusConnection &bus, const QString &path, const QString &interface,
				  const QVariantMap &changed)
{
	QDBusMessage signal = QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.DBus.Properties"),
							 QStringLiteral("PropertiesChanged"));
	signal << interface << changed << QStringList();
	bus.send(signal);
}
