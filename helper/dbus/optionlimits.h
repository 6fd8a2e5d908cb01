// SPDX-License-Identifier: GPL-2.0-or-later
// The ranges of Attach's and Reconfigure's options, shared by the helper
// (which refuses values outside them) and its clients (which offer only
// values inside them), so that documentation and tests quote one number.
#pragma once

#include <QtGlobal>

namespace Limits {
constexpr quint32 maxDelayMs = 60000;       // beyond it, hung-task warnings
constexpr quint32 maxFlakeySeconds = 86400;
constexpr quint32 minFlakeyDownSeconds = 1; // a flakey device that is never down is linear
constexpr quint32 minChunkSectors = 8;      // 4 KiB
constexpr quint32 maxChunkSectors = 2048;   // 1 MiB
constexpr quint64 minStoreBytes = 16ull << 20;
// A directory store's default size leaves at least half of the free space
// and this much to the filesystem's other users (issue 16, finding 7).
constexpr quint64 storeReserveBytes = 256ull << 20;
}
