// SPDX-License-Identifier: GPL-2.0-or-later
#include "dbustypes.h"

#include "errortext.h"

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
	// The typedefs' own names too: generated proxies and adaptors look
	// their signals' parameter types up by the names they are spelt with.
	qRegisterMetaType<InterposerInterfaceProperties>("InterposerInterfaceProperties");
	qRegisterMetaType<InterposerManagedObjects>("InterposerManagedObjects");
	registerErrorTextTypes();
}
