// SPDX-License-Identifier: GPL-2.0-or-later
#include "blockdevicemodel.h"

#include "datasize.h"
#include "sessionwords.h"
#include "udevclient.h"

#include <QCollator>
#include <QFile>
#include <QLocale>
#include <algorithm>

namespace {

// sda2 before sda10, nvme0n1 before nvme1n1: numbers compared as numbers.
bool before(const BlockDevice &a, const BlockDevice &b)
{
	static const QCollator collator = [] {
		QCollator c(QLocale::c());
		c.setNumericMode(true);
		return c;
	}();
	return collator.compare(a.name, b.name) < 0;
}

} // namespace

BlockDeviceModel::BlockDeviceModel(UdevClient *udev, QObject *parent, MountSources mounts)
	: QAbstractItemModel(parent), m_udev(udev), m_mountSources(std::move(mounts))
{
	connect(m_udev, &UdevClient::blockEvent, this, &BlockDeviceModel::onBlockEvent);
	reload();
}

void BlockDeviceModel::reload()
{
	beginResetModel();
	m_rows.clear();
	m_rowOf.clear();
	m_diskOf.clear();
	m_parts.clear();
	m_waiting.clear();
	m_mounts = MountTable::read(m_mountSources);
	const InterposerMappings mappings = readMappings();
	QList<BlockDevice> partitions;
	DisksBySyspath disks; // udev lists a disk before its partitions
	for (const UdevDevice &d : m_udev->blockDevices()) {
		BlockDevice b = readBlockDevice(d, m_mounts, mappings, disks);
		if (b.type != BlockDevice::Type::Partition)
			disks.insert(b.syspath, b.number);
		if (b.role != BlockDevice::Role::Plain)
			m_parts.insert(b.number, std::move(b));
		else if (b.type == BlockDevice::Type::Partition)
			partitions.append(std::move(b));
		else
			m_rows.append({std::move(b), {}});
	}
	std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return before(a.device, b.device); });
	rebuildRowIndex();
	std::sort(partitions.begin(), partitions.end(), before);
	for (BlockDevice &p : partitions) {
		const auto row = m_rowOf.constFind(p.disk);
		if (row == m_rowOf.cend()) {
			m_waiting[p.disk].append(std::move(p));
			continue;
		}
		m_diskOf.insert(p.number, p.disk);
		m_rows[*row].partitions.append(std::move(p));
	}
	endResetModel();
}

void BlockDeviceModel::refreshMounts()
{
	const MountTable mounts = MountTable::read(m_mountSources);
	if (mounts == m_mounts)
		return;
	m_mounts = mounts;
	auto update = [this](BlockDevice &b, const QModelIndex &index) {
		const QStringList points = m_mounts.mountPoints(b.number, b.node);
		const bool swap = m_mounts.isSwap(b.node);
		if (points == b.mountPoints && swap == b.swap)
			return;
		b.mountPoints = points;
		b.swap = swap;
		rowChanged(index);
	};
	for (int r = 0; r < m_rows.size(); ++r) {
		update(m_rows[r].device, index(r, 0));
		for (int p = 0; p < m_rows[r].partitions.size(); ++p)
			update(m_rows[r].partitions[p], index(p, 0, index(r, 0)));
	}
}

namespace {

// Whether the views must hear of a session's change: anything the helper
// says of it, its options too (another client's `interposerctl set`
// reaches the session panel's spin boxes so). Not the snapshot usage the
// session carries: the panel reads it every 2 s itself, fresher.
bool sameSession(const SessionInfo &a, const SessionInfo &b)
{
	return a.path == b.path && a.device == b.device && a.deviceNumber == b.deviceNumber && a.kindName == b.kindName &&
	       a.options == b.options && a.stateName == b.stateName && a.interposer == b.interposer &&
	       a.snapshotDevice == b.snapshotDevice && a.startedByUid == b.startedByUid && a.started == b.started;
}

} // namespace

void BlockDeviceModel::setSessions(const QList<SessionInfo> &sessions)
{
	QHash<dev_t, SessionInfo> next;
	for (const SessionInfo &s : sessions)
		next.insert(dev_t(s.deviceNumber), s);
	QList<dev_t> touched;
	for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it)
		if (const auto n = next.constFind(it.key()); n == next.cend() || !sameSession(*n, *it))
			touched.append(it.key());
	for (auto it = next.cbegin(); it != next.cend(); ++it)
		if (!m_sessions.contains(it.key()))
			touched.append(it.key());
	m_sessions = std::move(next);
	for (dev_t d : std::as_const(touched))
		originChanged(d);
	if (!touched.isEmpty())
		Q_EMIT sessionsChanged();
}

QList<SessionInfo> BlockDeviceModel::sessions() const
{
	return m_sessions.values();
}

QModelIndex BlockDeviceModel::indexOf(dev_t number, int column) const
{
	if (const auto row = m_rowOf.constFind(number); row != m_rowOf.cend())
		return index(*row, column);
	const auto disk = m_diskOf.constFind(number);
	if (disk == m_diskOf.cend())
		return {};
	const int row = m_rowOf.value(*disk, -1);
	if (row < 0)
		return {};
	const QList<BlockDevice> &parts = m_rows[row].partitions;
	for (int p = 0; p < parts.size(); ++p)
		if (parts[p].number == number)
			return index(p, column, index(row, 0));
	return {};
}

const BlockDevice *BlockDeviceModel::device(const QModelIndex &index) const
{
	if (!index.isValid() || index.model() != this)
		return nullptr;
	if (index.internalId() == 0)
		return &m_rows[index.row()].device;
	const int row = m_rowOf.value(dev_t(index.internalId()), -1);
	if (row < 0 || index.row() >= m_rows[row].partitions.size())
		return nullptr;
	return &m_rows[row].partitions[index.row()];
}

const BlockDevice *BlockDeviceModel::device(dev_t number) const
{
	return device(indexOf(number));
}

QList<BlockDevice> BlockDeviceModel::sessionParts(dev_t original) const
{
	QList<BlockDevice> out;
	for (const BlockDevice &b : m_parts)
		if (b.original == original)
			out.append(b);
	std::sort(out.begin(), out.end(), [](const BlockDevice &a, const BlockDevice &b) { return a.role < b.role; });
	return out;
}

const SessionInfo *BlockDeviceModel::session(dev_t original) const
{
	const auto it = m_sessions.constFind(original);
	return it == m_sessions.cend() ? nullptr : &*it;
}

QModelIndex BlockDeviceModel::index(int row, int column, const QModelIndex &parent) const
{
	if (column < 0 || column >= ColumnCount || row < 0)
		return {};
	if (!parent.isValid())
		return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
	// A partition's index carries its disk's number: stable when rows
	// above it come and go (persistent indexes keep their internal id).
	if (parent.internalId() != 0 || parent.row() >= m_rows.size())
		return {};
	const Row &disk = m_rows[parent.row()];
	return row < disk.partitions.size() ? createIndex(row, column, quintptr(disk.device.number)) : QModelIndex();
}

QModelIndex BlockDeviceModel::parent(const QModelIndex &child) const
{
	if (!child.isValid() || child.internalId() == 0)
		return {};
	const int row = m_rowOf.value(dev_t(child.internalId()), -1);
	return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int BlockDeviceModel::rowCount(const QModelIndex &parent) const
{
	if (!parent.isValid())
		return int(m_rows.size());
	if (parent.internalId() != 0 || parent.column() != 0)
		return 0;
	return int(m_rows[parent.row()].partitions.size());
}

int BlockDeviceModel::columnCount(const QModelIndex &) const
{
	return ColumnCount;
}

QVariant BlockDeviceModel::data(const QModelIndex &index, int role) const
{
	const BlockDevice *b = device(index);
	if (!b)
		return {};
	switch (role) {
	case DeviceRole:
		return QVariant::fromValue(*b);
	case DeviceNumberRole:
		return qulonglong(b->number);
	case NodeRole:
		return b->node;
	case InSessionRole:
		return m_sessions.contains(b->number) || !sessionParts(b->number).isEmpty();
	case Qt::ToolTipRole:
		return b->model.isEmpty() ? b->node : QStringLiteral("%1 (%2)").arg(b->node, b->model);
	case Qt::DisplayRole:
		break;
	default:
		return {};
	}
	switch (index.column()) {
	case NameColumn:
		return b->name;
	case SizeColumn:
		return formatBytes(b->sizeBytes);
	case TypeColumn:
		switch (b->type) {
		case BlockDevice::Type::Disk:
			return tr("Disk");
		case BlockDevice::Type::Partition:
			return tr("Partition");
		case BlockDevice::Type::Loop:
			return tr("Loop device");
		case BlockDevice::Type::Nvme:
			return tr("NVMe disk");
		case BlockDevice::Type::Md:
			return tr("RAID (md)");
		case BlockDevice::Type::DeviceMapper:
			return tr("Device-mapper");
		case BlockDevice::Type::Other:
			return tr("Other");
		}
		return {};
	case FilesystemColumn:
		return b->fsType;
	case LabelColumn:
		return b->label;
	case MountPointsColumn: {
		QStringList points = b->mountPoints;
		if (b->swap)
			points.append(tr("[swap]"));
		return points.join(QStringLiteral(", "));
	}
	case SessionColumn:
		return sessionText(*b);
	}
	return {};
}

QVariant BlockDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
	if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
		return {};
	switch (section) {
	case NameColumn:
		return tr("Device");
	case SizeColumn:
		return tr("Size");
	case TypeColumn:
		return tr("Type");
	case FilesystemColumn:
		return tr("Filesystem");
	case LabelColumn:
		return tr("Label");
	case MountPointsColumn:
		return tr("Mounted at");
	case SessionColumn:
		return tr("Session");
	}
	return {};
}

QString BlockDeviceModel::sessionText(const BlockDevice &b) const
{
	if (const SessionInfo *s = session(b.number))
		return sessionLabel(*s);
	// Parts without a session of the helper: a session being set up or
	// torn down, or one the helper does not know (yet).
	return sessionParts(b.number).isEmpty() ? QString() : tr("interposed");
}

void BlockDeviceModel::onBlockEvent(const QString &action, const UdevDevice &device)
{
	if (action == QLatin1String("remove")) {
		remove(device.devnum());
		return;
	}
	// A device built on others changes their holders.
	if (const auto b = reread(device, readMappings()))
		rereadNames(b->slaves);
}

std::optional<BlockDevice> BlockDeviceModel::reread(const UdevDevice &device, const InterposerMappings &mappings)
{
	if (device.isHiddenDisk())
		return std::nullopt;
	// A loop device unbound, a card taken out: its row goes (its "change"
	// uevent says size 0); bound again, it comes back. So too when it is
	// read again as the slave of a device that went: an autoclear loop
	// under a device-mapper device is unbound as that device goes, and
	// udev may bring the loop's "change" before the other's "remove".
	if (device.hasZeroSize()) {
		remove(device.devnum());
		return std::nullopt;
	}
	BlockDevice b = readBlockDevice(device, m_mounts, mappings);
	apply(b);
	return b;
}

InterposerMappings BlockDeviceModel::readMappings() const
{
	// World-readable: /sys/class/misc/blkinterposer/mappings, when the
	// module is loaded. Read to its end here: libudev's sysattr makes one
	// read(), and a read of sysfs gets a page at most, 32 of its lines.
	const UdevDevice control = m_udev->device("misc", "blkinterposer");
	if (!control.isValid())
		return {};
	QFile file(control.syspath() + QStringLiteral("/mappings"));
	if (!file.open(QIODevice::ReadOnly))
		return {};
	return parseInterposerMappings(QString::fromLatin1(file.readAll()));
}

void BlockDeviceModel::apply(const BlockDevice &b)
{
	// A device-mapper device is a row until it has a name (its "add"
	// uevent may come before the helper named it), then a session's part;
	// a renamed one may go back. Its old place goes first.
	const bool wasPart = m_parts.contains(b.number);
	const bool isPart = b.role != BlockDevice::Role::Plain;
	if (wasPart != isPart)
		remove(b.number);
	if (isPart) {
		m_parts.insert(b.number, b);
		originChanged(b.original);
	} else if (b.type == BlockDevice::Type::Partition) {
		applyPartition(b);
	} else {
		applyTop(b);
	}
}

void BlockDeviceModel::applyTop(const BlockDevice &b)
{
	if (const auto row = m_rowOf.constFind(b.number); row != m_rowOf.cend()) {
		if (m_rows[*row].device == b)
			return;
		m_rows[*row].device = b;
		rowChanged(index(*row, 0));
		return;
	}
	const int row = int(std::partition_point(m_rows.cbegin(), m_rows.cend(),
						 [&b](const Row &r) { return before(r.device, b); }) - m_rows.cbegin());
	beginInsertRows({}, row, row);
	m_rows.insert(row, {b, {}});
	rebuildRowIndex();
	endInsertRows();
	// Partitions that came first (an event order udev does not promise).
	for (const BlockDevice &p : m_waiting.take(b.number))
		applyPartition(p);
}

void BlockDeviceModel::applyPartition(const BlockDevice &b)
{
	const auto row = m_rowOf.constFind(b.disk);
	if (row == m_rowOf.cend()) {
		QList<BlockDevice> &waiting = m_waiting[b.disk];
		waiting.removeIf([&b](const BlockDevice &w) { return w.number == b.number; });
		waiting.append(b);
		return;
	}
	const QModelIndex parent = index(*row, 0);
	QList<BlockDevice> &parts = m_rows[*row].partitions;
	for (int p = 0; p < parts.size(); ++p) {
		if (parts[p].number != b.number)
			continue;
		if (parts[p] == b)
			return;
		parts[p] = b;
		rowChanged(index(p, 0, parent));
		return;
	}
	const int p = int(std::partition_point(parts.cbegin(), parts.cend(),
					       [&b](const BlockDevice &other) { return before(other, b); }) - parts.cbegin());
	beginInsertRows(parent, p, p);
	parts.insert(p, b);
	m_diskOf.insert(b.number, b.disk);
	endInsertRows();
}

void BlockDeviceModel::remove(dev_t number)
{
	if (m_parts.contains(number)) {
		const BlockDevice b = m_parts.take(number);
		originChanged(b.original);
		rereadNames(b.slaves);
		return;
	}
	for (QList<BlockDevice> &waiting : m_waiting)
		waiting.removeIf([number](const BlockDevice &w) { return w.number == number; });
	const QModelIndex at = indexOf(number);
	if (!at.isValid())
		return;
	const BlockDevice gone = *device(at);
	if (at.parent().isValid()) {
		QList<BlockDevice> &parts = m_rows[at.parent().row()].partitions;
		beginRemoveRows(at.parent(), at.row(), at.row());
		parts.removeAt(at.row());
		m_diskOf.remove(number);
		endRemoveRows();
	} else {
		beginRemoveRows({}, at.row(), at.row());
		for (const BlockDevice &p : std::as_const(m_rows[at.row()].partitions))
			m_diskOf.remove(p.number);
		m_rows.removeAt(at.row());
		rebuildRowIndex();
		endRemoveRows();
	}
	rereadNames(gone.slaves);
}

void BlockDeviceModel::rereadNames(const QStringList &names)
{
	if (names.isEmpty())
		return;
	const InterposerMappings mappings = readMappings();
	for (const QString &name : names) {
		const UdevDevice d = m_udev->device("block", name.toUtf8().constData());
		if (d.isValid())
			reread(d, mappings);
	}
}

void BlockDeviceModel::originChanged(dev_t original)
{
	const QModelIndex at = indexOf(original, SessionColumn);
	if (at.isValid())
		Q_EMIT dataChanged(at, at);
}

void BlockDeviceModel::rowChanged(const QModelIndex &first)
{
	Q_EMIT dataChanged(first.siblingAtColumn(0), first.siblingAtColumn(ColumnCount - 1));
}

void BlockDeviceModel::rebuildRowIndex()
{
	m_rowOf.clear();
	for (int r = 0; r < m_rows.size(); ++r)
		m_rowOf.insert(m_rows[r].device.number, r);
}
