// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelerror.h"

#include "helpererror.h"

#include <cerrno>
#include <cstring>

#include "blkinterposer.h"

QString kernelCommandVerb(KernelCommand command)
{
	switch (command) {
	case KernelCommand::CreateBypass:
		return QStringLiteral("create a bypass for");
	case KernelCommand::DestroyBypass:
		return QStringLiteral("remove the bypass of");
	case KernelCommand::Attach:
		return QStringLiteral("attach");
	case KernelCommand::Detach:
		return QStringLiteral("detach");
	case KernelCommand::Freeze:
		return QStringLiteral("freeze the filesystem on");
	}
	return QStringLiteral("use");
}

void throwKernelError(KernelCommand command, int err, const BlockRef &dev, const BlockRef *interposer)
{
	const bool attach = command == KernelCommand::Attach;
	const QString name = dev.name;
	const QString other = interposer ? interposer->name : QStringLiteral("the interposer");
	const QString cmd = kernelCommandVerb(command);
	switch (err) {
	case EPERM:
	case EACCES:
		throwKernelModule(QStringLiteral("The kernel refused to %1 %2: the helper lacks CAP_SYS_ADMIN.").arg(cmd, name));
	case ENXIO:
		throwNotFound(QStringLiteral("Cannot %1 %2: the kernel has no such block device.").arg(cmd, name));
	case EMEDIUMTYPE:
		throwInvalid(QStringLiteral("Cannot %1 %2: %3 is not a device-mapper device.").arg(cmd, name, other));
	case ENOSPC:
		throwInvalid(QStringLiteral("Cannot %1 %2: %3 is smaller than it.").arg(cmd, name, other));
	case EEXIST:
		if (command == KernelCommand::CreateBypass)
			throwBusy(QStringLiteral("Cannot %1 %2: it already has one.").arg(cmd, name));
		throwBusy(QStringLiteral("Cannot %1 %2: it is already interposed.").arg(cmd, name));
	case ELOOP:
		if (attach)
			throwInvalid(QStringLiteral("Cannot %1 %2 to %3: one of them is a bypass or an interposer, or %3 is built on %2.").arg(cmd, name, other));
		throwInvalid(QStringLiteral("Cannot %1 %2: it is itself a bypass or an interposer.").arg(cmd, name));
	case EISDIR:
		throwInvalid(QStringLiteral("Cannot %1 %2: it is a whole disk with partitions; choose a partition.").arg(cmd, name));
	case EOPNOTSUPP:
		throwNotSupported(QStringLiteral("Cannot %1 %2: it is a zoned device (host-managed SMR or NVMe ZNS), which Interposer does not support.").arg(cmd, name));
	case EBUSY:
		if (command == KernelCommand::CreateBypass)
			throwBusy(QStringLiteral("Cannot %1 %2: it is mounted, and this kernel forbids writing to mounted block devices (it was booted with bdev_allow_write_mounted=0); Interposer cannot work on it until it is unmounted or the machine boots without that setting.").arg(cmd, name));
		if (command == KernelCommand::DestroyBypass)
			throwBusy(QStringLiteral("Cannot %1 %2: the bypass is still open (a device-mapper table uses it).").arg(cmd, name));
		if (attach)
			throwBusy(QStringLiteral("Cannot %1 %2: %3 already receives another device's bios, or the filesystem on %2 is frozen by someone else.").arg(cmd, name, other));
		throwBusy(QStringLiteral("Cannot %1 %2: its filesystem is frozen by someone else (fsfreeze).").arg(cmd, name));
	case ETXTBSY:
		throwKernelModule(QStringLiteral("Cannot %1 %2: another kernel module (a livepatch or another block filter) now redirects submit_bio_noacct(); unload it first.").arg(cmd, name));
	case EAGAIN:
		throwBusy(QStringLiteral("Cannot %1 %2: the kernel is busy with its hook on submit_bio_noacct() (a BPF program is attaching to it); try again.").arg(cmd, name));
	case ENOENT:
		if (command == KernelCommand::DestroyBypass)
			throwNotFound(QStringLiteral("Cannot %1 %2: it has none.").arg(cmd, name));
		throwNotFound(QStringLiteral("Cannot %1 %2: it is not interposed.").arg(cmd, name));
	case ENOTTY:
	case EMSGSIZE: // what earlier modules said for a struct of another size
		throwKernelModule(QStringLiteral("Cannot %1 %2: the loaded blkinterposer module does not speak ABI version %3.").arg(cmd, name).arg(BLKINTERPOSER_ABI_VERSION));
	default:
		throwFailed(QStringLiteral("Cannot %1 %2: %3.").arg(cmd, name, QString::fromLocal8Bit(strerror(err))));
	}
}
