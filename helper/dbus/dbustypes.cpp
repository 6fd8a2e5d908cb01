// SPDX-License-Identifier: GPL-2.0-or-later
#include "dbustypes.h"

#include <QDBusMetaType>

QDBusArgument &operator<<(QDBusArgument &arg, const InterposerSnapshotUsage &usage)
{
	arg.beginStructure();
	arg << usage.used << usage.size;
	arg.endStructure();
	return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, InterposerSnapshotUsage &usage)
{
	arg.beginStructure();
	arg >> usage.used >> usage.size;
	arg.endStructure();
	return arg;
}

void interposerRegisterDBusTypes()
{
	qDBusRegisterMetaType<InterposerSnapshotUsage>();
	qDBusRegisterMetaType<InterposerInterfaceProperties>();
	qDBusRegisterMetaType<InterposerManagedObjects>();
}
