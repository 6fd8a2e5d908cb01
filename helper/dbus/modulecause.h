// SPDX-License-Identifier: GPL-2.0-or-later
// The words of the KernelModule property's "cause": why blkinterposer
// cannot be used, for a client to say in its own language with the fix.
// An empty cause: it can. Shared by the helper and its clients.
#pragma once

namespace ModuleCause {
// /dev/blkinterposer cannot be opened and the module is not loaded
// (clients tell apart "not built for this kernel" from the module list,
// which the helper's sandbox hides from it: ProtectKernelModules).
inline constexpr char NotLoaded[] = "not-loaded";
// Loaded, but its control device is missing or does not answer VERSION.
inline constexpr char NoAnswer[] = "no-answer";
// Module and helper of versions that speak other ABIs.
inline constexpr char AbiMismatch[] = "abi-mismatch";
// Loaded after the helper started: the helper's systemd sandbox allows
// the control device by the number it had then (DeviceAllow), so the
// helper must start again (it ends when idle; or systemctl restart).
inline constexpr char LoadedAfterHelper[] = "loaded-after-helper";
} // namespace ModuleCause
