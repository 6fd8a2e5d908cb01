// SPDX-License-Identifier: GPL-2.0-or-later
// Which originals the helper is in the middle of changing, kept on disk
// (/run/interposer/changing/<major>_<minor>) so that a restarted helper
// knows a half-done attach or detach for its own: a bypass with nothing
// attached carries no mark of who made it, and one made by hand
// (blkinterposer-ctl, another tool) must be left alone (issue 16,
// finding 5). /run is cleared at boot, as the module's state is.
#pragma once

#include <QString>
#include <sys/types.h>

class IntentLog
{
public:
	// directory is made (mode 0700) if missing.
	explicit IntentLog(QString directory);

	// The helper starts changing original: before its first step.
	void begin(dev_t original);
	// The change ended, as a whole session or nothing.
	void end(dev_t original);
	bool contains(dev_t original) const;
	// The originals of every change that was not ended.
	QList<dev_t> all() const;

private:
	QString path(dev_t original) const;
	QString m_directory;
};
