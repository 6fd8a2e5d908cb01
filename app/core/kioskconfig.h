// SPDX-License-Identifier: GPL-2.0-or-later
// The kiosk mode's configuration, /etc/interposer/kiosk.conf: the devices
// the kiosk shows and may act on, and when it detaches everything for the
// next visitor. The format, one setting a line:
//
//   # A comment: a line whose first non-blank character is '#'.
//   # Any path to a block device, one a line; symlinks are followed.
//   device = /dev/disk/by-partlabel/demo
//   device = /dev/vdb1
//   # Detach everything after this many seconds without input (0: never;
//   # at most 86400; 300 if not set).
//   idle-reset-seconds = 300
//   # Where the Snapshot button keeps its store: a directory on another
//   # filesystem than the devices' (none: the visitor types one).
//   snapshot-store = /var/lib/interposer/stores
//
// Blanks around keys and values do not count; blank lines are ignored; a
// '#' after a value is part of the value. A line with a mistake (unknown
// key, no '=', a relative path, a device named twice, a number out of
// range, idle-reset-seconds set twice) is reported and skipped; the others
// still count.
#pragma once

#include <QHash>
#include <QStringList>
#include <sys/types.h>

struct KioskConfig {
	QStringList devices;
	int idleResetSeconds = 300;
	QString snapshotStore;
};

struct KioskConfigResult {
	KioskConfig config;
	// Sentences naming the file and, for a line, its number.
	QStringList errors;
};

KioskConfigResult parseKioskConfig(const QString &text, const QString &fileName);
// A file that cannot be read gives one error and the defaults.
KioskConfigResult readKioskConfig(const QString &path = QStringLiteral("/etc/interposer/kiosk.conf"));

// The block devices the paths lead to (stat() only, nothing is opened), by
// device number, each with the first path as written that leads to it. A
// path that is missing, is not a block device or leads to a device already
// named adds a sentence naming it to *errors.
QHash<dev_t, QString> resolveKioskDevices(const QStringList &paths, QStringList *errors);
