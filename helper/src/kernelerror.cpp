// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelerror.h"

#include "helpererror.h"

#include <cerrno>
#include <cstring>

#include "blkinterposer.h"

ErrorText kernelCommandVerb(KernelCommand command)
{
	switch (command) {
	case KernelCommand::CreateBypass:
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "create a bypass for"));
	case KernelCommand::DestroyBypass:
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "remove the bypass of"));
	case KernelCommand::Attach:
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "attach"));
	case KernelCommand::Detach:
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "detach"));
	case KernelCommand::Freeze:
		return ErrorText(QT_TRANSLATE_NOOP("HelperError", "freeze the filesystem on"));
	}
	return ErrorText(QT_TRANSLATE_NOOP("HelperError", "use"));
}

namespace {

// The interposer by its name, or in words where the caller has none.
ErrorText withOther(const ErrorText &text, const BlockRef *interposer)
{
	if (interposer)
		return text.arg(interposer->name);
	return text.arg(ErrorText(QT_TRANSLATE_NOOP("HelperError", "the interposer")));
}

} // namespace

void throwKernelError(KernelCommand command, int err, const BlockRef &dev, const BlockRef *interposer)
{
	const bool attach = command == KernelCommand::Attach;
	const QString name = dev.name;
	const ErrorText cmd = kernelCommandVerb(command);
	switch (err) {
	case EPERM:
	case EACCES:
		throwKernelModule(ErrorText(QT_TRANSLATE_NOOP("HelperError", "The kernel refused to %1 %2: the helper lacks CAP_SYS_ADMIN.")).arg(cmd, name));
	case ENXIO:
		throwNotFound(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: the kernel has no such block device.")).arg(cmd, name));
	case EMEDIUMTYPE:
		throwInvalid(withOther(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: %3 is not a device-mapper device.")).arg(cmd, name), interposer));
	case ENOSPC:
		throwInvalid(withOther(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: %3 is smaller than it.")).arg(cmd, name), interposer));
	case EEXIST:
		if (command == KernelCommand::CreateBypass)
			throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: it already has one.")).arg(cmd, name));
		throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: it is already interposed.")).arg(cmd, name));
	case ELOOP:
		if (attach)
			throwInvalid(withOther(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2 to %3: one of them is a bypass or an interposer, or %3 is built on %2.")).arg(cmd, name), interposer));
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: it is itself a bypass or an interposer.")).arg(cmd, name));
	case EISDIR:
		throwInvalid(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: it is a whole disk with partitions; choose a partition.")).arg(cmd, name));
	case EOPNOTSUPP:
		throwNotSupported(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: it is a zoned device (host-managed SMR or NVMe ZNS), which Interposer does not support.")).arg(cmd, name));
	case EBUSY:
		if (command == KernelCommand::CreateBypass)
			throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: it is mounted, and this kernel forbids writing to mounted block devices (it was booted with bdev_allow_write_mounted=0); Interposer cannot work on it until it is unmounted or the machine boots without that setting.")).arg(cmd, name));
		if (command == KernelCommand::DestroyBypass)
			throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: the bypass is still open (a device-mapper table uses it).")).arg(cmd, name));
		if (attach)
			throwBusy(withOther(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: %3 already receives another device's bios, or the filesystem on %2 is frozen by someone else.")).arg(cmd, name), interposer));
		throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: its filesystem is frozen by someone else (fsfreeze).")).arg(cmd, name));
	case ETXTBSY:
		throwKernelModule(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: another kernel module (a livepatch or another block filter) now redirects submit_bio_noacct(); unload it first.")).arg(cmd, name));
	case EAGAIN:
		throwBusy(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: the kernel is busy with its hook on submit_bio_noacct() (a BPF program is attaching to it); try again.")).arg(cmd, name));
	case ENOENT:
		if (command == KernelCommand::DestroyBypass)
			throwNotFound(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: it has none.")).arg(cmd, name));
		throwNotFound(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: it is not interposed.")).arg(cmd, name));
	case ENOTTY:
	case EMSGSIZE: // what earlier modules said for a struct of another size
		throwKernelModule(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: the loaded blkinterposer module does not speak ABI version %3.")).arg(cmd, name).arg(BLKINTERPOSER_ABI_VERSION));
	default:
		throwFailed(ErrorText(QT_TRANSLATE_NOOP("HelperError", "Cannot %1 %2: %3.")).arg(cmd, name, SystemError{err}));
	}
}
