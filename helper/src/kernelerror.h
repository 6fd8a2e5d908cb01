// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "errortext.h"
#include "kernelcontrol.h"

// The module's commands that name a device, for the sentences below.
enum class KernelCommand {
	CreateBypass,
	DestroyBypass,
	Attach,
	Detach,
	Freeze,
};

// What the command does to a device, as a verb phrase: "attach", "create
// a bypass for", ...
ErrorText kernelCommandVerb(KernelCommand command);

// What an errno from /dev/blkinterposer means, thrown as a HelperError
// whose sentence names the device, the interposer of an ATTACH, and the
// reason. kmod's uapi header lists which errno each command returns; some
// mean different things for different commands.
[[noreturn]] void throwKernelError(KernelCommand command, int err, const BlockRef &dev,
				   const BlockRef *interposer = nullptr);
