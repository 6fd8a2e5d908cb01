// SPDX-License-Identifier: GPL-2.0-or-later
#include "devicefiltermodel.h"

#include "blockdevicemodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

DeviceFilterModel::DeviceFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
	setFilterCaseSensitivity(Qt::CaseInsensitive);
	setFilterKeyColumn(-1); // every column
	setRecursiveFilteringEnabled(true);
}

QString DeviceFilterModel::iconName(BlockDevice::Type type)
{
	switch (type) {
	case BlockDevice::Type::Disk:
		return QStringLiteral("drive-harddisk");
	case BlockDevice::Type::Partition:
		return QStringLiteral("drive-partition");
	case BlockDevice::Type::Loop:
		return QStringLiteral("application-x-raw-disk-image");
	case BlockDevice::Type::Nvme:
		return QStringLiteral("drive-harddisk-solidstate");
	case BlockDevice::Type::Md:
		return QStringLiteral("drive-multidisk");
	case BlockDevice::Type::DeviceMapper:
		return QStringLiteral("drive-multipartition");
	case BlockDevice::Type::Other:
		break;
	}
	return QStringLiteral("drive-harddisk");
}

QVariant DeviceFilterModel::data(const QModelIndex &index, int role) const
{
	if (role != Qt::DecorationRole || index.column() != BlockDeviceModel::NameColumn)
		return QSortFilterProxyModel::data(index, role);
	const auto type = QSortFilterProxyModel::data(index, BlockDeviceModel::DeviceRole).value<BlockDevice>().type;
	auto icon = m_icons.constFind(type);
	if (icon == m_icons.cend()) {
		// Themes without the specific names (Adwaita has no
		// drive-partition) fall back to a disk, then to the style's own.
		const QIcon disk = QIcon::fromTheme(QStringLiteral("drive-harddisk"),
						    QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon));
		icon = m_icons.insert(type, QIcon::fromTheme(iconName(type), disk));
	}
	return *icon;
}
