// SPDX-License-Identifier: GPL-2.0-or-later
// The device tree as the main window shows it: filtered by what the user
// types (a name, label, filesystem, mount point or session, any part of
// it, any case; a disk stays while one of its partitions matches), and
// with an icon from the icon theme for each kind of device.
#pragma once

#include "blockdevice.h"

#include <QHash>
#include <QIcon>
#include <QSortFilterProxyModel>

class DeviceFilterModel : public QSortFilterProxyModel
{
	Q_OBJECT

public:
	explicit DeviceFilterModel(QObject *parent = nullptr);

	// The icon theme's name for a kind of device, e.g. drive-harddisk.
	static QString iconName(BlockDevice::Type type);

	QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
	// Looked up once a kind: a view asks again for every row it paints.
	mutable QHash<BlockDevice::Type, QIcon> m_icons;
};
