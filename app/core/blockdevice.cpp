// SPDX-License-Identifier: GPL-2.0-or-later
#include "blockdevice.h"

#include "devnumber.h"
#include "sessionnames.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>

namespace {

QStringList entries(const QString &dir)
{
	return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
}

BlockDevice::Type typeOf(const UdevDevice &d)
{
	const QString name = d.sysname();
	if (d.devtype() == QLatin1String("partition"))
		return BlockDevice::Type::Partition;
	if (name.startsWith(QLatin1String("loop")))
		return BlockDevice::Type::Loop;
	if (name.startsWith(QLatin1String("nvme")))
		return BlockDevice::Type::Nvme;
	if (name.startsWith(QLatin1String("md")))
		return BlockDevice::Type::Md;
	if (name.startsWith(QLatin1String("dm-")))
		return BlockDevice::Type::DeviceMapper;
	return d.devtype() == QLatin1String("disk") ? BlockDevice::Type::Disk : BlockDevice::Type::Other;
}

} // namespace

InterposerMappings parseInterposerMappings(const QString &text)
{
	static const QRegularExpression line(QStringLiteral(
		R"(^(\d+:\d+) bypass=(\d+:\d+) interposer=(\d+:\d+) state=(\S*))"));
	InterposerMappings out;
	for (const QString &l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
		const auto m = line.match(l);
		if (!m.hasMatch())
			continue;
		InterposerMapping mapping;
		mapping.bypass = parseDevNumber(m.capturedView(2));
		mapping.interposer = parseDevNumber(m.capturedView(3));
		mapping.attached = m.captured(4).split(QLatin1Char(',')).contains(QStringLiteral("attached"));
		out.insert(parseDevNumber(m.capturedView(1)), mapping);
	}
	return out;
}

BlockDevice readBlockDevice(const UdevDevice &d, const MountTable &mounts, const InterposerMappings &mappings,
			    const DisksBySyspath &disks)
{
	BlockDevice b;
	b.name = d.sysname();
	b.syspath = d.syspath();
	b.node = d.devnode();
	b.number = d.devnum();
	b.type = typeOf(d);
	if (b.type == BlockDevice::Type::Partition) {
		// A partition's sysfs directory is inside its disk's.
		b.disk = disks.value(b.syspath.left(b.syspath.lastIndexOf(QLatin1Char('/'))));
		if (!b.disk)
			b.disk = d.parent().devnum();
	}
	b.sizeBytes = d.sysattr("size").toULongLong() * 512;
	b.readOnly = d.sysattr("ro") == QLatin1String("1");
	b.fsType = d.property("ID_FS_TYPE");
	b.label = d.property("ID_FS_LABEL");
	b.uuid = d.property("ID_FS_UUID");
	// udev's DM_NAME comes with the "change" after the table is loaded,
	// and not at all where rules are told to leave the device alone;
	// sysfs has the name from the start.
	QString dmName = d.property("DM_NAME");
	if (dmName.isEmpty() && b.type == BlockDevice::Type::DeviceMapper)
		dmName = d.sysattr("dm/name");
	b.model = b.type == BlockDevice::Type::DeviceMapper ? dmName : d.property("ID_MODEL").replace(QLatin1Char('_'), QLatin1Char(' '));
	b.mountPoints = mounts.mountPoints(b.number, b.node);
	b.swap = mounts.isSwap(b.node);
	b.holders = entries(b.syspath + QStringLiteral("/holders"));
	b.slaves = entries(b.syspath + QStringLiteral("/slaves"));

	// The parts of a session.
	if (const auto part = parseSessionDmName(dmName)) {
		b.role = part->snapshot ? BlockDevice::Role::Snapshot : BlockDevice::Role::Interposer;
		b.original = part->original;
	} else if (b.name.startsWith(QLatin1String("ipbypass"))) {
		b.role = BlockDevice::Role::Bypass;
		for (auto it = mappings.cbegin(); it != mappings.cend(); ++it)
			if (it->bypass == b.number)
				b.original = it.key();
	}
	return b;
}

QString describeDevice(const BlockDevice &d)
{
	QString what = d.fsType;
	if (!d.label.isEmpty())
		what = QCoreApplication::translate("BlockDevice", "%1 “%2”").arg(what, d.label);
	if (d.swap)
		return QCoreApplication::translate("BlockDevice", "%1 (active swap)").arg(d.node);
	if (!d.mountPoints.isEmpty())
		return QCoreApplication::translate("BlockDevice", "%1 (%2, mounted on %3)")
			.arg(d.node, what, QLocale().createSeparatedList(d.mountPoints));
	if (what.isEmpty())
		return QCoreApplication::translate("BlockDevice", "%1 (no filesystem known)").arg(d.node);
	return QCoreApplication::translate("BlockDevice", "%1 (%2, not mounted)").arg(d.node, what);
}
