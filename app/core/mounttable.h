// SPDX-License-Identifier: GPL-2.0-or-later
// Where block devices are mounted and which are swap, from libmount: the
// mount table of this process's namespace and the swap list. The files
// are parameters so tests can hand in their own.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <sys/types.h>

// The files a MountTable is read from.
struct MountSources {
	QString mountinfo = QStringLiteral("/proc/self/mountinfo");
	QString swaps = QStringLiteral("/proc/swaps");
};

class MountTable
{
public:
	static MountTable read(const MountSources &sources = {});

	// Mount points of a device, in the order of the table. A device is
	// found by its number or, for filesystems whose st_dev is anonymous
	// (btrfs), by the node the table names as the source.
	QStringList mountPoints(dev_t device, const QString &node) const;
	bool isSwap(const QString &node) const { return m_swaps.contains(node); }
	// "/" is mounted from this device.
	bool isRoot(dev_t device, const QString &node) const;

	friend bool operator==(const MountTable &, const MountTable &) = default;

private:
	QHash<dev_t, QStringList> m_byNumber;
	QHash<QString, QStringList> m_bySource;
	QSet<QString> m_swaps;
};
