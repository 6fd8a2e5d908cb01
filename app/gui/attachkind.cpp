// SPDX-License-Identifier: GPL-2.0-or-later
#include "attachkind.h"

#include <QCoreApplication>

QString actionText(Kind kind)
{
	switch (kind) {
	case Kind::Linear:
		return QCoreApplication::translate("Kind", "&Remap");
	case Kind::Delay:
		return QCoreApplication::translate("Kind", "Add &latency");
	case Kind::Snapshot:
		return QCoreApplication::translate("Kind", "&Snapshot");
	case Kind::Flakey:
		break;
	}
	return QCoreApplication::translate("Kind", "Inject &faults");
}

QString targetName(Kind kind)
{
	return QStringLiteral("dm-") + kindName(kind);
}

QString attachRefusal(const BlockDevice &d, int partitionCount)
{
	if (d.role != BlockDevice::Role::Plain)
		return QCoreApplication::translate("Kind", "%1 is part of an Interposer session.").arg(d.node);
	if (d.type == BlockDevice::Type::DeviceMapper)
		return QCoreApplication::translate("Kind", "%1 is a device-mapper device; Interposer acts on the devices below it.").arg(d.node);
	if (partitionCount > 0)
		return QCoreApplication::translate("Kind", "%1 has partitions; choose one of them.").arg(d.node);
	if (d.readOnly)
		return QCoreApplication::translate("Kind", "%1 is read-only; device-mapper needs it writable.").arg(d.node);
	if (d.sizeBytes == 0)
		return QCoreApplication::translate("Kind", "%1 is empty (no medium, or a size of 0).").arg(d.node);
	return {};
}
