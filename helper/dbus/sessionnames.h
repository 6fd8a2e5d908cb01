// SPDX-License-Identifier: GPL-2.0-or-later
// The names the helper gives a session's device-mapper devices, by which
// its clients know them too: interposer-<major>_<minor> for the original
// <major>:<minor>, and interposer-<major>_<minor>-snap for its snapshot.
#pragma once

#include <QString>
#include <optional>
#include <sys/types.h>

// "8_1" for 8:1.
QString sessionId(dev_t original);
QString interposerDmName(const QString &sessionId);
QString snapshotDmName(const QString &sessionId);

struct SessionDmName {
	dev_t original = 0;
	bool snapshot = false;
};
// The original (and which part) a device-mapper name belongs to, if it is
// one of the helper's.
std::optional<SessionDmName> parseSessionDmName(const QString &name);
