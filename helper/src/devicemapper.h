// SPDX-License-Identifier: GPL-2.0-or-later
// Device-mapper as the helper uses it. Behind an interface so that the
// orchestration can be tested with an invented device-mapper; the real one
// is libdevmapper (never the dmsetup program). Failures throw HelperError
// whose sentence names the device-mapper device and libdevmapper's reason.
#pragma once

#include "uniquefd.h"

#include <QList>
#include <QString>
#include <optional>
#include <sys/types.h>

struct DmTarget {
	quint64 start = 0;   // sectors
	quint64 length = 0;  // sectors
	QString type;        // linear, delay, flakey, snapshot-origin, snapshot
	QString params;
	friend bool operator==(const DmTarget &, const DmTarget &) = default;
};

struct DmInfo {
	dev_t dev = 0;
	QString uuid;
	bool suspended = false;
	bool liveTable = false;
	bool inactiveTable = false;
	int openCount = 0;
};

class DeviceMapper
{
public:
	virtual ~DeviceMapper() = default;

	// Create, load and resume one device; wait until udev has made its
	// node. The udev flags keep it away from automounters and by-* links.
	virtual dev_t create(const QString &name, const QString &uuid, const DmTarget &table) = 0;
	// Load a new table and swap it in (suspend + resume). If loading fails,
	// the old table stays and nothing changed.
	virtual void reload(const QString &name, const DmTarget &table) = 0;
	virtual void resume(const QString &name) = 0;
	// Drop an inactive (loaded, not yet resumed) table.
	virtual void clearInactive(const QString &name) = 0;
	// Suspend (which waits for every bio in flight in it, and makes
	// dm-delay release the ones it holds), then remove. A bio that the
	// module redirected before DETACH may still be in flight, and
	// device-mapper's remove alone does not wait for it: the device would
	// be freed under it.
	virtual void remove(const QString &name) = 0;

	virtual QStringList names() = 0;
	virtual std::optional<DmInfo> info(const QString &name) = 0;
	virtual QList<DmTarget> table(const QString &name) = 0;
	virtual QList<DmTarget> status(const QString &name) = 0;
	// Opens the device's node for reading (an export's source).
	virtual UniqueFd openForReading(const QString &name) = 0;
};
