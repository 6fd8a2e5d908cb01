// SPDX-License-Identifier: GPL-2.0-or-later
// DeviceMapper through libdevmapper, with udev synchronisation.
#pragma once

#include "devicemapper.h"

class LibDeviceMapper : public DeviceMapper
{
public:
	LibDeviceMapper();

	dev_t create(const QString &name, const QString &uuid, const DmTarget &table) override;
	void reload(const QString &name, const DmTarget &table) override;
	void resume(const QString &name) override;
	void clearInactive(const QString &name) override;
	void remove(const QString &name) override;
	QStringList names() override;
	std::optional<DmInfo> info(const QString &name) override;
	QList<DmTarget> table(const QString &name) override;
	QList<DmTarget> status(const QString &name) override;
	UniqueFd openForReading(const QString &name) override;
};
