// SPDX-License-Identifier: GPL-2.0-or-later
// The words a session is shown with, the same in the tree, the panel and
// the Sessions window: what was done to the device, as the actions name
// it ("Latency added" after Add latency), its state when it is not
// simply active, and who started it by name. The device-mapper words
// (dm-delay, /dev/mapper/interposer-8_1, the bypass) are for the panel's
// Details.
#pragma once

#include "helperclient.h"

#include <QString>

// "Remapped", "Latency added", "Snapshot kept", "Faults injected"; the
// helper's word for a kind this program does not know.
QString sessionDoneText(const SessionInfo &session);
// Empty when active; "detaching", "device removed", "failed".
QString sessionStateText(const SessionInfo &session);
// What the tree and the Sessions window say of a session: "Latency
// added", "Latency added — detaching".
QString sessionLabel(const SessionInfo &session);
// The user's login name, or "user 1234" when the uid has none.
QString userName(uint uid);
