// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "kernelcontrol.h"

// What an errno from /dev/blkinterposer means, thrown as a HelperError
// whose sentence names the device and the reason. kmod's uapi header lists
// which errno each command returns; `command` is a verb phrase ("attach",
// "create a bypass for"), `other` the second device of the command (the
// interposer of an ATTACH), if any.
[[noreturn]] void throwKernelError(const char *command, int err, const BlockRef &dev,
				   const BlockRef *other = nullptr);
