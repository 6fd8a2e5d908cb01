// SPDX-License-Identifier: GPL-2.0-or-later
// The machine's block devices as a tree for views: disks (and loop, md,
// nvme and device-mapper devices) at the top, partitions below their disk.
// The bypass, interposer and snapshot devices of a session are not rows:
// they belong to their original (sessionParts). Rows are updated in place
// on every uevent, mount change and session change, so selections and
// expanded branches survive hotplug.
#pragma once

#include "blockdevice.h"
#include "helperclient.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <optional>

class UdevClient;

class BlockDeviceModel : public QAbstractItemModel
{
	Q_OBJECT

public:
	enum Column { NameColumn, SizeColumn, TypeColumn, FilesystemColumn, LabelColumn, MountPointsColumn,
		      SessionColumn, ColumnCount };
	enum Role {
		DeviceRole = Qt::UserRole + 1, // QVariant<BlockDevice>
		DeviceNumberRole,              // qulonglong dev_t
		NodeRole,                      // /dev/...
		InSessionRole,                 // bool
	};
	explicit BlockDeviceModel(UdevClient *udev, QObject *parent = nullptr, MountSources mounts = {});

	// Reads every device again (a full reset; views lose their selection).
	void reload();
	// Reads the mount table again and updates the rows whose mounts changed.
	void refreshMounts();
	// The helper's sessions (from its ObjectManager).
	void setSessions(const QList<SessionInfo> &sessions);

	QModelIndex indexOf(dev_t device, int column = 0) const;
	const BlockDevice *device(const QModelIndex &index) const;
	const BlockDevice *device(dev_t number) const;
	// The bypass, interposer and snapshot devices of an original.
	QList<BlockDevice> sessionParts(dev_t original) const;
	// The helper's session of a device, if any.
	const SessionInfo *session(dev_t original) const;
	// Every session of the helper, in no order.
	QList<SessionInfo> sessions() const;

	QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
	QModelIndex parent(const QModelIndex &child) const override;
	int rowCount(const QModelIndex &parent = {}) const override;
	int columnCount(const QModelIndex &parent = {}) const override;
	QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
	QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
	// A session came, went or changed (after the rows' dataChanged).
	void sessionsChanged();

private:
	struct Row {
		BlockDevice device;
		QList<BlockDevice> partitions;
	};

	void onBlockEvent(const QString &action, const UdevDevice &device);
	InterposerMappings readMappings() const;
	void apply(const BlockDevice &device);
	void applyTop(const BlockDevice &device);
	void applyPartition(const BlockDevice &device);
	void remove(dev_t number);
	// Re-reads devices by kernel name (holders and slaves of a changed one).
	void rereadNames(const QStringList &names);
	// A device read anew into its row, or nothing where it is to be no
	// row: a hidden disk, or a device of no size, whose row goes.
	std::optional<BlockDevice> reread(const UdevDevice &device, const InterposerMappings &mappings);
	void originChanged(dev_t original);
	void rowChanged(const QModelIndex &first);
	void rebuildRowIndex();
	QString sessionText(const BlockDevice &device) const;

	UdevClient *m_udev;
	MountSources m_mountSources;
	MountTable m_mounts;
	QList<Row> m_rows;
	QHash<dev_t, int> m_rowOf;                  // top-level device → row
	QHash<dev_t, dev_t> m_diskOf;                // partition → its disk
	QHash<dev_t, BlockDevice> m_parts;           // session parts, not rows
	QHash<dev_t, QList<BlockDevice>> m_waiting;  // partitions whose disk is not known yet
	QHash<dev_t, SessionInfo> m_sessions;        // by original
};
