// SPDX-License-Identifier: GPL-2.0-or-later
#include "listing.h"

#include "blockdevicemodel.h"

#include <QDateTime>
#include <sys/sysmacros.h>

namespace {

QString numberText(dev_t number)
{
	return QStringLiteral("%1:%2").arg(major(number)).arg(minor(number));
}

// A field of the text form must not contain the separators: tab and newline
// between fields and lines, the comma between mount points. They are written
// as mountinfo writes them, an octal escape, and so is the backslash.
QString field(const QString &text)
{
	if (text.isEmpty())
		return QStringLiteral("-");
	QString escaped;
	escaped.reserve(text.size());
	for (const QChar c : text) {
		if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char(',') || c == QLatin1Char('\\'))
			escaped += QStringLiteral("\\%1").arg(c.unicode(), 3, 8, QLatin1Char('0'));
		else
			escaped += c;
	}
	return escaped == QLatin1String("-") ? QStringLiteral("\\055") : escaped;
}

QString mountsField(const BlockDevice &device)
{
	QStringList points;
	for (const QString &point : device.mountPoints)
		points.append(field(point));
	if (device.swap)
		points.append(QStringLiteral("[SWAP]"));
	return points.isEmpty() ? QStringLiteral("-") : points.join(QLatin1Char(','));
}

QString typeToken(BlockDevice::Type type)
{
	switch (type) {
	case BlockDevice::Type::Disk:
		return QStringLiteral("disk");
	case BlockDevice::Type::Partition:
		return QStringLiteral("partition");
	case BlockDevice::Type::Loop:
		return QStringLiteral("loop");
	case BlockDevice::Type::Nvme:
		return QStringLiteral("nvme");
	case BlockDevice::Type::Md:
		return QStringLiteral("md");
	case BlockDevice::Type::DeviceMapper:
		return QStringLiteral("dm");
	case BlockDevice::Type::Other:
		break;
	}
	return QStringLiteral("other");
}

QString line(const BlockDeviceModel &model, const BlockDevice &device)
{
	const SessionInfo *session = model.session(device.number);
	return QStringList{field(device.node),
			   typeToken(device.type),
			   QString::number(device.sizeBytes),
			   field(device.fsType),
			   mountsField(device),
			   field(session ? session->kindName : QString()),
			   field(session ? session->stateName : QString()),
			   field(session ? session->interposer : QString())}
		       .join(QLatin1Char('\t'))
	       + QLatin1Char('\n');
}

QString roleToken(BlockDevice::Role role)
{
	switch (role) {
	case BlockDevice::Role::Bypass:
		return QStringLiteral("bypass");
	case BlockDevice::Role::Interposer:
		return QStringLiteral("interposer");
	case BlockDevice::Role::Snapshot:
		return QStringLiteral("snapshot");
	case BlockDevice::Role::Plain:
		break;
	}
	return QStringLiteral("plain");
}

QJsonArray strings(const QStringList &list)
{
	return QJsonArray::fromStringList(list);
}

QJsonObject deviceJson(const BlockDeviceModel &model, const BlockDevice &device)
{
	QJsonObject o{{QStringLiteral("name"), device.name},
		      {QStringLiteral("node"), device.node},
		      {QStringLiteral("device-number"), numberText(device.number)},
		      {QStringLiteral("type"), typeToken(device.type)},
		      {QStringLiteral("size-bytes"), qint64(device.sizeBytes)},
		      {QStringLiteral("read-only"), device.readOnly},
		      {QStringLiteral("model"), device.model},
		      {QStringLiteral("fs-type"), device.fsType},
		      {QStringLiteral("label"), device.label},
		      {QStringLiteral("uuid"), device.uuid},
		      {QStringLiteral("mount-points"), strings(device.mountPoints)},
		      {QStringLiteral("swap"), device.swap},
		      {QStringLiteral("holders"), strings(device.holders)},
		      {QStringLiteral("slaves"), strings(device.slaves)}};
	const SessionInfo *session = model.session(device.number);
	o.insert(QStringLiteral("session"), session ? QJsonValue(sessionJson(*session)) : QJsonValue());
	QJsonArray parts;
	for (const BlockDevice &part : model.sessionParts(device.number))
		parts.append(QJsonObject{{QStringLiteral("role"), roleToken(part.role)},
					 {QStringLiteral("node"), part.node},
					 {QStringLiteral("device-number"), numberText(part.number)}});
	o.insert(QStringLiteral("session-devices"), parts);
	return o;
}

} // namespace

QJsonObject sessionJson(const SessionInfo &s)
{
	QJsonObject options;
	for (auto it = s.options.cbegin(); it != s.options.cend(); ++it)
		options.insert(it.key(), QJsonValue::fromVariant(it.value()));
	QJsonObject o{{QStringLiteral("device"), s.device},
		      {QStringLiteral("device-number"), numberText(s.deviceNumber)},
		      {QStringLiteral("kind"), s.kindName},
		      {QStringLiteral("options"), options},
		      {QStringLiteral("state"), s.stateName},
		      {QStringLiteral("interposer"), s.interposer},
		      {QStringLiteral("session"), s.path.path()},
		      {QStringLiteral("started-by-uid"), qint64(s.startedByUid)},
		      {QStringLiteral("started"), QDateTime::fromMSecsSinceEpoch(qint64(s.started / 1000)).toUTC().toString(Qt::ISODate)}};
	if (!s.snapshotDevice.isEmpty()) {
		o.insert(QStringLiteral("snapshot-device"), s.snapshotDevice);
		o.insert(QStringLiteral("snapshot-used-bytes"), qint64(s.snapshotUsage.used));
		o.insert(QStringLiteral("snapshot-store-bytes"), qint64(s.snapshotUsage.size));
	}
	return o;
}

QString deviceListText(const BlockDeviceModel &model)
{
	QString text;
	for (int row = 0; row < model.rowCount(); ++row) {
		const QModelIndex disk = model.index(row, 0);
		text += line(model, *model.device(disk));
		for (int child = 0; child < model.rowCount(disk); ++child)
			text += line(model, *model.device(model.index(child, 0, disk)));
	}
	return text;
}

QJsonArray deviceListJson(const BlockDeviceModel &model)
{
	QJsonArray disks;
	for (int row = 0; row < model.rowCount(); ++row) {
		const QModelIndex index = model.index(row, 0);
		QJsonObject disk = deviceJson(model, *model.device(index));
		QJsonArray partitions;
		for (int child = 0; child < model.rowCount(index); ++child)
			partitions.append(deviceJson(model, *model.device(model.index(child, 0, index))));
		disk.insert(QStringLiteral("partitions"), partitions);
		disks.append(disk);
	}
	return disks;
}
