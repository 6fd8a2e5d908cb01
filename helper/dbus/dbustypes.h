// SPDX-License-Identifier: GPL-2.0-or-later
// D-Bus types of org.interposer.Helper1 that Qt has no built-in mapping for.
// Shared by the helper's adaptors and the clients' proxies, so both sides
// marshal them the same way.
#pragma once

#include "errortext.h"

#include <QDBusArgument>
#include <QDBusObjectPath>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

// Session.SnapshotUsage, D-Bus (tt): bytes of the store in use, its size.
struct InterposerSnapshotUsage {
	quint64 used = 0;
	quint64 size = 0;
	friend bool operator==(const InterposerSnapshotUsage &,
			       const InterposerSnapshotUsage &) = default;
};
Q_DECLARE_METATYPE(InterposerSnapshotUsage)

QDBusArgument &operator<<(QDBusArgument &arg, const InterposerSnapshotUsage &usage);
const QDBusArgument &operator>>(const QDBusArgument &arg, InterposerSnapshotUsage &usage);

// org.freedesktop.DBus.ObjectManager: a{sa{sv}} per object, a{oa{sa{sv}}} in all.
using InterposerInterfaceProperties = QMap<QString, QVariantMap>;
using InterposerManagedObjects = QMap<QDBusObjectPath, InterposerInterfaceProperties>;

// Registers every type above with the Qt meta-type and D-Bus type systems.
// Call once before the first D-Bus call or export.
void interposerRegisterDBusTypes();

// A value from a reply or signal: QtDBus hands a composite type over as a
// QDBusArgument until it is told the type.
template<typename T>
T interposerDemarshal(const QVariant &v)
{
	if (v.canConvert<QDBusArgument>())
		return qdbus_cast<T>(v.value<QDBusArgument>());
	return v.value<T>();
}
