// SPDX-License-Identifier: GPL-2.0-or-later
#include "kernelerror.h"

#include "helpererror.h"

#include <cerrno>
#include <cstring>

#include "blkinterposer.h"

void throwKernelError(const char *command, int err, const BlockRef &dev, const BlockRef *other)
{
	const QString name = dev.name;
	const QString otherName = other ? other->name : QString();
	const QString cmd = QLatin1String(command);
	switch (err) {
	case EPERM:
	case EACCES:
		throwKernelModule(QStringLiteral("The kernel refused to %1 %2: the helper lacks CAP_SYS_ADMIN.").arg(cmd, name));
	case ENXIO:
		throwNotFound(QStringLiteral("Cannot %1 %2: the kernel has no such block device.").arg(cmd, name));
	case EMEDIUMTYPE:
		throwInvalid(QStringLiteral("Cannot %1 %2: %3 is not a device-mapper device.").arg(cmd, name, otherName));
	case ENOSPC:
		throwInvalid(QStringLiteral("Cannot %1 %2: %3 is smaller than it.").arg(cmd, name, otherName));
	case EEXIST:
		throwBusy(QStringLiteral("Cannot %1 %2: it is already interposed.").arg(cmd, name));
	case ELOOP:
		throwInvalid(QStringLiteral("Cannot %1 %2: it is itself a bypass or an interposer, or is built on one.").arg(cmd, name));
	case EISDIR:
		throwInvalid(QStringLiteral("Cannot %1 %2: it is a whole disk with partitions; choose a partition.").arg(cmd, name));
	case EBUSY:
		throwBusy(QStringLiteral("Cannot %1 %2: it is in use.").arg(cmd, name));
	case ETXTBSY:
		throwKernelModule(QStringLiteral("Cannot %1 %2: another kernel module (a livepatch or another block filter) now redirects submit_bio_noacct(); unload it first.").arg(cmd, name));
	case EAGAIN:
		throwBusy(QStringLiteral("Cannot %1 %2: the kernel is busy with its hook on submit_bio_noacct() (a BPF program is attaching to it); try again.").arg(cmd, name));
	case ENOENT:
		throwNotFound(QStringLiteral("Cannot %1 %2: the kernel module has nothing of it.").arg(cmd, name));
	case ENOTTY:
	case EMSGSIZE:
		throwKernelModule(QStringLiteral("Cannot %1 %2: the loaded blkinterposer module does not speak ABI version %3.").arg(cmd, name).arg(BLKINTERPOSER_ABI_VERSION));
	default:
		throwFailed(QStringLiteral("Cannot %1 %2: %3.").arg(cmd, name, QString::fromLocal8Bit(strerror(err))));
	}
}
