// SPDX-License-Identifier: GPL-2.0-or-later
// What `interposerctl list` and `status` print. list walks the core's
// BlockDeviceModel, the same tree the desktop program shows, so a script
// and the window never disagree about which devices exist and which are in
// a session. The text form is for scripts: one device per line, tab-
// separated tokens that are never translated (docs/helper.md, "list").
#pragma once

#include "helperclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class BlockDeviceModel;

// One session as status --json and list --json show it.
QJsonObject sessionJson(const SessionInfo &session);

// Every row of the model in tree order (a disk, then its partitions):
// NODE TYPE SIZE-BYTES FS-TYPE MOUNTS KIND STATE INTERPOSER, "-" for empty.
QString deviceListText(const BlockDeviceModel &model);

// The disks, each with its partitions nested under "partitions" and a
// session's bypass, interposer and snapshot devices under "session-devices".
QJsonArray deviceListJson(const BlockDeviceModel &model);
